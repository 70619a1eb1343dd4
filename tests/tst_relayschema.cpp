// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's stores migrate by version: a store made before versions were kept, or at any
// earlier version, ends with the same schema as a fresh one and keeps its rows; a store from a
// newer relay is refused in words and left as it is. On SQLite and on PostgreSQL.
#include "EventBackend.h"
#include "EventStore.h"
#include "PostgresServer.h"
#include "RelayDirectory.h"
#include "RelaySchema.h"
#include "cache/Sql.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace inbox;
using namespace inbox::relay;

namespace {

/// A connection of its own to a store, for the test to shape it or read it.
class Raw
{
public:
    explicit Raw(const QString &location)
        : m_name(QUuid::createUuid().toString())
    {
        if (location.startsWith(QLatin1String("postgres"))) {
            const QUrl url(location);
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            m_db.setHostName(url.host());
            m_db.setPort(url.port());
            m_db.setUserName(url.userName());
            m_db.setDatabaseName(url.path().mid(1));
            postgres = true;
        } else {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            m_db.setDatabaseName(location);
        }
        if (!m_db.open())
            qFatal("cannot open %s", qPrintable(location));
    }
    ~Raw()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &statement) { sql::execDirect(m_db, statement); }
    QVariant scalar(const QString &statement) { return sql::scalar(m_db, statement); }

    /// Tables with their columns and indexes, in one comparable text.
    QStringList shape()
    {
        QStringList lines;
        const QString text = postgres ? QStringLiteral(R"(
                SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                FROM information_schema.columns WHERE table_schema = current_schema()
                UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes
                WHERE schemaname = current_schema())")
                                      : QStringLiteral(R"(
                SELECT m.name || '.' || c.name || ' ' || c.type || ' ' || c."notnull" || ' ' ||
                       c.pk || ' ' || coalesce(c.dflt_value, '')
                FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table'
                UNION ALL SELECT 'index ' || name || ' ' || coalesce(sql, '') FROM sqlite_master
                WHERE type = 'index')");
        QSqlQuery query = sql::prepare(m_db, text);
        sql::exec(query);
        while (query.next())
            lines << query.value(0).toString().simplified();
        lines.sort();
        return lines;
    }

    bool postgres = false;

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// The events store as the first relays made it, before versions were kept: no body key, the
/// old duplicate and time indexes, no assignments.
void makeUnversionedEvents(Raw &raw)
{
    raw.exec(QStringLiteral("CREATE TABLE org_heads (org TEXT PRIMARY KEY, head BIGINT NOT NULL "
                            "DEFAULT 0, pruned_through BIGINT NOT NULL DEFAULT 0)"));
    raw.exec(QStringLiteral("CREATE TABLE events (org TEXT NOT NULL, seq BIGINT NOT NULL, "
                            "provider TEXT NOT NULL, account TEXT NOT NULL, received_at BIGINT "
                            "NOT NULL, body %1 NOT NULL, PRIMARY KEY (org, seq))")
                 .arg(raw.postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB")));
    raw.exec(QStringLiteral("CREATE INDEX events_received ON events (received_at)"));
    raw.exec(QStringLiteral("CREATE INDEX events_bodies ON events (provider, account)"));
    raw.exec(QStringLiteral("INSERT INTO org_heads (org, head) VALUES ('acme', 2)"));
    for (int seq = 1; seq <= 2; ++seq) {
        raw.exec(QStringLiteral("INSERT INTO events VALUES ('acme', %1, 'wati', 'w1', %2, %3)")
                     .arg(seq)
                     .arg(1700000000000LL + seq)
                     .arg(raw.postgres ? QStringLiteral("'\\x7b7d'::bytea")
                                       : QStringLiteral("X'7B7D'")));
    }
}

IncomingEvent webhook(const QByteArray &body)
{
    return {QStringLiteral("acme"), QStringLiteral("wati"), QStringLiteral("w1"), body,
            QDateTime::currentDateTimeUtc()};
}

} // namespace

class TestRelaySchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteEventsFreshAndMigratedAreTheSame() { eventsFreshAndMigrated({}); }

    void postgresEventsFreshAndMigratedAreTheSame()
    {
        test::PostgresServer fresh, old;
        if (!fresh.problem().isEmpty())
            QSKIP(qPrintable(fresh.problem()));
        QVERIFY2(old.problem().isEmpty(), qPrintable(old.problem()));
        eventsFreshAndMigrated({fresh.url(), old.url()});
    }

    void everyEarlierVersionMigratesToTheSameSchema()
    {
        const RelaySchema schema = sqliteEvents()->schema();
        QTemporaryDir freshDir;
        EventStore::open(freshDir.path()).value().reset();
        Raw freshRaw(QDir(freshDir.path()).filePath(QStringLiteral("events.db")));
        const QStringList freshShape = freshRaw.shape();
        for (int stop = 1; stop < schema.steps.last().version; ++stop) {
            QTemporaryDir dir;
            // A store left at `stop` by an older relay.
            {
                const QString name = QStringLiteral("older");
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("events.db")));
                QVERIFY(db.open());
                RelaySchema older = schema;
                while (older.steps.last().version > stop)
                    older.steps.removeLast();
                migrate(db, older);
                QCOMPARE(schemaVersion(db), stop);
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
            }
            auto store = EventStore::open(dir.path());
            QVERIFY2(store, store ? "" : qPrintable(store.error()));
            QCOMPARE(store.value()->schemaVersion(), schema.steps.last().version);
            store.value().reset();
            Raw raw(QDir(dir.path()).filePath(QStringLiteral("events.db")));
            QCOMPARE(raw.shape(), freshShape);
        }
    }

    void aStoreFromANewerRelayIsRefusedAndLeftAsItIs()
    {
        QTemporaryDir dir;
        EventStore::open(dir.path()).value().reset();
        const QString file = QDir(dir.path()).filePath(QStringLiteral("events.db"));
        {
            Raw raw(file);
            raw.exec(QStringLiteral("UPDATE schema_version SET version = 99"));
        }
        const auto refused = EventStore::open(dir.path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("newer relay")),
                 qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("99")));
        Raw raw(file);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 99);
    }

    void anUnversionedDirectoryKeepsItsAgentsAndGetsHandles()
    {
        QTemporaryDir fresh, old;
        RelayDirectory::open(fresh.path()).value().reset();
        const QString oldFile = QDir(old.path()).filePath(QStringLiteral("relay.db"));
        {
            Raw raw(oldFile);
            raw.exec(QStringLiteral("CREATE TABLE orgs (id TEXT PRIMARY KEY)"));
            raw.exec(QStringLiteral(
                "CREATE TABLE accounts (org TEXT NOT NULL REFERENCES orgs (id), provider TEXT "
                "NOT NULL, account TEXT NOT NULL, verify_token BLOB NOT NULL DEFAULT '', secret "
                "BLOB NOT NULL, allow_ips TEXT NOT NULL DEFAULT '', PRIMARY KEY (provider, "
                "account))"));
            raw.exec(QStringLiteral(
                "CREATE TABLE agents (id INTEGER PRIMARY KEY, org TEXT NOT NULL REFERENCES orgs "
                "(id), name TEXT NOT NULL, role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, "
                "revoked INTEGER NOT NULL DEFAULT 0)"));
            raw.exec(QStringLiteral("INSERT INTO orgs VALUES ('acme')"));
            raw.exec(QStringLiteral(
                "INSERT INTO agents (id, org, name, role, token_hash) VALUES (7, 'acme', 'Ana', "
                "'admin', 'h')"));
        }
        auto directory = RelayDirectory::open(old.path());
        QVERIFY2(directory, directory ? "" : qPrintable(directory.error()));
        QCOMPARE(directory.value()->schemaVersion(), 3);
        directory.value().reset();
        Raw migrated(oldFile);
        QCOMPARE(
            migrated.scalar(QStringLiteral("SELECT handle FROM agents WHERE id = 7")).toString(),
            QStringLiteral("7"));
        Raw made(QDir(fresh.path()).filePath(QStringLiteral("relay.db")));
        QCOMPARE(migrated.shape(), made.shape());
    }

private:
    /// `urls`: a fresh and an old PostgreSQL database, or none for SQLite folders.
    void eventsFreshAndMigrated(const QStringList &urls)
    {
        QTemporaryDir freshDir, oldDir;
        const QString fresh = urls.value(0, freshDir.path());
        const QString old = urls.value(1, oldDir.path());
        const auto raw = [&urls](const QString &location) {
            return std::make_unique<Raw>(
                urls.isEmpty() ? QDir(location).filePath(QStringLiteral("events.db")) : location);
        };
        {
            auto made = EventStore::open(fresh);
            QVERIFY2(made, made ? "" : qPrintable(made.error()));
            QCOMPARE(made.value()->schemaVersion(), 3);
        }
        makeUnversionedEvents(*raw(old));
        auto migrated = EventStore::open(old);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error()));
        QCOMPARE(migrated.value()->schemaVersion(), 3);
        // The old rows are there, and the store works on: the next is 3, a retry is a duplicate.
        QCOMPARE(migrated.value()->after(QStringLiteral("acme"), 0, 10).size(), 2);
        const auto appended = migrated.value()->append({webhook("{\"new\":1}")});
        QCOMPARE(appended.first().seq, 3);
        QVERIFY(migrated.value()->append({webhook("{\"new\":1}")}).first().duplicate);
        migrated.value().reset();
        // Opening again changes nothing.
        QCOMPARE(EventStore::open(old).value()->schemaVersion(), 3);
        QCOMPARE(raw(old)->shape(), raw(fresh)->shape());
    }
};

QTEST_GUILESS_MAIN(TestRelaySchema)
#include "tst_relayschema.moc"
