// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoAssignment.h"

#include <algorithm>

namespace inbox {

namespace {

bool isFree(const AssignableAgent &agent)
{
    return agent.online && (!agent.capacity || agent.open < *agent.capacity);
}

/// Given one least recently: round robin. Never given one is earliest of all.
bool turnsBefore(const AssignableAgent &a, const AssignableAgent &b)
{
    return a.lastTurn != b.lastTurn ? a.lastTurn < b.lastTurn : a.id < b.id;
}

} // namespace

AssignmentPlan planAssignments(QList<AssignmentCandidate> candidates, QList<AssignableAgent> agents,
                               const QDateTime &now)
{
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const AssignmentCandidate &a, const AssignmentCandidate &b) {
                         if (a.waitingSince != b.waitingSince)
                             return a.waitingSince < b.waitingSince;
                         return a.key.text() < b.key.text();
                     });
    AssignmentPlan plan;
    qint64 turn = 0;
    for (const AssignableAgent &agent : std::as_const(agents))
        turn = qMax(turn, agent.lastTurn);
    for (const AssignmentCandidate &candidate : std::as_const(candidates)) {
        auto reason = team::AutoAssignReason::Waiting;
        if (!candidate.assignee.isEmpty()) {
            const auto holder =
                std::find_if(agents.cbegin(), agents.cend(), [&](const AssignableAgent &agent) {
                    return agent.id == candidate.assignee;
                });
            if (candidate.reassignAfterMinutes <= 0 || (holder != agents.cend() && holder->online))
                continue;
            // A teammate no longer on the team (revoked) is as good as gone for ever.
            if (holder != agents.cend() && holder->since.isValid()) {
                const QDateTime due = holder->since.addSecs(candidate.reassignAfterMinutes * 60);
                if (due > now) {
                    if (!plan.nextCheck.isValid() || due < plan.nextCheck)
                        plan.nextCheck = due;
                    continue;
                }
            }
            reason = team::AutoAssignReason::Offline;
        }
        auto next = agents.end();
        for (auto agent = agents.begin(); agent != agents.end(); ++agent) {
            if (agent->id != candidate.assignee && isFree(*agent) &&
                (next == agents.end() || turnsBefore(*agent, *next)))
                next = agent;
        }
        if (next == agents.end())
            continue;
        ++next->open;
        // Each one given in this plan is later than the one before, so the turns go on in order.
        next->lastTurn = ++turn;
        plan.decisions.append({candidate.key, next->id, next->name, candidate.assignee, reason});
    }
    return plan;
}

} // namespace inbox
