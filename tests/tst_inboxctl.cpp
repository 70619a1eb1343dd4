// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "RelayDirectory.h"
#include "cache/Schema.h"
#include "domain/PhoneNumber.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

namespace {

struct Run
{
    int code;
    QString out;
    QString err;
};

Run inboxctl(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code =
        cli::run(QStringList{QStringLiteral("inboxctl")} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

QMap<QString, QString> statsOf(const QString &output)
{
    QMap<QString, QString> values;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        values.insert(line.section(QStringLiteral(": "), 0, 0),
                      line.section(QStringLiteral(": "), 1));
    return values;
}

} // namespace

class TestInboxctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountSecretsComeFromAFileOrTheEnvironment()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("relay"));
        QCOMPARE(inboxctl({QStringLiteral("relay"), QStringLiteral("--data"), data,
                           QStringLiteral("add-org"), QStringLiteral("acme")})
                     .code,
                 0);
        const QString secretPath = dir.filePath(QStringLiteral("app-secret"));
        QFile secretFile(secretPath);
        QVERIFY(secretFile.open(QIODevice::WriteOnly));
        secretFile.write("from-the-file\n"); // an editor's newline is not part of it
        secretFile.close();
        const Run fromFile = inboxctl(
            {QStringLiteral("relay"), QStringLiteral("--data"), data, QStringLiteral("add-account"),
             QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--provider"),
             QStringLiteral("meta"), QStringLiteral("--account"), QStringLiteral("111"),
             QStringLiteral("--verify-token"), QStringLiteral("v"),
             QStringLiteral("--app-secret-file"), secretPath});
        QVERIFY2(fromFile.code == 0, qPrintable(fromFile.err));
        qputenv("INBOX_WEBHOOK_SECRET", "from-the-environment");
        const Run fromEnvironment = inboxctl(
            {QStringLiteral("relay"), QStringLiteral("--data"), data, QStringLiteral("add-account"),
             QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--provider"),
             QStringLiteral("wati"), QStringLiteral("--account"), QStringLiteral("store")});
        qunsetenv("INBOX_WEBHOOK_SECRET");
        QVERIFY2(fromEnvironment.code == 0, qPrintable(fromEnvironment.err));
        // Neither shows in what the command printed.
        QVERIFY(!fromFile.out.contains(QStringLiteral("from-the")));
        QVERIFY(!fromEnvironment.out.contains(QStringLiteral("from-the")));
        {
            auto directory = relay::RelayDirectory::open(data).value();
            QCOMPARE(directory->account(QStringLiteral("meta"), QStringLiteral("111"))->secret,
                     QByteArray("from-the-file"));
            QCOMPARE(directory->account(QStringLiteral("wati"), QStringLiteral("store"))->secret,
                     QByteArray("from-the-environment"));
        }
        // No secret at all, or a file that is not there: said, and nothing added.
        const Run none = inboxctl(
            {QStringLiteral("relay"), QStringLiteral("--data"), data, QStringLiteral("add-account"),
             QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--provider"),
             QStringLiteral("wati"), QStringLiteral("--account"), QStringLiteral("other")});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(QStringLiteral("INBOX_WEBHOOK_SECRET")), qPrintable(none.err));
        const Run missing = inboxctl(
            {QStringLiteral("relay"), QStringLiteral("--data"), data, QStringLiteral("add-account"),
             QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--provider"),
             QStringLiteral("wati"), QStringLiteral("--account"), QStringLiteral("other"),
             QStringLiteral("--secret-file"), dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("cannot read the secret")),
                 qPrintable(missing.err));
        auto directory = relay::RelayDirectory::open(data).value();
        QVERIFY(!directory->account(QStringLiteral("wati"), QStringLiteral("other")));
    }

    void seedThenStats()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("demo/cache.db"));
        const Run seeded = inboxctl({QStringLiteral("seed"), QStringLiteral("--cache"), cache,
                                     QStringLiteral("--conversations"), QStringLiteral("120"),
                                     QStringLiteral("--messages"), QStringLiteral("6000")});
        QVERIFY2(seeded.code == 0, qPrintable(seeded.err));
        QVERIFY(seeded.out.contains(QStringLiteral("6000 messages")));

        const Run stats = inboxctl(
            {QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--cache"), cache});
        QCOMPARE(stats.code, 0);
        const QMap<QString, QString> values = statsOf(stats.out);
        QCOMPARE(values.value(QStringLiteral("schema_version")).toInt(), schema::latestVersion());
        QCOMPARE(values.value(QStringLiteral("messages")), QStringLiteral("6000"));
        QCOMPARE(values.value(QStringLiteral("conversations")), QStringLiteral("120"));
        QCOMPARE(values.value(QStringLiteral("accounts")), QStringLiteral("4"));
        for (const char *table :
             {"agents", "leads", "notes", "reactions", "templates", "outbox", "relay_cursor"})
            QVERIFY2(values.contains(QLatin1String(table)), table);
        QVERIFY(values.value(QStringLiteral("reactions")).toInt() > 0);
        QVERIFY(values.value(QStringLiteral("notes")).toInt() > 0);

        // The data is realistic: every provider, kind and status, valid numbers from many
        // countries.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(cache);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT a.provider) FROM conversations c "
                                          "JOIN accounts a ON a.id = c.account_id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 4);
            QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT kind) FROM messages")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 15); // every kind but a bare reaction message
            QVERIFY(q.exec(QStringLiteral(
                "SELECT count(DISTINCT status) FROM messages WHERE direction = 'out'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 5);
            QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT status) FROM conversations")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 4);
            QVERIFY(q.exec(QStringLiteral("SELECT customer_phone FROM conversations")));
            QSet<QString> regions;
            while (q.next()) {
                const auto phone = PhoneNumber::parse(q.value(0).toString());
                QVERIFY2(phone, qPrintable(q.value(0).toString()));
                QCOMPARE(phone->canonical(), q.value(0).toString());
                regions.insert(phone->regionCode());
            }
            QVERIFY2(regions.size() >= 8,
                     qPrintable(QStringList(regions.values()).join(QLatin1Char(','))));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // Seeding again would mix two demos: refused, nothing written.
        const Run again = inboxctl({QStringLiteral("seed"), QStringLiteral("--cache"), cache,
                                    QStringLiteral("--conversations"), QStringLiteral("1"),
                                    QStringLiteral("--messages"), QStringLiteral("1")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already holds 6000 messages")));
        QCOMPARE(statsOf(inboxctl({QStringLiteral("cache"), QStringLiteral("stats"),
                                   QStringLiteral("--cache"), cache})
                             .out)
                     .value(QStringLiteral("messages")),
                 QStringLiteral("6000"));
    }

    void wrongUsageSaysWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList{} << 2 << "no command";
        QTest::newRow("unknown") << QStringList{QStringLiteral("frobnicate")} << 2
                                 << "unknown command: frobnicate";
        QTest::newRow("seed without cache")
            << QStringList{QStringLiteral("seed")} << 2 << "--cache";
        QTest::newRow("seed bad number")
            << QStringList{QStringLiteral("seed"),      QStringLiteral("--cache"),
                           QStringLiteral("/tmp/x.db"), QStringLiteral("--conversations"),
                           QStringLiteral("many"),      QStringLiteral("--messages"),
                           QStringLiteral("5")}
            << 2 << "whole number";
        QTest::newRow("stats missing file")
            << QStringList{QStringLiteral("cache"), QStringLiteral("stats"),
                           QStringLiteral("--cache"), QStringLiteral("/nonexistent/cache.db")}
            << 1 << "no cache file at /nonexistent/cache.db";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("cache"), QStringLiteral("stats"),
                           QStringLiteral("--frob")}
            << 2 << "frob";
    }

    void wrongUsageSaysWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Run run = inboxctl(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(mentions, Qt::CaseInsensitive), qPrintable(run.err));
    }

    void webhookParsePrintsOneEventPerLine()
    {
        const Run run =
            inboxctl({QStringLiteral("webhook"), QStringLiteral("parse"),
                      QStringLiteral("--provider"), QStringLiteral("meta"),
                      QStringLiteral(INBOX_FIXTURES_DIR "/meta/webhooks/reaction_message.json")});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject event = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("reaction"));
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("👍"));
        QCOMPARE(event.value(QStringLiteral("from")).toString(), QStringLiteral("+16505551234"));
        QCOMPARE(event.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2025-06-08T21:52:24Z"));
    }

    void webhookParseReadsUnipileAndOpenWa()
    {
        Run run = inboxctl({QStringLiteral("webhook"), QStringLiteral("parse"),
                            QStringLiteral("--provider"), QStringLiteral("unipile"),
                            QStringLiteral(INBOX_FIXTURES_DIR "/unipile/message_sent.json")});
        QCOMPARE(run.code, 0);
        QJsonObject event = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(event.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
        QCOMPARE(event.value(QStringLiteral("to")).toString(), QStringLiteral("+34612345678"));

        run = inboxctl({QStringLiteral("webhook"), QStringLiteral("parse"),
                        QStringLiteral("--provider"), QStringLiteral("openwa"),
                        QStringLiteral(INBOX_FIXTURES_DIR "/openwa/v4_onAck.json")});
        QCOMPARE(run.code, 0);
        event = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("status"));
        QCOMPARE(event.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));

        run = inboxctl({QStringLiteral("webhook"), QStringLiteral("parse"),
                        QStringLiteral("--provider"), QStringLiteral("openwa"),
                        QStringLiteral(INBOX_FIXTURES_DIR "/unipile/message_sent.json")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("not an open-wa webhook")));
        run = inboxctl({QStringLiteral("webhook"), QStringLiteral("parse"),
                        QStringLiteral("--provider"), QStringLiteral("telegram")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("one of meta, wati, unipile, openwa")));
    }

    void webhookParseRefusesWhatItCannotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("body.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"object\": \"whatsapp_business_account\", \"entry\": [");
        file.close();
        Run run = inboxctl({QStringLiteral("webhook"), QStringLiteral("parse"),
                            QStringLiteral("--provider"), QStringLiteral("meta"), path});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("not JSON")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        run = inboxctl({QStringLiteral("webhook"), QStringLiteral("parse"),
                        QStringLiteral("--provider"), QStringLiteral("meta"),
                        QStringLiteral(INBOX_FIXTURES_DIR "/meta/signature_vector.json")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("not a Meta WhatsApp webhook")));
    }

    void webhookSignMatchesMeta()
    {
        QFile vectorFile(QStringLiteral(INBOX_FIXTURES_DIR "/meta/signature_vector.json"));
        QVERIFY(vectorFile.open(QIODevice::ReadOnly));
        const QJsonObject vector = QJsonDocument::fromJson(vectorFile.readAll()).object();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("body.json"));
        QFile body(path);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(vector.value(QStringLiteral("raw_body")).toString().toUtf8());
        body.close();
        const Run run = inboxctl({QStringLiteral("webhook"), QStringLiteral("sign"),
                                  QStringLiteral("--provider"), QStringLiteral("meta"),
                                  QStringLiteral("--secret"),
                                  vector.value(QStringLiteral("app_secret")).toString(), path});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), vector.value(QStringLiteral("x_hub_signature_256")).toString());
    }

    void statsOnACorruptFileExplains()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Run run = inboxctl(
            {QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--cache"), path});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("damaged")) && run.err.contains(path),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestInboxctl)
#include "tst_inboxctl.moc"
