// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>

namespace inbox::sql {

/// Prepares a parameterised statement; throws CacheError naming the statement when it cannot.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
/// Runs a prepared statement; throws CacheError with SQLite's reason when it fails.
void exec(QSqlQuery &query);
/// Runs a statement that takes no values (schema, pragmas).
void execDirect(const QSqlDatabase &db, const QString &statement);
/// The first column of the first row, or an invalid QVariant.
QVariant scalar(const QSqlDatabase &db, const QString &statement);

/// Takes from a file or folder whatever its group and others may do (never adds anything): what
/// the cache and the relay keep is messages, tokens and secrets, for their user alone. For a
/// database file, its -wal and -shm too.
void keepToOwner(const QString &path);
void keepDatabaseToOwner(const QString &file);

/// Milliseconds since the epoch in UTC, the cache's time format; NULL for an invalid time.
QVariant toDb(const QDateTime &time);
QDateTime timeFromDb(const QVariant &value);
/// Never NULL: a null QString binds as NULL, which NOT NULL text columns refuse.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}
/// NULL for an empty string, so optional text columns stay NULL.
QVariant nullIfEmpty(const QString &text);

class SqliteStatement;

/// Statements one connection runs again and again, prepared once and kept while it lives, at
/// most `capacity` of each kind: past that the one used longest ago is finalized, so statements
/// whose text varies (a list re-read by 1 to 50 ids, under each filter) cannot pile up.
/// Clear it before the connection closes.
class PreparedStatements
{
public:
    static constexpr std::size_t capacity = 64;

    PreparedStatements();
    ~PreparedStatements();
    PreparedStatements(PreparedStatements &&) noexcept;
    PreparedStatements &operator=(PreparedStatements &&) noexcept;

    QSqlQuery &get(const QSqlDatabase &db, const QString &statement);
    SqliteStatement &native(const QSqlDatabase &db, const QString &statement);
    std::size_t size() const { return m_statements.size() + m_native.size(); }
    void clear();

private:
    template<typename Kept>
    struct Entry
    {
        Kept kept;
        quint64 lastUse = 0;
    };
    template<typename Map>
    void makeRoom(Map &map);

    std::map<QString, Entry<QSqlQuery>> m_statements; // QSqlQuery moves, never copies
    std::map<QString, Entry<std::unique_ptr<SqliteStatement>>> m_native;
    quint64 m_uses = 0;
};

/// A statement a connection runs for every event (a live webhook's insert and lookups), prepared
/// once per connection and kept until forgetStatements(): preparing the insert costs more than
/// running it. The caller has it to itself until it asks for the same statement again, so it
/// is for statements that do not nest; the next exec() replaces the last one's result. A
/// reference stays good while fewer than PreparedStatements::capacity other statements are
/// asked for.
QSqlQuery &reused(const QSqlDatabase &db, const QString &statement);
/// How many statements are kept for a connection (for the tests of the bound).
std::size_t keptStatementCount(const QString &connectionName);
/// Drops the statements kept for a connection; call it on the connection's thread before the
/// connection closes.
void forgetStatements(const QString &connectionName);

/// A transaction that rolls back unless committed, so a thrown error stores nothing half-done.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    QSqlDatabase &m_db;
    bool m_done = false;
};

} // namespace inbox::sql
