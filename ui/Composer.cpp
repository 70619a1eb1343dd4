#include "Composer.h"

#include "cache/CacheDatabase.h"
#include "cache/OutboxStore.h"
#include "itemmodels/WhenReady.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbox {

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT sendRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

Composer::Composer(std::shared_ptr<CacheDatabase> cache, QString agentId, QWidget *parent)
    : QWidget(parent)
    , m_cache(std::move(cache))
    , m_agentId(std::move(agentId))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_windowClosed = new QLabel(
        tr("The 24-hour window is closed: WhatsApp lets you write again once the customer "
           "does, or with an approved template."));
    m_windowClosed->setObjectName(QStringLiteral("windowClosed"));
    m_windowClosed->setWordWrap(true);
    m_windowClosed->setStyleSheet(QStringLiteral(
        "QLabel { background: #FFF4E5; color: #7A4D00; border-radius: 6px; padding: 6px; }"));
    m_windowClosed->hide();
    layout->addWidget(m_windowClosed);

    auto *row = new QHBoxLayout;
    auto *editor = new ComposerEdit;
    editor->setObjectName(QStringLiteral("composer"));
    editor->setPlaceholderText(tr("Type a message (Enter sends, Shift+Enter for a new line)"));
    editor->setTabChangesFocus(true);
    const int line = editor->fontMetrics().lineSpacing();
    editor->setFixedHeight(line * 3 + 14);
    m_editor = editor;
    m_templates = new QPushButton(tr("Template…"));
    m_templates->setObjectName(QStringLiteral("templates"));
    m_templates->setToolTip(tr("Send an approved template (Ctrl+Shift+T)"));
    connect(m_templates, &QPushButton::clicked, this, &Composer::templateRequested);
    m_send = new QPushButton(tr("Send"));
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    row->addWidget(m_editor, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_templates);
    buttons->addWidget(m_send);
    row->addLayout(buttons);
    layout->addLayout(row);

    connect(editor, &ComposerEdit::sendRequested, this, &Composer::send);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_send->setEnabled(m_conversationId > 0 && !text().isEmpty() && m_editor->isEnabled());
    });
    setConversation(0, {}, false);
}

QString Composer::text() const
{
    return m_editor->toPlainText().trimmed();
}

void Composer::setConversation(qint64 conversationId, const QString &accountId, bool windowOpen)
{
    m_conversationId = conversationId;
    m_accountId = accountId;
    const bool canWrite = conversationId > 0 && windowOpen;
    m_editor->setEnabled(canWrite);
    m_windowClosed->setVisible(conversationId > 0 && !windowOpen);
    m_templates->setEnabled(conversationId > 0);
    m_send->setEnabled(canWrite && !text().isEmpty());
}

void Composer::send()
{
    const QString body = text();
    if (body.isEmpty() || m_conversationId == 0 || !m_editor->isEnabled())
        return;
    Message message;
    message.conversationId = m_conversationId;
    message.accountId = m_accountId;
    message.direction = Direction::Outbound;
    message.kind = MessageKind::Text;
    message.text = body;
    message.senderAgentId = m_agentId;
    message.createdAt = QDateTime::currentDateTimeUtc();
    m_editor->clear();
    // Stored with its outbox entry in one transaction: it shows at once as queued and is sent
    // when the provider can be reached.
    whenReady(
        OutboxStore(m_cache).enqueue(message), this,
        [this](qint64 messageId) { Q_EMIT queued(messageId); },
        [this, body](const CacheError &error) {
            m_editor->setPlainText(body); // nothing typed is lost
            m_windowClosed->setText(error.message());
            m_windowClosed->show();
        });
}

} // namespace inbox
