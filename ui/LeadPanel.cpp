// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadPanel.h"

#include "ConversationDelegate.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/ConversationStore.h"
#include "cache/LeadStore.h"
#include "controllers/ConversationController.h"
#include "controllers/LeadController.h"
#include "domain/PhoneNumber.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbox {

namespace {

QLabel *sectionTitle(const QString &text)
{
    auto *title = new QLabel(text);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    return title;
}

/// Tomorrow at nine, the snooze most people mean.
QDateTime tomorrowMorning()
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(9, 0));
}

} // namespace

LeadPanel::LeadPanel(std::shared_ptr<CacheDatabase> cache, ProviderCatalog providers,
                     ConversationController *conversations, LeadController *leads, QWidget *parent)
    : QWidget(parent)
    , m_cache(std::move(cache))
    , m_providers(std::move(providers))
    , m_conversations(conversations)
    , m_leads(leads)
{
    setObjectName(QStringLiteral("leadPanel"));
    // Narrow enough for the chat to keep half of a 1024-pixel window; the forms put their
    // labels above the fields when a row does not fit.
    setMinimumWidth(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_name = new QLabel;
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    layout->addWidget(m_name);
    m_phone = new QLabel;
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_phone);

    layout->addSpacing(4);
    layout->addWidget(sectionTitle(tr("Conversation")));
    auto *conversationForm = new QFormLayout;
    conversationForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    buildConversationSection(conversationForm);
    layout->addLayout(conversationForm);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("leadProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    layout->addSpacing(4);
    layout->addWidget(sectionTitle(tr("Lead")));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("leadStage"));
    m_stage->addItems(defaultPipeline());
    form->addRow(tr("Stage"), m_stage);
    m_source = new QLabel;
    form->addRow(tr("Source"), m_source);
    m_leadOwner = new QLabel;
    form->addRow(tr("Lead owner"), m_leadOwner);
    m_fields = new QLabel;
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Fields"), m_fields);
    layout->addLayout(form);

    m_othersTitle = sectionTitle(tr("Other conversations"));
    layout->addWidget(m_othersTitle);
    m_others = new QListWidget;
    m_others->setObjectName(QStringLiteral("otherConversations"));
    m_others->setAccessibleName(tr("Other conversations with this customer"));
    m_others->setMaximumHeight(72);
    layout->addWidget(m_others);

    layout->addWidget(sectionTitle(tr("Notes")));
    m_notes = new QListWidget;
    m_notes->setObjectName(QStringLiteral("leadNotes"));
    m_notes->setAccessibleName(tr("The team's notes on this lead"));
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true);
    layout->addWidget(m_notes, 1);
    auto *row = new QVBoxLayout;
    m_newNote = new QLineEdit;
    m_newNote->setObjectName(QStringLiteral("newNote"));
    m_newNote->setPlaceholderText(tr("Add a note for the team"));
    m_newNote->setAccessibleName(tr("New note for the team"));
    m_addNote = new QPushButton(tr("Add note"));
    m_addNote->setObjectName(QStringLiteral("addNote"));
    row->addWidget(m_newNote);
    row->addWidget(m_addNote, 0, Qt::AlignRight);
    layout->addLayout(row);

    connect(m_stage, &QComboBox::currentTextChanged, this, [this](const QString &stage) {
        if (!m_showing)
            changeStage(stage);
    });
    connect(m_addNote, &QPushButton::clicked, this, &LeadPanel::addNote);
    connect(m_newNote, &QLineEdit::returnPressed, this, &LeadPanel::addNote);
    connect(m_others, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openConversationRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_others, &QListWidget::itemClicked, m_others, &QListWidget::itemActivated);
    setIdentity(m_agentId, Role::Agent);
    setLead(0, 0);
}

void LeadPanel::buildConversationSection(QFormLayout *form)
{
    auto *statusRow = new QVBoxLayout; // the snooze date under the status, never beside it
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("conversationStatus"));
    m_status->addItem(tr("Open"), conversationStatusKey(ConversationStatus::Open));
    m_status->addItem(tr("Pending"), conversationStatusKey(ConversationStatus::Pending));
    m_status->addItem(tr("Resolved"), conversationStatusKey(ConversationStatus::Resolved));
    m_status->addItem(tr("Snoozed"), conversationStatusKey(ConversationStatus::Snoozed));
    m_snoozeUntil = new QDateTimeEdit;
    m_snoozeUntil->setObjectName(QStringLiteral("snoozeUntil"));
    m_snoozeUntil->setCalendarPopup(true);
    m_snoozeUntil->setDisplayFormat(QStringLiteral("ddd d MMM, HH:mm"));
    m_snoozeUntil->setToolTip(tr("Snoozed until: the conversation comes back then"));
    m_snoozeUntil->hide();
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_snoozeUntil);
    form->addRow(tr("Status"), statusRow);

    auto *ownerRow = new QHBoxLayout;
    m_assignee = new QComboBox;
    m_assignee->setObjectName(QStringLiteral("assignee"));
    m_assignee->setAccessibleName(tr("Assigned to"));
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignee->setMinimumContentsLength(10);
    m_owner = new QLabel;
    m_owner->setObjectName(QStringLiteral("owner"));
    m_take = new QPushButton(tr("Take it"));
    m_take->setObjectName(QStringLiteral("take"));
    m_take->setToolTip(tr("Assign this conversation to yourself"));
    ownerRow->addWidget(m_assignee, 1);
    ownerRow->addWidget(m_owner, 1);
    ownerRow->addWidget(m_take);
    form->addRow(tr("Assigned to"), ownerRow);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_snoozeUntil->setVisible(m_status->currentData().toString() ==
                                  conversationStatusKey(ConversationStatus::Snoozed));
        if (m_showing)
            return;
        if (m_snoozeUntil->isVisible()) {
            m_showing = true;
            m_snoozeUntil->setDateTime(tomorrowMorning());
            m_showing = false;
        }
        changeStatus();
    });
    connect(m_snoozeUntil, &QDateTimeEdit::editingFinished, this, [this] {
        if (!m_showing && m_snoozeUntil->dateTime() != m_conversation.snoozedUntil.toLocalTime())
            changeStatus();
    });
    connect(m_assignee, &QComboBox::activated, this,
            [this] { assignTo(m_assignee->currentData().toString()); });
    connect(m_take, &QPushButton::clicked, this, [this] { assignTo(m_agentId); });
}

void LeadPanel::setRelayLink(RelayLink *relay)
{
    if (relay) // team notes, stages, assignments and statuses arrive through the relay
        connect(relay, &RelayLink::applied, this, &LeadPanel::reload, Qt::UniqueConnection);
}

void LeadPanel::setIdentity(const QString &agentId, Role role)
{
    m_agentId = agentId;
    m_role = role;
    const bool assigns = canAssign(role);
    m_assignee->setVisible(assigns);
    m_owner->setVisible(!assigns);
    m_take->setVisible(false); // until the conversation says it is unassigned
    if (m_conversationId != 0 && m_conversation.id == m_conversationId)
        showConversation(m_conversation);
}

void LeadPanel::setLead(qint64 leadId, qint64 conversationId)
{
    const bool other = conversationId != m_conversationId;
    m_leadId = leadId;
    m_conversationId = conversationId;
    if (m_lead.id != leadId)
        m_lead = Lead{}; // until its row is read
    setEnabled(conversationId > 0);
    if (other)
        m_problem->hide();
    if (conversationId == 0) {
        m_name->setText(tr("No conversation open"));
        m_phone->clear();
        m_notes->clear();
        m_others->clear();
        return;
    }
    reload();
}

void LeadPanel::reload()
{
    if (m_conversationId == 0)
        return;
    const qint64 conversation = m_conversationId;
    const qint64 lead = m_leadId;
    // Accounts and teammates are few; read with the rest so names are always current.
    whenReady(
        AccountStore(m_cache).all(), this,
        [this](const QList<Account> &accounts) {
            m_accounts.clear();
            for (const Account &account : accounts)
                m_accounts.insert(account.id, account);
        },
        [this](const CacheError &error) { showProblem(error.message()); });
    whenReady(
        AgentStore(m_cache).all(), this,
        [this, conversation](const QList<Agent> &agents) {
            m_agents = agents;
            if (conversation == m_conversationId && m_conversation.id == conversation)
                showConversation(m_conversation);
        },
        [this](const CacheError &error) { showProblem(error.message()); });
    whenReady(
        ConversationStore(m_cache).byIds(ConversationFilter{}, {conversation}), this,
        [this, conversation](const QList<Conversation> &found) {
            if (conversation == m_conversationId && !found.isEmpty())
                showConversation(found.first());
        },
        [this](const CacheError &error) { showProblem(error.message()); });
    if (lead == 0)
        return;
    whenReady(
        LeadStore(m_cache).find(lead), this,
        [this, lead](const std::optional<Lead> &found) {
            if (found && lead == m_leadId)
                showLead(*found);
        },
        [this](const CacheError &error) { m_name->setText(error.message()); });
    whenReady(
        ConversationStore(m_cache).ofLead(lead), this,
        [this, lead](const QList<Conversation> &conversations) {
            if (lead == m_leadId)
                showOthers(conversations);
        },
        [this](const CacheError &error) { showProblem(error.message()); });
    reloadNotes();
}

void LeadPanel::showLead(const Lead &lead)
{
    m_lead = lead;
    m_showing = true;
    m_name->setText(lead.name);
    const auto phone = PhoneNumber::parse(lead.phone);
    const QString number = phone ? phone->international() : lead.phone;
    // On the number's own line: the panel must not grow taller than a small screen.
    m_phone->setText(lead.optedOutAt.isValid() ? tr("%1 · opted out").arg(number) : number);
    m_phone->setToolTip(
        lead.optedOutAt.isValid()
            ? tr("Bulk campaigns leave this customer out since %1.")
                  .arg(QLocale().toString(lead.optedOutAt.toLocalTime(), QLocale::ShortFormat))
            : QString());
    m_stage->setCurrentText(lead.stage);
    m_source->setText(lead.source.isEmpty() ? tr("unknown") : lead.source);
    QString owner = lead.ownerId;
    for (const Agent &agent : std::as_const(m_agents)) {
        if (agent.id == lead.ownerId)
            owner = agent.name;
    }
    m_leadOwner->setText(owner.isEmpty() ? tr("nobody yet") : owner);
    QStringList fields;
    for (auto it = lead.customFields.begin(); it != lead.customFields.end(); ++it)
        fields << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
    m_fields->setText(fields.isEmpty() ? tr("none") : fields.join(QLatin1Char('\n')));
    m_showing = false;
    Q_EMIT leadShown();
}

void LeadPanel::showConversation(const Conversation &conversation)
{
    m_conversation = conversation;
    m_showing = true;
    if (m_leadId == 0) {
        m_name->setText(conversation.title());
        m_phone->setText(conversation.customerPhone);
    }
    m_status->setCurrentIndex(
        qMax(0, m_status->findData(conversationStatusKey(conversation.status))));
    m_snoozeUntil->setVisible(conversation.status == ConversationStatus::Snoozed);
    if (conversation.snoozedUntil.isValid())
        m_snoozeUntil->setDateTime(conversation.snoozedUntil.toLocalTime());

    const bool assigns = canAssign(m_role);
    m_assignee->setVisible(assigns);
    m_owner->setVisible(!assigns);
    m_take->setVisible(!assigns && conversation.assigneeId.isEmpty());
    if (assigns) {
        m_assignee->clear();
        m_assignee->addItem(tr("Nobody (unassigned)"), QString());
        for (const Agent &agent : std::as_const(m_agents)) {
            m_assignee->addItem(agent.id == m_agentId ? tr("%1 (you)").arg(agent.name) : agent.name,
                                agent.id);
        }
        int at = m_assignee->findData(conversation.assigneeId);
        if (at < 0) { // a teammate this desktop has not heard of yet
            m_assignee->addItem(conversation.assigneeName.isEmpty() ? conversation.assigneeId
                                                                    : conversation.assigneeName,
                                conversation.assigneeId);
            at = m_assignee->count() - 1;
        }
        m_assignee->setCurrentIndex(at);
    } else if (conversation.assigneeId.isEmpty()) {
        m_owner->setText(tr("nobody yet"));
    } else {
        const QString name = conversation.assigneeName.isEmpty() ? conversation.assigneeId
                                                                 : conversation.assigneeName;
        m_owner->setText(conversation.assigneeId == m_agentId ? tr("%1 (you)").arg(name) : name);
    }
    m_showing = false;
}

void LeadPanel::showOthers(const QList<Conversation> &conversations)
{
    m_others->clear();
    for (const Conversation &other : conversations) {
        if (other.id == m_conversationId)
            continue;
        const Account account = m_accounts.value(other.accountId);
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3")
                .arg(look::providerChip(m_providers, other.provider).text,
                     account.displayName.isEmpty() ? other.accountId : account.displayName,
                     look::shortTime(other.lastActivityAt)));
        item->setData(Qt::UserRole, other.id);
        item->setToolTip(other.lastMessageText);
        m_others->addItem(item);
    }
    const bool any = m_others->count() > 0;
    m_others->setVisible(any);
    m_othersTitle->setVisible(any);
}

void LeadPanel::reloadNotes()
{
    const qint64 asked = m_leadId;
    whenReady(
        LeadStore(m_cache).notes(asked), this,
        [this, asked](const QList<Note> &notes) {
            if (asked != m_leadId)
                return;
            m_notes->clear();
            for (const Note &note : notes) {
                m_notes->addItem(
                    QStringLiteral("%1 · %2\n%3")
                        .arg(note.authorName.isEmpty() ? note.authorId : note.authorName,
                             look::shortTime(note.createdAt), note.text));
            }
            m_notes->scrollToBottom();
        },
        [this](const CacheError &error) { showProblem(error.message()); });
}

void LeadPanel::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void LeadPanel::settle(const QFuture<QString> &outcome, std::function<void()> onProblem)
{
    showProblem({});
    whenReady(
        outcome, this,
        [this, onProblem = std::move(onProblem)](const QString &problem) {
            if (!problem.isEmpty()) {
                showProblem(tr("Not changed: %1").arg(problem));
                if (onProblem)
                    onProblem();
            }
            reload(); // what the cache has now: the change, or what was there
        },
        [this](const CacheError &error) { showProblem(error.message()); });
}

void LeadPanel::changeStatus()
{
    if (m_conversationId == 0)
        return;
    const auto status = conversationStatusFromKey(m_status->currentData().toString());
    if (!status)
        return;
    const QDateTime until =
        *status == ConversationStatus::Snoozed ? m_snoozeUntil->dateTime().toUTC() : QDateTime();
    settle(m_conversations->setStatus(m_conversationId, *status, until));
}

void LeadPanel::assignTo(const QString &agentId)
{
    if (m_conversationId == 0 || agentId == m_conversation.assigneeId)
        return;
    QString name;
    for (const Agent &agent : std::as_const(m_agents)) {
        if (agent.id == agentId)
            name = agent.name;
    }
    settle(agentId == m_agentId && !canAssign(m_role)
               ? m_conversations->take(m_conversationId)
               : m_conversations->assign(m_conversationId, agentId, name));
}

void LeadPanel::changeStage(const QString &stage)
{
    if (m_leadId == 0 || stage == m_lead.stage)
        return;
    settle(m_leads->setStage(m_leadId, m_lead.phone, stage));
}

void LeadPanel::addNote()
{
    const QString text = m_newNote->text().trimmed();
    if (text.isEmpty() || m_leadId == 0)
        return;
    m_newNote->clear();
    settle(m_leads->addNote(m_leadId, m_conversationId, m_lead.phone, text),
           [this, text] { m_newNote->setText(text); }); // nothing typed is lost
}

} // namespace inbox
