#include "NativeStatement.h"

#include "CacheError.h"
#include "ModelsLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace inbox::sql {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw CacheError(CacheError::Kind::Query,
                         QStringLiteral("The cache connection is not an SQLite connection."));
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

qint64 totalChanges(const QSqlDatabase &db)
{
    return sqlite3_total_changes64(handleOf(db));
}

NativeStatement::NativeStatement(const QSqlDatabase &db, const QString &statement)
    : m_db(handleOf(db))
{
    const QByteArray text = statement.toUtf8();
    const int code = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code);
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::bind(qint64 value)
{
    sqlite3_bind_int64(m_statement, ++m_next, value);
}

void NativeStatement::bind(const QString &text)
{
    if (text.isNull()) {
        bindNull();
        return;
    }
    m_utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, ++m_next, m_utf8.constData(), int(m_utf8.size()),
                      SQLITE_TRANSIENT);
}

void NativeStatement::bindNull()
{
    sqlite3_bind_null(m_statement, ++m_next);
}

bool NativeStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE) {
        sqlite3_reset(m_statement);
        m_next = 0;
        fail(code);
    }
    reset();
    return false;
}

qint64 NativeStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool NativeStatement::textIs(int column, const char *latin1) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text && std::strcmp(text, latin1) == 0;
}

void NativeStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_next = 0;
}

void NativeStatement::fail(int code) const
{
    const QString error = QString::fromUtf8(sqlite3_errmsg(m_db));
    const char *statement = m_statement ? sqlite3_sql(m_statement) : "(not prepared)";
    qCWarning(lcCache) << "query failed:" << error << "(" << code << ") in"
                       << QByteArray(statement).left(120);
    throw CacheError(CacheError::Kind::Query,
                     QCoreApplication::translate("inbox", "The local cache could not run a query "
                                                          "(%1). Restart the inbox; if this "
                                                          "repeats, report it with the log.")
                         .arg(error));
}

} // namespace inbox::sql
