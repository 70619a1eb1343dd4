// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic replies: the rules as a pure function, then the AutoReplier against a real cache,
// an HTTP hook on a local server, and two desktops on a real relay that must answer once.
#include "ProviderRegistry.h"
#include "Relay.h"
#include "RelayDirectory.h"
#include "ScriptedProvider.h"
#include "TempCache.h"
#include "cache/AccountStore.h"
#include "common/HttpReplyHook.h"
#include "openwa/OpenWaProvider.h"
#include "relay/RelayClient.h"
#include "sync/AutoReplier.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace inbox;
using Status = QHttpServerResponder::StatusCode;

namespace {

AutoReplyRules bistro()
{
    AutoReplyRules rules;
    rules.enabled = true;
    rules.keywords = {{{QStringLiteral("menu"), QStringLiteral("carta")},
                       QStringLiteral("Today: ajiaco and lemonade.")},
                      {{QStringLiteral("reserva"), QStringLiteral("mesa")},
                       QStringLiteral("Book at bistro.example/reserve")}};
    rules.opensAt = QTime(12, 0);
    rules.closesAt = QTime(23, 0);
    rules.openDays = {2, 3, 4, 5, 6, 7}; // closed on Mondays
    rules.timeZone = QStringLiteral("America/Bogota");
    rules.closedReply = QStringLiteral("We are closed; we open at noon.");
    rules.welcome = QStringLiteral("Welcome to the Bistro!");
    return rules;
}

/// A time in Bogotá (UTC-5, no daylight saving).
QDateTime bogota(int dayOfMonth, int hour, int minute = 0)
{
    // November 2026: the 23rd is a Monday.
    return QDateTime(QDate(2026, 11, dayOfMonth), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("America/Bogota")));
}

/// An open-wa v5 webhook of a customer's text, written now.
QByteArray inbound(const QString &id, const QString &from, const QString &text,
                   qint64 at = QDateTime::currentSecsSinceEpoch(), bool fromMe = false)
{
    const QString chat = from + QStringLiteral("@c.us");
    const QString own = QStringLiteral("573001112233@c.us");
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("webhookId"), QStringLiteral("w")},
                   {QStringLiteral("sessionId"), QStringLiteral("bistro")},
                   {QStringLiteral("event"), QStringLiteral("message.received")},
                   {QStringLiteral("payload"),
                    QJsonObject{{QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("id"), id},
                                             {QStringLiteral("body"), text},
                                             {QStringLiteral("type"), QStringLiteral("chat")},
                                             {QStringLiteral("timestamp"), at},
                                             {QStringLiteral("from"), fromMe ? own : chat},
                                             {QStringLiteral("to"), fromMe ? chat : own},
                                             {QStringLiteral("fromMe"), fromMe},
                                             {QStringLiteral("isGroupMsg"), false}}}}}})
        .toJson(QJsonDocument::Compact);
}

void addAccount(CacheDatabase &cache, const AutoReplyRules &rules)
{
    auto shared = std::shared_ptr<CacheDatabase>(&cache, [](CacheDatabase *) {});
    Account account;
    account.id = QStringLiteral("openwa-bistro");
    account.provider = openwa::id();
    account.displayName = QStringLiteral("Bistro Bot");
    AccountStore(shared).upsert(account).waitForFinished();
    AccountStore(shared).setAutoReply(account.id, rules).waitForFinished();
}

int outboxSize(CacheDatabase &cache)
{
    return test::scalar(cache, QStringLiteral("SELECT count(*) FROM outbox")).toInt();
}

} // namespace

class TestAutoReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesAnswerKeywordsThenClosedThenWelcome()
    {
        const AutoReplyRules rules = bistro();
        const QDateTime tuesdayLunch = bogota(24, 13);
        // Keywords: whole words, case and accents ignored; the first rule that matches.
        QCOMPARE(
            ruleReply(rules, {QStringLiteral("¿Cuál es el MENÚ de hoy?"), tuesdayLunch, false}),
            std::optional(QStringLiteral("Today: ajiaco and lemonade.")));
        QCOMPARE(
            ruleReply(rules, {QStringLiteral("Quiero una mesa y la carta"), tuesdayLunch, false}),
            std::optional(QStringLiteral("Today: ajiaco and lemonade.")));
        QCOMPARE(ruleReply(rules, {QStringLiteral("menus?"), tuesdayLunch, false}), std::nullopt);
        // Closed: Monday, before noon, after 23:00 (Bogotá time, whatever this machine's zone).
        for (const QDateTime &closed : {bogota(23, 13), bogota(24, 11, 59), bogota(24, 23, 30)}) {
            QCOMPARE(ruleReply(rules, {QStringLiteral("hola"), closed, false}),
                     std::optional(QStringLiteral("We are closed; we open at noon.")));
        }
        // A keyword still answers when closed; a first message when open gets the welcome.
        QCOMPARE(ruleReply(rules, {QStringLiteral("menu"), bogota(23, 13), false}),
                 std::optional(QStringLiteral("Today: ajiaco and lemonade.")));
        QCOMPARE(ruleReply(rules, {QStringLiteral("hola"), tuesdayLunch, true}),
                 std::optional(QStringLiteral("Welcome to the Bistro!")));
        QCOMPARE(ruleReply(rules, {QStringLiteral("hola"), tuesdayLunch, false}), std::nullopt);

        AutoReplyRules off = rules;
        off.enabled = false;
        QCOMPARE(ruleReply(off, {QStringLiteral("menu"), tuesdayLunch, true}), std::nullopt);
    }

    void openingHoursMayRunPastMidnight()
    {
        AutoReplyRules late = bistro();
        late.opensAt = QTime(18, 0);
        late.closesAt = QTime(2, 0);
        late.openDays = {5, 6};                    // Friday and Saturday nights
        QVERIFY(isOpen(late, bogota(27, 23)));     // Friday 23:00
        QVERIFY(isOpen(late, bogota(28, 1, 30)));  // Saturday 01:30: still Friday's night
        QVERIFY(isOpen(late, bogota(29, 1, 30)));  // Sunday 01:30: Saturday's night
        QVERIFY(!isOpen(late, bogota(30, 1, 30))); // Monday 01:30: Sunday was closed
        QVERIFY(!isOpen(late, bogota(28, 3)));
        QVERIFY(isOpen(AutoReplyRules{}, bogota(23, 3))); // no hours: always open
    }

    void rulesSayWhatIsWrongAndSurviveJson()
    {
        AutoReplyRules rules = bistro();
        QVERIFY(rules.problems().isEmpty());
        QCOMPARE(AutoReplyRules::fromJson(rules.toJson()).toJson(), rules.toJson());
        rules.keywords.append({{QStringLiteral(" ")}, {}});
        rules.timeZone = QStringLiteral("Mars/Olympus");
        rules.hook = QUrl(QStringLiteral("ftp://bot"));
        rules.closedReply.clear();
        const QString problems = rules.problems().join(QLatin1Char('|'));
        QVERIFY(problems.contains(QStringLiteral("keyword rule 3 has no words")));
        QVERIFY(problems.contains(QStringLiteral("keyword rule 3 has no reply")));
        QVERIFY(problems.contains(QStringLiteral("Mars/Olympus")));
        QVERIFY(problems.contains(QStringLiteral("http(s)")));
        QVERIFY(problems.contains(QStringLiteral("reply to send when closed")));
    }

    void freshInboundMessagesGetOneAutomaticReply()
    {
        test::TempCache cache;
        AutoReplyRules rules = bistro();
        rules.opensAt = rules.closesAt = QTime(); // open all day for this test
        addAccount(*cache.db(), rules);
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        AutoReplier replier(cache.db(), nullptr);
        QSignalSpy replied(&replier, &AutoReplier::replied);
        auto apply = [&](qint64 seq, const QByteArray &body) {
            sync.apply({{seq, QStringLiteral("openwa"), QStringLiteral("openwa-bistro"),
                         QDateTime::currentDateTimeUtc(), body}})
                .waitForFinished();
        };

        const QByteArray first = inbound(QStringLiteral("false_573012345678@c.us_A1"),
                                         QStringLiteral("573012345678"), QStringLiteral("hola"));
        apply(1, first);
        QTRY_COMPARE(replied.size(), 1);
        QCOMPARE(replied.first().at(1).toString(), QStringLiteral("Welcome to the Bistro!"));
        QCOMPARE(outboxSize(*cache.db()), 1);
        QVERIFY(test::scalar(*cache.db(), QStringLiteral("SELECT json_extract(details, "
                                                         "'$.automatic') FROM messages WHERE "
                                                         "direction = 'out'"))
                    .toBool());
        // The same webhook again: no new message, so no new reply.
        apply(2, first);
        // Our own message echoed back (fromMe) is never answered.
        apply(3,
              inbound(QStringLiteral("true_573012345678@c.us_B1"), QStringLiteral("573012345678"),
                      QStringLiteral("menu"), QDateTime::currentSecsSinceEpoch(), true));
        // A message from days ago (a catch-up) is not answered either.
        apply(4,
              inbound(QStringLiteral("false_573012345678@c.us_OLD"), QStringLiteral("573012345678"),
                      QStringLiteral("menu"), QDateTime::currentSecsSinceEpoch() - 3 * 86400));
        QTest::qWait(300);
        QCOMPARE(replied.size(), 1);

        // A customer (or a bot) that keeps writing gets at most three an hour.
        for (int i = 0; i < 4; ++i) {
            apply(10 + i, inbound(QStringLiteral("false_573012345678@c.us_M%1").arg(i),
                                  QStringLiteral("573012345678"), QStringLiteral("menu please")));
            QTest::qWait(100);
        }
        QTRY_COMPARE(replied.size(), 3);
        QTest::qWait(300);
        QCOMPARE(replied.size(), AutoReplyRules::perConversationPerHour);
        QCOMPARE(outboxSize(*cache.db()), AutoReplyRules::perConversationPerHour);
    }

    void theHookAnswersFirstAndTheRulesWhenItCannot()
    {
        test::ScriptedProvider hook(QStringLiteral("/reply"));
        hook.script({{Status::Ok, R"({"reply":"Hi Valeria, table for 4 at 9 is booked."})", {}},
                     {Status::InternalServerError, "oops", {}}});
        test::TempCache cache;
        AutoReplyRules rules = bistro();
        rules.opensAt = rules.closesAt = QTime();
        rules.hook = hook.base();
        addAccount(*cache.db(), rules);
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        QNetworkAccessManager network;
        HttpReplyHook http(&network);
        AutoReplier replier(cache.db(), &http);
        QSignalSpy replied(&replier, &AutoReplier::replied);
        QSignalSpy problems(&replier, &AutoReplier::problem);

        sync.apply(
            {{1, QStringLiteral("openwa"), QStringLiteral("openwa-bistro"),
              QDateTime::currentDateTimeUtc(),
              inbound(QStringLiteral("false_573012345678@c.us_H1"), QStringLiteral("573012345678"),
                      QStringLiteral("mesa para 4 a las 9"))}});
        QTRY_COMPARE(replied.size(), 1);
        QCOMPARE(replied.first().at(1).toString(),
                 QStringLiteral("Hi Valeria, table for 4 at 9 is booked."));
        const QJsonObject sent = QJsonDocument::fromJson(hook.seen().first().body).object();
        QCOMPARE(sent.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("mesa para 4 a las 9"));
        QCOMPARE(sent.value(QStringLiteral("customer"))
                     .toObject()
                     .value(QStringLiteral("phone"))
                     .toString(),
                 QStringLiteral("+573012345678"));
        QVERIFY(sent.value(QStringLiteral("firstMessage")).toBool());

        // The hook fails: the rules answer, and the failure is said.
        sync.apply({{2, QStringLiteral("openwa"), QStringLiteral("openwa-bistro"),
                     QDateTime::currentDateTimeUtc(),
                     inbound(QStringLiteral("false_573012345678@c.us_H2"),
                             QStringLiteral("573012345678"), QStringLiteral("y la carta?"))}});
        QTRY_COMPARE(replied.size(), 2);
        QCOMPARE(replied.last().at(1).toString(), QStringLiteral("Today: ajiaco and lemonade."));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().at(1).toString().contains(QStringLiteral("HTTP 500")));
    }

    void twoDesktopsOnOneRelayAnswerOnce()
    {
        QTemporaryDir dir;
        QString ana, marco;
        {
            auto directory =
                relay::RelayDirectory::open(dir.filePath(QStringLiteral("relay"))).value();
            directory->addOrg(QStringLiteral("acme"));
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("openwa"),
                                   QStringLiteral("openwa-bistro"),
                                   {},
                                   "owa-key",
                                   {}});
            ana = directory->addAgent(QStringLiteral("acme"), QStringLiteral("Ana"), Role::Admin)
                      ->token;
            marco =
                directory->addAgent(QStringLiteral("acme"), QStringLiteral("Marco"), Role::Manager)
                    ->token;
        }
        relay::RelayOptions options;
        options.dataDir = dir.filePath(QStringLiteral("relay"));
        auto server = relay::Relay::create(options).value();
        const quint16 port = server->open(QHostAddress::LocalHost, 0);
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/stream").arg(port));

        AutoReplyRules rules = bistro();
        rules.opensAt = rules.closesAt = QTime();
        test::TempCache one, two;
        addAccount(*one.db(), rules);
        addAccount(*two.db(), rules);
        RelayClient linkOne(url, ana.toUtf8(), one.db(), providerNormaliser());
        RelayClient linkTwo(url, marco.toUtf8(), two.db(), providerNormaliser());
        AutoReplier replierOne(one.db(), nullptr), replierTwo(two.db(), nullptr);
        replierOne.setRelayLink(&linkOne);
        replierTwo.setRelayLink(&linkTwo);
        linkOne.start();
        linkTwo.start();
        QTRY_COMPARE(linkOne.state(), RelayLink::State::Connected);
        QTRY_COMPARE(linkTwo.state(), RelayLink::State::Connected);

        // The customer writes three times; both desktops see each message and claim it.
        QNetworkAccessManager network;
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest post(QUrl(
                QStringLiteral("http://127.0.0.1:%1/webhooks/openwa/openwa-bistro").arg(port)));
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/json"));
            post.setRawHeader("api_key", "owa-key");
            QNetworkReply *reply = network.post(
                post, inbound(QStringLiteral("false_573012345678@c.us_T%1").arg(i),
                              QStringLiteral("573012345678"),
                              i == 0 ? QStringLiteral("hola") : QStringLiteral("menu")));
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QTRY_COMPARE(
            test::scalar(*one.db(), QStringLiteral("SELECT count(*) FROM auto_reply_claims"))
                .toInt(),
            3);
        QTRY_COMPARE(
            test::scalar(*two.db(), QStringLiteral("SELECT count(*) FROM auto_reply_claims"))
                .toInt(),
            3);
        // Exactly one reply per message, between the two desktops.
        QTRY_COMPARE(outboxSize(*one.db()) + outboxSize(*two.db()), 3);
        QTest::qWait(500);
        QCOMPARE(outboxSize(*one.db()) + outboxSize(*two.db()), 3);
        // Both agree on the winners.
        QCOMPARE(test::scalar(*one.db(),
                              QStringLiteral("SELECT group_concat(claim) FROM (SELECT claim FROM "
                                             "auto_reply_claims ORDER BY message_id)")),
                 test::scalar(*two.db(),
                              QStringLiteral("SELECT group_concat(claim) FROM (SELECT claim FROM "
                                             "auto_reply_claims ORDER BY message_id)")));
    }
};

QTEST_MAIN(TestAutoReply)
#include "tst_autoreply.moc"
