// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutboxStore.h"
#include "domain/Campaign.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace inbox {

class CacheDatabase;

/// A bulk send of one content to a list of recipients through one account.
struct Campaign
{
    qint64 id = 0;
    QString name; ///< unique; WATI's broadcast_name
    QString accountId;
    CampaignContent content; ///< fixed when the campaign is made: it sends what was checked
    double rate = 1;         ///< sends a second
    QString state;           ///< running, paused, cancelled, done
    QString createdBy;
    QDateTime createdAt;
};

/// Where a campaign stands, counted from its recipients and their messages.
struct CampaignProgress
{
    int total = 0;
    int pending = 0;   ///< not written to the outbox yet
    int waiting = 0;   ///< in the outbox, waiting out a retry
    int inFlight = 0;  ///< its provider was called and has not answered
    int sent = 0;      ///< taken by the provider and no further yet
    int delivered = 0; ///< on the phone
    int read = 0;
    int failed = 0;  ///< refused, with the provider's words
    int unknown = 0; ///< "may not have been sent": the answer was lost
    int cancelled = 0;
    int replied = 0; ///< the customer wrote after the campaign's message

    int accepted() const { return sent + delivered + read; }
    int left() const { return pending + waiting + inFlight; }
};

/// One recipient's result, for the results table and its CSV.
struct CampaignResult
{
    int position = 0;
    QString phone;
    QString customerName;
    QString status; ///< pending, queued, sent, delivered, read, failed, cancelled
    QString failureCode;
    QString failure;
    QDateTime sentAt;
    QDateTime deliveredAt;
    QDateTime readAt;
    bool replied = false;
    qint64 conversationId = 0;
};

/// The next send of a campaign: its outbox entry (already in flight, with its reference),
/// its message and the customer's number.
struct CampaignSend
{
    OutboxEntry entry;
    Message message;
    QString phone;
};

/// Campaigns and their recipients. A recipient becomes a message and an outbox entry in one
/// transaction, marked in flight before its provider is called: a campaign stopped anywhere
/// resumes with nobody sent twice and nobody left out.
class CampaignStore
{
public:
    explicit CampaignStore(std::shared_ptr<CacheDatabase> cache);

    /// Makes a running campaign of the eligible recipients, in list order. A name already used
    /// is refused (CacheError): resume that campaign instead, or choose another name.
    QFuture<Campaign> create(const Campaign &campaign, const QList<RecipientVerdict> &recipients);
    QFuture<std::optional<Campaign>> byName(const QString &name);
    /// Every campaign, newest first.
    QFuture<QList<Campaign>> all();
    QFuture<void> setState(qint64 campaignId, const QString &state);
    /// Writes the next send in one transaction and gives it: first an entry of the campaign
    /// whose retry is due, else the next pending recipient (its conversation made if new, its
    /// message QUEUED, its entry in flight). Nothing when no send is due now.
    QFuture<std::optional<CampaignSend>> claimNext(qint64 campaignId, const QDateTime &now);
    /// When the campaign's next retry is due, if it waits on one.
    QFuture<std::optional<QDateTime>> nextRetry(qint64 campaignId);
    QFuture<CampaignProgress> progress(qint64 campaignId);
    QFuture<QList<CampaignResult>> results(qint64 campaignId);
    /// Stops a campaign for good: recipients not yet written are cancelled, entries waiting out
    /// a retry are taken out of the outbox (their messages FAILED, "cancelled"). Sends in flight
    /// finish. Gives how many recipients it cancelled.
    QFuture<int> cancel(qint64 campaignId, const QDateTime &at);

    /// What a check needs from the cache: who opted out, who was sent `contentName` in the
    /// last `days`, and how many the account sent in the 24 hours before `now` (templates, and
    /// campaign messages).
    QFuture<CampaignFacts> facts(const QString &accountId, const QString &contentName, int days,
                                 const QDateTime &now);

    /// The failure code of a cancelled campaign message.
    static QString cancelledCode() { return QStringLiteral("cancelled"); }

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
