#pragma once

#include "domain/Message.h"

#include <QFuture>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace inbox {

class CacheDatabase;

/// A message waiting to be sent to its provider.
struct OutboxEntry
{
    qint64 id = 0;
    qint64 messageId = 0;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
};

/// Outbound messages not yet accepted by their provider. A message and its outbox entry are
/// written in one transaction, so a message shown as queued is always going to be sent.
class OutboxStore
{
public:
    explicit OutboxStore(std::shared_ptr<CacheDatabase> cache);

    /// Stores an outbound message as QUEUED with its outbox entry; returns the message id.
    QFuture<qint64> enqueue(Message message);
    /// Our reaction to `target` (an empty emoji takes it back): shown on the target at once, and
    /// sent through the outbox as a reaction row that the chat never shows as a bubble. The
    /// target must have its provider id (a message still queued cannot be reacted to yet).
    QFuture<qint64> enqueueReaction(const Message &target, const QString &emoji,
                                    const QString &agentId, const QDateTime &at);
    /// Who "we" are among a message's reactors.
    static QString businessReactor() { return QStringLiteral("business"); }
    /// Entries whose time has come, oldest first.
    QFuture<QList<OutboxEntry>> due(const QDateTime &now, int limit);
    /// The provider accepted the message: its id is stored, the status becomes SENT, the entry
    /// goes away.
    QFuture<void> markSent(qint64 entryId, const QString &providerMessageId, const QDateTime &at);
    /// A failure worth retrying: try again at `next`.
    QFuture<void> reschedule(qint64 entryId, const QDateTime &next, const QString &error);
    /// A failure that retrying cannot fix: the message is FAILED with the provider's words.
    QFuture<void> markFailed(qint64 entryId, const QString &code, const QString &reason,
                             const QDateTime &at);
    QFuture<int> size();
    /// Every entry waiting out a backoff is due at `now`; gives how many were waiting.
    QFuture<int> resumeAll(const QDateTime &now);
    /// Sends a FAILED outbound message again: it is QUEUED anew with a fresh outbox entry, its
    /// failure and old provider id cleared. Gives false when it is not a failed message of ours
    /// (already retried, or never failed).
    QFuture<bool> retry(qint64 messageId, const QDateTime &now);

private:
    /// The entry is done: its message takes `update` (and the provider's id, when given).
    QFuture<void> settle(qint64 entryId, const StatusUpdate &update,
                         const QString &providerMessageId);

    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
