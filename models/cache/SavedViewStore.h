// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConversationStore.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace inbox {

class CacheDatabase;

/// A named filter of the conversation list, shared with the team.
struct SavedView
{
    QString name;
    QJsonObject filter; ///< as filterToJson writes it
};

/// The filter as a view keeps it: {"scope":"mine"|"unassigned", "status", "provider", "label",
/// "unread", "search"}, each only when set. "Mine" is whoever applies the view.
QJsonObject filterToJson(const ConversationFilter &filter);
ConversationFilter filterFromJson(const QJsonObject &json, const QString &currentAgentId);

/// The team's saved views, as the relay's events say.
class SavedViewStore
{
public:
    explicit SavedViewStore(std::shared_ptr<CacheDatabase> cache);

    QFuture<QList<SavedView>> all();
    /// Without a relay: this desktop's alone.
    QFuture<void> save(const SavedView &view);
    QFuture<void> remove(const QString &name);

    static void saveIn(QSqlDatabase &db, const SavedView &view);
    static void removeIn(QSqlDatabase &db, const QString &name);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
