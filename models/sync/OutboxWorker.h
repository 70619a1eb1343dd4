// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SendReconciler.h"
#include "cache/OutboxStore.h"
#include "ports/ProviderApi.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace inbox {

class CacheDatabase;

/// Sends what the outbox holds, oldest first, one at a time, through the provider of each
/// message's account. Accepted: the provider's id is stored and the message is SENT. Refused
/// for good (a 4xx): FAILED with the provider's code and words. Unreachable or rate-limited
/// after the request layer's own retries: the message stays QUEUED and is tried again later,
/// so nothing typed offline is lost.
class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    /// `apiFor` gives the provider connection of an account, or null when it has none (yet:
    /// accounts load after the worker starts, so such a message waits rather than fails).
    OutboxWorker(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor, QObject *parent = nullptr,
                 std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc);

    /// Looks at the outbox every `interval` and whenever a message is queued.
    void start(std::chrono::milliseconds interval = std::chrono::seconds(2));
    /// Sends what is due now (does nothing while a send is under way).
    void kick();
    /// Everything waiting out a backoff is due now: the network, an account's connection or
    /// a provider is back.
    void resume();

    /// How long a message waits after `attempts` failed rounds: 30 s doubling, at most 15 min.
    static std::chrono::seconds requeueDelay(int attempts);

Q_SIGNALS:
    void messageSent(qint64 messageId, const QString &externalId);
    void messageFailed(qint64 messageId, const QString &reason);
    void messageDeferred(qint64 messageId, const QString &reason);
    /// The outbox had nothing more due.
    void idle();
    /// The sends the last run left in flight are settled (see SendReconciler).
    void reconciled(const ReconcileReport &report);
    /// How an account's provider did on its last send: empty when it took the message (or
    /// refused only that message), else what is wrong with the account or its connection
    /// (not connected, token refused, unreachable, rate-limited), for the status bar.
    void accountHealth(const QString &accountId, const QString &problem);

private:
    void sendNext(QList<OutboxEntry> due);

    std::shared_ptr<CacheDatabase> m_cache;
    ApiLookup m_apiFor;
    std::function<QDateTime()> m_now;
    QDateTime m_startedAt; ///< entries in flight from before this are a past run's
    QTimer m_timer;
    bool m_busy = false;
    bool m_resumeAfter = false; ///< resume() came while a round was under way
};

/// How one send ended for its outbox entry.
enum class SendOutcome
{
    Sent,     ///< the provider took it: SENT with its id
    Deferred, ///< surely not acted on (unreachable, 429, 503): tried again later
    Failed,   ///< refused for good: FAILED with the provider's words
    Unknown,  ///< the answer was lost: "may not have been sent", never resent on its own
};

/// A send's outcome, in words for the user, and the store write that records it.
struct SettledSend
{
    SendOutcome outcome;
    QString reason;
    QFuture<void> stored;
};

/// Records a provider's answer to the send of `entry` (which was marked in flight).
SettledSend settleSend(const std::shared_ptr<CacheDatabase> &cache, const OutboxEntry &entry,
                       const SendResult &result, const QDateTime &now);

/// What a failed send says of its account as a whole (empty when nothing), for the status bar.
QString accountTroubleIn(const SendResult &result);

/// The provider-neutral message to send for a stored outbound message.
OutgoingMessage outgoingFor(const Message &message, const QString &customerPhone);

} // namespace inbox
