// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as the far side of the network: the provider clients talk to it, and its signed
// webhooks arrive at a local receiver that checks them the way the relay will.
#include "Sandbox.h"
#include "common/WebhookGuard.h"
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
        WatiClient client(&network, {.baseUrl = sandbox.watiBaseUrl(), .token = config.watiToken});
        const SendResult sent =
            wait(client.send(text(QStringLiteral("+5511987654321"), QStringLiteral("Oi"))));
        QVERIFY(sent.ok());
        QTRY_COMPARE(receiver.received.size(), 3);
        QStringList statuses;
        for (const auto &webhook : receiver.received) {
            QVERIFY(webhook::verifySecret(webhook.secret, config.watiWebhookSecret));
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

    void customersSendEveryKindTheProvidersDo()
    {
        WebhookReceiver receiver;
        SandboxConfig config;
        config.metaWebhookUrl = receiver.url(QStringLiteral("/webhooks/meta/sandbox"));
        config.watiWebhookUrl = receiver.url(QStringLiteral("/webhooks/wati/sandbox"));
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QStringList expected;
        for (const QString &provider : {QStringLiteral("meta"), QStringLiteral("wati")}) {
            for (const QString &kind : sandbox.customerKinds(provider)) {
                sandbox.customerWrites(
                    {provider, QStringLiteral("5511987654321"), QStringLiteral("Joana"), kind,
                     QStringLiteral("Oi"),
                     kind == QLatin1String("reaction") ? QStringLiteral("wamid.OURS") : QString()});
                expected << provider + QLatin1Char(':') + kind;
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), expected.size(), 10000);
        QStringList seen;
        for (const auto &webhook : receiver.received) {
            const bool isMeta = webhook.path.contains(QStringLiteral("meta"));
            if (isMeta) {
                QCOMPARE(
                    meta::verifySignature(webhook.body, webhook.signature, config.metaAppSecret),
                    meta::SignatureCheck::Valid);
            }
            const auto events =
                isMeta ? meta::parseWebhook(webhook.body) : wati::parseWebhook(webhook.body);
            QVERIFY(events);
            const auto &message = std::get<MessageEvent>(events->first());
            QCOMPARE(message.from, QStringLiteral("+5511987654321"));
            QCOMPARE(message.direction, Direction::Inbound);
            if (message.kind == QLatin1String("image") || message.kind == QLatin1String("document"))
                QVERIFY2(message.media, webhook.body.constData());
            if (message.kind == QLatin1String("reaction"))
                QCOMPARE(message.replyTo, QStringLiteral("wamid.OURS"));
            if (message.kind == QLatin1String("interactive") ||
                message.kind == QLatin1String("button")) {
                QCOMPARE(message.text, QStringLiteral("Oi"));
            }
            seen << (isMeta ? QStringLiteral("meta:") : QStringLiteral("wati:")) + message.kind;
        }
        seen.sort();
        expected.sort();
        QCOMPARE(seen, expected);
    }

    void aScriptIsCheckedThenPlayedInOrder()
    {
        WebhookReceiver receiver;
        SandboxConfig config;
        config.metaWebhookUrl = receiver.url(QStringLiteral("/webhooks/meta/sandbox"));
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        const QString bad = sandbox.playScript(
            R"([{"provider":"meta","from":"5511987654321","kind":"text","text":"a"},
                {"provider":"meta","from":"5511987654321","kind":"hologram"}])");
        QVERIFY2(bad.contains(QStringLiteral("step 2")) && bad.contains(QStringLiteral("hologram")),
                 qPrintable(bad));
        QVERIFY(!sandbox.playScript("not json").isEmpty());
        QTest::qWait(100);
        QCOMPARE(receiver.received.size(), 0); // a refused script plays nothing
        QCOMPARE(sandbox.playScript(
                     R"([{"provider":"meta","from":"5511987654321","name":"Joana","text":"first"},
                         {"afterMs":50,"provider":"meta","from":"5511987654321","kind":"location",
                          "text":"Loja Paulista"}])"),
                 QString());
        QTRY_COMPARE(receiver.received.size(), 2);
        const auto first =
            std::get<MessageEvent>(meta::parseWebhook(receiver.received[0].body)->first());
        const auto second =
            std::get<MessageEvent>(meta::parseWebhook(receiver.received[1].body)->first());
        QCOMPARE(first.text, QStringLiteral("first"));
        QCOMPARE(second.kind, QStringLiteral("location"));
    }

    void watiTenantServesTemplatesHistoryContactsAndOperators()
    {
        SandboxConfig config;
        config.statusStep = 20ms;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        WatiClient client(&network, {.baseUrl = sandbox.watiBaseUrl(), .token = config.watiToken});

        const auto templates = wait(client.listTemplates({}));
        QVERIFY(templates);
        const MessageTemplate order = templates->templates.first();
        QCOMPARE(order.name, QStringLiteral("order_update"));
        const TemplateComponent body = order.components.first();
        QCOMPARE(body.text, QStringLiteral("Hi {{1}}, your order {{2}} is on its way."));

        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.kind = MessageKind::Template;
        m.templateName = order.name;
        m.templateValues = {{1, QStringLiteral("Joana")}};
        m.templateParameterNames = body.parameterNames;
        SendResult sent = wait(client.send(m));
        QVERIFY(!sent.ok()); // WATI refuses a template with a value missing, in words
        QCOMPARE(sent.error->title, QStringLiteral("Parameter order_number is missing"));
        m.templateValues.insert(2, QStringLiteral("#1234"));
        sent = wait(client.send(m));
        QVERIFY(sent.ok());

        sandbox.customerWrites(QStringLiteral("wati"), QStringLiteral("5511987654321"),
                               QStringLiteral("Joana"), QStringLiteral("Chegou, obrigada!"));
        const auto history = wait(client.fetchHistory(QStringLiteral("+5511987654321"), {}));
        QVERIFY(history);
        QCOMPARE(history->messages.size(), 2);
        QCOMPARE(history->messages[0].text, QStringLiteral("Chegou, obrigada!"));
        QCOMPARE(history->messages[0].direction, Direction::Inbound);
        QCOMPARE(history->messages[1].text,
                 QStringLiteral("Hi Joana, your order #1234 is on its way."));
        QCOMPARE(history->messages[1].direction, Direction::Outbound);

        const ContactCard joana{QStringLiteral("+5511987654321"),
                                QStringLiteral("Joana Prado"),
                                {{QStringLiteral("city"), QStringLiteral("Campinas")}}};
        QVERIFY(wait(client.upsertContact(joana)));
        QVERIFY(wait(client.upsertContact(joana))); // the second time updates
        const auto contacts = wait(client.listContacts(1));
        QVERIFY(contacts);
        QCOMPARE(contacts->size(), 1);
        QCOMPARE(contacts->first().fields.value(QStringLiteral("city")),
                 QStringLiteral("Campinas"));

        QVERIFY(wait(client.assignOperator(m.to, QStringLiteral("marta@sandbox.example"))));
        QVERIFY(!wait(client.assignOperator(m.to, QStringLiteral("ghost@sandbox.example"))));
    }

    void metaTemplatesAreReviewedAndEditable()
    {
        WebhookReceiver receiver;
        SandboxConfig config;
        config.metaWebhookUrl = receiver.url(QStringLiteral("/webhooks/meta/sandbox"));
        config.statusStep = 20ms;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        MetaClient client(&network, {config.metaPhoneNumberId, config.metaWabaId, config.metaToken,
                                     sandbox.metaBaseUrl()});
        MessageTemplate t;
        t.name = QStringLiteral("pickup_ready");
        t.language = QStringLiteral("en_US");
        t.category = QStringLiteral("UTILITY");
        t.components = {{TemplateComponent::Type::Body,
                         {},
                         QStringLiteral("Hi {{1}}, your order is ready for pickup."),
                         {},
                         {}}};
        const auto created = wait(client.createTemplate(t, {{1, QStringLiteral("Ana")}}));
        QVERIFY(created);
        QTRY_COMPARE(receiver.received.size(), 1);
        const auto review = meta::parseWebhook(receiver.received.first().body);
        const auto status = std::get<TemplateStatusEvent>(review->first());
        QCOMPARE(status.name, QStringLiteral("pickup_ready"));
        QCOMPARE(status.status, QStringLiteral("APPROVED"));

        auto listed = wait(client.listTemplates({}));
        QVERIFY(listed);
        const auto found = std::find_if(
            listed->templates.cbegin(), listed->templates.cend(),
            [](const MessageTemplate &m) { return m.name == QLatin1String("pickup_ready"); });
        QVERIFY(found != listed->templates.cend());
        QCOMPARE(found->providerId, created.value());
        QCOMPARE(found->status, QStringLiteral("APPROVED"));

        MessageTemplate edited = *found;
        edited.components.first().text = QStringLiteral("Hi {{1}}, come and get it!");
        QVERIFY(wait(client.editTemplate(edited, {{1, QStringLiteral("Ana")}})));
        listed = wait(client.listTemplates({}));
        const auto after = std::find_if(
            listed->templates.cbegin(), listed->templates.cend(),
            [](const MessageTemplate &m) { return m.name == QLatin1String("pickup_ready"); });
        QCOMPARE(after->components.first().text, QStringLiteral("Hi {{1}}, come and get it!"));
        QTRY_COMPARE(receiver.received.size(), 2); // an edit is reviewed again
        QVERIFY(wait(client.deleteTemplate(QStringLiteral("pickup_ready"))));
        QVERIFY(!wait(client.deleteTemplate(QStringLiteral("pickup_ready"))));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
