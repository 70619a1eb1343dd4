// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include "CacheError.h"
#include "ModelsLog.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace inbox::sql {

namespace {

[[noreturn]] void fail(const QSqlError &error, const QString &statement)
{
    // The statement text is ours and holds no values: those are bound, never spliced in.
    qCWarning(lcCache) << "query failed:" << error.text() << "in" << statement.left(120);
    throw CacheError(CacheError::Kind::Query,
                     QCoreApplication::translate("inbox", "The local cache could not run a query "
                                                          "(%1). Restart the inbox; if this "
                                                          "repeats, report it with the log.")
                         .arg(error.text()));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError(), statement);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

void execDirect(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail(query.lastError(), statement);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        fail(query.lastError(), statement);
    return query.next() ? query.value(0) : QVariant();
}

void keepToOwner(const QString &path)
{
    const QFileDevice::Permissions now = QFile::permissions(path);
    const QFileDevice::Permissions owner =
        now & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
               QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    if (QFileInfo::exists(path) && owner != now)
        QFile::setPermissions(path, owner);
}

void keepDatabaseToOwner(const QString &file)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        keepToOwner(file + suffix);
}

QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

PreparedStatements::PreparedStatements() = default;
PreparedStatements::~PreparedStatements() = default;
PreparedStatements::PreparedStatements(PreparedStatements &&) noexcept = default;
PreparedStatements &PreparedStatements::operator=(PreparedStatements &&) noexcept = default;

void PreparedStatements::clear()
{
    m_statements.clear();
    m_native.clear();
}

template<typename Map>
void PreparedStatements::makeRoom(Map &map)
{
    if (map.size() < capacity)
        return;
    auto oldest = map.begin();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->second.lastUse < oldest->second.lastUse)
            oldest = it;
    }
    map.erase(oldest);
}

QSqlQuery &PreparedStatements::get(const QSqlDatabase &db, const QString &statement)
{
    auto found = m_statements.find(statement);
    if (found == m_statements.end()) {
        QSqlQuery prepared = prepare(db, statement);
        makeRoom(m_statements);
        found = m_statements.emplace(statement, Entry<QSqlQuery>{std::move(prepared)}).first;
    }
    found->second.lastUse = ++m_uses;
    return found->second.kept;
}

SqliteStatement &PreparedStatements::native(const QSqlDatabase &db, const QString &statement)
{
    auto found = m_native.find(statement);
    if (found == m_native.end()) {
        auto prepared = std::make_unique<SqliteStatement>(db, statement);
        makeRoom(m_native);
        found =
            m_native
                .emplace(statement, Entry<std::unique_ptr<SqliteStatement>>{std::move(prepared)})
                .first;
    }
    found->second.lastUse = ++m_uses;
    SqliteStatement &kept = *found->second.kept;
    kept.reset(); // whatever an interrupted run left bound
    return kept;
}

namespace {

/// Each connection lives on one thread: its statements are kept there.
std::map<QString, PreparedStatements> &keptStatements()
{
    thread_local std::map<QString, PreparedStatements> kept;
    return kept;
}

} // namespace

QSqlQuery &reused(const QSqlDatabase &db, const QString &statement)
{
    return keptStatements()[db.connectionName()].get(db, statement);
}

SqliteStatement &reusedSqlite(const QSqlDatabase &db, const QString &statement)
{
    return keptStatements()[db.connectionName()].native(db, statement);
}

std::size_t keptStatementCount(const QString &connectionName)
{
    const auto found = keptStatements().find(connectionName);
    return found == keptStatements().end() ? 0 : found->second.size();
}

void forgetStatements(const QString &connectionName)
{
    keptStatements().erase(connectionName);
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    // SQLite takes the write lock up front, so a transaction never fails half-way on a busy
    // database; PostgreSQL (the relay's shared store) locks row by row.
    execDirect(m_db, m_db.driverName() == QLatin1String("QSQLITE")
                         ? QStringLiteral("BEGIN IMMEDIATE")
                         : QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    execDirect(m_db, QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace inbox::sql
