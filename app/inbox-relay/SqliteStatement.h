#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace inbox::relay {

/// SQLite's own handle under a QtSql connection, or null when the connection is not SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// A statement prepared on a QtSql SQLite connection's own handle, for the writer's per-webhook
/// statements. The connection, its transactions and every other statement stay with QtSql;
/// these few run through SQLite's API because QtSql's binding cost more than the insert itself
/// (QSqlResult formats a placeholder name for every value it binds).
class SqliteStatement
{
public:
    /// Throws CacheError when the statement does not prepare.
    SqliteStatement(const QSqlDatabase &db, const char *text);
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
    /// Ready to run again; the bindings are cleared.
    void reset();

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace inbox::relay
