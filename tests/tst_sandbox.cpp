// The sandbox as the far side of the network: the provider clients talk to it, and its signed
// webhooks arrive at a local receiver that checks them the way the relay will.
#include "Sandbox.h"
#include "meta/MetaClient.h"
#include "meta/MetaWebhook.h"
#include "wati/WatiClient.h"
#include "wati/WatiWebhook.h"

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QTest>

using namespace inbox;
using namespace std::chrono_literals;

namespace {

/// Collects the webhooks the sandbox posts, with the headers that prove where they come from.
class WebhookReceiver
{
public:
    struct Received
    {
        QString path;
        QByteArray signature;
        QByteArray secret;
        QByteArray body;
    };

    WebhookReceiver()
    {
        m_server.route(
            QStringLiteral("/<arg>"), [this](const QUrl &, const QHttpServerRequest &request) {
                received.append({request.url().path(), request.value("X-Hub-Signature-256"),
                                 request.value("X-Webhook-Secret"), request.body()});
                return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
            });
        m_port = m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    QList<Received> received;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

template<class T>
T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 10000))
        qFatal("no answer within 10 s");
    return future.result();
}

// moc misreads a raw string holding "(#" inside a class, so answers live out here.
const QByteArray outsideWindow =
    R"({"error":{"message":"(#131047) Re-engagement message","code":131047}})";

OutgoingMessage text(const QString &to, const QString &body)
{
    OutgoingMessage m;
    m.to = to;
    m.text = body;
    return m;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metaSendThenSignedStatusesSentDeliveredRead()
    {
        WebhookReceiver receiver;
        SandboxConfig config;
        config.metaWebhookUrl = receiver.url(QStringLiteral("/webhooks/meta/sandbox"));
        config.statusStep = 50ms;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        MetaClient client(&network, {config.metaPhoneNumberId, config.metaWabaId, config.metaToken,
                                     sandbox.metaBaseUrl()});

        const SendResult sent =
            wait(client.send(text(QStringLiteral("+5511987654321"), QStringLiteral("Olá!"))));
        QVERIFY(sent.ok());
        QVERIFY(sent.externalId.startsWith(QStringLiteral("wamid.")));

        QTRY_COMPARE(receiver.received.size(), 3);
        QStringList statuses;
        for (const auto &webhook : receiver.received) {
            QCOMPARE(meta::verifySignature(webhook.body, webhook.signature, config.metaAppSecret),
                     meta::SignatureCheck::Valid);
            const auto events = meta::parseWebhook(webhook.body);
            QVERIFY(events);
            const auto status = std::get<StatusEvent>(events->first());
            QCOMPARE(status.externalId, sent.externalId);
            QCOMPARE(status.recipient, QStringLiteral("+5511987654321"));
            statuses << status.status;
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("sent"), QStringLiteral("delivered"),
                                        QStringLiteral("read")}));
    }

    void failuresOnDemand()
    {
        SandboxConfig config;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        MetaClient client(&network, {config.metaPhoneNumberId, config.metaWabaId, config.metaToken,
                                     sandbox.metaBaseUrl()});
        client.setRetryPolicy({3, 10ms, 20ms});

        sandbox.failNext(QStringLiteral("/messages"), 429, "{}", "1");
        QVERIFY(
            wait(client.send(text(QStringLiteral("+14155552671"), QStringLiteral("one")))).ok());
        QCOMPARE(sandbox.requests().size(), 2);
        QCOMPARE(sandbox.requests()[0].answeredStatus, 429);
        QCOMPARE(sandbox.requests()[1].answeredStatus, 200);

        sandbox.failNext(QStringLiteral("/messages"), 400, outsideWindow);
        const SendResult late =
            wait(client.send(text(QStringLiteral("+14155552671"), QStringLiteral("late"))));
        QCOMPARE(late.error->code, QStringLiteral("131047"));

        MetaClient wrongToken(&network, {config.metaPhoneNumberId, config.metaWabaId, "expired",
                                         sandbox.metaBaseUrl()});
        const SendResult refused =
            wait(wrongToken.send(text(QStringLiteral("+14155552671"), QStringLiteral("x"))));
        QCOMPARE(refused.error->code, QStringLiteral("190"));
        QVERIFY(refused.error->advice.contains(QStringLiteral("reconnect")));
    }

    void watiSendAndWebhooksWithTheSecret()
    {
        WebhookReceiver receiver;
        SandboxConfig config;
        config.watiWebhookUrl = receiver.url(QStringLiteral("/webhooks/wati/sandbox"));
        config.statusStep = 50ms;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        WatiClient client(&network, {sandbox.watiBaseUrl(), config.watiToken});
        const SendResult sent =
            wait(client.send(text(QStringLiteral("+5511987654321"), QStringLiteral("Oi"))));
        QVERIFY(sent.ok());
        QTRY_COMPARE(receiver.received.size(), 3);
        QStringList statuses;
        for (const auto &webhook : receiver.received) {
            QVERIFY(wati::verifySecret(webhook.secret, config.watiWebhookSecret));
            const auto events = wati::parseWebhook(webhook.body);
            QVERIFY(events);
            for (const ProviderEvent &event : events.value()) {
                if (const auto *status = std::get_if<StatusEvent>(&event)) {
                    QCOMPARE(status->externalId, sent.externalId);
                    statuses << status->status;
                }
            }
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("sent"), QStringLiteral("delivered"),
                                        QStringLiteral("read")}));
    }

    void simulatedCustomersWrite()
    {
        WebhookReceiver receiver;
        SandboxConfig config;
        config.metaWebhookUrl = receiver.url(QStringLiteral("/webhooks/meta/sandbox"));
        config.watiWebhookUrl = receiver.url(QStringLiteral("/webhooks/wati/sandbox"));
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        sandbox.customerWrites(QStringLiteral("meta"), QStringLiteral("5511987654321"),
                               QStringLiteral("Joana"), QStringLiteral("Oi, tudo bem?"));
        sandbox.customerWrites(QStringLiteral("wati"), QStringLiteral("447400123456"),
                               QStringLiteral("Oliver"), QStringLiteral("Hello"));
        QTRY_COMPARE(receiver.received.size(), 2);
        for (const auto &webhook : receiver.received) {
            MessageEvent message;
            if (webhook.path.contains(QStringLiteral("meta"))) {
                QCOMPARE(
                    meta::verifySignature(webhook.body, webhook.signature, config.metaAppSecret),
                    meta::SignatureCheck::Valid);
                message = std::get<MessageEvent>(meta::parseWebhook(webhook.body)->first());
                QCOMPARE(message.from, QStringLiteral("+5511987654321"));
                QCOMPARE(message.customerName, QStringLiteral("Joana"));
            } else {
                message = std::get<MessageEvent>(wati::parseWebhook(webhook.body)->first());
                QCOMPARE(message.from, QStringLiteral("+447400123456"));
            }
            QCOMPARE(message.direction, Direction::Inbound);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
