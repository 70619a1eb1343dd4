// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SendReconciler.h"
#include "cache/CampaignStore.h"
#include "ports/ProviderApi.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace inbox {

class CacheDatabase;

/// Sends a campaign at its rate through its account's provider. Each recipient is claimed
/// from the store (message and outbox entry written, in flight) before its provider is
/// called, and settled from the answer as every send is (settleSend): a runner stopped
/// anywhere, even by a kill, resumes with nobody sent twice and nobody left out. What an
/// earlier run left in flight is reconciled from the provider before anything more goes.
///
/// The pace is a schedule, not bursts: the n-th send starts n / rate seconds after the start
/// (a stall is caught up by at most one second of sends), with at most `maxInFlight` sends
/// waiting on the provider at once.
class CampaignRunner : public QObject
{
    Q_OBJECT
public:
    CampaignRunner(std::shared_ptr<CacheDatabase> cache, Campaign campaign, ApiLookup apiFor,
                   QObject *parent = nullptr,
                   std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc);

    /// Reconciles what an earlier run left in flight, then sends (the campaign is running).
    void start();
    /// No new sends; those in flight finish. Stored, so a restart stays paused.
    void pause();
    void resume();
    /// Cancels the recipients not sent yet (see CampaignStore::cancel); finished() follows.
    void cancel();

    const Campaign &campaign() const { return m_campaign; }
    bool isPaused() const { return m_paused; }
    /// The rate the runner has kept since it last started or resumed, sends a second.
    double achievedRate() const;
    void setMaxInFlight(int sends) { m_maxInFlight = std::max(1, sends); }

Q_SIGNALS:
    void reconciled(const ReconcileReport &report);
    /// About once a second while sending, and once at every stop.
    void progressed(const CampaignProgress &progress);
    /// The runner paused itself: the account cannot send (not connected, token refused,
    /// unreachable). Resume once it is fixed.
    void stopped(const QString &problem);
    /// Nothing is left to send: the campaign is done or cancelled (`state`).
    void finished(const QString &state);

private:
    void go();
    void scheduleNext();
    void claim();
    void sendOne(const CampaignSend &send);
    void settled(const CampaignSend &send, const SendResult &result);
    void checkEnd();
    void end(const QString &state);
    void reportProgress(bool now);
    void fail(const QString &problem);

    std::shared_ptr<CacheDatabase> m_cache;
    Campaign m_campaign;
    ApiLookup m_apiFor;
    std::function<QDateTime()> m_now;
    QDateTime m_startedAt;
    QTimer m_pace;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    qint64 m_originMs = 0; ///< on m_clock, when send number 0 of this stretch was due
    qint64 m_issued = 0;   ///< sends started in this stretch
    int m_inFlight = 0;
    int m_maxInFlight = 32;
    bool m_claiming = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_ended = false;
    bool m_reconciling = false;
    bool m_progressDue = false;
};

} // namespace inbox
