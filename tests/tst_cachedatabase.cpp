// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempCache.h"
#include "cache/CacheDatabase.h"
#include "cache/MessageStore.h"
#include "cache/Schema.h"
#include "cache/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace inbox;

namespace {

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Every schema object as SQLite prints it, in a stable order.
QStringList schemaOf(CacheDatabase &db)
{
    return db
        .run([](QSqlDatabase &c) {
            QSqlQuery query(c);
            query.exec(QStringLiteral(
                "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') "
                "FROM sqlite_schema ORDER BY type, name"));
            QStringList rows;
            while (query.next())
                rows << query.value(0).toString();
            return rows;
        })
        .result();
}

/// Runs `work` on a plain QtSql connection to `path`, outside CacheDatabase.
template<class Work>
void withRawConnection(const QString &path, Work work)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshCacheIsAtLatestVersionInWalMode()
    {
        test::TempCache cache;
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("PRAGMA user_version")).toInt(),
                 schema::latestVersion());
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void theCacheIsForItsUserAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile/inbox/cache.db"));
        auto cache = CacheDatabase::openBlocking(path);
        QVERIFY(cache);
        test::scalar(*cache.value(), QStringLiteral("PRAGMA user_version"));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString &file :
             {path, path + QStringLiteral("-wal"), dir.filePath(QStringLiteral("profile/inbox"))}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QVERIFY2(!(QFile::permissions(file) & others), qPrintable(file));
        }
    }

    void migratedFromVersionOneEqualsFresh()
    {
        QTemporaryDir dir;
        const QString oldPath = dir.filePath(QStringLiteral("old.db"));
        // A version-1 file with data in it, as an early release left it.
        withRawConnection(oldPath, [](QSqlDatabase &db) {
            schema::migrate(db, 1);
            QCOMPARE(schema::versionOf(db), 1);
            sql::execDirect(db, QStringLiteral("INSERT INTO accounts (id, provider, display_name) "
                                               "VALUES ('meta-1', 'meta', 'Store')"));
            sql::execDirect(
                db, QStringLiteral(
                        "INSERT INTO leads (id, name, phone, stage, source, created_at) "
                        "VALUES (1, 'Joana Prado', '+5511987654321', 'New', 'whatsapp', 0)"));
            sql::execDirect(
                db, QStringLiteral(
                        "INSERT INTO conversations (id, account_id, customer_phone, lead_id, "
                        "last_activity_at) VALUES (1, 'meta-1', '+5511987654321', 1, 0)"));
            sql::execDirect(
                db, QStringLiteral(
                        "INSERT INTO messages (conversation_id, account_id, provider_message_id, "
                        "direction, kind, text, created_at) VALUES (1, 'meta-1', 'wamid.1', 'in', "
                        "'text', 'Bom dia, o pedido chegou?', 0)"));
        });

        auto migrated = CacheDatabase::openBlocking(oldPath);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
        test::TempCache fresh;
        QCOMPARE(schemaOf(*migrated.value()), schemaOf(*fresh.db()));
        QCOMPARE(test::scalar(*migrated.value(), QStringLiteral("PRAGMA user_version")).toInt(),
                 schema::latestVersion());

        // What version 1 held is searchable after the migration added the index.
        MessageStore store(migrated.value());
        const QList<SearchHit> hits = store.search(QStringLiteral("pedido"), 10).result();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(test::scalar(*migrated.value(),
                              QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts "
                                             "MATCH 'joana'"))
                     .toInt(),
                 1);
    }

    void reopeningRunsNoMigration()
    {
        test::TempCache cache;
        const QString path = cache.path();
        const QStringList before = schemaOf(*cache.db());
        auto again = CacheDatabase::openBlocking(path);
        QVERIFY(again);
        QCOMPARE(schemaOf(*again.value()), before);
    }

    void corruptFileIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        file.write(junk);
        file.close();
        const QByteArray before = digestOf(path);

        auto opened = CacheDatabase::openBlocking(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind(), CacheError::Kind::Corrupt);
        QVERIFY2(opened.error().message().contains(path), qPrintable(opened.error().message()));
        QVERIFY(opened.error().message().contains(QStringLiteral("Move the file aside")));
        QCOMPARE(digestOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        withRawConnection(path, [](QSqlDatabase &db) {
            sql::execDirect(db, QStringLiteral("CREATE TABLE future (x)"));
            sql::execDirect(db, QStringLiteral("PRAGMA user_version = 99"));
        });
        const QByteArray before = digestOf(path);

        auto opened = CacheDatabase::openBlocking(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind(), CacheError::Kind::NewerSchema);
        const QString message = opened.error().message();
        QVERIFY2(message.contains(path) && message.contains(QStringLiteral("schema 99")) &&
                     message.contains(QStringLiteral("Update the inbox")),
                 qPrintable(message));
        QCOMPARE(digestOf(path), before);
    }

    void readOnlyLocationIsRefused()
    {
        QTemporaryDir dir;
        QString path;
        if (geteuid() == 0) {
            // Permissions do not stop root; /proc is read-only for everyone.
            path = QStringLiteral("/proc/self/inbox-cache/cache.db");
        } else {
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
            path = dir.filePath(QStringLiteral("cache.db"));
        }
        auto opened = CacheDatabase::openBlocking(path);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind(), CacheError::Kind::ReadOnly);
        QVERIFY2(opened.error().message().contains(path), qPrintable(opened.error().message()));
        QVERIFY(!QFile::exists(path));
    }

    void readOnlyFileIsRefusedAndLeftAlone()
    {
        if (geteuid() == 0)
            QSKIP("root writes read-only files; the location case covers root");
        test::TempCache cache;
        const QString path = cache.path();
        cache.db().reset();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        const QByteArray before = digestOf(path);
        auto opened = CacheDatabase::openBlocking(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind(), CacheError::Kind::ReadOnly);
        QCOMPARE(digestOf(path), before);
    }

    void workRunsOffTheCallingThread()
    {
        test::TempCache cache;
        QThread *worker =
            cache.db()->run([](QSqlDatabase &) { return QThread::currentThread(); }).result();
        QVERIFY(worker != QThread::currentThread());
        // Always the same thread: a SQLite connection belongs to the thread that opened it.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                cache.db()->run([](QSqlDatabase &) { return QThread::currentThread(); }).result(),
                worker);
    }

    void queryErrorsReachTheCallerAsCacheError()
    {
        test::TempCache cache;
        bool failed = false;
        try {
            test::scalar(*cache.db(), QStringLiteral("SELECT * FROM no_such_table"));
        } catch (const CacheError &error) {
            failed = error.kind() == CacheError::Kind::Query &&
                     error.message().contains(QStringLiteral("no_such_table"));
        }
        QVERIFY(failed);
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
