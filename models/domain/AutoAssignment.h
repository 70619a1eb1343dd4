// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TeamEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace inbox {

/// A teammate as the auto-assignment sees it: its presence through the relay, its load and how
/// recently it was given a conversation.
struct AssignableAgent
{
    QString id;
    QString name;
    bool online = false;
    QDateTime since; ///< online since, or offline since; invalid: not seen since the relay started
    int open = 0;    ///< open and pending conversations it has now
    std::optional<int> capacity; ///< given automatically only below this; none: no limit
    /// The relay's sequence number of the last conversation given to it automatically; 0: never.
    qint64 lastTurn = 0;
};

/// A conversation the auto-assignment may give: waiting unassigned, or held by a teammate who
/// may have gone offline.
struct AssignmentCandidate
{
    ConversationKey key;
    QString assignee; ///< empty: waiting unassigned
    QDateTime waitingSince;
    int reassignAfterMinutes = 0; ///< its account's rule; 0 never reassigns
};

struct AssignmentPlan
{
    QList<team::AutoAssign> decisions;
    /// When an offline assignee's time runs out on a conversation that waits for it; invalid:
    /// nothing to look at again until something changes.
    QDateTime nextCheck;
};

/// Who gets what, by the rules every inbox applies alike: the conversation waiting longest
/// goes first; it goes to the online teammate under its capacity who was given one least
/// recently (round robin; never given one comes first, then by id), and a conversation whose
/// assignee has been offline longer than its account allows goes to another. A conversation
/// nobody can take waits for the next plan.
AssignmentPlan planAssignments(QList<AssignmentCandidate> candidates, QList<AssignableAgent> agents,
                               const QDateTime &now);

} // namespace inbox
