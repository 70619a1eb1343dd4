// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedReplyController.h"

#include "TeamContext.h"
#include "cache/CannedResponseStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace inbox {

SavedReplyController::SavedReplyController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                                           QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_team(team)
{}

QString SavedReplyController::problemWithShortcut(const QString &shortcut)
{
    static const QRegularExpression word(QStringLiteral("^[\\w-]{1,32}$"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    if (shortcut.isEmpty())
        return tr("Give the reply a shortcut, the word typed after / (for example hours).");
    if (!word.match(shortcut).hasMatch())
        return tr("A shortcut is one word of at most 32 letters, digits, - or _, without the /.");
    return {};
}

QFuture<QString> SavedReplyController::save(const QString &shortcut, const QString &text)
{
    const QString name = shortcut.trimmed();
    if (const QString problem = problemWithShortcut(name); !problem.isEmpty())
        return settled(problem);
    if (text.trimmed().isEmpty())
        return settled(tr("Write the reply's text."));
    return m_team->publishOr(
        TeamEvent{team::SavedReply{name, text.trimmed(), false}, {}}, [=, this] {
            return CannedResponseStore(m_cache).upsert(
                {name, text.trimmed(), m_team->agentId(), QDateTime::currentDateTimeUtc()});
        });
}

QFuture<QString> SavedReplyController::remove(const QString &shortcut)
{
    return m_team->publishOr(TeamEvent{team::SavedReply{shortcut, {}, true}, {}},
                             [=, this] { return CannedResponseStore(m_cache).remove(shortcut); });
}

} // namespace inbox
