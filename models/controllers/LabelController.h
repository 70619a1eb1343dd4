// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/LabelStore.h"
#include "cache/SavedViewStore.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;
class TeamContext;

/// The team's labels and saved views: managers and admins define and remove labels, anyone
/// puts them on a conversation or takes them off, anyone saves a view of the list for the team;
/// every desktop sees it through the relay. Each gives an empty string when done, else the
/// problem in words.
class LabelController : public QObject
{
    Q_OBJECT
public:
    LabelController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                    QObject *parent = nullptr);

    /// A label is 1 to 32 characters, without a comma.
    static QString problemWithName(const QString &name);

    QFuture<QString> define(const Label &label);
    QFuture<QString> remove(const QString &name);
    QFuture<QString> setOn(qint64 conversationId, const QString &label, bool on);
    /// A saved view for the whole team (saving a name again replaces it); anyone may.
    QFuture<QString> saveView(const QString &name, const ConversationFilter &filter);
    QFuture<QString> removeView(const QString &name);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    TeamContext *m_team;
};

} // namespace inbox
