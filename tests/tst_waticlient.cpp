// WatiClient's requests against a local stand-in for a WATI tenant.
#include "ScriptedProvider.h"
#include "wati/WatiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace inbox;
using namespace std::chrono_literals;

namespace {

SendResult wait(QFuture<SendResult> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 10000))
        qFatal("no answer within 10 s");
    return future.result();
}

// Answers as WATI gives them (kept outside the class: moc cannot read raw strings there).
const QByteArray sessionAccepted =
    R"({"result":true,"message":{"id":"6349a1b2c3","whatsappMessageId":"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjA1QkM0RTYA"}})";
const QByteArray templateAccepted =
    R"({"result":true,"error":null,"templateName":"order_update","receivers":[{"localMessageId":"d38f0c3a-e833-4725-a894-53a2b1dc1af6","waId":"5511987654321","isValidWhatsAppNumber":true,"errors":[]}],"parameters":[]})";
const QByteArray refused = R"({"result":false,"info":"Invalid WhatsApp number"})";

} // namespace

class TestWatiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionMessage()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, sessionAccepted, {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {wati.base(), "wati-token"});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.text = QStringLiteral("Olá, Joana & família!");
        const SendResult result = wait(client.send(m));
        QVERIFY(result.ok());
        QCOMPARE(result.externalId,
                 QStringLiteral("wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjA1QkM0RTYA"));
        const auto &seen = wati.seen().first();
        QCOMPARE(seen.method, QHttpServerRequest::Method::Post);
        QCOMPARE(seen.path, QStringLiteral("/4321/api/v1/sendSessionMessage/5511987654321"));
        QCOMPARE(
            QUrlQuery(seen.query).queryItemValue(QStringLiteral("messageText"), QUrl::FullyDecoded),
            QStringLiteral("Olá, Joana & família!"));
        QCOMPARE(seen.authorization, QByteArray("Bearer wati-token"));
    }

    void templateMessage()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, templateAccepted, {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {wati.base(), "wati-token", QStringLiteral("inbox-demo")});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.kind = MessageKind::Template;
        m.templateName = QStringLiteral("order_update");
        m.templateValues = {{2, QStringLiteral("#1234")}, {1, QStringLiteral("Joana")}};
        const SendResult result = wait(client.send(m));
        QVERIFY(result.ok());
        QCOMPARE(result.externalId, QStringLiteral("d38f0c3a-e833-4725-a894-53a2b1dc1af6"));
        const auto &seen = wati.seen().first();
        QCOMPARE(seen.path, QStringLiteral("/4321/api/v1/sendTemplateMessage"));
        QCOMPARE(QUrlQuery(seen.query).queryItemValue(QStringLiteral("whatsappNumber")),
                 QStringLiteral("5511987654321"));
        const QJsonObject body = QJsonDocument::fromJson(seen.body).object();
        QCOMPARE(body.value(QStringLiteral("template_name")).toString(),
                 QStringLiteral("order_update"));
        QCOMPARE(body.value(QStringLiteral("broadcast_name")).toString(),
                 QStringLiteral("inbox-demo"));
        const QJsonArray parameters = body.value(QStringLiteral("parameters")).toArray();
        QCOMPARE(parameters.size(), 2);
        QCOMPARE(parameters[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(parameters[0].toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("Joana"));
    }

    void resultFalseIsAFailureInWords()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, refused, {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {wati.base(), "t"});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.text = QStringLiteral("hi");
        const SendResult result = wait(client.send(m));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->title, QStringLiteral("Invalid WhatsApp number"));
        QCOMPARE(result.error->httpStatus, 200);
        QVERIFY(!result.error->retryable);
        QCOMPARE(wati.seen().size(), 1);
    }

    void wrongTokenSaysWhatToDo()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Unauthorized, "{}", {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {wati.base(), "wrong"});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.text = QStringLiteral("hi");
        const SendResult result = wait(client.send(m));
        QVERIFY(!result.ok());
        QVERIFY(result.error->advice.contains(QStringLiteral("token")));
    }

    void whatWatiCannotDoSaysSo()
    {
        QNetworkAccessManager network;
        WatiClient client(&network, {QUrl(QStringLiteral("http://127.0.0.1:9")), "t"});
        OutgoingMessage location;
        location.kind = MessageKind::Location;
        SendResult result = wait(client.send(location));
        QVERIFY(!result.ok());
        QVERIFY(result.error->advice.contains(QStringLiteral("location")));
        result = wait(client.markRead(QStringLiteral("wamid.X")));
        QVERIFY(!result.ok());
        QVERIFY(result.error->advice.contains(QStringLiteral("read")));
    }
};

QTEST_GUILESS_MAIN(TestWatiClient)
#include "tst_waticlient.moc"
