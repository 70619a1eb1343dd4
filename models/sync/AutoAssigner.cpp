// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoAssigner.h"

#include "ModelsLog.h"
#include "cache/CacheDatabase.h"
#include "cache/RoutingStore.h"
#include "domain/AutoAssignment.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <algorithm>

namespace inbox {

namespace {

/// How long a decision keeps its conversation from being decided again.
constexpr qint64 HoldMs = 5000;

} // namespace

AutoAssigner::AutoAssigner(std::shared_ptr<CacheDatabase> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(settleMs);
    connect(&m_soon, &QTimer::timeout, this, &AutoAssigner::plan);
    m_later.setSingleShot(true);
    connect(&m_later, &QTimer::timeout, this, &AutoAssigner::plan);
    CacheEvents *events = m_cache->events();
    connect(events, &CacheEvents::conversationsChanged, this, &AutoAssigner::schedule);
    connect(events, &CacheEvents::routingChanged, this, &AutoAssigner::schedule);
}

void AutoAssigner::setRelayLink(RelayLink *relay)
{
    if (m_relay)
        m_relay->disconnect(this);
    m_relay = relay;
    m_holding.clear();
    if (!relay)
        return;
    connect(relay, &RelayLink::presenceChanged, this, &AutoAssigner::schedule);
    connect(relay, &RelayLink::stateChanged, this, &AutoAssigner::schedule);
    schedule();
}

void AutoAssigner::schedule()
{
    if (!m_soon.isActive())
        m_soon.start();
}

void AutoAssigner::plan()
{
    if (!m_relay || m_relay->state() != RelayLink::State::Connected)
        return;
    const QList<stream::TeammatePresence> presence = m_relay->presence();
    if (presence.isEmpty())
        return;
    if (m_planning) { // one plan at a time: the next starts from what this one changed
        m_again = true;
        return;
    }
    m_planning = true;
    QStringList online;
    for (const stream::TeammatePresence &teammate : presence) {
        if (teammate.online)
            online << teammate.agent;
    }
    whenReady(
        RoutingStore(m_cache).snapshot(online), this,
        [this, presence](const RoutingSnapshot &snapshot) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (auto it = m_holding.begin(); it != m_holding.end();)
                it = it.value() <= now ? m_holding.erase(it) : std::next(it);
            QList<AssignableAgent> agents;
            for (const stream::TeammatePresence &teammate : presence) {
                const TeammateLoad load = snapshot.teammates.value(teammate.agent);
                agents.append({teammate.agent, teammate.name.isEmpty() ? load.name : teammate.name,
                               teammate.online, teammate.since, load.open, load.capacity,
                               load.lastTurn});
            }
            QList<AssignmentCandidate> candidates;
            for (const AssignmentCandidate &candidate : snapshot.candidates) {
                if (!m_holding.contains(candidate.key.text()))
                    candidates.append(candidate);
            }
            const AssignmentPlan plan = planAssignments(candidates, agents, now);
            for (const team::AutoAssign &decision : plan.decisions)
                publish(decision);
            if (plan.nextCheck.isValid())
                m_later.start(std::chrono::milliseconds(
                    std::clamp<qint64>(now.msecsTo(plan.nextCheck) + 500, 0, 24 * 3600 * 1000)));
            m_planning = false;
            if (std::exchange(m_again, false))
                schedule();
        },
        [this](const CacheError &error) {
            qCWarning(lcModels) << "auto-assignment cannot read the cache:" << error.message();
            m_planning = false;
        });
}

void AutoAssigner::publish(const team::AutoAssign &decision)
{
    const QString key = decision.conversation.text();
    m_holding.insert(key, QDateTime::currentDateTimeUtc().addMSecs(HoldMs * 6));
    m_relay->publish(toJson(TeamEvent{decision, {}}))
        .then(this, [this, decision, key](const Expected<qint64, QString> &stored) {
            // Held a little longer: the event reaches this cache after its answer.
            m_holding.insert(key, QDateTime::currentDateTimeUtc().addMSecs(HoldMs));
            if (stored) {
                Q_EMIT assigned(decision.conversation, decision.assignee);
                return;
            }
            // Usually another inbox was first; the next plan starts from what landed.
            qCDebug(lcModels) << "an automatic assignment was not taken:" << stored.error();
            QTimer::singleShot(HoldMs + 100, this, &AutoAssigner::schedule);
        });
}

} // namespace inbox
