// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationHistory.h"

#include <QCoreApplication>
#include <QLocale>

namespace inbox::history {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::history", text);
}

} // namespace

QString assigned(const QString &actor, const QString &assigneeId, const QString &assigneeName,
                 const QString &actorId)
{
    if (assigneeId == actorId)
        return tr("%1 took this conversation").arg(actor);
    return tr("%1 assigned this to %2")
        .arg(actor, assigneeName.isEmpty() ? assigneeId : assigneeName);
}

QString unassigned(const QString &actor)
{
    return tr("%1 unassigned this").arg(actor);
}

QString autoAssigned(const QString &assignee, const QString &previous)
{
    if (previous.isEmpty())
        return tr("Assigned automatically to %1, next in turn among the teammates online")
            .arg(assignee);
    return tr("Reassigned automatically from %1 to %2: %1 was offline too long")
        .arg(previous, assignee);
}

QString statusChanged(const QString &actor, ConversationStatus status, const QDateTime &until)
{
    switch (status) {
    case ConversationStatus::Open:
        return tr("%1 reopened this").arg(actor);
    case ConversationStatus::Pending:
        return tr("%1 set this to pending").arg(actor);
    case ConversationStatus::Resolved:
        return tr("%1 resolved this").arg(actor);
    case ConversationStatus::Snoozed:
        return tr("%1 snoozed this until %2")
            .arg(actor, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
    }
    Q_UNREACHABLE();
}

QString snoozeEnded()
{
    return tr("The snooze ended: open again");
}

} // namespace inbox::history
