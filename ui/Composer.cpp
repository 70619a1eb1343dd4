// SPDX-License-Identifier: GPL-3.0-or-later
#include "Composer.h"

#include "AttachPreview.h"
#include "cache/CacheDatabase.h"
#include "cache/OutboxStore.h"
#include "controllers/MessageController.h"
#include "domain/Attachment.h"
#include "itemmodels/WhenReady.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbox {

bool ComposerEdit::suggesting() const
{
    return m_suggestions && m_suggestions->isVisible() && m_suggestions->count() > 0;
}

bool ComposerEdit::event(QEvent *event)
{
    // Esc closes the saved replies first, before the window's Esc shortcut sees it.
    if (event->type() == QEvent::ShortcutOverride && suggesting() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (suggesting()) {
        const int row = m_suggestions->currentRow();
        switch (event->key()) {
        case Qt::Key_Up:
            m_suggestions->setCurrentRow(qMax(0, row - 1));
            return;
        case Qt::Key_Down:
            m_suggestions->setCurrentRow(qMin(m_suggestions->count() - 1, row + 1));
            return;
        case Qt::Key_Tab:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            Q_EMIT suggestionTaken();
            return;
        case Qt::Key_Escape:
            m_suggestions->hide();
            return;
        default:
            break;
        }
    }
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT sendRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

Composer::Composer(std::shared_ptr<CacheDatabase> cache, QString agentId,
                   MessageController *messages, QWidget *parent)
    : QWidget(parent)
    , m_cache(std::move(cache))
    , m_agentId(std::move(agentId))
    , m_messages(messages)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_windowClosed = new QLabel(
        tr("🔒 The 24-hour window is closed: WhatsApp lets you write again once the customer "
           "does. Until then, send an approved template: Template… or Ctrl+Shift+T."));
    m_windowClosed->setObjectName(QStringLiteral("windowClosed"));
    m_windowClosed->setWordWrap(true);
    m_windowClosed->setStyleSheet(QStringLiteral(
        "QLabel { background: #FFF4E5; color: #7A4D00; border-radius: 6px; padding: 6px; }"));
    m_windowClosed->hide();
    layout->addWidget(m_windowClosed);

    m_suggestions = new QListWidget;
    m_suggestions->setObjectName(QStringLiteral("cannedResponses"));
    m_suggestions->setFocusPolicy(Qt::NoFocus);
    m_suggestions->setWordWrap(false);
    m_suggestions->setTextElideMode(Qt::ElideRight);
    m_suggestions->hide();
    layout->addWidget(m_suggestions);

    m_replyBar = new QWidget;
    m_replyBar->setObjectName(QStringLiteral("replyBar"));
    auto *replyRow = new QHBoxLayout(m_replyBar);
    replyRow->setContentsMargins(8, 2, 2, 2);
    m_replyPreview = new QLabel;
    m_replyPreview->setObjectName(QStringLiteral("replyPreview"));
    m_replyPreview->setTextFormat(Qt::RichText);
    m_replyPreview->setStyleSheet(
        QStringLiteral("QLabel { border-left: 3px solid #1FA855; padding-left: 6px; }"));
    auto *cancelReply = new QPushButton(QStringLiteral("✕"));
    cancelReply->setObjectName(QStringLiteral("cancelReply"));
    cancelReply->setFlat(true);
    cancelReply->setToolTip(tr("Do not quote"));
    cancelReply->setAccessibleName(tr("Do not quote"));
    replyRow->addWidget(m_replyPreview, 1);
    replyRow->addWidget(cancelReply);
    m_replyBar->hide();
    connect(cancelReply, &QPushButton::clicked, this, [this] {
        m_replyTo.clear();
        m_replyBar->hide();
    });
    layout->addWidget(m_replyBar);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("composerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *row = new QHBoxLayout;
    auto *editor = new ComposerEdit;
    editor->setSuggestions(m_suggestions);
    editor->setObjectName(QStringLiteral("composer"));
    editor->setAccessibleName(tr("Message"));
    editor->setPlaceholderText(
        tr("Type a message (Enter sends, Shift+Enter for a new line, / for saved replies)"));
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
    m_attach = new QPushButton(tr("Attach…"));
    m_attach->setObjectName(QStringLiteral("attach"));
    m_attach->setToolTip(tr("Send a photo, video, audio or document"));
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Send a file"));
        if (!path.isEmpty())
            attachFile(path);
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_templates);
    buttons->addWidget(m_send);
    row->addLayout(buttons);
    layout->addLayout(row);

    connect(editor, &ComposerEdit::sendRequested, this, &Composer::send);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_send->setEnabled(m_conversationId > 0 && !text().isEmpty() && m_editor->isEnabled());
        suggest();
    });
    connect(editor, &ComposerEdit::suggestionTaken, this, &Composer::takeSuggestion);
    connect(m_suggestions, &QListWidget::itemClicked, this, &Composer::takeSuggestion);
    connect(m_cache->events(), &CacheEvents::cannedResponsesChanged, this,
            &Composer::loadCannedResponses);
    loadCannedResponses();
    ProviderCapabilities none;
    setConversation(0, {}, false, none);
}

void Composer::loadCannedResponses()
{
    whenReady(
        CannedResponseStore(m_cache).all(), this,
        [this](const QList<CannedResponse> &responses) {
            m_canned = responses;
            suggest();
        },
        [this](const CacheError &error) { showProblem(error.message()); });
}

void Composer::suggest()
{
    const QString typed = m_editor->toPlainText();
    const bool asking = typed.startsWith(QLatin1Char('/')) && !typed.contains(QLatin1Char('\n'));
    m_suggestions->clear();
    if (!asking) {
        m_suggestions->hide();
        return;
    }
    const QString query = typed.mid(1).trimmed();
    // Shortcut matches first: "/ref" finds "refund" before a reply that mentions "ref".
    QList<QListWidgetItem *> byShortcut;
    QList<QListWidgetItem *> byText;
    for (const CannedResponse &response : std::as_const(m_canned)) {
        const bool shortcutMatches = response.shortcut.startsWith(query, Qt::CaseInsensitive);
        if (!shortcutMatches && !response.text.contains(query, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("/%1  —  %2")
                .arg(response.shortcut, QString(response.text).replace(u'\n', u' ')));
        item->setData(Qt::UserRole, response.text);
        item->setToolTip(response.text);
        (shortcutMatches ? byShortcut : byText).append(item);
    }
    for (QListWidgetItem *item : byShortcut + byText)
        m_suggestions->addItem(item);
    const bool found = m_suggestions->count() > 0;
    if (!found) {
        auto *none = new QListWidgetItem(
            m_canned.isEmpty()
                ? (m_mayEditSavedReplies
                       ? tr("No saved replies yet")
                       : tr("No saved replies yet: managers add them in Inbox → Saved replies"))
                : tr("No saved reply matches \"%1\"").arg(query));
        none->setFlags(Qt::NoItemFlags);
        m_suggestions->addItem(none);
    }
    if (m_mayEditSavedReplies) {
        // Managers and admins make one from here: the shortcut typed so far is kept.
        auto *manage = new QListWidgetItem(found ? tr("✎ Edit saved replies…")
                                                 : tr("✎ Make /%1 a saved reply…").arg(query));
        manage->setData(Qt::UserRole + 1, query);
        m_suggestions->addItem(manage);
    }
    m_suggestions->setCurrentRow(found ? 0 : m_suggestions->count() - 1);
    // As tall as its rows, five at most: the chat stays in view.
    const int rows = qMin(m_suggestions->count(), 5);
    m_suggestions->setFixedHeight(rows * m_suggestions->sizeHintForRow(0) +
                                  2 * m_suggestions->frameWidth() + 2);
    m_suggestions->show();
}

void Composer::takeSuggestion()
{
    QListWidgetItem *item = m_suggestions->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    if (const QVariant shortcut = item->data(Qt::UserRole + 1); shortcut.isValid()) {
        m_suggestions->hide();
        Q_EMIT savedRepliesRequested(shortcut.toString());
        return;
    }
    m_editor->setPlainText(item->data(Qt::UserRole).toString());
    m_editor->moveCursor(QTextCursor::End);
    m_editor->setFocus();
    m_suggestions->hide();
}

void Composer::setMayEditSavedReplies(bool may)
{
    m_mayEditSavedReplies = may;
}

QString Composer::text() const
{
    return m_editor->toPlainText().trimmed();
}

void Composer::setConversation(qint64 conversationId, const QString &accountId, bool windowOpen,
                               const ProviderCapabilities &provider)
{
    m_provider = provider;
    const bool templates = provider.templates;
    m_conversationId = conversationId;
    m_accountId = accountId;
    const bool canWrite = conversationId > 0 && windowOpen;
    m_editor->setEnabled(canWrite);
    const bool locked = conversationId > 0 && !windowOpen;
    m_windowClosed->setVisible(locked);
    // Locked looks locked: the field says so, and the way out is the button that stands out.
    m_editor->setPlaceholderText(
        locked ? tr("Locked until the customer writes again: send a template instead")
               : tr("Type a message (Enter sends, Shift+Enter for a new line, / for saved "
                    "replies)"));
    m_editor->setAccessibleDescription(m_editor->placeholderText());
    m_templates->setStyleSheet(locked && templates
                                   ? QStringLiteral("QPushButton { background: #1FA855; color: "
                                                    "white; font-weight: bold; }")
                                   : QString());
    m_templates->setEnabled(conversationId > 0 && templates);
    m_templates->setVisible(templates);
    m_attach->setEnabled(canWrite);
    m_send->setEnabled(canWrite && !text().isEmpty());
    m_replyTo.clear();
    m_replyBar->hide();
    m_problem->hide();
}

void Composer::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void Composer::replyTo(const QString &providerMessageId, const QString &sender,
                       const QString &preview)
{
    if (providerMessageId.isEmpty()) {
        showProblem(tr("That message is not sent yet: reply once it has its ticks."));
        return;
    }
    m_replyTo = providerMessageId;
    // "Replying to Amaka Okafor", and the quoted message's first line under it.
    const QString line = m_replyPreview->fontMetrics().elidedText(
        preview.section(QLatin1Char('\n'), 0, 0), Qt::ElideRight, 480);
    m_replyPreview->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("Replying to %1").arg(sender).toHtmlEscaped(), line.toHtmlEscaped()));
    m_replyPreview->setAccessibleName(tr("Replying to %1: %2").arg(sender, line));
    m_replyBar->show();
    m_editor->setFocus();
}

std::optional<QString> Composer::attachFile(const QString &path)
{
    const QFileInfo file(path);
    std::optional<QString> problem;
    if (m_conversationId == 0 || !m_editor->isEnabled())
        problem = tr("Open a conversation whose 24-hour window is open to send a file.");
    else if (!file.isFile() || !file.isReadable())
        problem = tr("%1 cannot be read.").arg(file.fileName());
    const QString mime = QMimeDatabase().mimeTypeForFile(file).name();
    // WhatsApp's limits and this provider's, before the agent writes a caption for nothing.
    if (!problem)
        problem = attachmentProblem(file.fileName(), mime, file.size(), &m_provider);
    if (problem) {
        showProblem(*problem);
        return problem;
    }
    showProblem({});
    const MediaInfo media{mime, file.fileName(),         file.size(), {},
                          {},   file.absoluteFilePath(), {},          0};
    auto *preview = new AttachPreview(media, attachmentKindFor(mime), text(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 conversation = m_conversationId;
    connect(preview, &QDialog::accepted, this, [this, preview, conversation] {
        if (conversation != m_conversationId)
            return; // the agent moved to another chat meanwhile: nothing goes to the wrong one
        Message message;
        message.kind = preview->kind();
        message.media = preview->media();
        message.text = preview->caption();
        const QString typed = text();
        if (!message.text.isEmpty() && message.text == typed)
            m_editor->clear(); // the typed text went as the caption
        queue(message, typed);
    });
    preview->open();
    return std::nullopt;
}

void Composer::send()
{
    const QString body = text();
    if (body.isEmpty() || m_conversationId == 0 || !m_editor->isEnabled())
        return;
    Message message;
    message.kind = MessageKind::Text;
    message.text = body;
    m_editor->clear();
    queue(message, body);
}

void Composer::queue(Message message, const QString &body)
{
    message.conversationId = m_conversationId;
    message.accountId = m_accountId;
    message.direction = Direction::Outbound;
    message.senderAgentId = m_agentId;
    message.createdAt = QDateTime::currentDateTimeUtc();
    message.replyToProviderId = std::exchange(m_replyTo, {});
    m_replyBar->hide();
    showProblem({});
    // Stored with its outbox entry in one transaction: it shows at once as queued and is sent
    // when the provider can be reached.
    whenReady(
        m_messages->send(message), this, [this](qint64 messageId) { Q_EMIT queued(messageId); },
        [this, body](const CacheError &error) {
            m_editor->setPlainText(body); // nothing typed is lost
            m_windowClosed->setText(error.message());
            m_windowClosed->show();
        });
}

} // namespace inbox
