#include "TemplatePicker.h"

#include "cache/CacheDatabase.h"
#include "cache/OutboxStore.h"
#include "cache/TemplateStore.h"
#include "controllers/MessageController.h"
#include "itemmodels/WhenReady.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbox {

namespace {

/// The text the customer sees: header and body, with the values filled in.
QString fullText(const MessageTemplate &t)
{
    QStringList parts;
    for (const TemplateComponent &component : t.components) {
        if (component.type != TemplateComponent::Type::Buttons && !component.text.isEmpty())
            parts << component.text;
    }
    return parts.join(QStringLiteral("\n\n"));
}

/// The body's names for its variables, where the provider gives them (WATI).
QStringList parameterNames(const MessageTemplate &t)
{
    for (const TemplateComponent &component : t.components) {
        if (component.type == TemplateComponent::Type::Body)
            return component.parameterNames;
    }
    return {};
}

} // namespace

TemplatePicker::TemplatePicker(std::shared_ptr<CacheDatabase> cache, MessageController *messages,
                               qint64 conversationId, QString accountId, QString customerName,
                               QString agentId, QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_messages(messages)
    , m_conversationId(conversationId)
    , m_accountId(std::move(accountId))
    , m_customerName(std::move(customerName))
    , m_agentId(std::move(agentId))
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
    right->addLayout(m_form);
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
    m_missing->setStyleSheet(QStringLiteral("QLabel { color: #B3261E; }"));
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
            const QString chosen = m_chosen ? m_chosen->name + m_chosen->language : QString();
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
                if (t.name + t.language == chosen)
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
    m_list->clear();
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        const MessageTemplate &t = m_templates.at(i);
        if (!filter.isEmpty() && !t.name.contains(filter, Qt::CaseInsensitive) &&
            !fullText(t).contains(filter, Qt::CaseInsensitive)) {
            continue;
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1  ·  %2").arg(t.name, t.language));
        item->setData(Qt::UserRole, int(i));
        item->setToolTip(fullText(t));
        m_list->addItem(item);
    }
    if (m_templates.isEmpty())
        m_missing->setText(tr("This account has no approved templates yet."));
}

void TemplatePicker::choose(int row)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_chosen.reset();
    if (row < 0) {
        update();
        return;
    }
    m_chosen = m_templates.at(m_list->item(row)->data(Qt::UserRole).toInt());
    const QStringList names = parameterNames(*m_chosen);
    for (int number : placeholdersOf(fullText(*m_chosen))) {
        auto *field = new QLineEdit;
        field->setObjectName(QStringLiteral("variable%1").arg(number));
        const QString name = names.value(number - 1);
        // Prefilled from the lead where the provider names the variable after one of its fields.
        if (name.compare(QLatin1String("name"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("first_name"), Qt::CaseInsensitive) == 0) {
            field->setText(name.startsWith(QLatin1String("first"), Qt::CaseInsensitive)
                               ? m_customerName.section(QLatin1Char(' '), 0, 0)
                               : m_customerName);
        }
        m_form->addRow(name.isEmpty() ? QStringLiteral("{{%1}}").arg(number)
                                      : QStringLiteral("{{%1}} %2").arg(number).arg(name),
                       field);
        m_fields.insert(number, field);
        connect(field, &QLineEdit::textChanged, this, &TemplatePicker::update);
    }
    update();
}

void TemplatePicker::update()
{
    if (!m_chosen) {
        m_preview->clear();
        m_missing->setText(m_templates.isEmpty() ? m_missing->text() : tr("Choose a template."));
        m_send->setEnabled(false);
        return;
    }
    QMap<int, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    const RenderedText rendered = renderPlaceholders(fullText(*m_chosen), values);
    m_preview->setText(rendered.text);
    QStringList missing;
    for (int number : rendered.missing)
        missing << QStringLiteral("{{%1}}").arg(number);
    m_missing->setText(missing.isEmpty()
                           ? QString()
                           : tr("Fill in %1 to send.").arg(missing.join(QStringLiteral(", "))));
    m_send->setEnabled(rendered.missing.isEmpty());
}

void TemplatePicker::send()
{
    if (!m_chosen || !m_send->isEnabled())
        return;
    QJsonObject values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(QString::number(it.key()), it.value()->text().trimmed());
    Message message;
    message.conversationId = m_conversationId;
    message.accountId = m_accountId;
    message.direction = Direction::Outbound;
    message.kind = MessageKind::Template;
    message.text = m_preview->text();
    message.senderAgentId = m_agentId;
    message.createdAt = QDateTime::currentDateTimeUtc();
    message.details.insert(QStringLiteral("template"),
                           QJsonObject{{QStringLiteral("name"), m_chosen->name},
                                       {QStringLiteral("language"), m_chosen->language},
                                       {QStringLiteral("values"), values},
                                       {QStringLiteral("parameter_names"),
                                        QJsonArray::fromStringList(parameterNames(*m_chosen))}});
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
