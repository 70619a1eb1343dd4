// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's event store on its own: retention and the recognition of a provider's retries.
#include "EventStore.h"
#include "common/Signature.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace inbox;
using namespace inbox::relay;

class TestEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retentionRemovesEachOrganisationsOlderPrefix()
    {
        QTemporaryDir dir;
        auto store = EventStore::open(dir.path()).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<IncomingEvent> batch;
        for (int day = 4; day >= 0; --day) {
            for (const char *org : {"acme", "globex"}) {
                batch.append({QLatin1String(org), QStringLiteral("meta"), QStringLiteral("1"),
                              QStringLiteral(R"({"day":%1,"org":"%2"})")
                                  .arg(day)
                                  .arg(QLatin1String(org))
                                  .toUtf8(),
                              now.addDays(-day)});
            }
        }
        // globex has one more, newer event: its prefix is not acme's.
        batch.append({QStringLiteral("globex"), QStringLiteral("meta"), QStringLiteral("1"),
                      "{\"late\":true}", now});
        store->append(batch);

        QCOMPARE(store->prune(now.addSecs(-36 * 3600)), 6); // days 4, 3 and 2 of both
        QCOMPARE(store->prunedThrough(QStringLiteral("acme")), 3);
        QCOMPARE(store->prunedThrough(QStringLiteral("globex")), 3);
        const auto acme = store->after(QStringLiteral("acme"), 0, 100);
        QCOMPARE(acme.size(), 2);
        QCOMPARE(acme.first().seq, 4);
        QCOMPARE(acme.first().body, QByteArray(R"({"day":1,"org":"acme"})"));
        QCOMPARE(store->after(QStringLiteral("globex"), 0, 100).size(), 3);

        QCOMPARE(store->prune(now.addSecs(-36 * 3600)), 0); // nothing more is that old
        QCOMPARE(store->prune(now.addSecs(1)), 5);
        QCOMPARE(store->prunedThrough(QStringLiteral("globex")), 6);
        QCOMPARE(store->head(QStringLiteral("globex")), 6);
    }

    void aBodyWhoseKeyIsTakenByAnotherBodyIsStored()
    {
        QTemporaryDir dir;
        auto store = EventStore::open(dir.path()).value();
        auto event = [](const QByteArray &body) {
            return IncomingEvent{QStringLiteral("acme"), QStringLiteral("meta"),
                                 QStringLiteral("1"), body, QDateTime::currentDateTimeUtc()};
        };
        const QByteArray first = R"({"n":1})";
        const QByteArray second = R"({"n":2})";
        QCOMPARE(store->append({event(first)}).first().seq, 1);
        {
            // Make the first event hold the key the second body will get: a collision of the
            // 8-byte keys, which real bodies meet once in 2^64.
            const auto digest = signature::sha256(
                {"meta", QByteArrayView("\0", 1), "1", QByteArrayView("\0", 1), second});
            qint64 key = 0;
            std::memcpy(&key, digest.data(), sizeof key);
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("collide"));
            db.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("events.db")));
            QVERIFY(db.open());
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE events SET body_key = ? WHERE seq = 1"));
            update.addBindValue(key);
            QVERIFY(update.exec());
            QCOMPARE(update.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("collide"));

        const auto stored = store->append({event(second)});
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].seq, 2); // another body: stored, not taken for a retry
        QVERIFY(!stored[0].duplicate);
        const auto events = store->after(QStringLiteral("acme"), 0, 10);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].body, first);
        QCOMPARE(events[1].body, second);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
