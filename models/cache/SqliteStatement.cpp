// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include "CacheError.h"
#include "ModelsLog.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace inbox::sql {

void SqliteStatement::fail(const char *what) const
{
    const QString error = QString::fromUtf8(sqlite3_errmsg(m_db));
    const char *statement = m_statement ? sqlite3_sql(m_statement) : "";
    qCWarning(lcCache) << what << error << "in" << QByteArray(statement).left(120);
    throw CacheError(CacheError::Kind::Query,
                     QCoreApplication::translate("inbox", "The local cache could not run a query "
                                                          "(%1). Restart the inbox; if this "
                                                          "repeats, report it with the log.")
                         .arg(error));
}

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
        fail("cannot prepare a statement:");
    }
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &text)
    : SqliteStatement(db, text.toUtf8().constData())
{}

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
        sqlite3_reset(m_statement); // ready for the next run, which binds anew
        fail("a statement failed:");
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

bool SqliteStatement::textIs(int column, const char *latin1) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text && qstrcmp(text, latin1) == 0;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 totalChanges(const QSqlDatabase &db)
{
    return sqlite3_total_changes64(sqliteHandle(db));
}

} // namespace inbox::sql
