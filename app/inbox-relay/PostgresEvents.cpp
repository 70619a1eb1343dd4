// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventBackend.h"
#include "EventStore.h"
#include "cache/Sql.h"

#include <QSqlQuery>

namespace inbox::relay {

namespace {

bool hasColumn(QSqlDatabase &db, const char *table, const char *column)
{
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                        "WHERE table_schema = current_schema() AND "
                                        "table_name = ? AND column_name = ?"));
    query.addBindValue(QLatin1String(table));
    query.addBindValue(QLatin1String(column));
    sql::exec(query);
    return query.next() && query.value(0).toInt() > 0;
}

class PostgresEvents : public EventBackend
{
public:
    void prepare(QSqlDatabase &db) override
    {
        // "relation already exists, skipping" is no news.
        sql::execDirect(db, QStringLiteral("SET client_min_messages = warning"));
    }

    RelaySchema schema() const override
    {
        return {QStringLiteral("events"),
                eventSteps(QStringLiteral("BYTEA"), QStringLiteral("ADD COLUMN IF NOT EXISTS")),
                [](QSqlDatabase &db) {
                    return unversionedEvents(db, [&db](const char *table, const char *column) {
                        return hasColumn(db, table, column);
                    });
                },
                // Two relays starting together must not both migrate.
                [](QSqlDatabase &db) {
                    sql::execDirect(db, QStringLiteral("SELECT pg_advisory_xact_lock(4711)"));
                }};
    }

    QString headForAppend() const override
    {
        // Locked, so relays sharing the database take turns: no gaps, no duplicates.
        return QStringLiteral("SELECT head FROM org_heads WHERE org = ? FOR UPDATE");
    }

    bool insert(QSqlDatabase &db, const EventRow &row) override
    {
        QSqlQuery &insert = m_statements.get(db, QString::fromLatin1(eventInsertText));
        insert.addBindValue(row.org);
        insert.addBindValue(row.seq);
        insert.addBindValue(row.provider);
        insert.addBindValue(sql::text(row.account));
        insert.addBindValue(row.receivedAtMs);
        insert.addBindValue(row.body);
        insert.addBindValue(row.bodyKey ? QVariant(*row.bodyKey)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
        sql::exec(insert);
        const bool inserted = insert.next();
        insert.finish();
        return inserted;
    }

    std::optional<KeyHolder> holderOf(QSqlDatabase &db, qint64 key) override
    {
        QSqlQuery &query = m_statements.get(
            db,
            QStringLiteral("SELECT seq, provider, account, body FROM events WHERE body_key = ?"));
        query.addBindValue(key);
        sql::exec(query);
        std::optional<KeyHolder> holder;
        if (query.next()) {
            holder = KeyHolder{query.value(0).toLongLong(), query.value(1).toString(),
                               query.value(2).toString(), query.value(3).toByteArray()};
        }
        query.finish();
        return holder;
    }

    void announce(QSqlDatabase &db, const QString &org) override
    {
        // A wake-up for the other relays; they catch up by sequence number.
        QSqlQuery notify = sql::prepare(db, QStringLiteral("SELECT pg_notify(?, ?)"));
        notify.addBindValue(EventStore::notifyChannel());
        notify.addBindValue(org);
        sql::exec(notify);
    }

    void release() override { m_statements.clear(); }

private:
    sql::PreparedStatements m_statements;
};

} // namespace

std::unique_ptr<EventBackend> postgresEvents()
{
    return std::make_unique<PostgresEvents>();
}

} // namespace inbox::relay
