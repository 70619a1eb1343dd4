// SPDX-License-Identifier: GPL-3.0-or-later
// `inbox --headless`, the bot that answers at night: the real binary against a relay and the
// sandbox on loopback, with no desktop, then beside five desktops' services on the same relay.
// A customer gets exactly one automatic reply however many are open; a revoked token stops the
// runner with the status its unit does not restart on; SIGTERM stops it cleanly.
#include "Headless.h"
#include "SandboxTeam.h"
#include "Services.h"
#include "StreamProbe.h"
#include "cache/CacheDatabase.h"
#include "domain/AutoReply.h"
#include "relay/RelayClient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace inbox;
using inbox::test::StreamProbe;
using inbox::test::TeamRelay;

namespace {

const QString menuQuestion = QStringLiteral("¿Cuál es el menú?");

/// What the bistro's rules answer a new customer's question with.
QString expectedReply(const QString &cachePath)
{
    auto cache = CacheDatabase::openBlocking(cachePath).value();
    const QByteArray rules =
        cache
            ->run([](QSqlDatabase &db) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT auto_reply FROM accounts "
                                          "WHERE id = 'openwa-bistro'"));
                return query.next() ? query.value(0).toByteArray() : QByteArray();
            })
            .result();
    return ruleReply(AutoReplyRules::fromJson(QJsonDocument::fromJson(rules).object()),
                     {menuQuestion, QDateTime::currentDateTimeUtc(), true})
        .value_or(QString());
}

/// The relay of the test team, taking the demo accounts' webhooks.
struct Team : test::SandboxTeam
{
    explicit Team(bool openwaWebhooks = true)
        : SandboxTeam({{QStringLiteral("Night bot"), Role::Agent, QStringLiteral("bot")},
                       {QStringLiteral("Ana Souza"), Role::Admin, QStringLiteral("ana")},
                       {QStringLiteral("Desk 1"), Role::Agent, QStringLiteral("d1")},
                       {QStringLiteral("Desk 2"), Role::Agent, QStringLiteral("d2")},
                       {QStringLiteral("Desk 3"), Role::Agent, QStringLiteral("d3")},
                       {QStringLiteral("Desk 4"), Role::Agent, QStringLiteral("d4")},
                       {QStringLiteral("Desk 5"), Role::Agent, QStringLiteral("d5")}},
                      openwaWebhooks)
    {}
};

/// `inbox --headless` as its unit runs it, with its token in a file; stopped with SIGTERM.
class Runner
{
public:
    Runner(const Team &team, const QString &cachePath, const QByteArray &token,
           const QString &tokenFile)
    {
        QFile file(tokenFile);
        file.open(QIODevice::WriteOnly);
        file.write(token + '\n');
        file.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY")); // a service has no display
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("INBOX_RELAY_TOKEN"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&process, &QProcess::readyRead, [this] { log += process.readAll(); });
        process.start(QStringLiteral(INBOX_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--cache"), cachePath,
                       QStringLiteral("--relay"), team.relay.stream.toString(),
                       QStringLiteral("--relay-token-file"), tokenFile, QStringLiteral("--sandbox"),
                       team.sandboxUrl.toString()});
    }
    ~Runner()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
    bool says(const char *text, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return log.contains(text); }, timeoutMs);
    }
    /// Stops it as systemd does; its exit status, or -1 when it did not stop.
    int stop()
    {
        process.terminate();
        if (!QTest::qWaitFor([this] { return process.state() == QProcess::NotRunning; }, 10000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QProcess process;
    QByteArray log;
};

int claimsIn(const StreamProbe &probe)
{
    int claims = 0;
    for (const QJsonObject &event : probe.ofType(QStringLiteral("event"))) {
        if (event.value(u"body").toObject().value(u"type").toString() == u"autoreply")
            ++claims;
    }
    return claims;
}

bool outboundSeen(const StreamProbe &probe, const QString &text)
{
    for (const QJsonObject &event : probe.ofType(QStringLiteral("event"))) {
        const QJsonObject body = event.value(u"body").toObject();
        if (body.value(u"type").toString() == u"outbound" && body.value(u"text").toString() == text)
            return true;
    }
    return false;
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCustomerGetsOneReplyWithNoDesktopOpen()
    {
        Team team;
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("bot.db"));
        test::seedDemoCache(cache, 20);
        const QString reply = expectedReply(cache);
        QVERIFY(!reply.isEmpty());
        StreamProbe ana(team.relay.stream.port(),
                        QString::fromUtf8(team.relay.tokens.value(QStringLiteral("ana"))), 0);

        Runner runner(team, cache, team.relay.tokens.value(QStringLiteral("bot")),
                      dir.filePath(QStringLiteral("token")));
        QVERIFY2(runner.says("signed in to the relay as bot of acme"), runner.log);
        QVERIFY(
            !runner.log.contains(team.relay.tokens.value(QStringLiteral("bot")))); // never logged

        team.sandbox->customerWrites(QStringLiteral("openwa"), QStringLiteral("4915123456001"),
                                     QStringLiteral("Lena Vogel"), menuQuestion);
        QTRY_COMPARE_WITH_TIMEOUT(team.sentTo(QStringLiteral("4915123456001")), QStringList{reply},
                                  20000);
        // Teammates learn of the reply from the runner, once it is sent.
        QTRY_VERIFY_WITH_TIMEOUT(outboundSeen(ana, reply), 20000);
        QCOMPARE(claimsIn(ana), 1);
        QVERIFY(runner.log.contains("automatic reply queued in conversation"));
        QVERIFY(!runner.log.contains(menuQuestion.toUtf8())); // no message text in the log
        QVERIFY(!runner.log.contains(reply.toUtf8()));

        QCOMPARE(runner.stop(), 0);
        QVERIFY2(runner.log.contains("stopping"), runner.log);
        QCOMPARE(team.sentTo(QStringLiteral("4915123456001")).size(), 1);
    }

    void fiveDesktopsAndTheRunnerAnswerOnce()
    {
        Team team;
        QTemporaryDir dir;
        const QString botCache = dir.filePath(QStringLiteral("bot.db"));
        test::seedDemoCache(botCache, 10);
        const QString reply = expectedReply(botCache);
        StreamProbe ana(team.relay.stream.port(),
                        QString::fromUtf8(team.relay.tokens.value(QStringLiteral("ana"))), 0);
        Runner runner(team, botCache, team.relay.tokens.value(QStringLiteral("bot")),
                      dir.filePath(QStringLiteral("token")));
        QVERIFY2(runner.says("signed in to the relay as bot"), runner.log);

        // Five desktops: each the services the desktop runs, on a cache of its own.
        std::vector<std::unique_ptr<Services>> desktops;
        for (int n = 1; n <= 5; ++n) {
            const QString path = dir.filePath(QStringLiteral("desk%1.db").arg(n));
            test::seedDemoCache(path, 10);
            auto services = std::make_unique<Services>(CacheDatabase::openBlocking(path).value(),
                                                       team.sandboxUrl);
            services->start();
            services->connectRelay(team.relay.stream,
                                   team.relay.tokens.value(QStringLiteral("d%1").arg(n)));
            desktops.push_back(std::move(services));
        }
        for (const auto &desk : desktops)
            QTRY_COMPARE(desk->relay()->state(), RelayLink::State::Connected);

        team.sandbox->customerWrites(QStringLiteral("openwa"), QStringLiteral("4915123456002"),
                                     QStringLiteral("Jonas Weber"), menuQuestion);
        // Everyone claimed the message; the relay's first claim answered, the rest did not.
        QTRY_COMPARE_WITH_TIMEOUT(claimsIn(ana), 6, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(team.sentTo(QStringLiteral("4915123456002")), QStringList{reply},
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(outboundSeen(ana, reply), 20000);
        QCOMPARE(team.sentTo(QStringLiteral("4915123456002")).size(), 1);
        QCOMPARE(runner.stop(), 0);
    }

    void aNewCacheIsFilledFromTheProvidersHistoryFirst()
    {
        // open-wa's webhooks are lost: what its customer wrote is only in the provider's history.
        Team team(false);
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("bot.db"));
        test::seedDemoCache(cache, 0); // the accounts and their rules, no conversation yet
        team.sandbox->customerWrites(QStringLiteral("openwa"), QStringLiteral("4915123456003"),
                                     QStringLiteral("Mia Fischer"), menuQuestion);

        Runner runner(team, cache, team.relay.tokens.value(QStringLiteral("bot")),
                      dir.filePath(QStringLiteral("token")));
        QVERIFY2(runner.says("openwa-bistro: syncing history, this cache has no conversation"),
                 runner.log);
        QVERIFY2(runner.says("openwa-bistro: history synced"), runner.log);
        QCOMPARE(runner.stop(), 0);
        // History is context (a returning customer is not greeted as new), never answered.
        QVERIFY(team.sentTo(QStringLiteral("4915123456003")).isEmpty());
        auto opened = CacheDatabase::openBlocking(cache).value();
        const int found = opened
                              ->run([](QSqlDatabase &db) {
                                  QSqlQuery query(db);
                                  query.exec(QStringLiteral(
                                      "SELECT count(*) FROM messages m JOIN conversations c ON "
                                      "c.id = m.conversation_id WHERE c.account_id = "
                                      "'openwa-bistro' AND c.customer_phone = '+4915123456003'"));
                                  return query.next() ? query.value(0).toInt() : -1;
                              })
                              .result();
        QCOMPARE(found, 1);
    }

    void aRevokedTokenStopsTheRunnerForGood()
    {
        Team team;
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("bot.db"));
        test::seedDemoCache(cache, 5);
        Runner runner(team, cache, team.relay.tokens.value(QStringLiteral("bot")),
                      dir.filePath(QStringLiteral("token")));
        QVERIFY2(runner.says("signed in to the relay as bot"), runner.log);

        auto directory =
            relay::RelayDirectory::open(team.relay.dir.filePath(QStringLiteral("relay"))).value();
        QCOMPARE(directory->revokeAgent(QStringLiteral("acme"), QStringLiteral("Night bot")),
                 std::nullopt);
        QVERIFY(
            QTest::qWaitFor([&] { return runner.process.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(runner.process.exitCode(), Headless::signedOutStatus);
        QVERIFY2(runner.log.contains("rotate-token"), runner.log); // says what to do
    }

    void itSaysWhatItNeedsWithoutARelay()
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("INBOX_RELAY_TOKEN"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(INBOX_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--cache"),
                       dir.filePath(QStringLiteral("c.db"))});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray error = process.readAllStandardError();
        QVERIFY2(error.contains("--relay ws://host:port/stream"), error);
        QVERIFY2(error.contains("INBOX_RELAY_TOKEN"), error);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c.db")))); // nothing made

        process.start(QStringLiteral(INBOX_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--relay"),
                       QStringLiteral("ws://127.0.0.1:1/stream"),
                       QStringLiteral("--relay-token-file"),
                       dir.filePath(QStringLiteral("no-such-file"))});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(process.readAllStandardError().contains("no-such-file"), "names the file");
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
