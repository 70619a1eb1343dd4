// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheDatabase.h"

#include "ModelsLog.h"
#include "Schema.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace inbox {

namespace {

// SQLite's primary result codes, as QSqlError::nativeErrorCode() reports them.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteNotADatabase = 26;
constexpr int sqliteCantOpen = 14;

CacheError corruptError(const QString &path, const QString &reason)
{
    return CacheError(CacheError::Kind::Corrupt,
                      QCoreApplication::translate(
                          "inbox::CacheDatabase",
                          "The cache file %1 is damaged or is not an inbox cache (%2). Nothing was "
                          "changed. Move the file aside and start the inbox again: it rebuilds the "
                          "cache from the relay and the providers.")
                          .arg(QDir::toNativeSeparators(path), reason));
}

CacheError readOnlyError(const QString &path)
{
    return CacheError(CacheError::Kind::ReadOnly,
                      QCoreApplication::translate(
                          "inbox::CacheDatabase",
                          "The cache file %1 cannot be written: the file or its folder is "
                          "read-only. Nothing was changed. Make it writable, or start the inbox "
                          "with a cache in a folder you can write to.")
                          .arg(QDir::toNativeSeparators(path)));
}

CacheError errorFor(const QString &path, const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // extended codes keep the primary
    switch (code) {
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return corruptError(path, error.databaseText());
    case sqliteReadOnly:
        return readOnlyError(path);
    case sqliteCantOpen:
    default:
        return CacheError(CacheError::Kind::CannotOpen,
                          QCoreApplication::translate(
                              "inbox::CacheDatabase",
                              "The cache file %1 could not be opened (%2). Nothing was changed. "
                              "Check that the disk is mounted and has space, then start again.")
                              .arg(QDir::toNativeSeparators(path), error.text()));
    }
}

void checkLocation(const QString &path)
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (QDir().mkpath(folder)) {
            sql::keepToOwner(folder); // the cache's folder: for its user alone
        } else {
            throw CacheError(
                CacheError::Kind::ReadOnly,
                QCoreApplication::translate(
                    "inbox::CacheDatabase",
                    "The folder %1 for the cache file %2 does not exist and could not be "
                    "created. Nothing was changed. Create it, or start the inbox with a "
                    "cache in a folder you can write to.")
                    .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(path)));
        }
    }
    const bool writable = file.exists() ? file.isWritable() : QFileInfo(folder).isWritable();
    if (!writable)
        throw readOnlyError(path);
}

void execChecked(QSqlDatabase &db, const QString &path, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw errorFor(path, query.lastError());
}

} // namespace

CacheDatabase::CacheDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("cache-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_pool(std::make_unique<QThreadPool>())
    , m_events(std::make_unique<CacheEvents>())
{
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1); // the connection lives on this one thread for good
    m_pool->setObjectName(QStringLiteral("cache"));
}

CacheDatabase::~CacheDatabase()
{
    // The connection must be closed on the thread that opened it.
    onDatabaseThread([this] {
        sql::forgetStatements(m_connectionName); // before the connection they belong to goes
        if (m_connection.isValid()) {
            m_connection.close();
            m_connection = QSqlDatabase();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }).waitForFinished();
    m_pool->waitForDone();
}

QSqlDatabase &CacheDatabase::connection()
{
    return m_connection;
}

QString CacheDatabase::mediaFolder() const
{
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/media");
}

Expected<std::shared_ptr<CacheDatabase>, CacheError>
CacheDatabase::openBlocking(const QString &path)
{
    std::shared_ptr<CacheDatabase> cache(new CacheDatabase(QFileInfo(path).absoluteFilePath()));
    CacheDatabase *self = cache.get();
    QFuture<void> opened = self->onDatabaseThread([self] {
        const QString &file = self->m_path;
        checkLocation(file);
        self->m_connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
        self->m_connection.setDatabaseName(file);
        if (!self->m_connection.open())
            throw errorFor(file, self->m_connection.lastError());
        // Before the write-ahead log exists: SQLite gives it the file's permissions.
        sql::keepDatabaseToOwner(file);
        QSqlDatabase &db = self->m_connection;

        // Read before writing anything, so a file we refuse stays exactly as it was.
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
            throw errorFor(file, version.lastError());
        const int fileVersion = version.value(0).toInt();
        version.finish();
        if (fileVersion > schema::latestVersion()) {
            throw CacheError(CacheError::Kind::NewerSchema,
                             QCoreApplication::translate(
                                 "inbox::CacheDatabase",
                                 "The cache file %1 was written by a newer version of the inbox "
                                 "(schema %2; this version knows up to %3). Nothing was changed. "
                                 "Update the inbox, or start it with another cache file.")
                                 .arg(QDir::toNativeSeparators(file))
                                 .arg(fileVersion)
                                 .arg(schema::latestVersion()));
        }

        // A write lock proves the file is writable before any pragma or migration touches it.
        execChecked(db, file, QStringLiteral("BEGIN IMMEDIATE"));
        execChecked(db, file, QStringLiteral("COMMIT"));
        execChecked(db, file, QStringLiteral("PRAGMA journal_mode = WAL"));
        // NORMAL in WAL mode survives an application crash; only a power cut may lose the last
        // transactions, and the relay replays those from the cursor.
        execChecked(db, file, QStringLiteral("PRAGMA synchronous = NORMAL"));
        execChecked(db, file, QStringLiteral("PRAGMA foreign_keys = ON"));
        execChecked(db, file, QStringLiteral("PRAGMA busy_timeout = 5000"));
        execChecked(db, file, QStringLiteral("PRAGMA temp_store = MEMORY"));
        schema::migrate(db);
        qCInfo(lcCache) << "cache open, schema version" << schema::latestVersion();
    });
    try {
        opened.waitForFinished();
    } catch (const CacheError &error) {
        return error;
    }
    return cache;
}

QFuture<Expected<std::shared_ptr<CacheDatabase>, CacheError>>
CacheDatabase::open(const QString &path)
{
    // The waiting happens on a pool thread, never on the caller's.
    return QtConcurrent::run([path] { return openBlocking(path); });
}

} // namespace inbox
