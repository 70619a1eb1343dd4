// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatePicker.h"

#include "cache/CacheDatabase.h"
#include "cache/OutboxStore.h"
#include "cache/TemplateStore.h"
#include "controllers/MessageController.h"
#include "domain/Attachment.h"
#include "itemmodels/WhenReady.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace inbox {

namespace {

const TemplateComponent *componentOf(const MessageTemplate &t, TemplateComponent::Type type)
{
    for (const TemplateComponent &component : t.components) {
        if (component.type == type)
            return &component;
    }
    return nullptr;
}

/// "order_number" -> "Order number": a provider's variable name as a label.
QString humanized(QString name)
{
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

bool isMediaHeader(const QString &format)
{
    return format == QLatin1String("IMAGE") || format == QLatin1String("VIDEO") ||
           format == QLatin1String("DOCUMENT");
}

/// The URL buttons whose address ends in {{1}}, by their index among the buttons.
QList<int> urlButtonsWithVariable(const MessageTemplate &t)
{
    QList<int> found;
    if (const TemplateComponent *buttons = componentOf(t, TemplateComponent::Type::Buttons)) {
        for (int i = 0; i < buttons->buttons.size(); ++i) {
            const QJsonObject button = buttons->buttons.at(i).toObject();
            if (button.value(QLatin1String("type")).toString().toUpper() == QLatin1String("URL") &&
                button.value(QLatin1String("url")).toString().contains(QLatin1String("{{1}}")))
                found << i;
        }
    }
    return found;
}

/// The body's text for the template list's search.
QString searchableText(const MessageTemplate &t)
{
    QStringList parts;
    for (const TemplateComponent &component : t.components)
        parts << component.text;
    return parts.join(QLatin1Char('\n'));
}

} // namespace

TemplatePicker::TemplatePicker(std::shared_ptr<CacheDatabase> cache, MessageController *messages,
                               qint64 conversationId, QString accountId, QString customerName,
                               QString agentId, ProviderCapabilities provider, QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_messages(messages)
    , m_conversationId(conversationId)
    , m_accountId(std::move(accountId))
    , m_customerName(std::move(customerName))
    , m_agentId(std::move(agentId))
    , m_provider(std::move(provider))
{
    setWindowTitle(tr("Send a template"));
    resize(760, 460);
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setPlaceholderText(tr("Search templates"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("templateList"));
    left->addWidget(m_filter);
    left->addWidget(m_list);
    m_syncState = new QLabel;
    m_syncState->setObjectName(QStringLiteral("templateSyncState"));
    m_syncState->setWordWrap(true);
    m_syncState->hide();
    left->addWidget(m_syncState);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: long ones fit
    right->addLayout(m_form);
    m_fixedParts = new QLabel;
    m_fixedParts->setObjectName(QStringLiteral("templateFixedParts"));
    m_fixedParts->setWordWrap(true);
    m_fixedParts->hide();
    right->addWidget(m_fixedParts);
    auto *previewTitle = new QLabel(tr("The customer will see:"));
    right->addWidget(previewTitle);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setStyleSheet(QStringLiteral(
        "QLabel { background: #D9FDD3; color: #111B21; border-radius: 8px; padding: 10px; }"));
    m_preview->setMinimumHeight(120);
    right->addWidget(m_preview, 1);
    m_missing = new QLabel;
    m_missing->setObjectName(QStringLiteral("templateMissing"));
    m_missing->setWordWrap(true);
    right->addWidget(m_missing);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("templateSend"));
    m_send->setEnabled(false);
    right->addWidget(buttons);
    layout->addLayout(right, 3);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &TemplatePicker::send);
    connect(m_filter, &QLineEdit::textChanged, this, &TemplatePicker::showTemplates);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatePicker::choose);

    // The account's real templates may arrive from the provider while the picker is open.
    connect(m_cache->events(), &CacheEvents::templatesChanged, this,
            [this](const QString &account) {
                if (account == m_accountId)
                    reload();
            });
    reload();
}

void TemplatePicker::reload()
{
    whenReady(
        TemplateStore(m_cache).forAccount(m_accountId), this,
        [this](const QList<MessageTemplate> &templates) {
            const QString chosen = templateKey();
            m_templates.clear();
            for (const MessageTemplate &t : templates) {
                if (t.isSendable())
                    m_templates.append(t);
            }
            m_loaded = true;
            showTemplates();
            // Keep what the agent picked, when the provider still has it.
            for (int row = 0; row < m_list->count() && !chosen.isEmpty(); ++row) {
                const MessageTemplate &t =
                    m_templates.at(m_list->item(row)->data(Qt::UserRole).toInt());
                if (t.name + QLatin1Char('/') + t.language == chosen)
                    m_list->setCurrentRow(row);
            }
            Q_EMIT loaded();
        },
        [this](const CacheError &error) { m_missing->setText(error.message()); });
}

void TemplatePicker::setSyncState(const QString &state)
{
    m_syncState->setText(state);
    m_syncState->setVisible(!state.isEmpty());
}

void TemplatePicker::showTemplates()
{
    const QString filter = m_filter->text().trimmed();
    const QString chosen = templateKey();
    const QSignalBlocker quiet(m_list); // the list is rebuilt: the chosen template stays chosen
    m_list->clear();
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        const MessageTemplate &t = m_templates.at(i);
        if (!filter.isEmpty() && !t.name.contains(filter, Qt::CaseInsensitive) &&
            !searchableText(t).contains(filter, Qt::CaseInsensitive)) {
            continue;
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1  ·  %2").arg(t.name, t.language));
        item->setData(Qt::UserRole, int(i));
        item->setToolTip(searchableText(t));
        m_list->addItem(item);
        if (!chosen.isEmpty() && t.name + QLatin1Char('/') + t.language == chosen)
            m_list->setCurrentItem(item);
    }
    if (m_templates.isEmpty())
        m_missing->setText(tr("This account has no approved templates yet."));
}

QString TemplatePicker::templateKey() const
{
    return m_chosen ? m_chosen->name + QLatin1Char('/') + m_chosen->language : QString();
}

void TemplatePicker::keepValues()
{
    if (!m_chosen)
        return;
    QHash<QString, QString> &kept = m_kept[templateKey()];
    for (const Variable &variable : std::as_const(m_variables))
        kept.insert(variable.key, variable.field->text());
    if (m_headerFile)
        kept.insert(QStringLiteral("header:file"), m_headerFile->text());
}

void TemplatePicker::addVariable(const QString &key, int number, const QString &label,
                                 const QString &example)
{
    auto *field = new QLineEdit;
    // Body values keep the names tests and the first version knew: variable1, variable2...
    field->setObjectName(key.startsWith(QLatin1String("body:"))
                             ? QStringLiteral("variable%1").arg(number)
                             : QString(key).replace(QLatin1Char(':'), QLatin1Char('_')));
    if (!example.isEmpty())
        field->setPlaceholderText(tr("e.g. %1").arg(example));
    field->setAccessibleName(label);
    const QString kept = m_kept.value(templateKey()).value(key);
    if (!kept.isEmpty())
        field->setText(kept);
    m_form->addRow(label, field);
    m_variables.append({key, number, label, field, false});
    const qsizetype at = m_variables.size() - 1;
    connect(field, &QLineEdit::textEdited, this, [this, at] {
        m_variables[at].touched = true;
        update();
    });
    connect(field, &QLineEdit::textChanged, this, &TemplatePicker::update);
}

void TemplatePicker::choose(int row)
{
    keepValues();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_variables.clear();
    m_headerFile = nullptr;
    m_headerTouched = false;
    m_headerFormat.clear();
    m_chosen.reset();
    m_fixedParts->hide();
    if (row < 0) {
        update();
        return;
    }
    m_chosen = m_templates.at(m_list->item(row)->data(Qt::UserRole).toInt());
    const bool fills = m_provider.templateHeaderAndButtons;
    bool fixed = false;

    if (const TemplateComponent *header = componentOf(*m_chosen, TemplateComponent::Type::Header)) {
        if (isMediaHeader(header->format.toUpper()) && fills) {
            m_headerFormat = header->format.toUpper();
            auto *headerRow = new QWidget;
            auto *line = new QHBoxLayout(headerRow);
            line->setContentsMargins(0, 0, 0, 0);
            m_headerFile =
                new QLineEdit(m_kept.value(templateKey()).value(QStringLiteral("header:file")));
            m_headerFile->setObjectName(QStringLiteral("templateHeaderFile"));
            m_headerFile->setPlaceholderText(tr("https://… a link, or drop a file here"));
            m_headerFile->setAcceptDrops(true);
            m_headerFile->installEventFilter(this);
            auto *pick = new QPushButton(tr("Choose file…"));
            pick->setObjectName(QStringLiteral("templateHeaderPick"));
            line->addWidget(m_headerFile, 1);
            line->addWidget(pick);
            const QString what = m_headerFormat == QLatin1String("IMAGE")   ? tr("Header photo")
                                 : m_headerFormat == QLatin1String("VIDEO") ? tr("Header video")
                                                                            : tr("Header document");
            m_headerFile->setAccessibleName(what);
            m_form->addRow(what, headerRow);
            connect(pick, &QPushButton::clicked, this, [this] {
                const QString path =
                    QFileDialog::getOpenFileName(this, tr("The template's header"));
                if (!path.isEmpty()) {
                    m_headerTouched = true;
                    m_headerFile->setText(path);
                }
            });
            connect(m_headerFile, &QLineEdit::textEdited, this, [this] { m_headerTouched = true; });
            connect(m_headerFile, &QLineEdit::textChanged, this, &TemplatePicker::update);
        } else if (isMediaHeader(header->format.toUpper())) {
            fixed = true;
        }
        const QList<int> numbers = placeholdersOf(header->text);
        if (!numbers.isEmpty() && fills) {
            for (int number : numbers)
                addVariable(QStringLiteral("header:%1").arg(number), number,
                            header->parameterNames.isEmpty()
                                ? (header->examples.value(number - 1).isEmpty()
                                       ? tr("Header {{%1}}").arg(number)
                                       : tr("Header {{%1}}, like “%2”")
                                             .arg(number)
                                             .arg(header->examples.value(number - 1)))
                                : humanized(header->parameterNames.value(number - 1)),
                            header->examples.value(number - 1));
        } else if (!numbers.isEmpty()) {
            fixed = true;
        }
    }
    if (const TemplateComponent *body = componentOf(*m_chosen, TemplateComponent::Type::Body)) {
        for (int number : placeholdersOf(body->text)) {
            const QString name = body->parameterNames.value(number - 1);
            const QString example = body->examples.value(number - 1);
            // Named by the provider (WATI), or by the example it was approved with (Meta).
            addVariable(QStringLiteral("body:%1").arg(number), number,
                        !name.isEmpty()     ? humanized(name)
                        : example.isEmpty() ? tr("{{%1}}").arg(number)
                                            : tr("{{%1}}, like “%2”").arg(number).arg(example),
                        example);
            QLineEdit *field = m_variables.last().field;
            // Prefilled from the customer where the provider names the variable so.
            if (field->text().isEmpty() &&
                (name.compare(QLatin1String("name"), Qt::CaseInsensitive) == 0 ||
                 name.compare(QLatin1String("first_name"), Qt::CaseInsensitive) == 0)) {
                field->setText(name.startsWith(QLatin1String("first"), Qt::CaseInsensitive)
                                   ? m_customerName.section(QLatin1Char(' '), 0, 0)
                                   : m_customerName);
            }
        }
    }
    const TemplateComponent *buttons = componentOf(*m_chosen, TemplateComponent::Type::Buttons);
    for (int index : urlButtonsWithVariable(*m_chosen)) {
        if (!fills) {
            fixed = true;
            continue;
        }
        const QJsonObject button = buttons->buttons.at(index).toObject();
        const QString url = button.value(QLatin1String("url")).toString();
        const QString example = button.value(QLatin1String("example")).toArray().first().toString();
        const QString prefix = url.section(QStringLiteral("{{1}}"), 0, 0);
        addVariable(QStringLiteral("button:%1").arg(index), index,
                    tr("“%1” button: the end of %2")
                        .arg(button.value(QLatin1String("text")).toString(), prefix),
                    example.startsWith(prefix) ? example.mid(prefix.size()) : example);
    }
    if (fixed) {
        m_fixedParts->setText(tr("This provider sends the template's header and buttons as they "
                                 "were approved."));
        m_fixedParts->show();
    }
    // Tab goes through the fields in order, then to Send.
    QWidget *previous = m_list;
    for (const Variable &variable : std::as_const(m_variables)) {
        setTabOrder(previous, variable.field);
        previous = variable.field;
    }
    setTabOrder(previous, m_send);
    update();
}

QString TemplatePicker::headerProblem() const
{
    if (!m_headerFile)
        return {};
    const QString given = m_headerFile->text().trimmed();
    if (given.isEmpty())
        return tr("the header's file is missing: give a link or choose a file");
    const QFileInfo file(QUrl(given).isLocalFile() ? QUrl(given).toLocalFile() : given);
    if (file.isAbsolute() && file.exists()) {
        const QString mime = QMimeDatabase().mimeTypeForFile(file).name();
        const MessageKind kind = attachmentKindFor(mime);
        const bool fits =
            (m_headerFormat == QLatin1String("IMAGE") && kind == MessageKind::Image) ||
            (m_headerFormat == QLatin1String("VIDEO") && kind == MessageKind::Video) ||
            (m_headerFormat == QLatin1String("DOCUMENT") && kind == MessageKind::Document);
        if (!fits)
            return m_headerFormat == QLatin1String("IMAGE")
                       ? tr("this template's header takes a photo, and %1 is not one")
                             .arg(file.fileName())
                   : m_headerFormat == QLatin1String("VIDEO")
                       ? tr("this template's header takes a video, and %1 is not one")
                             .arg(file.fileName())
                       : tr("this template's header takes a document, and %1 is not one")
                             .arg(file.fileName());
        return attachmentProblem(file.fileName(), mime, file.size(), &m_provider)
            .value_or(QString());
    }
    const QUrl link(given, QUrl::StrictMode);
    if (!link.isValid() || link.scheme() != QLatin1String("https") || link.host().isEmpty())
        return tr("the header's link must be a whole https:// address, or a file on this computer");
    return {};
}

void TemplatePicker::update()
{
    if (!m_chosen) {
        m_preview->clear();
        m_missing->setStyleSheet(QString());
        m_missing->setText(m_templates.isEmpty() ? m_missing->text() : tr("Choose a template."));
        m_send->setEnabled(false);
        return;
    }
    QMap<int, QString> header;
    QMap<int, QString> body;
    QStringList missing;
    bool complain = false; // only about what the agent has typed in
    for (Variable &variable : m_variables) {
        const QString value = variable.field->text().trimmed();
        if (variable.key.startsWith(QLatin1String("header:")))
            header.insert(variable.number, value);
        else if (variable.key.startsWith(QLatin1String("body:")))
            body.insert(variable.number, value);
        const bool empty = value.isEmpty();
        if (empty)
            missing << variable.label;
        variable.field->setStyleSheet(
            empty && variable.touched ? QStringLiteral("QLineEdit { border: 1px solid #B3261E; }")
                                      : QString());
        complain = complain || (empty && variable.touched);
    }
    // The preview: header, body, footer and buttons as WhatsApp shows them.
    QStringList preview;
    const QString fileProblem = headerProblem();
    if (m_headerFile) {
        const QString given = m_headerFile->text().trimmed();
        preview << (given.isEmpty()
                        ? tr("[the header's file]")
                        : QStringLiteral("[%1]").arg(QFileInfo(QUrl(given).path()).fileName()));
    }
    if (const TemplateComponent *c = componentOf(*m_chosen, TemplateComponent::Type::Header);
        c && !c->text.isEmpty())
        preview << renderPlaceholders(c->text, header).text;
    if (const TemplateComponent *c = componentOf(*m_chosen, TemplateComponent::Type::Body))
        preview << renderPlaceholders(c->text, body).text;
    if (const TemplateComponent *c = componentOf(*m_chosen, TemplateComponent::Type::Footer))
        preview << c->text;
    if (const TemplateComponent *c = componentOf(*m_chosen, TemplateComponent::Type::Buttons)) {
        QStringList labels;
        for (const QJsonValue &button : c->buttons)
            labels << QStringLiteral("[ %1 ]").arg(
                button.toObject().value(QLatin1String("text")).toString());
        if (!labels.isEmpty())
            preview << labels.join(QLatin1Char(' '));
    }
    m_preview->setText(preview.join(QStringLiteral("\n\n")));

    QStringList problems;
    if (!missing.isEmpty())
        problems << (complain ? tr("Fill in %1 to send.").arg(missing.join(QStringLiteral(", ")))
                              : tr("%n value(s) to fill in before sending.", nullptr,
                                   int(missing.size())));
    if (!fileProblem.isEmpty() && (m_headerTouched || !m_headerFile->text().isEmpty()))
        problems << fileProblem;
    else if (!fileProblem.isEmpty())
        problems << tr("The header's file is still to give.");
    m_missing->setText(problems.join(QLatin1Char(' ')));
    m_missing->setStyleSheet(complain || (m_headerTouched && !fileProblem.isEmpty())
                                 ? QStringLiteral("QLabel { color: #B3261E; }")
                                 : QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    m_send->setEnabled(missing.isEmpty() && fileProblem.isEmpty());
}

bool TemplatePicker::eventFilter(QObject *watched, QEvent *event)
{
    // A file dropped on the header's field is the header.
    if (watched == m_headerFile && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (drag->mimeData()->hasUrls() && drag->mimeData()->urls().first().isLocalFile()) {
            drag->acceptProposedAction();
            return true;
        }
    }
    if (watched == m_headerFile && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (drop->mimeData()->hasUrls() && drop->mimeData()->urls().first().isLocalFile()) {
            m_headerTouched = true;
            m_headerFile->setText(drop->mimeData()->urls().first().toLocalFile());
            drop->acceptProposedAction();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplatePicker::send()
{
    if (!m_chosen || !m_send->isEnabled())
        return;
    QJsonObject body;
    QJsonObject header;
    QJsonObject buttons;
    for (const Variable &variable : std::as_const(m_variables)) {
        const QString value = variable.field->text().trimmed();
        const QString part = variable.key.section(QLatin1Char(':'), 0, 0);
        (part == QLatin1String("header") ? header
         : part == QLatin1String("body") ? body
                                         : buttons)
            .insert(QString::number(variable.number), value);
    }
    const TemplateComponent *bodyPart = componentOf(*m_chosen, TemplateComponent::Type::Body);
    QJsonObject templ{
        {QStringLiteral("name"), m_chosen->name},
        {QStringLiteral("language"), m_chosen->language},
        {QStringLiteral("values"), body},
        {QStringLiteral("parameter_names"),
         QJsonArray::fromStringList(bodyPart ? bodyPart->parameterNames : QStringList())}};
    if (!header.isEmpty())
        templ.insert(QStringLiteral("header_values"), header);
    if (!buttons.isEmpty())
        templ.insert(QStringLiteral("button_values"), buttons);
    Message message;
    if (m_headerFile) {
        const QString given = m_headerFile->text().trimmed();
        const QFileInfo file(QUrl(given).isLocalFile() ? QUrl(given).toLocalFile() : given);
        if (file.isAbsolute() && file.exists()) {
            // From this computer: uploaded before the template goes.
            message.media = MediaInfo{QMimeDatabase().mimeTypeForFile(file).name(),
                                      file.fileName(),
                                      file.size(),
                                      {},
                                      {},
                                      file.absoluteFilePath(),
                                      {},
                                      0};
        } else {
            templ.insert(QStringLiteral("header_link"), given);
        }
    }
    message.conversationId = m_conversationId;
    message.accountId = m_accountId;
    message.direction = Direction::Outbound;
    message.kind = MessageKind::Template;
    message.text = m_preview->text();
    message.senderAgentId = m_agentId;
    message.createdAt = QDateTime::currentDateTimeUtc();
    message.details.insert(QStringLiteral("template"), templ);
    m_send->setEnabled(false);
    whenReady(
        m_messages->send(message), this,
        [this](qint64 id) {
            Q_EMIT queued(id);
            accept();
        },
        [this](const CacheError &error) {
            m_missing->setText(error.message());
            m_send->setEnabled(true);
        });
}

} // namespace inbox
