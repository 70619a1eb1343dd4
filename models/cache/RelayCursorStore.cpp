// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayCursorStore.h"

#include "CacheDatabase.h"
#include "Sql.h"

namespace inbox {

RelayCursorStore::RelayCursorStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

void RelayCursorStore::setIn(QSqlDatabase &db, const QString &org, qint64 cursor)
{
    QSqlQuery &query = sql::reused(db, QStringLiteral(R"(
        INSERT INTO relay_cursor (org, cursor) VALUES (:org, :cursor)
        ON CONFLICT (org) DO UPDATE SET cursor = max(cursor, excluded.cursor))"));
    query.bindValue(QStringLiteral(":org"), org);
    query.bindValue(QStringLiteral(":cursor"), cursor);
    sql::exec(query);
}

QFuture<qint64> RelayCursorStore::cursor(const QString &org)
{
    return m_cache->run([org](QSqlDatabase &db) {
        QSqlQuery query =
            sql::prepare(db, QStringLiteral("SELECT cursor FROM relay_cursor WHERE org = :org"));
        query.bindValue(QStringLiteral(":org"), org);
        sql::exec(query);
        return query.next() ? query.value(0).toLongLong() : qint64(0);
    });
}

QFuture<std::pair<QString, qint64>> RelayCursorStore::last()
{
    return m_cache->run([](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(
            db, QStringLiteral("SELECT org, cursor FROM relay_cursor ORDER BY rowid DESC LIMIT 1"));
        sql::exec(query);
        return query.next() ? std::pair(query.value(0).toString(), query.value(1).toLongLong())
                            : std::pair(QString(), qint64(0));
    });
}

} // namespace inbox
