// inbox-relay in-process, on real sockets and real files: signed webhooks in, the stream out,
// refusals that store nothing, duplicates, resume and reset, roles and isolation.
#include "Relay.h"
#include "StreamProbe.h"
#include "common/Signature.h"
#include "meta/MetaWebhook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <cstring>

using namespace inbox;
using namespace inbox::relay;
using inbox::test::StreamProbe;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(INBOX_FIXTURES_DIR "/meta/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

struct Answer
{
    int status = 0;
    QByteArray body;
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Relay> relay;
    quint16 port = 0;
    QNetworkAccessManager network;
    QString manager;
    QString agent;
    QString admin;
    QString otherOrgAgent;
    const QByteArray appSecret = "1222e786b144d0e85b9f365372d93676"; // the shared vector's

    explicit Fixture(const std::function<void(RelayOptions &)> &tweak = {})
    {
        {
            auto directory = RelayDirectory::open(dir.path()).value();
            directory->addOrg(QStringLiteral("acme"));
            directory->addOrg(QStringLiteral("globex"));
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("meta"),
                                   QStringLiteral("277321005464405"),
                                   "verify-me",
                                   appSecret,
                                   {}});
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("wati"),
                                   QStringLiteral("store"),
                                   {},
                                   "wati-secret",
                                   {}});
            directory->addAccount(
                {QStringLiteral("acme"),
                 QStringLiteral("wati"),
                 QStringLiteral("fenced"),
                 {},
                 "wati-secret",
                 RelayDirectory::parseAllowList({QStringLiteral("10.0.0.0/8")}).value()});
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("unipile"),
                                   QStringLiteral("t5XY4yQzR9WVrlNFyzPMhw"),
                                   {},
                                   "unipile-secret",
                                   {}});
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("openwa"),
                                   QStringLiteral("bistro"),
                                   {},
                                   "openwa-key",
                                   {}});
            directory->addAccount({QStringLiteral("globex"),
                                   QStringLiteral("meta"),
                                   QStringLiteral("999"),
                                   "v",
                                   "globex-secret",
                                   {}});
            manager =
                directory->addAgent(QStringLiteral("acme"), QStringLiteral("Marta"), Role::Manager)
                    ->token;
            agent = directory->addAgent(QStringLiteral("acme"), QStringLiteral("Ana"), Role::Agent)
                        ->token;
            admin = directory->addAgent(QStringLiteral("acme"), QStringLiteral("Ada"), Role::Admin)
                        ->token;
            otherOrgAgent =
                directory->addAgent(QStringLiteral("globex"), QStringLiteral("Gil"), Role::Agent)
                    ->token;
        }
        RelayOptions options;
        options.dataDir = dir.path();
        if (tweak)
            tweak(options);
        relay = Relay::create(options).value();
        port = relay->listen(QHostAddress::LocalHost, 0);
    }

    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body,
                const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            qFatal("no answer from the relay");
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }
    Answer postMeta(const QByteArray &body,
                    const QString &account = QStringLiteral("277321005464405"))
    {
        return send("POST", QStringLiteral("/webhooks/meta/") + account, body,
                    {{"X-Hub-Signature-256", meta::signatureHeader(body, appSecret)}});
    }
    qint64 head(const QString &org = QStringLiteral("acme")) { return relay->log().head(org); }
};

} // namespace

class TestRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedWebhookInStreamOut()
    {
        Fixture f;
        StreamProbe desk(f.port, f.manager, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        const QJsonObject welcome = desk.ofType(QStringLiteral("welcome")).first();
        QCOMPARE(welcome.value(QStringLiteral("org")).toString(), QStringLiteral("acme"));
        QCOMPARE(welcome.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
        QCOMPARE(welcome.value(QStringLiteral("head")).toInteger(), 0);

        // The shared vector, as it is: its body and its signature.
        QFile vectorFile(QStringLiteral(INBOX_FIXTURES_DIR "/meta/signature_vector.json"));
        QVERIFY(vectorFile.open(QIODevice::ReadOnly));
        const QJsonObject vector = QJsonDocument::fromJson(vectorFile.readAll()).object();
        const QByteArray raw = vector.value(QStringLiteral("raw_body")).toString().toUtf8();
        const Answer stored =
            f.send("POST", QStringLiteral("/webhooks/meta/277321005464405"), raw,
                   {{"X-Hub-Signature-256",
                     vector.value(QStringLiteral("x_hub_signature_256")).toString().toUtf8()}});
        QCOMPARE(stored.status, 200);
        QVERIFY(stored.body.contains("stored"));

        // A real webhook with \uXXXX escapes is passed on byte for byte.
        const QByteArray image = fixture(QStringLiteral("webhooks/image_message.json"));
        QCOMPARE(f.postMeta(image).status, 200);
        QTRY_COMPARE(desk.seqs(), (QList<qint64>{1, 2}));
        const QJsonObject first = desk.ofType(QStringLiteral("event")).first();
        QCOMPARE(first.value(QStringLiteral("provider")).toString(), QStringLiteral("meta"));
        QCOMPARE(first.value(QStringLiteral("account")).toString(),
                 QStringLiteral("277321005464405"));
        QCOMPARE(first.value(QStringLiteral("body")).toObject(),
                 QJsonDocument::fromJson(raw).object());
        QVERIFY(QDateTime::fromString(first.value(QStringLiteral("receivedAt")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(
            desk.ofType(QStringLiteral("event")).at(1).value(QStringLiteral("body")).toObject(),
            QJsonDocument::fromJson(image).object());
    }

    void refusalsStoreNothingAndSayWhy()
    {
        Fixture f;
        StreamProbe desk(f.port, f.manager, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        const QByteArray body = fixture(QStringLiteral("webhooks/text_message.json"));
        QByteArray tampered = body;
        const qsizetype middle = tampered.size() / 2;
        tampered[middle] = tampered[middle] == 'x' ? 'y' : 'x'; // one byte changed

        struct Case
        {
            const char *what;
            Answer answer;
            int status;
        };
        const QList<Case> cases = {
            {"bad signature",
             f.send("POST", QStringLiteral("/webhooks/meta/277321005464405"), tampered,
                    {{"X-Hub-Signature-256", meta::signatureHeader(body, f.appSecret)}}),
             401},
            {"no signature", f.send("POST", QStringLiteral("/webhooks/meta/277321005464405"), body),
             401},
            {"unknown account", f.postMeta(body, QStringLiteral("123")), 404},
            {"unknown provider", f.send("POST", QStringLiteral("/webhooks/telegram/x"), body), 404},
            {"not JSON", f.postMeta("{\"entry\": ["), 400},
            {"over 4 MB", f.postMeta(QByteArray(4 * 1024 * 1024 + 1, ' ')), 413},
            {"wrong method", f.send("PUT", QStringLiteral("/webhooks/wati/store"), body), 405},
            {"wrong secret",
             f.send("POST", QStringLiteral("/webhooks/wati/store"), body,
                    {{"X-Webhook-Secret", "guess"}}),
             401},
            {"outside the allow-list",
             f.send("POST", QStringLiteral("/webhooks/wati/fenced"), body,
                    {{"X-Webhook-Secret", "wati-secret"}}),
             403},
            {"bad handshake token",
             f.send("GET",
                    QStringLiteral("/webhooks/meta/277321005464405?hub.mode=subscribe&"
                                   "hub.verify_token=nope&hub.challenge=42"),
                    {}),
             403},
        };
        for (const Case &c : cases) {
            QVERIFY2(c.answer.status == c.status,
                     qPrintable(QStringLiteral("%1: %2 %3")
                                    .arg(QLatin1String(c.what))
                                    .arg(c.answer.status)
                                    .arg(QString::fromUtf8(c.answer.body))));
            const QString reason = QJsonDocument::fromJson(c.answer.body)
                                       .object()
                                       .value(QStringLiteral("reason"))
                                       .toString();
            QVERIFY2(!reason.isEmpty(), c.what);
        }
        QTest::qWait(100);
        QCOMPARE(f.head(), 0);
        QVERIFY(desk.ofType(QStringLiteral("event")).isEmpty());
        const QByteArray metrics = f.send("GET", QStringLiteral("/metrics"), {}).body;
        QVERIFY(metrics.contains("relay_webhooks_refused_total{reason=\"signature\"} 2"));
        QVERIFY(metrics.contains("relay_webhooks_refused_total{reason=\"too_large\"} 1"));
    }

    void unipileAndOpenWaAreCheckedByTheirOwnSecretHeaders()
    {
        Fixture f;
        StreamProbe desk(f.port, f.manager, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        const QByteArray unipileBody =
            R"({"account_id":"t5XY4yQzR9WVrlNFyzPMhw","event":"message_received","message_id":"m1"})";
        const QString unipilePath = QStringLiteral("/webhooks/unipile/t5XY4yQzR9WVrlNFyzPMhw");
        // WATI's header with the right secret is still the wrong header for UniPile.
        Answer refused =
            f.send("POST", unipilePath, unipileBody, {{"X-Webhook-Secret", "unipile-secret"}});
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.body.contains("Unipile-Auth"));
        QCOMPARE(f.send("POST", unipilePath, unipileBody, {{"Unipile-Auth", "nope"}}).status, 401);
        QCOMPARE(
            f.send("POST", unipilePath, unipileBody, {{"Unipile-Auth", "unipile-secret"}}).status,
            200);

        const QByteArray openwaBody =
            R"({"webhookId":"w","sessionId":"bistro","event":"message.received","payload":{}})";
        const QString openwaPath = QStringLiteral("/webhooks/openwa/bistro");
        refused = f.send("POST", openwaPath, openwaBody, {{"api_key", "wrong"}});
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.body.contains("api_key"));
        QCOMPARE(f.send("POST", openwaPath, openwaBody, {{"api_key", "openwa-key"}}).status, 200);
        QCOMPARE(f.send("POST", QStringLiteral("/webhooks/openwa/unknown"), openwaBody,
                        {{"api_key", "openwa-key"}})
                     .status,
                 404);

        QTRY_COMPARE(desk.seqs(), (QList<qint64>{1, 2}));
        const auto events = desk.ofType(QStringLiteral("event"));
        QCOMPARE(events.at(0).value(QStringLiteral("provider")).toString(),
                 QStringLiteral("unipile"));
        QCOMPARE(events.at(1).value(QStringLiteral("provider")).toString(),
                 QStringLiteral("openwa"));
        QCOMPARE(events.at(1).value(QStringLiteral("account")).toString(),
                 QStringLiteral("bistro"));
        QCOMPARE(f.head(), 2);
    }

    void metaHandshakeEchoesTheChallenge()
    {
        Fixture f;
        const Answer answer = f.send("GET",
                                     QStringLiteral("/webhooks/meta/277321005464405?hub.mode="
                                                    "subscribe&hub.verify_token=verify-me&"
                                                    "hub.challenge=1158201444"),
                                     {});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("1158201444"));
    }

    void duplicatesAreAcknowledgedButStoredOnce()
    {
        Fixture f;
        const QByteArray body = fixture(QStringLiteral("webhooks/reaction_message.json"));
        QCOMPARE(f.postMeta(body).status, 200);
        const Answer again = f.postMeta(body);
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.contains("duplicate"));
        QCOMPARE(f.head(), 1);
        QVERIFY(f.send("GET", QStringLiteral("/metrics"), {})
                    .body.contains("relay_webhooks_duplicate_total 1"));
        // The same bytes from another account are that account's webhook: stored.
        const QByteArray wati = R"({"eventType":"message","id":"same-bytes"})";
        QVERIFY(f.send("POST", QStringLiteral("/webhooks/wati/store"), wati,
                       {{"X-Webhook-Secret", "wati-secret"}})
                    .body.contains("\"stored\""));
        QVERIFY(f.send("POST", QStringLiteral("/webhooks/unipile/t5XY4yQzR9WVrlNFyzPMhw"), wati,
                       {{"Unipile-Auth", "unipile-secret"}})
                    .body.contains("\"stored\""));
        QCOMPARE(f.head(), 3);
    }

    void duplicatesInOneCommitAreStoredOnce()
    {
        Fixture f;
        const QByteArray body = fixture(QStringLiteral("webhooks/text_message.json"));
        QList<QNetworkReply *> replies;
        for (int n = 0; n < 6; ++n) { // sent together: they share a commit, or follow it
            QNetworkRequest request(QUrl(
                QStringLiteral("http://127.0.0.1:%1/webhooks/meta/277321005464405").arg(f.port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(body, f.appSecret));
            replies.append(f.network.post(request, body));
        }
        QTRY_VERIFY(std::all_of(replies.cbegin(), replies.cend(),
                                [](QNetworkReply *reply) { return reply->isFinished(); }));
        int stored = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            stored += reply->readAll().contains("duplicate") ? 0 : 1;
            reply->deleteLater();
        }
        QCOMPARE(stored, 1);
        QCOMPARE(f.head(), 1);
    }

    void accountsAddedWhileRunningTakeEffectAtOnce()
    {
        Fixture f;
        const QByteArray body = fixture(QStringLiteral("webhooks/text_message.json"));
        QCOMPARE(f.postMeta(body, QStringLiteral("555")).status, 404);
        {
            // Another connection to the file, as inboxctl has while the relay runs.
            auto directory = RelayDirectory::open(f.dir.path()).value();
            QVERIFY(!directory->addAccount({QStringLiteral("acme"),
                                            QStringLiteral("meta"),
                                            QStringLiteral("555"),
                                            "v",
                                            f.appSecret,
                                            {}}));
        }
        QCOMPARE(f.postMeta(body, QStringLiteral("555")).status, 200);
        QCOMPARE(f.head(), 1);
    }

    void aWrongTokenGetsAnErrorAndNothingElse()
    {
        Fixture f;
        QCOMPARE(f.postMeta(fixture(QStringLiteral("webhooks/text_message.json"))).status, 200);
        StreamProbe stranger(f.port, QStringLiteral("not-a-token"), 0);
        QTRY_VERIFY(stranger.closed);
        QCOMPARE(stranger.frames.size(), 1);
        QCOMPARE(stranger.frames.first().value(QStringLiteral("type")).toString(),
                 QStringLiteral("error"));
        QCOMPARE(stranger.frames.first().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthorized"));
    }

    void aRotatedTokenKeepsTheAgentsId()
    {
        Fixture f;
        StreamProbe before(f.port, f.agent, 0);
        QTRY_COMPARE(before.ofType(QStringLiteral("welcome")).size(), 1);
        QCOMPARE(before.ofType(QStringLiteral("welcome")).first().value(QStringLiteral("agent")),
                 QJsonValue(QStringLiteral("ana"))); // made from the name "Ana"
        QString rotated;
        {
            auto directory = RelayDirectory::open(f.dir.path()).value();
            rotated = directory->rotateToken(QStringLiteral("acme"), QStringLiteral("Ana"))->token;
            QVERIFY(
                !directory->addAgent(QStringLiteral("acme"), QStringLiteral("ANA"), Role::Agent));
        }
        StreamProbe old(f.port, f.agent, 0);
        QTRY_VERIFY(old.closed);
        QCOMPARE(old.ofType(QStringLiteral("error")).size(), 1);
        StreamProbe after(f.port, rotated, 0);
        QTRY_COMPARE(after.ofType(QStringLiteral("welcome")).size(), 1);
        QCOMPARE(after.ofType(QStringLiteral("welcome")).first().value(QStringLiteral("agent")),
                 QJsonValue(QStringLiteral("ana")));
    }

    void resumeGetsExactlyTheMissedRange()
    {
        Fixture f;
        const QByteArray body = fixture(QStringLiteral("webhooks/text_message.json"));
        for (int i = 0; i < 60; ++i) {
            QByteArray unique = body;
            unique.replace(unique.indexOf('{'), 1, "{\"n\":" + QByteArray::number(i) + ',');
            QCOMPARE(f.postMeta(unique).status, 200);
        }
        qint64 cursor = 0;
        QList<qint64> all;
        for (const int stopAfter : {7, 1, 19, 33}) {
            StreamProbe desk(f.port, f.agent, cursor);
            QTRY_VERIFY(desk.seqs().size() >= stopAfter);
            desk.socket.abort(); // gone mid-stream
            const QList<qint64> got = desk.seqs().mid(0, stopAfter);
            QCOMPARE(got.first(), cursor + 1);
            all += got;
            cursor = got.last();
        }
        StreamProbe rest(f.port, f.agent, cursor);
        QTRY_COMPARE(rest.seqs().size(), int(60 - cursor));
        all += rest.seqs();
        QList<qint64> expected;
        for (qint64 seq = 1; seq <= 60; ++seq)
            expected.append(seq);
        QCOMPARE(all, expected);
        QVERIFY(rest.ofType(QStringLiteral("reset")).isEmpty());
    }

    void aCursorPastTheRetentionGetsReset()
    {
        Fixture f;
        for (const char *name : {"webhooks/text_message.json", "webhooks/image_message.json"})
            QCOMPARE(f.postMeta(fixture(QLatin1String(name))).status, 200);
        QCOMPARE(f.relay->log().prune(QDateTime::currentDateTimeUtc().addSecs(1)), 2);
        QCOMPARE(f.postMeta(fixture(QStringLiteral("webhooks/location_message.json"))).status, 200);
        StreamProbe old(f.port, f.agent, 0);
        QTRY_COMPARE(old.seqs(), QList<qint64>{3});
        QCOMPARE(old.ofType(QStringLiteral("reset")).size(), 1);
        StreamProbe current(f.port, f.agent, 2);
        QTRY_COMPARE(current.seqs(), QList<qint64>{3});
        QVERIFY(current.ofType(QStringLiteral("reset")).isEmpty());
    }

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

    void rolesDecideWhoMayPublishWhat()
    {
        Fixture f;
        StreamProbe agent(f.port, f.agent, 0);
        StreamProbe manager(f.port, f.manager, 0);
        StreamProbe admin(f.port, f.admin, 0);
        QTRY_VERIFY(!agent.ofType(QStringLiteral("welcome")).isEmpty() &&
                    !manager.ofType(QStringLiteral("welcome")).isEmpty() &&
                    !admin.ofType(QStringLiteral("welcome")).isEmpty());
        const QJsonObject assign{{QStringLiteral("type"), QStringLiteral("assign")},
                                 {QStringLiteral("conversation"), QStringLiteral("meta:+5511")},
                                 {QStringLiteral("assignee"), QStringLiteral("1")}};
        agent.publish(QStringLiteral("a-1"), assign);
        QTRY_COMPARE(agent.ofType(QStringLiteral("error")).size(), 1);
        const QJsonObject refused = agent.ofType(QStringLiteral("error")).first();
        QCOMPARE(refused.value(QStringLiteral("clientId")).toString(), QStringLiteral("a-1"));
        QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QVERIFY(refused.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("managers")));
        QCOMPARE(f.head(), 0); // stored nowhere

        manager.publish(QStringLiteral("m-1"), assign);
        QTRY_COMPARE(manager.ofType(QStringLiteral("ack")).size(), 1);
        QCOMPARE(
            manager.ofType(QStringLiteral("ack")).first().value(QStringLiteral("seq")).toInteger(),
            1);
        for (StreamProbe *desk : {&agent, &manager, &admin}) {
            QTRY_COMPARE(desk->seqs(), QList<qint64>{1});
            const QJsonObject event = desk->ofType(QStringLiteral("event")).first();
            QCOMPARE(event.value(QStringLiteral("provider")).toString(), QStringLiteral("team"));
            const QJsonObject body = event.value(QStringLiteral("body")).toObject();
            QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("assign"));
            QCOMPARE(body.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")),
                     QStringLiteral("Marta"));
        }

        const QJsonObject edit{{QStringLiteral("type"), QStringLiteral("template")},
                               {QStringLiteral("name"), QStringLiteral("order_update")}};
        manager.publish(QStringLiteral("m-2"), edit);
        QTRY_COMPARE(manager.ofType(QStringLiteral("error")).size(), 1);
        admin.publish(QStringLiteral("ad-1"), edit);
        QTRY_COMPARE(admin.ofType(QStringLiteral("ack")).size(), 1);
        agent.publish(QStringLiteral("a-2"), {{QStringLiteral("type"), QStringLiteral("note")},
                                              {QStringLiteral("text"), QStringLiteral("VIP")}});
        QTRY_COMPARE(agent.ofType(QStringLiteral("ack")).size(), 1);
        QCOMPARE(f.head(), 3);
    }

    void anOrganisationSeesOnlyItsOwnEvents()
    {
        Fixture f;
        StreamProbe acme(f.port, f.agent, 0);
        StreamProbe globex(f.port, f.otherOrgAgent, 0);
        QTRY_VERIFY(!acme.ofType(QStringLiteral("welcome")).isEmpty() &&
                    !globex.ofType(QStringLiteral("welcome")).isEmpty());
        QCOMPARE(f.postMeta(fixture(QStringLiteral("webhooks/text_message.json"))).status, 200);
        acme.publish(QStringLiteral("n"), {{QStringLiteral("type"), QStringLiteral("note")}});
        QTRY_COMPARE(acme.seqs(), (QList<qint64>{1, 2}));
        QTest::qWait(200);
        QVERIFY(globex.ofType(QStringLiteral("event")).isEmpty());
        QCOMPARE(f.head(QStringLiteral("globex")), 0);
    }

    void healthAndMetrics()
    {
        Fixture f;
        QCOMPARE(f.send("GET", QStringLiteral("/healthz"), {}).status, 200);
        StreamProbe desk(f.port, f.agent, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        QCOMPARE(f.postMeta(fixture(QStringLiteral("webhooks/text_message.json"))).status, 200);
        const QByteArray metrics = f.send("GET", QStringLiteral("/metrics"), {}).body;
        for (const char *line :
             {"relay_webhooks_received_total{provider=\"meta\"} 1",
              "relay_webhooks_stored_total{provider=\"meta\"} 1", "relay_clients_connected 1",
              "relay_commit_seconds_count 1", "# TYPE relay_commit_seconds histogram"}) {
            QVERIFY2(metrics.contains(line), line);
        }
        QCOMPARE(f.send("GET", QStringLiteral("/nowhere"), {}).status, 404);
    }

    void aClientThatFallsBehindIsDroppedAndResumes()
    {
        // A send queue of one byte: the first live event already puts the client over it.
        Fixture f([](RelayOptions &options) { options.maxClientQueueBytes = 1; });
        StreamProbe slow(f.port, f.agent, 0);
        QTRY_COMPARE(slow.ofType(QStringLiteral("welcome")).size(), 1);
        QCOMPARE(f.postMeta(fixture(QStringLiteral("webhooks/text_message.json"))).status, 200);
        QTRY_VERIFY(slow.closed);
        QCOMPARE(f.relay->metrics().text(0, 0, 0).isEmpty(), false);
        StreamProbe back(f.port, f.agent, slow.seqs().isEmpty() ? 0 : slow.seqs().last());
        QTRY_COMPARE(back.seqs().size() + slow.seqs().size(), 1);
    }

    void framesOverTheLimitCloseTheSocket()
    {
        Fixture f;
        StreamProbe desk(f.port, f.agent, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        desk.publish(QStringLiteral("big"), {{QStringLiteral("type"), QStringLiteral("note")},
                                             {QStringLiteral("text"), QString(70 * 1024, u'x')}});
        QTRY_VERIFY(desk.closed);
        QCOMPARE(f.head(), 0);
    }

    void aRevokedTokenIsCutOff()
    {
        Fixture f(
            [](RelayOptions &options) { options.pingEvery = std::chrono::milliseconds(100); });
        StreamProbe desk(f.port, f.agent, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        QVERIFY(!f.relay->directory().revokeAgent(QStringLiteral("acme"), QStringLiteral("Ana")));
        QTRY_VERIFY(desk.closed);
        StreamProbe again(f.port, f.agent, 0);
        QTRY_VERIFY(again.closed);
        QCOMPARE(again.ofType(QStringLiteral("error")).size(), 1);
    }

    void tlsServesWebhooksAndTheStream()
    {
        QTemporaryDir keys;
        const QString cert = keys.filePath(QStringLiteral("cert.pem"));
        const QString key = keys.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl could not make a test certificate");
        QFile certFile(cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        Fixture f;
        f.relay->sslSetup(certificate, QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        const quint16 port = f.relay->listen(QHostAddress::LocalHost, 0);

        // The client trusts exactly this certificate.
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates({certificate});
        QNetworkRequest request(
            QUrl(QStringLiteral("https://127.0.0.1:%1/webhooks/meta/277321005464405").arg(port)));
        request.setSslConfiguration(trust);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body = fixture(QStringLiteral("webhooks/text_message.json"));
        request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(body, f.appSecret));
        QNetworkReply *reply = f.network.post(request, body);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        QWebSocket socket;
        QList<QJsonObject> frames;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&frames](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&socket, &QWebSocket::connected, this, [&] {
            socket.sendTextMessage(
                QStringLiteral(R"({"type":"hello","token":"%1","cursor":0})").arg(f.agent));
        });
        socket.setSslConfiguration(trust);
        socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/stream").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 2, 10000); // welcome, then the event
        QCOMPARE(frames.at(1).value(QStringLiteral("seq")).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
