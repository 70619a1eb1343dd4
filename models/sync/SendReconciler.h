// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/OutboxStore.h"
#include "ports/ProviderApi.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace inbox {

class CacheDatabase;

/// What became of the sends a process left in flight.
struct ReconcileReport
{
    int found = 0;   ///< the provider has it: SENT with its id
    int resent = 0;  ///< the provider's history shows it never arrived: due again
    int unknown = 0; ///< nobody can tell: "may not have been sent", with Send again
};

/// The provider's id of our send in a page of its history: the item that carries our
/// `reference`, or else the newest outbound item with the same text, sent since `since`, whose
/// id the cache does not know yet. Pure.
std::optional<QString> findOurSend(const QList<MessageEvent> &history, const QString &reference,
                                   const QString &text, const QDateTime &since,
                                   const QSet<QString> &knownIds);

/// After a restart, settles each outbox entry that a process left in flight before anything is
/// sent again. Status webhooks that carry our reference settle most of them by themselves (the
/// sync engine applies them). For the rest, the provider's history is asked where it keeps one
/// (WATI, UniPile, open-wa): there, SENT with its id; absent, sent again. Where no history can
/// tell (Meta's Cloud API keeps none), the message shows as "may not have been sent" with Send
/// again, and is never sent again on its own.
class SendReconciler : public QObject
{
    Q_OBJECT
public:
    SendReconciler(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor,
                   QObject *parent = nullptr,
                   std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc);

    /// Reconciles the entries marked in flight before `before` (this process's start): the
    /// outbox's own, or with `campaignId` that campaign's.
    void run(const QDateTime &before, qint64 campaignId = 0);

Q_SIGNALS:
    void finished(const ReconcileReport &report);

private:
    void next(QList<OutboxEntry> left);
    void settleFrom(const OutboxEntry &entry, const Message &message,
                    const Expected<HistoryPage, ProviderError> &page,
                    std::function<void()> continueWith);

    std::shared_ptr<CacheDatabase> m_cache;
    ApiLookup m_apiFor;
    std::function<QDateTime()> m_now;
    ReconcileReport m_report;
};

} // namespace inbox

Q_DECLARE_METATYPE(inbox::ReconcileReport)
