// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ProviderApi.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace inbox {

class CacheDatabase;

/// What Sync status came to: how many of our messages moved on (sent, delivered, read,
/// failed), or the problem in words.
struct StatusSyncOutcome
{
    int updated = 0;
    QString problem;
};

/// Pages an account's history into the cache: the provider's chats (listChats), then the
/// newest page or pages of each chat's messages (fetchHistory), applied as webhook messages
/// are (one row each, however often). Reports progress per chat; one chat that fails does not
/// stop the others, and the end says how many failed and why the first did.
class HistorySync : public QObject
{
    Q_OBJECT
public:
    HistorySync(std::shared_ptr<CacheDatabase> cache, QString accountId,
                std::shared_ptr<ProviderApi> api, int pagesPerChat = 1, QObject *parent = nullptr);

    void start();
    /// Sync status: asks the provider for the newest page of one customer's messages and
    /// applies it as any history page (statuses by the one-way rule, missing messages added
    /// without a badge). `context` runs the steps; the future always finishes.
    static QFuture<StatusSyncOutcome> syncStatus(std::shared_ptr<CacheDatabase> cache,
                                                 const QString &accountId,
                                                 std::shared_ptr<ProviderApi> api,
                                                 const QString &phone, QObject *context);

    /// Stops after the call under way; `finished` still comes.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    /// `chatsDone` of `chatsKnown` chats are in, with `messages` new messages so far.
    void progress(int chatsDone, int chatsKnown, int messages);
    /// `problem` is empty when every chat came in; else it names the first failure.
    void finished(int chats, int messages, const QString &problem);

private:
    void listChats(const QString &cursor);
    void nextChat();
    void fetch(const ChatSummary &chat, const QString &cursor, int pagesLeft);
    void fail(const ProviderError &error);
    void finish();

    std::shared_ptr<CacheDatabase> m_cache;
    QString m_accountId;
    std::shared_ptr<ProviderApi> m_api;
    int m_pagesPerChat;
    QList<ChatSummary> m_chats;
    int m_done = 0;
    int m_messages = 0;
    int m_failures = 0;
    QString m_firstProblem;
    bool m_cancelled = false;
};

} // namespace inbox
