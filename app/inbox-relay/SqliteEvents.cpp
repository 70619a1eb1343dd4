// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventBackend.h"
#include "cache/Sql.h"
#include "cache/SqliteStatement.h"

namespace inbox::relay {

const char eventInsertText[] = R"(
    INSERT INTO events (org, seq, provider, account, received_at, body, body_key)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (body_key) WHERE body_key IS NOT NULL DO NOTHING
    RETURNING seq)";

namespace {

constexpr auto holderText = "SELECT seq, provider, account, body FROM events WHERE body_key = ?";

class SqliteEvents : public EventBackend
{
public:
    void prepare(QSqlDatabase &db) override
    {
        // Acknowledged means on disk: WAL with a full sync at every commit.
        sql::execDirect(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::execDirect(db, QStringLiteral("PRAGMA synchronous = FULL"));
    }

    RelaySchema schema() const override
    {
        return {QStringLiteral("events"),
                eventSteps(QStringLiteral("BLOB"), QStringLiteral("ADD COLUMN")),
                [](QSqlDatabase &db) {
                    return unversionedEvents(db, [&db](const char *table, const char *column) {
                        return sqliteHasColumn(db, table, column);
                    });
                },
                {}};
    }

    QString headForAppend() const override
    {
        return QStringLiteral("SELECT head FROM org_heads WHERE org = ?");
    }

    bool insert(QSqlDatabase &db, const EventRow &row) override
    {
        if (!m_insert)
            m_insert = std::make_unique<sql::SqliteStatement>(db, eventInsertText);
        sql::SqliteStatement &insert = *m_insert;
        const QByteArray org = row.org.toUtf8();
        const QByteArray provider = row.provider.toUtf8();
        const QByteArray account = row.account.toUtf8();
        insert.bindText(1, org);
        insert.bind(2, row.seq);
        insert.bindText(3, provider);
        insert.bindText(4, account);
        insert.bind(5, row.receivedAtMs);
        insert.bindBlob(6, row.body);
        if (row.bodyKey)
            insert.bind(7, *row.bodyKey);
        else
            insert.bindNull(7);
        const bool inserted = insert.step();
        insert.reset();
        return inserted;
    }

    std::optional<KeyHolder> holderOf(QSqlDatabase &db, qint64 key) override
    {
        if (!m_holder)
            m_holder = std::make_unique<sql::SqliteStatement>(db, holderText);
        std::optional<KeyHolder> holder;
        m_holder->bind(1, key);
        if (m_holder->step()) {
            holder = KeyHolder{m_holder->integer(0), QString::fromUtf8(m_holder->text(1)),
                               QString::fromUtf8(m_holder->text(2)), m_holder->blob(3)};
        }
        m_holder->reset();
        return holder;
    }

    void announce(QSqlDatabase &, const QString &) override {} // one relay per SQLite file

    void release() override
    {
        m_insert.reset();
        m_holder.reset();
    }

private:
    std::unique_ptr<sql::SqliteStatement> m_insert;
    std::unique_ptr<sql::SqliteStatement> m_holder;
};

} // namespace

std::unique_ptr<EventBackend> sqliteEvents()
{
    return std::make_unique<SqliteEvents>();
}

} // namespace inbox::relay
