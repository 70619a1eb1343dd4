// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;

/// A saved reply of the team: typed as /shortcut in the composer.
struct CannedResponse
{
    QString shortcut; ///< "hours", without the slash
    QString text;
    QString updatedBy;
    QDateTime updatedAt;
};

/// The team's saved replies, shared through the relay ("canned" team events).
class CannedResponseStore
{
public:
    explicit CannedResponseStore(std::shared_ptr<CacheDatabase> cache);

    /// Every saved reply, by shortcut.
    QFuture<QList<CannedResponse>> all();
    QFuture<void> upsert(const CannedResponse &response);
    QFuture<void> remove(const QString &shortcut);

    static void upsertIn(QSqlDatabase &db, const CannedResponse &response);
    static void removeIn(QSqlDatabase &db, const QString &shortcut);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
