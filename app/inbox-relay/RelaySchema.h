// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace inbox::relay {

/// One step of a relay store's schema. Steps are only ever appended: a released step never
/// changes, because stores in the field were made by it.
struct RelayMigration
{
    int version;
    const char *summary;
    QStringList statements;
};

/// What a store needs to be migrated: its steps, and for a store made before versions were
/// kept, which version its tables already are.
struct RelaySchema
{
    QString store; ///< "events", "directory": the name in messages
    QList<RelayMigration> steps;
    /// The version of a store that has tables but no schema_version (0: empty).
    std::function<int(QSqlDatabase &)> unversioned;
    /// Taken inside the migrating transaction before anything is read (PostgreSQL: an advisory
    /// lock, so that relays starting together migrate one after the other).
    std::function<void(QSqlDatabase &)> lock;
};

/// Brings the store up to the last step in one transaction, and records the version in its
/// schema_version table. A store newer than this build is refused in words and left as it is.
/// Throws CacheError.
void migrate(QSqlDatabase &db, const RelaySchema &schema);
/// Whether a SQLite table has the column, for telling the version of a store made before
/// versions were kept.
bool sqliteHasColumn(const QSqlDatabase &db, const char *table, const char *column);
/// The version recorded in the store; 0 when none is.
int schemaVersion(const QSqlDatabase &db);

} // namespace inbox::relay
