#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace inbox::sql {

/// A statement run straight on a QtSql SQLite connection's own handle (QSqlDriver::handle()),
/// for the one statement the live path runs for every message: a busy account's insert. QtSql
/// keeps a QVariant, a QString key and a hash look-up for every placeholder it binds, which for
/// the 50-row insert (950 values) cost more than SQLite's own work. Same connection, same
/// transaction; values bound in order, text as UTF-8. Throws CacheError on failure.
class NativeStatement
{
public:
    NativeStatement(const QSqlDatabase &db, const QString &statement);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    void bind(qint64 value);
    /// A null QString binds as NULL; an empty one as ''.
    void bind(const QString &text);
    void bindNull();
    /// Runs to the next row; false when done. Leaves the statement ready to bind again when done.
    bool step();
    qint64 integer(int column) const;
    /// A text column compared without making a QString.
    bool textIs(int column, const char *latin1) const;
    /// Ready to bind again from the first placeholder, keeping nothing of the last run.
    void reset();

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_next = 0;
    QByteArray m_utf8; // reused for each text value, copied by SQLite (SQLITE_TRANSIENT)
};

/// Rows inserted, changed or deleted on this connection since it opened (sqlite3_total_changes64):
/// what a result kept between queries is checked against.
qint64 totalChanges(const QSqlDatabase &db);

/// The connection's native statement for `statement`, prepared once and kept with its other
/// reused statements (sql::reused) until forgetStatements().
NativeStatement &reusedNative(const QSqlDatabase &db, const QString &statement);

} // namespace inbox::sql
