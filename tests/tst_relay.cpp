// SPDX-License-Identifier: GPL-3.0-or-later
// inbox-relay in-process, on real sockets and real files: signed webhooks in, refusals that store
// nothing, duplicates, accounts changed while it runs, health, metrics and TLS.
#include "RelayFixture.h"
#include "StreamProbe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <algorithm>

using namespace inbox;
using namespace inbox::relay;
using inbox::test::StreamProbe;
using Answer = inbox::test::RelayAnswer;
using Fixture = inbox::test::RelayFixture;
using inbox::test::metaFixture;

class TestRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void behindATrustedProxyTheAllowListSeesTheClient()
    {
        const QByteArray body = metaFixture(QStringLiteral("webhooks/text_message.json"));
        auto post = [&](Fixture &f, const QByteArray &forwardedFor) {
            QList<std::pair<QByteArray, QByteArray>> headers{{"X-Webhook-Secret", "wati-secret"}};
            if (!forwardedFor.isEmpty())
                headers.append({"X-Forwarded-For", forwardedFor});
            return f.send("POST", QStringLiteral("/webhooks/wati/fenced"), body, headers).status;
        };
        // The account takes webhooks from 10.0.0.0/8 only; the test posts from 127.0.0.1.
        {
            Fixture direct; // no proxy trusted: the header is the client's word, not believed
            QCOMPARE(post(direct, "10.1.2.3"), 403);
        }
        Fixture proxied([](RelayOptions &options) {
            options.trustedProxies =
                RelayDirectory::parseAllowList({QStringLiteral("127.0.0.1/32")}).value();
        });
        QCOMPARE(post(proxied, "10.1.2.3"), 200);
        QCOMPARE(post(proxied, "203.0.113.9"), 403);
        // What the client wrote before the proxy's own entry does not count.
        QCOMPARE(post(proxied, "10.9.9.9, 203.0.113.9"), 403);
        QCOMPARE(post(proxied, "not an address"), 403);
        QCOMPARE(post(proxied, {}), 403); // the proxy itself is not in the list
    }

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
        const QJsonObject vector =
            QJsonDocument::fromJson(metaFixture(QStringLiteral("signature_vector.json"))).object();
        const QByteArray raw = vector.value(QStringLiteral("raw_body")).toString().toUtf8();
        const Answer stored =
            f.send("POST", QStringLiteral("/webhooks/meta/277321005464405"), raw,
                   {{"X-Hub-Signature-256",
                     vector.value(QStringLiteral("x_hub_signature_256")).toString().toUtf8()}});
        QCOMPARE(stored.status, 200);
        QVERIFY(stored.body.contains("stored"));

        // A real webhook with \uXXXX escapes is passed on byte for byte.
        const QByteArray image = metaFixture(QStringLiteral("webhooks/image_message.json"));
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
        const QByteArray body = metaFixture(QStringLiteral("webhooks/text_message.json"));
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
            {"one JSON value, not an object", f.postMeta("7"), 400},
            {"not UTF-8", f.postMeta("{\"name\": \"\xff\"}"), 400},
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
        const QByteArray body = metaFixture(QStringLiteral("webhooks/reaction_message.json"));
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
        const QByteArray body = metaFixture(QStringLiteral("webhooks/text_message.json"));
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
        const QByteArray body = metaFixture(QStringLiteral("webhooks/text_message.json"));
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

    void healthAndMetrics()
    {
        Fixture f;
        QCOMPARE(f.send("GET", QStringLiteral("/healthz"), {}).status, 200);
        StreamProbe desk(f.port, f.agent, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        QCOMPARE(f.postMeta(metaFixture(QStringLiteral("webhooks/text_message.json"))).status, 200);
        const QByteArray metrics = f.send("GET", QStringLiteral("/metrics"), {}).body;
        for (const char *line :
             {"relay_webhooks_received_total{provider=\"meta\"} 1",
              "relay_webhooks_stored_total{provider=\"meta\"} 1", "relay_clients_connected 1",
              "relay_commit_seconds_count 1", "# TYPE relay_commit_seconds histogram"}) {
            QVERIFY2(metrics.contains(line), line);
        }
        QCOMPARE(f.send("GET", QStringLiteral("/nowhere"), {}).status, 404);
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
        const quint16 port = f.relay->open(
            QHostAddress::LocalHost, 0,
            relay::Relay::tlsConfiguration(certificate, QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem)));

        // The client trusts exactly this certificate.
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates({certificate});
        QNetworkRequest request(
            QUrl(QStringLiteral("https://127.0.0.1:%1/webhooks/meta/277321005464405").arg(port)));
        request.setSslConfiguration(trust);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body = metaFixture(QStringLiteral("webhooks/text_message.json"));
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
        // The welcome, the team's accounts (none here), who is online, then the event.
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 4, 10000);
        QCOMPARE(frames.at(1).value(QStringLiteral("accounts")).toArray().size(), 0);
        QCOMPARE(frames.at(2).value(QStringLiteral("type")).toString(), QStringLiteral("presence"));
        QCOMPARE(frames.at(3).value(QStringLiteral("seq")).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
