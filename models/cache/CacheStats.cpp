// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheStats.h"

#include "CacheDatabase.h"
#include "Schema.h"
#include "Sql.h"

namespace inbox {

QFuture<CacheStats> readCacheStats(const std::shared_ptr<CacheDatabase> &cache)
{
    return cache->run([](QSqlDatabase &db) {
        CacheStats stats;
        stats.schemaVersion = schema::versionOf(db);
        // Our own tables only: not SQLite's, not the FTS index's shadow tables.
        QSqlQuery tables = sql::prepare(db, QStringLiteral(R"(
            SELECT name FROM sqlite_schema
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'
            ORDER BY rowid)"));
        sql::exec(tables);
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &name : names) {
            // A table name cannot be bound; these come from sqlite_schema, quoted as identifiers.
            const QString quoted = QLatin1Char('"') +
                                   QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                                   QLatin1Char('"');
            stats.tableCounts.append(
                {name,
                 sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + quoted).toLongLong()});
        }
        return stats;
    });
}

} // namespace inbox
