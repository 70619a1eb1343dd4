// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;
class TeamContext;

/// The team's saved replies (typed as /shortcut in the composer): managers and admins make,
/// change and remove them; every agent uses them. Each gives an empty string when done, else
/// the problem in words.
class SavedReplyController : public QObject
{
    Q_OBJECT
public:
    SavedReplyController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                         QObject *parent = nullptr);

    /// A shortcut is one word of letters, digits, - and _ (no slash, no spaces), at most 32.
    static QString problemWithShortcut(const QString &shortcut);

    QFuture<QString> save(const QString &shortcut, const QString &text);
    QFuture<QString> remove(const QString &shortcut);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    TeamContext *m_team;
};

} // namespace inbox
