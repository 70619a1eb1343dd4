// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelaySchema.h"

#include "cache/CacheError.h"
#include "cache/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace inbox::relay {

namespace {

bool hasVersionTable(const QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("schema_version"));
}

} // namespace

bool sqliteHasColumn(const QSqlDatabase &db, const char *table, const char *column)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE "
                                          "name = '%2'")
                               .arg(QLatin1String(table), QLatin1String(column)))
        .toBool();
}

int schemaVersion(const QSqlDatabase &db)
{
    if (!hasVersionTable(db))
        return 0;
    return sql::scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt();
}

void migrate(QSqlDatabase &db, const RelaySchema &schema)
{
    const int latest = schema.steps.isEmpty() ? 0 : schema.steps.last().version;
    sql::Transaction transaction(db);
    if (schema.lock)
        schema.lock(db);
    int version = 0;
    if (hasVersionTable(db)) {
        version = schemaVersion(db);
    } else {
        version = schema.unversioned ? schema.unversioned(db) : 0;
        sql::execDirect(db,
                        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
        sql::execDirect(
            db, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version));
    }
    if (version > latest) {
        throw CacheError(
            CacheError::Kind::NewerSchema,
            QCoreApplication::translate("inbox::relay",
                                        "the relay's %1 store has schema %2, and this relay knows "
                                        "up to %3: it was written by a newer relay. Nothing was "
                                        "changed; run the newer relay, or another --data/--store.")
                .arg(schema.store)
                .arg(version)
                .arg(latest));
    }
    for (const RelayMigration &step : schema.steps) {
        if (step.version <= version)
            continue;
        for (const QString &statement : step.statements)
            sql::execDirect(db, statement);
        version = step.version;
    }
    sql::execDirect(db, QStringLiteral("UPDATE schema_version SET version = %1").arg(version));
    transaction.commit();
}

} // namespace inbox::relay
