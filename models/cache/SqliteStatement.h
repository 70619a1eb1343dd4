// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace inbox::sql {

/// SQLite's own handle under a QtSql connection, or null when the connection is not SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// A statement prepared on a QtSql SQLite connection's own handle, for the few statements run
/// for every event: the relay writer's per-webhook statements, the cache's message insert and
/// the search box's walk over the message index. The connection, its transactions and every
/// other statement stay with QtSql; these run through SQLite's API because QtSql's binding cost
/// more than the statement itself (QSqlResult formats a placeholder name for every value it
/// binds, and makes a QVariant of every value it hands back).
class SqliteStatement
{
public:
    /// Throws CacheError when the statement does not prepare.
    SqliteStatement(const QSqlDatabase &db, const char *text);
    SqliteStatement(const QSqlDatabase &db, const QString &text);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Parameters count from 1, as in SQLite. The bytes must outlive the next step().
    void bind(int index, qint64 value);
    void bindText(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);
    void bindNull(int index);

    /// Runs the statement to its next row: true with a row, false when done. Throws CacheError.
    bool step();
    qint64 integer(int column) const;
    QByteArray text(int column) const;
    QByteArray blob(int column) const;
    /// A text column compared without copying it.
    bool textIs(int column, const char *latin1) const;
    /// Ready to run again; the bindings are cleared.
    void reset();

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

/// Binds a statement's values in order, from the first placeholder: text as UTF-8 kept alive
/// until the binder goes (after the statement has run), times as the cache stores them.
class Binder
{
public:
    /// `values`: how many will be bound, so that keeping their UTF-8 never moves it.
    Binder(SqliteStatement &statement, qsizetype values)
        : m_statement(statement)
    {
        m_utf8.reserve(values);
    }
    void integer(qint64 value) { m_statement.bind(++m_next, value); }
    void null() { m_statement.bindNull(++m_next); }
    /// Milliseconds since the epoch, or NULL for an invalid time.
    void time(const QDateTime &at)
    {
        if (at.isValid())
            integer(at.toMSecsSinceEpoch());
        else
            null();
    }
    /// Never NULL, for NOT NULL columns: a null string binds as ''.
    void text(const QString &value)
    {
        m_utf8.append(value.toUtf8());
        m_statement.bindText(++m_next, m_utf8.constLast());
    }
    /// NULL when empty.
    void textOrNull(const QString &value)
    {
        if (value.isEmpty())
            null();
        else
            text(value);
    }

private:
    SqliteStatement &m_statement;
    QList<QByteArray> m_utf8;
    int m_next = 0;
};

/// Rows inserted, changed or deleted on this connection since it opened (sqlite3_total_changes64):
/// what a result kept between queries is checked against.
qint64 totalChanges(const QSqlDatabase &db);

/// The connection's SqliteStatement for `text`, prepared once and kept with its other reused
/// statements (sql::reused) until forgetStatements(); reset, ready to bind.
SqliteStatement &reusedSqlite(const QSqlDatabase &db, const QString &text);

} // namespace inbox::sql
