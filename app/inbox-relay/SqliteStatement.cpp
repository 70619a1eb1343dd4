#include "SqliteStatement.h"

#include "cache/CacheError.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace inbox::relay {

namespace {

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw CacheError(
        CacheError::Kind::Query,
        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *text)
    : m_db(sqliteHandle(db))
{
    if (!m_db)
        throw CacheError(CacheError::Kind::Query, QStringLiteral("not an open SQLite connection"));
    if (sqlite3_prepare_v3(m_db, text, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK) {
        fail(m_db, "cannot prepare a statement");
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // Empty text is text, not NULL: SQLite takes a null pointer for NULL.
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    // The same for an empty blob.
    sqlite3_bind_blob(m_statement, index, bytes.isNull() ? "" : bytes.data(), int(bytes.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        fail(m_db, "a statement failed");
    }
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

} // namespace inbox::relay
