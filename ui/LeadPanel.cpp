#include "LeadPanel.h"

#include "ConversationDelegate.h"
#include "cache/CacheDatabase.h"
#include "cache/LeadStore.h"
#include "domain/PhoneNumber.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbox {

LeadPanel::LeadPanel(std::shared_ptr<CacheDatabase> cache, QString agentId, QWidget *parent)
    : QWidget(parent)
    , m_cache(std::move(cache))
    , m_agentId(std::move(agentId))
{
    setObjectName(QStringLiteral("leadPanel"));
    setMinimumWidth(240);
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

    auto *form = new QFormLayout;
    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("leadStage"));
    m_stage->addItems(defaultPipeline());
    form->addRow(tr("Stage"), m_stage);
    m_source = new QLabel;
    form->addRow(tr("Source"), m_source);
    m_fields = new QLabel;
    m_fields->setWordWrap(true);
    form->addRow(tr("Fields"), m_fields);
    layout->addLayout(form);

    auto *notesTitle = new QLabel(tr("Notes"));
    QFont bold = notesTitle->font();
    bold.setBold(true);
    notesTitle->setFont(bold);
    layout->addWidget(notesTitle);
    m_notes = new QListWidget;
    m_notes->setObjectName(QStringLiteral("leadNotes"));
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true);
    layout->addWidget(m_notes, 1);
    auto *row = new QVBoxLayout;
    m_newNote = new QLineEdit;
    m_newNote->setObjectName(QStringLiteral("newNote"));
    m_newNote->setPlaceholderText(tr("Add a note for the team"));
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
    setLead(0, 0);
}

void LeadPanel::setRelayLink(RelayLink *relay)
{
    m_relay = relay;
    if (relay) // team notes and stages arrive through the relay
        connect(relay, &RelayLink::applied, this, &LeadPanel::reload);
}

bool LeadPanel::teamOnline() const
{
    return m_relay && m_relay->state() == RelayLink::State::Connected;
}

void LeadPanel::setLead(qint64 leadId, qint64 conversationId)
{
    m_leadId = leadId;
    m_conversationId = conversationId;
    setEnabled(leadId > 0);
    if (leadId == 0) {
        m_name->setText(tr("No conversation open"));
        m_phone->clear();
        m_notes->clear();
        return;
    }
    reload();
}

void LeadPanel::reload()
{
    if (m_leadId == 0)
        return;
    const qint64 asked = m_leadId;
    whenReady(
        LeadStore(m_cache).find(asked), this,
        [this, asked](const std::optional<Lead> &lead) {
            if (lead && asked == m_leadId)
                showLead(*lead);
        },
        [this](const CacheError &error) { m_name->setText(error.message()); });
    reloadNotes();
}

void LeadPanel::showLead(const Lead &lead)
{
    m_lead = lead;
    m_showing = true;
    m_name->setText(lead.name);
    const auto phone = PhoneNumber::parse(lead.phone);
    m_phone->setText(phone ? phone->international() : lead.phone);
    m_stage->setCurrentText(lead.stage);
    m_source->setText(lead.source);
    QStringList fields;
    for (auto it = lead.customFields.begin(); it != lead.customFields.end(); ++it)
        fields << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
    m_fields->setText(fields.isEmpty() ? tr("none") : fields.join(QLatin1Char('\n')));
    m_showing = false;
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
        [](const CacheError &) {});
}

void LeadPanel::changeStage(const QString &stage)
{
    if (m_leadId == 0 || stage == m_lead.stage)
        return;
    m_lead.stage = stage;
    whenReady(
        LeadStore(m_cache).setStage(m_leadId, stage), this, [] {}, [](const CacheError &) {});
    if (teamOnline()) {
        m_relay->publish({{QStringLiteral("type"), QStringLiteral("lead")},
                          {QStringLiteral("phone"), m_lead.phone},
                          {QStringLiteral("stage"), stage}});
    }
}

void LeadPanel::addNote()
{
    const QString text = m_newNote->text().trimmed();
    if (text.isEmpty() || m_leadId == 0)
        return;
    m_newNote->clear();
    if (teamOnline()) {
        // The relay's echo writes it here too, with the author it stamped.
        m_relay->publish({{QStringLiteral("type"), QStringLiteral("note")},
                          {QStringLiteral("phone"), m_lead.phone},
                          {QStringLiteral("text"), text}});
        return;
    }
    Note note;
    note.leadId = m_leadId;
    note.conversationId = m_conversationId;
    note.authorId = m_agentId;
    note.createdAt = QDateTime::currentDateTimeUtc();
    note.text = text;
    whenReady(
        LeadStore(m_cache).addNote(note), this, [this](qint64) { reloadNotes(); },
        [this, text](const CacheError &) { m_newNote->setText(text); });
}

} // namespace inbox
