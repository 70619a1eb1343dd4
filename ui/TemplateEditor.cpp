// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateEditor.h"

#include "WhatsAppText.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/TemplateStore.h"
#include "controllers/TemplateController.h"
#include "domain/TeamEvent.h"
#include "itemmodels/WhenReady.h"
#include "ports/TemplateAdmin.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inbox {

namespace {

QString statusWords(const MessageTemplate &t)
{
    if (t.status == QLatin1String("APPROVED"))
        return TemplateEditor::tr("Approved");
    if (t.status == QLatin1String("PENDING"))
        return TemplateEditor::tr("In review");
    if (t.status == QLatin1String("REJECTED")) {
        return t.statusReason.isEmpty() ? TemplateEditor::tr("Rejected")
                                        : TemplateEditor::tr("Rejected: %1").arg(t.statusReason);
    }
    return t.status.left(1) + t.status.mid(1).toLower();
}

QColor statusColor(const QString &status)
{
    if (status == QLatin1String("APPROVED"))
        return QColor(0x1E, 0x7E, 0x34);
    if (status == QLatin1String("REJECTED"))
        return QColor(0xC6, 0x28, 0x28);
    return QColor(0x8A, 0x5A, 0x00);
}

const TemplateComponent *componentOf(const MessageTemplate &t, TemplateComponent::Type type)
{
    for (const TemplateComponent &c : t.components) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

} // namespace

TemplateEditor::TemplateEditor(
    std::shared_ptr<CacheDatabase> cache, ProviderCatalog providers,
    std::function<std::shared_ptr<TemplateAdmin>(const QString &)> adminFor,
    TemplateController *templates, QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_providers(std::move(providers))
    , m_adminFor(std::move(adminFor))
    , m_actions(templates)
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Message templates"));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Account")));
    m_account = new QComboBox;
    m_account->setObjectName(QStringLiteral("templateAccount"));
    top->addWidget(m_account, 1);
    auto *create = new QPushButton(tr("New template"));
    create->setObjectName(QStringLiteral("newTemplate"));
    top->addWidget(create);
    layout->addLayout(top);
    m_readOnly = new QLabel;
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral(
        "QLabel { background: #FFF4E5; color: #7A4D00; border-radius: 6px; padding: 6px; }"));
    m_readOnly->hide();
    layout->addWidget(m_readOnly);

    auto *splitter = new QSplitter;
    m_list = new QTableWidget(0, 4);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setHorizontalHeaderLabels({tr("Name"), tr("Language"), tr("Category"), tr("Status")});
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(m_list);

    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(QStringLiteral("order_update"));
    form->addRow(tr("Name"), m_name);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->setEditable(true);
    m_language->addItems({QStringLiteral("en_US"), QStringLiteral("en_GB"), QStringLiteral("es"),
                          QStringLiteral("es_MX"), QStringLiteral("pt_BR"), QStringLiteral("fr"),
                          QStringLiteral("de"), QStringLiteral("id")});
    form->addRow(tr("Language"), m_language);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("templateCategory"));
    m_category->addItem(tr("Utility (orders, accounts)"), QStringLiteral("UTILITY"));
    m_category->addItem(tr("Marketing (offers, news)"), QStringLiteral("MARKETING"));
    m_category->addItem(tr("Authentication (codes)"), QStringLiteral("AUTHENTICATION"));
    form->addRow(tr("Category"), m_category);
    auto *header = new QHBoxLayout;
    m_headerFormat = new QComboBox;
    m_headerFormat->setObjectName(QStringLiteral("headerFormat"));
    m_headerFormat->addItem(tr("No header"), QString());
    m_headerFormat->addItem(tr("Text"), QStringLiteral("TEXT"));
    m_headerFormat->addItem(tr("Image"), QStringLiteral("IMAGE"));
    m_headerFormat->addItem(tr("Video"), QStringLiteral("VIDEO"));
    m_headerFormat->addItem(tr("Document"), QStringLiteral("DOCUMENT"));
    m_headerText = new QLineEdit;
    m_headerText->setObjectName(QStringLiteral("headerText"));
    m_headerText->setPlaceholderText(tr("Your order {{1}}"));
    header->addWidget(m_headerFormat);
    header->addWidget(m_headerText, 1);
    form->addRow(tr("Header"), header);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setPlaceholderText(tr("Hi {{1}}, your order {{2}} is on its way."));
    m_body->setMaximumHeight(110);
    form->addRow(tr("Body"), m_body);
    m_footer = new QLineEdit;
    m_footer->setObjectName(QStringLiteral("templateFooter"));
    m_footer->setPlaceholderText(tr("Reply STOP to opt out"));
    form->addRow(tr("Footer"), m_footer);
    m_examples = new QLineEdit;
    m_examples->setObjectName(QStringLiteral("templateExamples"));
    m_examples->setPlaceholderText(tr("Maria, #10234 (one per placeholder, for the reviewers)"));
    form->addRow(tr("Sample values"), m_examples);
    editorLayout->addLayout(form);

    m_buttons = new QTableWidget(0, 3);
    m_buttons->setObjectName(QStringLiteral("templateButtons"));
    m_buttons->setHorizontalHeaderLabels({tr("Button"), tr("Label"), tr("Link or number")});
    m_buttons->horizontalHeader()->setStretchLastSection(true);
    m_buttons->verticalHeader()->hide();
    m_buttons->setMaximumHeight(110);
    editorLayout->addWidget(m_buttons);
    auto *buttonRow = new QHBoxLayout;
    auto *quick = new QPushButton(tr("+ Quick reply"));
    auto *link = new QPushButton(tr("+ Link"));
    auto *phone = new QPushButton(tr("+ Phone"));
    auto *drop = new QPushButton(tr("Remove button"));
    for (QPushButton *b : {quick, link, phone, drop})
        buttonRow->addWidget(b);
    buttonRow->addStretch();
    editorLayout->addLayout(buttonRow);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("templateStatus"));
    editorLayout->addWidget(m_status);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    editorLayout->addWidget(m_problems);
    auto *previewTitle = new QLabel(tr("As the customer sees it"));
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    editorLayout->addWidget(previewTitle);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #D9FDD3; color: #111B21; "
                                            "border-radius: 8px; padding: 8px; }"));
    editorLayout->addWidget(m_preview);
    editorLayout->addStretch();
    auto *actions = new QHBoxLayout;
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("templateResult"));
    m_result->setWordWrap(true);
    actions->addWidget(m_result, 1);
    m_delete = new QPushButton(tr("Delete"));
    m_delete->setObjectName(QStringLiteral("deleteTemplate"));
    m_submit = new QPushButton(tr("Submit for review"));
    m_submit->setObjectName(QStringLiteral("submitTemplate"));
    m_submit->setDefault(true);
    actions->addWidget(m_delete);
    actions->addWidget(m_submit);
    editorLayout->addLayout(actions);
    splitter->addWidget(editor);
    splitter->setSizes({420, 680});
    layout->addWidget(splitter, 1);

    m_editors = {m_name,     m_language, m_category, m_headerFormat, m_headerText, m_body, m_footer,
                 m_examples, m_buttons,  quick,      link,           phone,        drop,   create};

    connect(m_account, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadTemplates);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_templates.size())
            showTemplate(m_templates.at(row));
    });
    connect(create, &QPushButton::clicked, this, &TemplateEditor::newTemplate);
    connect(quick, &QPushButton::clicked, this,
            [this] { addButton(QStringLiteral("QUICK_REPLY")); });
    connect(link, &QPushButton::clicked, this, [this] { addButton(QStringLiteral("URL")); });
    connect(phone, &QPushButton::clicked, this,
            [this] { addButton(QStringLiteral("PHONE_NUMBER")); });
    connect(drop, &QPushButton::clicked, this, [this] {
        m_buttons->removeRow(m_buttons->currentRow());
        refresh();
    });
    for (QLineEdit *edit : {m_name, m_headerText, m_footer, m_examples})
        connect(edit, &QLineEdit::textChanged, this, &TemplateEditor::refresh);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditor::refresh);
    connect(m_language, &QComboBox::currentTextChanged, this, &TemplateEditor::refresh);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TemplateEditor::refresh);
    connect(m_headerFormat, &QComboBox::currentIndexChanged, this, &TemplateEditor::refresh);
    connect(m_buttons, &QTableWidget::cellChanged, this, &TemplateEditor::refresh);
    connect(m_submit, &QPushButton::clicked, this, &TemplateEditor::submit);
    connect(m_delete, &QPushButton::clicked, this, &TemplateEditor::remove);
    // Reviews arrive as status events: the list follows them.
    connect(m_cache->events(), &CacheEvents::templatesChanged, this,
            [this](const QString &accountId) {
                if (accountId == m_account->currentData().toString())
                    loadTemplates();
            });
    newTemplate();
    loadAccounts();
}

void TemplateEditor::say(const QString &text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: #c62828;")
                                    : QStringLiteral("color: #1e7e34;"));
}

bool TemplateEditor::readOnly() const
{
    for (const Account &account : m_accounts) {
        if (account.id == m_account->currentData().toString())
            return !m_providers.capabilitiesOf(account.provider).templateAdmin;
    }
    return true;
}

void TemplateEditor::loadAccounts()
{
    whenReady(
        AccountStore(m_cache).all(), this,
        [this](const QList<Account> &accounts) {
            m_accounts.clear();
            const QSignalBlocker quiet(m_account);
            m_account->clear();
            for (const Account &account : accounts) {
                if (!m_providers.capabilitiesOf(account.provider).templates)
                    continue;
                m_accounts.append(account);
                m_account->addItem(tr("%1 (%2)").arg(account.displayName,
                                                     m_providers.displayName(account.provider)),
                                   account.id);
            }
            loadTemplates();
        },
        [this](const CacheError &error) { say(error.message(), true); });
}

void TemplateEditor::loadTemplates()
{
    const QString accountId = m_account->currentData().toString();
    const bool locked = readOnly();
    for (const Account &account : std::as_const(m_accounts)) {
        if (account.id == accountId) {
            m_readOnly->setText(tr("%1's templates are created and edited in %1; here they are "
                                   "listed as %1 has them.")
                                    .arg(m_providers.displayName(account.provider)));
        }
    }
    m_readOnly->setVisible(locked && !accountId.isEmpty());
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(!locked);
    if (m_current.accountId != accountId)
        newTemplate(); // another account: a clean form
    refresh();
    whenReady(
        TemplateStore(m_cache).forAccount(accountId), this,
        [this, accountId](const QList<MessageTemplate> &templates) {
            if (accountId != m_account->currentData().toString())
                return;
            m_templates = templates;
            const QSignalBlocker quiet(m_list);
            m_list->setRowCount(0);
            int keep = -1;
            for (const MessageTemplate &t : templates) {
                const int row = m_list->rowCount();
                m_list->insertRow(row);
                m_list->setItem(row, 0, new QTableWidgetItem(t.name));
                m_list->setItem(row, 1, new QTableWidgetItem(t.language));
                m_list->setItem(row, 2, new QTableWidgetItem(t.category.toLower()));
                // The list says the outcome; the reason is in the tooltip and under the form.
                MessageTemplate brief = t;
                brief.statusReason.clear();
                auto *status = new QTableWidgetItem(statusWords(brief));
                status->setForeground(statusColor(t.status));
                status->setToolTip(t.statusReason);
                m_list->setItem(row, 3, status);
                if (t.name == m_current.name && t.language == m_current.language)
                    keep = row;
            }
            if (keep >= 0) {
                m_list->setCurrentCell(keep, 0);
                m_current = templates.at(keep);
                m_status->setText(tr("Status: %1").arg(statusWords(m_current)));
                m_delete->setEnabled(!readOnly());
            }
            refresh();
        },
        [this](const CacheError &error) { say(error.message(), true); });
}

void TemplateEditor::newTemplate()
{
    m_list->clearSelection();
    MessageTemplate blank;
    blank.accountId = m_account->currentData().toString();
    blank.language = QStringLiteral("en_US");
    blank.category = QStringLiteral("UTILITY");
    showTemplate(blank);
    m_name->setFocus();
}

void TemplateEditor::showTemplate(const MessageTemplate &t)
{
    m_current = t;
    const QSignalBlocker a(m_name), b(m_body), c(m_headerText), d(m_footer), e(m_buttons),
        f(m_headerFormat), g(m_language), h(m_category), i(m_examples);
    m_name->setText(t.name);
    m_name->setReadOnly(t.id != 0); // Meta keeps a template's name and language
    m_language->setEditable(t.id == 0);
    m_language->setCurrentText(t.language);
    m_category->setCurrentIndex(qMax(0, m_category->findData(t.category)));
    const TemplateComponent *header = componentOf(t, TemplateComponent::Type::Header);
    m_headerFormat->setCurrentIndex(
        qMax(0, m_headerFormat->findData(header ? header->format : QString())));
    m_headerText->setText(header ? header->text : QString());
    const TemplateComponent *body = componentOf(t, TemplateComponent::Type::Body);
    m_body->setPlainText(body ? body->text : QString());
    const TemplateComponent *footer = componentOf(t, TemplateComponent::Type::Footer);
    m_footer->setText(footer ? footer->text : QString());
    m_examples->clear();
    m_buttons->setRowCount(0);
    if (const TemplateComponent *buttons = componentOf(t, TemplateComponent::Type::Buttons)) {
        for (const QJsonValue &value : buttons->buttons) {
            const QJsonObject button = value.toObject();
            const int row = m_buttons->rowCount();
            m_buttons->insertRow(row);
            const QString type = button.value(QLatin1String("type")).toString();
            auto *kind = new QTableWidgetItem(type);
            kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
            m_buttons->setItem(row, 0, kind);
            m_buttons->setItem(
                row, 1, new QTableWidgetItem(button.value(QLatin1String("text")).toString()));
            m_buttons->setItem(
                row, 2,
                new QTableWidgetItem(type == QLatin1String("URL")
                                         ? button.value(QLatin1String("url")).toString()
                                         : button.value(QLatin1String("phone_number")).toString()));
        }
    }
    m_status->setText(t.id == 0 ? tr("New template: it goes to Meta for review when submitted.")
                                : tr("Status: %1").arg(statusWords(t)));
    m_delete->setEnabled(t.id != 0 && !readOnly());
    m_result->clear();
    refresh();
}

void TemplateEditor::addButton(const QString &type)
{
    const int row = m_buttons->rowCount();
    m_buttons->insertRow(row);
    auto *kind = new QTableWidgetItem(type);
    kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
    m_buttons->setItem(row, 0, kind);
    m_buttons->setItem(row, 1, new QTableWidgetItem());
    m_buttons->setItem(row, 2,
                       new QTableWidgetItem(
                           type == QLatin1String("URL") ? QStringLiteral("https://") : QString()));
    m_buttons->setCurrentCell(row, 1);
    m_buttons->editItem(m_buttons->item(row, 1));
    refresh();
}

MessageTemplate TemplateEditor::draft() const
{
    MessageTemplate t = m_current;
    t.accountId = m_account->currentData().toString();
    t.name = m_name->text().trimmed();
    t.language = m_language->currentText().trimmed();
    t.category = m_category->currentData().toString();
    t.components.clear();
    if (const QString format = m_headerFormat->currentData().toString(); !format.isEmpty()) {
        t.components.append({TemplateComponent::Type::Header,
                             format,
                             format == QLatin1String("TEXT") ? m_headerText->text() : QString(),
                             {}});
    }
    t.components.append({TemplateComponent::Type::Body, {}, m_body->toPlainText(), {}});
    if (!m_footer->text().trimmed().isEmpty())
        t.components.append({TemplateComponent::Type::Footer, {}, m_footer->text().trimmed(), {}});
    QJsonArray buttons;
    for (int row = 0; row < m_buttons->rowCount(); ++row) {
        const QString type = m_buttons->item(row, 0)->text();
        QJsonObject button{{QStringLiteral("type"), type},
                           {QStringLiteral("text"), m_buttons->item(row, 1)->text().trimmed()}};
        if (type == QLatin1String("URL"))
            button.insert(QStringLiteral("url"), m_buttons->item(row, 2)->text().trimmed());
        else if (type == QLatin1String("PHONE_NUMBER"))
            button.insert(QStringLiteral("phone_number"),
                          m_buttons->item(row, 2)->text().trimmed());
        buttons.append(button);
    }
    if (!buttons.isEmpty())
        t.components.append({TemplateComponent::Type::Buttons, {}, {}, buttons});
    return t;
}

QMap<int, QString> TemplateEditor::examples() const
{
    QMap<int, QString> values;
    const QStringList given = m_examples->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < given.size(); ++i)
        values.insert(int(i + 1), given.at(i).trimmed());
    return values;
}

void TemplateEditor::refresh()
{
    const MessageTemplate t = draft();
    QStringList problems = templateProblems(t);
    const TemplateComponent *body = componentOf(t, TemplateComponent::Type::Body);
    const QList<int> numbers = body ? placeholdersOf(body->text) : QList<int>();
    const QMap<int, QString> samples = examples();
    if (!numbers.isEmpty() && samples.size() < numbers.size()) {
        problems << tr("Give a sample value for each placeholder (%1 of %2), comma separated: "
                       "Meta's reviewers read them.")
                        .arg(samples.size())
                        .arg(numbers.size());
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_submit->setEnabled(problems.isEmpty() && !readOnly());

    // The preview: samples in place of their placeholders, WhatsApp's formatting applied.
    QString html;
    if (const TemplateComponent *header = componentOf(t, TemplateComponent::Type::Header)) {
        html += header->format == QLatin1String("TEXT")
                    ? QStringLiteral("<b>%1</b><br>")
                          .arg(renderPlaceholders(header->text, samples).text.toHtmlEscaped())
                    : QStringLiteral("<i>[%1]</i><br>").arg(header->format.toLower());
    }
    if (body)
        html += whatsAppToHtml(renderPlaceholders(body->text, samples).text);
    if (const TemplateComponent *footer = componentOf(t, TemplateComponent::Type::Footer)) {
        html += QStringLiteral("<br><span style='color:#667781'>%1</span>")
                    .arg(footer->text.toHtmlEscaped());
    }
    if (const TemplateComponent *buttons = componentOf(t, TemplateComponent::Type::Buttons)) {
        QStringList labels;
        for (const QJsonValue &button : buttons->buttons)
            labels << button.toObject().value(QLatin1String("text")).toString().toHtmlEscaped();
        html += QStringLiteral("<hr><span style='color:#027EB5'>%1</span>")
                    .arg(labels.join(QStringLiteral(" · ")));
    }
    m_preview->setText(html);
}

void TemplateEditor::submit()
{
    const MessageTemplate t = draft();
    const std::shared_ptr<TemplateAdmin> admin = m_adminFor ? m_adminFor(t.accountId) : nullptr;
    if (!admin) {
        say(tr("This desktop is not connected to the account: add its token in Settings → "
               "Accounts."),
            true);
        return;
    }
    m_submit->setEnabled(false);
    say(tr("Submitting %1…").arg(t.name), false);
    admin->submitTemplate(t, examples())
        .then(this, [this, t, admin](const Expected<QString, ProviderError> &submitted) {
            Q_UNUSED(admin); // kept until the answer is in
            m_submit->setEnabled(true);
            if (!submitted) {
                say(tr("Meta did not take it: %1").arg(submitted.error().message()), true);
                return;
            }
            MessageTemplate pending = t;
            pending.status = QStringLiteral("PENDING");
            pending.statusReason.clear();
            pending.providerId = submitted.value();
            m_current = pending;
            say(tr("Submitted: Meta reviews it, usually within minutes; the status here follows."),
                false);
            record(pending);
        });
}

void TemplateEditor::record(const MessageTemplate &t)
{
    whenReady(
        m_actions->record(t), this,
        [this](const QString &problem) {
            if (!problem.isEmpty())
                say(tr("The team was not told: %1").arg(problem), true);
        },
        [this](const CacheError &error) { say(error.message(), true); });
}

void TemplateEditor::remove()
{
    const MessageTemplate t = m_current;
    const std::shared_ptr<TemplateAdmin> admin = m_adminFor ? m_adminFor(t.accountId) : nullptr;
    if (t.id == 0 || !admin) {
        say(tr("This desktop is not connected to the account: add its token in Settings → "
               "Accounts."),
            true);
        return;
    }
    if (QMessageBox::question(
            this, tr("Delete template"),
            tr("Delete %1 in every language? Messages already sent stay.").arg(t.name)) !=
        QMessageBox::Yes)
        return;
    admin->deleteTemplate(t.name).then(
        this, [this, t, admin](const Expected<QString, ProviderError> &deleted) {
            Q_UNUSED(admin); // kept until the answer is in
            if (!deleted) {
                say(tr("Meta did not delete it: %1").arg(deleted.error().message()), true);
                return;
            }
            // Soft: kept as DISABLED, so messages already sent still name it, and the team hears.
            MessageTemplate gone = t;
            gone.status = QStringLiteral("DISABLED");
            say(tr("Deleted %1.").arg(t.name), false);
            record(gone);
        });
}

} // namespace inbox
