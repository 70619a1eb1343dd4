// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conversation.h"

#include <QDateTime>
#include <QString>

namespace inbox::history {

/// The small lines in a chat that tell its history, in the agent's language. `actor` is the
/// teammate's name.
QString assigned(const QString &actor, const QString &assigneeId, const QString &assigneeName,
                 const QString &actorId);
QString unassigned(const QString &actor);
/// The auto-assignment gave it to `assignee`; `previous` had it and was offline too long.
QString autoAssigned(const QString &assignee, const QString &previous);
QString statusChanged(const QString &actor, ConversationStatus status, const QDateTime &until);
QString snoozeEnded();

} // namespace inbox::history
