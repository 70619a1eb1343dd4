// SPDX-License-Identifier: GPL-3.0-or-later
// Desktops on a real relay: RelayClient says hello with the cache's cursor, the sync engine
// applies webhooks and team events to each cache idempotently, a restart resumes without
// duplicates, roles are enforced, and the link's state follows the connection.
#include "ProviderRegistry.h"
#include "Relay.h"
#include "TempCache.h"
#include "cache/MessageStore.h"
#include "cache/OutboxStore.h"
#include "cache/RelayCursorStore.h"
#include "domain/TeamEvent.h"
#include "meta/MetaWebhook.h"
#include "relay/RelayClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;
using namespace inbox::relay;

namespace {

const QByteArray appSecret = "link-secret";

/// A Meta status webhook for one of our messages.
QByteArray statusBody(const QString &relayAccount, const QString &messageId, const QString &status)
{
    return QStringLiteral(
               R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[)"
               R"({"field":"messages","value":{"messaging_product":"whatsapp","metadata":)"
               R"({"display_phone_number":"1","phone_number_id":"%1"},"statuses":[{"id":)"
               R"("%2","status":"%3","timestamp":"1795528800","recipient_id":)"
               R"("5511987654321"}]}}]}]})")
        .arg(relayAccount, messageId, status)
        .toUtf8();
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(INBOX_FIXTURES_DIR "/meta/webhooks/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

/// The phone number id a Meta fixture was sent to.
QString accountOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("entry"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("changes"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("value"))
        .toObject()
        .value(QStringLiteral("metadata"))
        .toObject()
        .value(QStringLiteral("phone_number_id"))
        .toString();
}

qint64 count(test::TempCache &cache, const QString &statement)
{
    return test::scalar(*cache.db(), statement).toLongLong();
}

struct Team
{
    QTemporaryDir dir;
    std::unique_ptr<Relay> relay;
    quint16 port = 0;
    QString managerToken;
    QString agentToken;
    QNetworkAccessManager network;

    explicit Team(const QString &metaAccount)
    {
        {
            auto directory = RelayDirectory::open(dir.path()).value();
            directory->addOrg(QStringLiteral("acme"));
            directory->addAccount(
                {QStringLiteral("acme"), QStringLiteral("meta"), metaAccount, "v", appSecret, {}});
            managerToken =
                directory->addAgent(QStringLiteral("acme"), QStringLiteral("Marta"), Role::Manager)
                    ->token;
            agentToken =
                directory->addAgent(QStringLiteral("acme"), QStringLiteral("Ana"), Role::Agent)
                    ->token;
        }
        start();
    }
    void start(quint16 onPort = 0)
    {
        RelayOptions options;
        options.dataDir = dir.path();
        relay = Relay::create(options).value();
        port = relay->open(QHostAddress::LocalHost, onPort);
    }
    QUrl stream() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/stream").arg(port)); }

    int post(const QByteArray &body)
    {
        QNetworkRequest request(QUrl(
            QStringLiteral("http://127.0.0.1:%1/webhooks/meta/%2").arg(port).arg(accountOf(body))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(body, appSecret));
        QNetworkReply *reply = network.post(request, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qFatal("no answer from the relay");
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
};

/// The demo's Meta account in a cache that knows it by its own id and the relay's, with a
/// conversation to send in.
qint64 metaConversation(test::TempCache &cache, const QString &relayAccount)
{
    const qint64 conversation = test::makeConversation(*cache.db(), QStringLiteral("meta-store"),
                                                       QStringLiteral("+5511987654321"), {},
                                                       QDateTime::currentDateTimeUtc());
    test::scalar(*cache.db(),
                 QStringLiteral("UPDATE accounts SET relay_account = '%1'").arg(relayAccount));
    return conversation;
}

template<class T>
T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 10000))
        qFatal("no answer within 10 s");
    return future.result();
}

} // namespace

class TestRelayLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhooksReachEveryCacheOnceWithTheirLead()
    {
        const QByteArray text = fixture(QStringLiteral("text_message.json"));
        Team team(accountOf(text));
        test::TempCache mine;
        test::TempCache theirs;
        RelayClient manager(team.stream(), team.managerToken.toUtf8(), mine.db(),
                            providerNormaliser());
        RelayClient agent(team.stream(), team.agentToken.toUtf8(), theirs.db(),
                          providerNormaliser());
        manager.start();
        agent.start();
        QTRY_COMPARE(manager.state(), RelayLink::State::Connected);
        QTRY_COMPARE(agent.state(), RelayLink::State::Connected);
        QCOMPARE(manager.role(), QStringLiteral("manager"));

        QCOMPARE(team.post(text), 200);
        // Meta's image example reuses the text example's wamid: location has its own.
        QCOMPARE(team.post(fixture(QStringLiteral("location_message.json"))), 200);
        for (test::TempCache *cache : {&mine, &theirs}) {
            QTRY_COMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM messages")), 2);
            QCOMPARE(test::scalar(*cache->db(), QStringLiteral("SELECT cursor FROM relay_cursor"))
                         .toLongLong(),
                     2);
            // An unknown number became a lead "WhatsApp <phone>" from WhatsApp, linked.
            QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM leads WHERE name LIKE "
                                                  "'WhatsApp +%' AND source = 'whatsapp'")),
                     1);
            QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM conversations c JOIN "
                                                  "leads l ON l.id = c.lead_id")),
                     1);
            QCOMPARE(
                test::scalar(*cache->db(), QStringLiteral("SELECT stage FROM leads")).toString(),
                QStringLiteral("New"));
            // Its first message is the lead's first note; the second one adds none.
            QCOMPARE(test::scalar(*cache->db(), QStringLiteral("SELECT group_concat(author_id || "
                                                               "': ' || text) FROM notes"))
                         .toString(),
                     QStringLiteral("WhatsApp: First message: Does it come in another color?"));
        }
    }

    void applyingTheSameEventsTwiceChangesNothing()
    {
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        const QByteArray text = fixture(QStringLiteral("text_message.json"));
        const QList<RelayEvent> events{
            {1, QStringLiteral("meta"), accountOf(text), QDateTime::currentDateTimeUtc(), text},
            {2, QStringLiteral("meta"), accountOf(text), QDateTime::currentDateTimeUtc(),
             fixture(QStringLiteral("reaction_message.json"))}};
        const SyncReport first = wait(sync.apply(events));
        QCOMPARE(first.messages, 1);
        QCOMPARE(first.cursor, 2);
        const SyncReport again = wait(sync.apply(events));
        QCOMPARE(again.messages, 0);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM messages")), 1);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM leads")), 1);
    }

    void statusesMergeIntoOurMessage()
    {
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        const QString relayAccount = QStringLiteral("106540352242922");
        const QString account = QStringLiteral("meta-store");
        const qint64 conversation = metaConversation(cache, relayAccount);
        MessageStore(cache.db())
            .insert({test::message(conversation, account, QStringLiteral("wamid.OURS"),
                                   Direction::Outbound, QStringLiteral("Oi"),
                                   QDateTime::currentDateTimeUtc())})
            .waitForFinished();
        const auto statusBody = [&](const QString &status) {
            return ::statusBody(relayAccount, QStringLiteral("wamid.OURS"), status);
        };
        // Late and out of order: read before delivered; the merge never goes back.
        wait(sync.apply(
            {{1, QStringLiteral("meta"), relayAccount, {}, statusBody(QStringLiteral("read"))},
             {2,
              QStringLiteral("meta"),
              relayAccount,
              {},
              statusBody(QStringLiteral("delivered"))}}));
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT status FROM messages")).toString(),
            QStringLiteral("read"));
    }

    void statusesBeforeTheirMessageAreKeptUntilItIsHere()
    {
        // Webhooks come in any order, and Meta's "delivered" can beat our own send's answer.
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        const QString relayAccount = QStringLiteral("106540352242922");
        const QString account = QStringLiteral("meta-store");
        const qint64 conversation = metaConversation(cache, relayAccount);
        OutboxStore outbox(cache.db());
        QList<qint64> entries;
        for (int i = 0; i < 30; ++i) {
            outbox
                .enqueue(test::message(conversation, account, {}, Direction::Outbound,
                                       QStringLiteral("n%1").arg(i),
                                       QDateTime::currentDateTimeUtc()))
                .waitForFinished();
        }
        for (const OutboxEntry &entry : wait(outbox.due(QDateTime::currentDateTimeUtc(), 30)))
            entries << entry.id;
        QCOMPARE(entries.size(), 30);
        // Every message's delivered and read arrive first (some read before delivered) ...
        qint64 seq = 0;
        for (int i = 0; i < 30; ++i) {
            const QString id = QStringLiteral("wamid.EARLY%1").arg(i);
            QStringList order{QStringLiteral("delivered"), QStringLiteral("read")};
            if (i % 3 == 0)
                std::swap(order[0], order[1]);
            for (const QString &status : order) {
                wait(sync.apply({{++seq,
                                  QStringLiteral("meta"),
                                  relayAccount,
                                  {},
                                  statusBody(relayAccount, id, status)}}));
            }
        }
        // ... then the sends' answers.
        for (int i = 0; i < 30; ++i) {
            outbox
                .markSent(entries[i], QStringLiteral("wamid.EARLY%1").arg(i),
                          QDateTime::currentDateTimeUtc())
                .waitForFinished();
        }
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM messages WHERE status = 'read' "
                                             "AND delivered_at IS NOT NULL")),
                 30);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM early_statuses")), 0);
    }

    void aFailureByWebhookKeepsItsDetailAndAdvice()
    {
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        const QString relayAccount = QStringLiteral("106540352242922");
        const qint64 conversation = metaConversation(cache, relayAccount);
        MessageStore(cache.db())
            .insert({test::message(conversation, QStringLiteral("meta-store"),
                                   QStringLiteral("wamid.LATE"), Direction::Outbound,
                                   QStringLiteral("Oi"), QDateTime::currentDateTimeUtc())})
            .waitForFinished();
        QByteArray failed =
            statusBody(relayAccount, QStringLiteral("wamid.LATE"), QStringLiteral("failed"));
        failed.replace(R"("recipient_id":)",
                       R"("errors":[{"code":131047,"title":"Re-engagement message",)"
                       R"("error_data":{"details":"Message failed to send because more than )"
                       R"(24 hours have passed since the customer last replied."}}],)"
                       R"("recipient_id":)");
        wait(sync.apply({{1, QStringLiteral("meta"), relayAccount, {}, failed}}));
        const QString reason =
            test::scalar(*cache.db(), QStringLiteral("SELECT failure_reason FROM messages"))
                .toString();
        QVERIFY2(reason.startsWith(QStringLiteral("Re-engagement message (131047): Message failed "
                                                  "to send because more than 24 hours")),
                 qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("send an approved template instead")),
                 qPrintable(reason));
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT failure_code FROM messages"))
                     .toString(),
                 QStringLiteral("131047"));
    }

    void aReconnectOrSignOutDuringABigBatchLosesNothing()
    {
        // The sync engine is made anew at every welcome and goes with the link at sign-out,
        // while the database thread may still be on a batch it was given.
        Team team(QStringLiteral("106540352242922"));
        constexpr int total = 10'000;
        int stored = 0;
        for (int i = 0; i < total; ++i) {
            const TeamEvent event{
                team::Outbound{{QStringLiteral("meta"), QStringLiteral("106540352242922"),
                                QStringLiteral("+55119%1").arg(i % 40, 8, 10, QLatin1Char('0'))},
                               QStringLiteral("wamid.BIG%1").arg(i),
                               MessageKind::Text,
                               QStringLiteral("message %1").arg(i)},
                {QStringLiteral("marta"),
                 QStringLiteral("Marta"),
                 QStringLiteral("manager"),
                 QDateTime::currentDateTimeUtc(),
                 {}}};
            team.relay->log().append({QStringLiteral("acme"),
                                      QStringLiteral("team"),
                                      {},
                                      QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact),
                                      QDateTime::currentDateTimeUtc(),
                                      false},
                                     [&stored](const Expected<Appended, QString> &) { ++stored; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(stored, total, 30000);
        test::TempCache cache;
        const auto messages = [&cache] {
            return count(cache, QStringLiteral("SELECT count(*) FROM messages"));
        };
        {
            auto link = std::make_unique<RelayClient>(team.stream(), team.managerToken.toUtf8(),
                                                      cache.db(), providerNormaliser());
            QSignalSpy applied(link.get(), &RelayLink::applied);
            link->start();
            QVERIFY(applied.wait(20000));
            // A reconnect mid-stream: a new welcome, a new engine.
            link->stop();
            QTest::qWait(100);
            link->start();
            QTRY_COMPARE(link->state(), RelayLink::State::Connected);
            // Usually still under way when the agent signs out (a fast machine may be done).
            if (messages() == total)
                qInfo("the catch-up was over before the sign-out");
            link.reset();
        }
        QTest::qWait(200); // the database thread finishes what it had
        const qint64 atSignOut = messages();
        RelayClient again(team.stream(), team.managerToken.toUtf8(), cache.db(),
                          providerNormaliser());
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(messages(), qint64(total), 60000);
        QTRY_COMPARE(RelayCursorStore(cache.db()).cursor(QStringLiteral("acme")).result(),
                     qint64(total));
        QVERIFY(atSignOut <= total);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(DISTINCT provider_message_id) FROM "
                                             "messages")),
                 qint64(total));
    }

    void aRestartResumesFromTheStoredCursor()
    {
        const QByteArray text = fixture(QStringLiteral("text_message.json"));
        Team team(accountOf(text));
        test::TempCache cache;
        {
            RelayClient link(team.stream(), team.agentToken.toUtf8(), cache.db(),
                             providerNormaliser());
            link.start();
            QTRY_COMPARE(link.state(), RelayLink::State::Connected);
            QCOMPARE(team.post(text), 200);
            QTRY_COMPARE(count(cache, QStringLiteral("SELECT count(*) FROM messages")), 1);
        }
        // While the desktop is away.
        for (const char *name : {"location_message.json", "button_message.json"}) {
            const QByteArray body = fixture(QLatin1String(name));
            if (accountOf(body) == accountOf(text))
                QCOMPARE(team.post(body), 200);
        }
        const qint64 head = team.relay->log().head(QStringLiteral("acme"));
        RelayClient link(team.stream(), team.agentToken.toUtf8(), cache.db(), providerNormaliser());
        QSignalSpy applied(&link, &RelayLink::applied);
        link.start();
        QTRY_COMPARE(RelayCursorStore(cache.db()).cursor(QStringLiteral("acme")).result(), head);
        // One message per event; the button message's "Unsubscribe" also opts the customer out,
        // which the chat notes in a line of its own.
        QCOMPARE(
            count(cache, QStringLiteral("SELECT count(*) FROM messages WHERE kind <> 'system'")),
            head);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM leads WHERE opted_out_at IS NOT "
                                             "NULL")),
                 1);
    }

    void teamEventsFollowRoles()
    {
        const QByteArray text = fixture(QStringLiteral("text_message.json"));
        Team team(accountOf(text));
        test::TempCache mine;
        test::TempCache theirs;
        RelayClient manager(team.stream(), team.managerToken.toUtf8(), mine.db(),
                            providerNormaliser());
        RelayClient agent(team.stream(), team.agentToken.toUtf8(), theirs.db(),
                          providerNormaliser());
        manager.start();
        agent.start();
        QTRY_VERIFY(manager.state() == RelayLink::State::Connected &&
                    agent.state() == RelayLink::State::Connected);
        QCOMPARE(team.post(text), 200);
        QTRY_COMPARE(count(theirs, QStringLiteral("SELECT count(*) FROM conversations")), 1);
        const QString phone =
            test::scalar(*theirs.db(), QStringLiteral("SELECT customer_phone FROM conversations"))
                .toString();
        const QJsonObject assign{{QStringLiteral("type"), QStringLiteral("assign")},
                                 {QStringLiteral("provider"), QStringLiteral("meta")},
                                 {QStringLiteral("account"), accountOf(text)},
                                 {QStringLiteral("phone"), phone},
                                 {QStringLiteral("assignee"), manager.agentId()},
                                 {QStringLiteral("assigneeName"), QStringLiteral("Marta")}};
        const auto refused = wait(agent.publish(assign));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("managers")), qPrintable(refused.error()));

        QJsonObject toAna = assign;
        toAna.insert(QStringLiteral("assignee"), agent.agentId());
        toAna.insert(QStringLiteral("assigneeName"), QStringLiteral("Ana"));
        const auto accepted = wait(manager.publish(toAna));
        QVERIFY(accepted);
        for (test::TempCache *cache : {&mine, &theirs}) {
            QTRY_COMPARE(
                test::scalar(*cache->db(), QStringLiteral("SELECT assignee_id FROM conversations"))
                    .toString(),
                agent.agentId());
            QCOMPARE(test::scalar(*cache->db(), QStringLiteral("SELECT name FROM agents WHERE "
                                                               "id = '%1'")
                                                    .arg(agent.agentId()))
                         .toString(),
                     QStringLiteral("Ana"));
        }
        const auto note = wait(agent.publish({{QStringLiteral("type"), QStringLiteral("note")},
                                              {QStringLiteral("phone"), phone},
                                              {QStringLiteral("text"), QStringLiteral("VIP")}}));
        QVERIFY(note);
        QTRY_COMPARE(count(mine, QStringLiteral("SELECT count(*) FROM notes WHERE text = 'VIP'")),
                     1);
    }

    void stateFollowsTheConnection()
    {
        Team team(QStringLiteral("1"));
        test::TempCache cache;
        RelayClient stranger(team.stream(), "wrong-token", cache.db(), providerNormaliser());
        stranger.start();
        QTRY_COMPARE(stranger.state(), RelayLink::State::SignedOut);

        RelayClient link(team.stream(), team.agentToken.toUtf8(), cache.db(), providerNormaliser());
        link.setFirstRetryDelay(std::chrono::milliseconds(300));
        link.start();
        QTRY_COMPARE(link.state(), RelayLink::State::Connected);
        const quint16 port = team.port;
        team.relay.reset(); // the relay goes away
        QTRY_COMPARE(link.state(), RelayLink::State::Reconnecting);
        team.start(port); // and comes back on the same port
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), RelayLink::State::Connected, 10000);
        const auto offline = stranger.publish({{QStringLiteral("type"), QStringLiteral("note")}});
        QVERIFY(!offline.result());
    }
};

QTEST_GUILESS_MAIN(TestRelayLink)
#include "tst_relaylink.moc"
