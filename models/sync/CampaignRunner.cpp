// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignRunner.h"

#include "ModelsLog.h"
#include "OutboxWorker.h"
#include "cache/CacheDatabase.h"
#include "itemmodels/WhenReady.h"

#include <QCoreApplication>

namespace inbox {

namespace {

/// A stall is caught up by at most this much of the schedule, never by a longer burst.
constexpr qint64 catchUpMs = 1000;

} // namespace

CampaignRunner::CampaignRunner(std::shared_ptr<CacheDatabase> cache, Campaign campaign,
                               ApiLookup apiFor, QObject *parent, std::function<QDateTime()> now)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_campaign(std::move(campaign))
    , m_apiFor(std::move(apiFor))
    , m_now(std::move(now))
    , m_startedAt(m_now())
{
    m_pace.setSingleShot(true);
    m_pace.setTimerType(Qt::PreciseTimer);
    connect(&m_pace, &QTimer::timeout, this, &CampaignRunner::claim);
    m_progressTimer.setInterval(1000);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (std::exchange(m_progressDue, false))
            reportProgress(true);
    });
    m_clock.start();
}

void CampaignRunner::start()
{
    m_reconciling = true;
    auto *reconciler = new SendReconciler(m_cache, m_apiFor, this, m_now);
    connect(reconciler, &SendReconciler::finished, this,
            [this, reconciler](const ReconcileReport &report) {
                reconciler->deleteLater();
                m_reconciling = false;
                if (report.found + report.resent + report.unknown > 0)
                    qCInfo(lcModels)
                        << "campaign" << m_campaign.name << "reconciled: found" << report.found
                        << "resent" << report.resent << "unknown" << report.unknown;
                Q_EMIT reconciled(report);
                if (m_campaign.state == QLatin1String("paused")) {
                    m_paused = true;
                    reportProgress(true);
                    return;
                }
                go();
            });
    reconciler->run(m_startedAt, m_campaign.id);
}

void CampaignRunner::go()
{
    m_paused = false;
    m_originMs = m_clock.elapsed();
    m_issued = 0;
    m_progressTimer.start();
    whenReady(
        CampaignStore(m_cache).setState(m_campaign.id, QStringLiteral("running")), this,
        [this] {
            m_campaign.state = QStringLiteral("running");
            claim();
        },
        [this](const CacheError &error) { fail(error.message()); });
}

void CampaignRunner::pause()
{
    if (m_paused || m_cancelled || m_ended)
        return;
    m_paused = true;
    m_pace.stop();
    m_campaign.state = QStringLiteral("paused");
    whenReady(
        CampaignStore(m_cache).setState(m_campaign.id, m_campaign.state), this,
        [this] { reportProgress(true); },
        [this](const CacheError &error) { fail(error.message()); });
}

void CampaignRunner::resume()
{
    if (!m_paused || m_cancelled || m_ended || m_reconciling)
        return;
    go();
}

void CampaignRunner::cancel()
{
    if (m_cancelled || m_ended)
        return;
    m_cancelled = true;
    m_pace.stop();
    whenReady(
        CampaignStore(m_cache).cancel(m_campaign.id, m_now()), this,
        [this](int) {
            m_campaign.state = QStringLiteral("cancelled");
            checkEnd();
        },
        [this](const CacheError &error) { fail(error.message()); });
}

double CampaignRunner::achievedRate() const
{
    const qint64 ms = m_clock.elapsed() - m_originMs;
    return ms > 0 ? double(m_issued) * 1000.0 / double(ms) : 0.0;
}

void CampaignRunner::scheduleNext()
{
    if (m_paused || m_cancelled || m_ended || m_claiming || m_pace.isActive())
        return;
    if (m_inFlight >= m_maxInFlight)
        return; // the next answer calls again
    const qint64 now = m_clock.elapsed();
    const qint64 dueMs = m_originMs + qint64(double(m_issued) * 1000.0 / m_campaign.rate);
    if (now - dueMs > catchUpMs) {
        // Far behind (the provider was slow): start the schedule afresh from here.
        m_originMs = now - catchUpMs;
        m_issued = 0;
    }
    m_pace.start(int(std::max<qint64>(0, dueMs - now)));
}

void CampaignRunner::claim()
{
    if (m_paused || m_cancelled || m_ended || m_claiming)
        return;
    m_claiming = true;
    whenReady(
        CampaignStore(m_cache).claimNext(m_campaign.id, m_now()), this,
        [this](const std::optional<CampaignSend> &send) {
            m_claiming = false;
            if (!send) {
                checkEnd();
                return;
            }
            ++m_issued;
            sendOne(*send);
            scheduleNext();
        },
        [this](const CacheError &error) {
            m_claiming = false;
            fail(error.message());
        });
}

void CampaignRunner::sendOne(const CampaignSend &send)
{
    const std::shared_ptr<ProviderApi> api = m_apiFor(m_campaign.accountId);
    ++m_inFlight;
    if (!api) {
        SendResult none;
        ProviderError error;
        error.title =
            QCoreApplication::translate(
                "inbox", "The account %1 is not connected: add its token in Settings, then resume.")
                .arg(m_campaign.accountId);
        error.retryable = true;
        none.error = error;
        settled(send, none);
        return;
    }
    OutgoingMessage outgoing = outgoingFor(send.message, send.phone);
    outgoing.reference = send.entry.reference;
    outgoing.campaignName = m_campaign.name;
    whenReady(
        api->send(outgoing), this,
        [this, send, api](const SendResult &result) {
            Q_UNUSED(api); // kept alive until the answer is in
            settled(send, result);
        },
        [this](const CacheError &error) { fail(error.message()); });
}

void CampaignRunner::settled(const CampaignSend &send, const SendResult &result)
{
    const SettledSend outcome = settleSend(m_cache, send.entry, result, m_now());
    const QString trouble = accountTroubleIn(result);
    // The account's trouble, not one number's (a 429 only slows this send down): sending on
    // would only pile up retries.
    const bool accountDown = outcome.outcome == SendOutcome::Deferred && !trouble.isEmpty() &&
                             result.error->httpStatus != 429;
    whenReady(
        outcome.stored, this,
        [this, trouble, accountDown] {
            --m_inFlight;
            m_progressDue = true;
            if (accountDown) {
                if (!m_paused) {
                    pause();
                    Q_EMIT stopped(trouble);
                }
            }
            if (m_cancelled || m_paused)
                checkEnd();
            else
                scheduleNext();
        },
        [this](const CacheError &error) {
            --m_inFlight;
            fail(error.message());
        });
}

void CampaignRunner::checkEnd()
{
    if (m_ended || m_inFlight > 0 || m_claiming)
        return;
    if (m_paused && !m_cancelled) {
        reportProgress(true);
        return;
    }
    if (m_cancelled) {
        end(QStringLiteral("cancelled"));
        return;
    }
    // Nothing to claim now: done, unless a retry waits for its time.
    whenReady(
        CampaignStore(m_cache).nextRetry(m_campaign.id), this,
        [this](const std::optional<QDateTime> &retry) {
            if (m_ended || m_paused || m_cancelled || m_inFlight > 0)
                return;
            if (retry) {
                const qint64 wait = std::max<qint64>(0, m_now().msecsTo(*retry));
                m_pace.start(int(std::min<qint64>(wait, 60'000)));
                reportProgress(true);
                return;
            }
            whenReady(
                CampaignStore(m_cache).setState(m_campaign.id, QStringLiteral("done")), this,
                [this] { end(QStringLiteral("done")); },
                [this](const CacheError &error) { fail(error.message()); });
        },
        [this](const CacheError &error) { fail(error.message()); });
}

void CampaignRunner::end(const QString &state)
{
    m_ended = true;
    m_campaign.state = state;
    m_progressTimer.stop();
    // The last figures first: whoever waits for finished() has them.
    whenReady(
        CampaignStore(m_cache).progress(m_campaign.id), this,
        [this, state](const CampaignProgress &progress) {
            Q_EMIT progressed(progress);
            Q_EMIT finished(state);
        },
        [this, state](const CacheError &error) {
            qCWarning(lcModels) << "campaign progress unreadable:" << error.message();
            Q_EMIT finished(state);
        });
}

void CampaignRunner::reportProgress(bool now)
{
    if (!now) {
        m_progressDue = true;
        return;
    }
    whenReady(
        CampaignStore(m_cache).progress(m_campaign.id), this,
        [this](const CampaignProgress &progress) { Q_EMIT progressed(progress); },
        [](const CacheError &error) {
            qCWarning(lcModels) << "campaign progress unreadable:" << error.message();
        });
}

void CampaignRunner::fail(const QString &problem)
{
    qCWarning(lcModels) << "campaign" << m_campaign.name << "stopped:" << problem;
    m_pace.stop();
    if (!m_paused) {
        m_paused = true;
        Q_EMIT stopped(problem);
    }
}

} // namespace inbox
