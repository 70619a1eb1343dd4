// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CannedResponseStore.h"
#include "domain/Message.h"
#include "domain/Provider.h"

#include <QPlainTextEdit>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace inbox {

class CacheDatabase;
class MessageController;

/// The message box under the chat: multi-line text, Enter sends and Shift+Enter breaks the
/// line. A sent message goes to the outbox (shown at once as queued) and the outbox worker
/// sends it. Outside the 24-hour window free text is not allowed: the composer says so.
/// Typing "/" opens the team's saved replies, filtered as you type (Up/Down, Enter or Tab to
/// take one, Esc to close).
class Composer : public QWidget
{
    Q_OBJECT
public:
    /// What the agent writes is sent through `messages`.
    Composer(std::shared_ptr<CacheDatabase> cache, QString agentId, MessageController *messages,
             QWidget *parent = nullptr);

    /// The conversation the composer writes to, and whether its 24-hour window is open.
    /// `windowOpen`: free text may be sent; `provider`: what its provider can do (templates,
    /// the media kinds and sizes it takes).
    void setConversation(qint64 conversationId, const QString &accountId, bool windowOpen,
                         const ProviderCapabilities &provider);
    QString text() const;
    /// Managers and admins get "Edit saved replies…" at the end of the / list.
    void setMayEditSavedReplies(bool may);
    /// Offers a file from this computer for sending: checked against WhatsApp's and the
    /// provider's limits, then previewed with a caption (what was typed) and Send / Cancel.
    /// The problem in words when it may not be sent, and then nothing opens or is queued.
    std::optional<QString> attachFile(const QString &path);
    /// The next message quotes this one (its provider id): "Replying to `sender`" and the
    /// first line of `preview` show above the box until it is sent or the quote is dropped.
    void replyTo(const QString &providerMessageId, const QString &sender, const QString &preview);

Q_SIGNALS:
    /// A message was stored in the outbox.
    void queued(qint64 messageId);
    /// The agent asked for the template picker (the way to write outside the window).
    void templateRequested();
    /// A manager or admin asked to edit the saved replies from the / list (`shortcut`: what
    /// was typed after the slash).
    void savedRepliesRequested(const QString &shortcut);

private:
    void send();
    void queue(Message message, const QString &restoreText);
    void showProblem(const QString &problem);
    void loadCannedResponses();
    /// Shows the saved replies matching "/query", or hides the list.
    void suggest();
    void takeSuggestion();

    std::shared_ptr<CacheDatabase> m_cache;
    QString m_agentId;
    qint64 m_conversationId = 0;
    QString m_accountId;
    ProviderCapabilities m_provider;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_windowClosed = nullptr;
    QPushButton *m_templates = nullptr;
    QListWidget *m_suggestions = nullptr;
    MessageController *m_messages;
    QList<CannedResponse> m_canned;
    bool m_mayEditSavedReplies = false;
    QPushButton *m_attach = nullptr;
    QWidget *m_replyBar = nullptr;
    QLabel *m_replyPreview = nullptr;
    QString m_replyTo; ///< the quoted message's provider id
    QLabel *m_problem = nullptr;
};

/// The editor itself: Enter asks to send, Shift+Enter inserts a line break.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

    /// While the saved replies show, Up, Down, Enter, Tab and Esc go to them.
    void setSuggestions(QListWidget *suggestions) { m_suggestions = suggestions; }

Q_SIGNALS:
    void sendRequested();
    void suggestionTaken();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool suggesting() const;

    QListWidget *m_suggestions = nullptr;
};

} // namespace inbox
