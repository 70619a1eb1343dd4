// SPDX-License-Identifier: GPL-3.0-or-later
#include "CannedResponseStore.h"

#include "CacheDatabase.h"
#include "Sql.h"

#include <QSqlQuery>

namespace inbox {

CannedResponseStore::CannedResponseStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

QFuture<QList<CannedResponse>> CannedResponseStore::all()
{
    return m_cache->run([](QSqlDatabase &db) {
        QSqlQuery query =
            sql::prepare(db, QStringLiteral("SELECT shortcut, text, updated_by, updated_at FROM "
                                            "canned_responses ORDER BY shortcut"));
        sql::exec(query);
        QList<CannedResponse> responses;
        while (query.next()) {
            responses.append({query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), sql::timeFromDb(query.value(3))});
        }
        return responses;
    });
}

void CannedResponseStore::upsertIn(QSqlDatabase &db, const CannedResponse &response)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO canned_responses (shortcut, text, updated_by, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (shortcut) DO UPDATE SET text = excluded.text,
            updated_by = excluded.updated_by, updated_at = excluded.updated_at)"));
    query.addBindValue(response.shortcut);
    query.addBindValue(response.text);
    query.addBindValue(sql::nullIfEmpty(response.updatedBy));
    query.addBindValue(sql::toDb(response.updatedAt.isValid() ? response.updatedAt
                                                              : QDateTime::currentDateTimeUtc()));
    sql::exec(query);
}

void CannedResponseStore::removeIn(QSqlDatabase &db, const QString &shortcut)
{
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("DELETE FROM canned_responses WHERE shortcut = ?"));
    query.addBindValue(shortcut);
    sql::exec(query);
}

QFuture<void> CannedResponseStore::upsert(const CannedResponse &response)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([response, events](QSqlDatabase &db) {
        upsertIn(db, response);
        Q_EMIT events->cannedResponsesChanged();
    });
}

QFuture<void> CannedResponseStore::remove(const QString &shortcut)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([shortcut, events](QSqlDatabase &db) {
        removeIn(db, shortcut);
        Q_EMIT events->cannedResponsesChanged();
    });
}

} // namespace inbox
