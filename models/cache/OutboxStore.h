// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <QFuture>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

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
    QDateTime inFlightAt;  ///< when its provider was called and has not answered yet
    qint64 campaignId = 0; ///< the bulk campaign that sends it (0: the outbox worker does)
    QString reference;     ///< the message's own id at the provider (see markInFlight)
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
    /// Entries whose time has come, oldest first: not in flight, and not a campaign's (its
    /// runner paces those).
    QFuture<QList<OutboxEntry>> due(const QDateTime &now, int limit);
    /// Written just before the provider is called: until the call surely did not take effect,
    /// the entry is never sent again on its own. Gives the message's reference, the id the
    /// provider echoes in its status webhooks (made on the first attempt).
    QFuture<QString> markInFlight(qint64 entryId, const QDateTime &at);
    static QString markInFlightIn(QSqlDatabase &db, qint64 entryId, const QDateTime &at);
    /// The provider's answer was lost and nothing tells whether it acted: the message shows as
    /// "may not have been sent" (FAILED, code unknownOutcomeCode()) with Send again. Its
    /// reference stays, so a status webhook that names it later settles it after all.
    QFuture<void> markOutcomeUnknown(qint64 entryId, const QString &reason, const QDateTime &at);
    /// The failure code of a send whose outcome cannot be known.
    static QString unknownOutcomeCode() { return QStringLiteral("unknown_outcome"); }
    /// Entries a process left in flight when it ended: marked before `before`; the outbox's own
    /// (`campaignId` 0) or one campaign's (its runner reconciles them when it resumes).
    QFuture<QList<OutboxEntry>> leftInFlight(const QDateTime &before, qint64 campaignId = 0);
    /// A status webhook carries our `reference`: the message it names takes the provider's id
    /// and the status (a "may not have been sent" is lifted), and its entry is done. Gives
    /// (conversation, message) when it named a message whose send had no answer.
    static std::optional<std::pair<qint64, qint64>>
    settleByReferenceIn(QSqlDatabase &db, const QString &accountId, const QString &reference,
                        const QString &providerMessageId, const StatusUpdate &update);
    /// The provider accepted the message: its id is stored, the status becomes SENT, the entry
    /// goes away.
    QFuture<void> markSent(qint64 entryId, const QString &providerMessageId, const QDateTime &at);
    /// A failure worth retrying (and surely not acted on): try again at `next`.
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
