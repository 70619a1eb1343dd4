#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>

namespace inbox::sql {

/// Prepares a parameterised statement; throws CacheError naming the statement when it cannot.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
/// Runs a prepared statement; throws CacheError with SQLite's reason when it fails.
void exec(QSqlQuery &query);
/// Runs a statement that takes no values (schema, pragmas).
void execDirect(const QSqlDatabase &db, const QString &statement);
/// The first column of the first row, or an invalid QVariant.
QVariant scalar(const QSqlDatabase &db, const QString &statement);

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

/// Statements one connection runs again and again, prepared once and kept while it lives.
/// Clear it before the connection closes.
class PreparedStatements
{
public:
    QSqlQuery &get(const QSqlDatabase &db, const QString &statement);
    void clear() { m_statements.clear(); }

private:
    std::map<QString, QSqlQuery> m_statements; // QSqlQuery moves, never copies
};

/// A statement a connection runs for every event (a live webhook's insert and lookups), prepared
/// once per connection and kept until forgetStatements(): preparing the insert costs more than
/// running it. The caller has it to itself until it asks for the same statement again, so it
/// is for statements that do not nest; the next exec() replaces the last one's result.
QSqlQuery &reused(const QSqlDatabase &db, const QString &statement);
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
