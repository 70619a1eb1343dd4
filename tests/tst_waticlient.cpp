// SPDX-License-Identifier: GPL-3.0-or-later
// WatiClient's requests against a local stand-in for a WATI tenant.
#include "ScriptedProvider.h"
#include "Waiting.h"
#include "wati/WatiClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace inbox;
using test::outgoing;
using test::waitFor;
using namespace std::chrono_literals;

namespace {

// Answers as WATI gives them (kept outside the class: moc cannot read raw strings there).
const QByteArray sessionAccepted =
    R"({"result":true,"message":{"id":"6349a1b2c3","whatsappMessageId":"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjA1QkM0RTYA"}})";
const QByteArray templateAccepted =
    R"({"result":true,"error":null,"templateName":"order_update","receivers":[{"localMessageId":"d38f0c3a-e833-4725-a894-53a2b1dc1af6","waId":"5511987654321","isValidWhatsAppNumber":true,"errors":[]}],"parameters":[]})";
const QByteArray refused = R"({"result":false,"info":"Invalid WhatsApp number"})";
const QByteArray fileAccepted =
    R"({"result":true,"data":{"id":"6349a1b2d4","whatsappMessageId":"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEkZJTEUA"}})";
const QByteArray contactAdded =
    R"({"result":true,"contact":{"id":"64f0c0ffee","wAid":"5511987654321","fullName":"Joana Prado"}})";
const QByteArray contactExists = R"({"result":false,"info":"Contact already exists"})";
const QByteArray attributesUpdated = R"({"result":true})";
const QByteArray contactPage =
    R"({"result":"success","contact_list":[{"id":"64f0c0ffee","wAid":"5511987654321","firstName":"Joana","fullName":"Joana Prado","phone":"5511987654321","contactStatus":"VALID","customParams":[{"name":"city","value":"Campinas"},{"name":"plan","value":"gold"}]},{"id":"64f0c0ffef","wAid":"5215512345678","firstName":"Luis","fullName":"","customParams":[]}],"link":{"prevPage":null,"nextPage":null},"pageNumber":1,"pageSize":100})";
const QByteArray operatorAssigned = R"({"result":true,"info":"Operator assigned"})";
const QByteArray unknownOperator = R"({"result":false,"info":"Operator not found"})";

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(INBOX_FIXTURES_DIR "/wati/api/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

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
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "wati-token"});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.text = QStringLiteral("Olá, Joana & família!");
        const SendResult result = waitFor(client.send(m));
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
        WatiClient client(&network, {.baseUrl = wati.base(),
                                     .token = "wati-token",
                                     .broadcastName = QStringLiteral("inbox-demo")});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.kind = MessageKind::Template;
        m.templateName = QStringLiteral("order_update");
        m.templateValues = {{2, QStringLiteral("#1234")}, {1, QStringLiteral("Joana")}};
        const SendResult result = waitFor(client.send(m));
        QVERIFY(result.ok());
        QCOMPARE(result.externalId, QStringLiteral("d38f0c3a-e833-4725-a894-53a2b1dc1af6"));
        const auto &seen = wati.seen().first();
        QCOMPARE(seen.path, QStringLiteral("/4321/api/v2/sendTemplateMessage"));
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
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "t"});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.text = QStringLiteral("hi");
        const SendResult result = waitFor(client.send(m));
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
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "wrong"});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.text = QStringLiteral("hi");
        const SendResult result = waitFor(client.send(m));
        QVERIFY(!result.ok());
        QVERIFY(result.error->advice.contains(QStringLiteral("token")));
    }

    void whatWatiCannotDoSaysSo()
    {
        QNetworkAccessManager network;
        WatiClient client(&network,
                          {.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")), .token = "t"});
        OutgoingMessage location;
        location.kind = MessageKind::Location;
        SendResult result = waitFor(client.send(location));
        QVERIFY(!result.ok());
        QVERIFY(result.error->advice.contains(QStringLiteral("location")));
        result = waitFor(client.markRead(QStringLiteral("wamid.X")));
        QVERIFY(!result.ok());
        QVERIFY(result.error->advice.contains(QStringLiteral("read")));
    }

    void templateValuesGoByWatisParameterNames()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, templateAccepted, {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "t"});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.kind = MessageKind::Template;
        m.templateName = QStringLiteral("order_update");
        m.templateValues = {{1, QStringLiteral("Joana")}, {2, QStringLiteral("#1234")}};
        m.templateParameterNames = {QStringLiteral("name"), QStringLiteral("order_number")};
        QVERIFY(waitFor(client.send(m)).ok());
        const QJsonArray parameters = QJsonDocument::fromJson(wati.seen().first().body)
                                          .object()
                                          .value(QStringLiteral("parameters"))
                                          .toArray();
        QCOMPARE(parameters[1].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("order_number"));
        QCOMPARE(parameters[1].toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("#1234"));
    }

    void fileGoesAsMultipartWithItsCaption()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("boleto.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7 boleto");
        file.close();
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, fileAccepted, {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "t"});
        OutgoingMessage m;
        m.to = QStringLiteral("+5511987654321");
        m.kind = MessageKind::Document;
        m.text = QStringLiteral("Segue o boleto");
        MediaInfo media;
        media.localPath = path;
        media.mimeType = QStringLiteral("application/pdf");
        m.media = media;
        const SendResult result = waitFor(client.send(m));
        QVERIFY2(result.ok(), result.error ? qPrintable(result.error->title) : "");
        QCOMPARE(result.externalId, QStringLiteral("wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEkZJTEUA"));
        const auto &seen = wati.seen().first();
        QCOMPARE(seen.path, QStringLiteral("/4321/api/v1/sendSessionFile/5511987654321"));
        QCOMPARE(
            QUrlQuery(seen.query).queryItemValue(QStringLiteral("caption"), QUrl::FullyDecoded),
            QStringLiteral("Segue o boleto"));
        QVERIFY(seen.contentType.startsWith("multipart/form-data"));
        QVERIFY(seen.body.contains("name=\"file\""));
        QVERIFY(seen.body.contains("filename=\"boleto.pdf\""));
        QVERIFY(seen.body.contains("%PDF-1.7 boleto"));

        m.media->localPath = dir.filePath(QStringLiteral("gone.pdf"));
        const SendResult missing = waitFor(client.send(m));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error->advice.contains(QStringLiteral("attach")));
        QCOMPARE(wati.seen().size(), 1);
    }

    void templatesAreReadAndKeptFiveMinutes()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        const QByteArray list = fixture("getMessageTemplates.json");
        wati.script({{QHttpServerResponder::StatusCode::Ok, list, {}},
                     {QHttpServerResponder::StatusCode::Ok, list, {}}});
        QNetworkAccessManager network;
        WatiClient client(
            &network,
            {.baseUrl = wati.base(), .token = "t", .accountId = QStringLiteral("wati-store")});
        const auto page = waitFor(client.listTemplates({}));
        QVERIFY(page);
        QCOMPARE(page->nextCursor, QStringLiteral("2"));
        QCOMPARE(page->templates.size(), 2);
        const MessageTemplate &order = page->templates.first();
        QCOMPARE(order.name, QStringLiteral("order_update"));
        QCOMPARE(order.language, QStringLiteral("en_US"));
        QCOMPARE(order.status, QStringLiteral("APPROVED"));
        QCOMPARE(order.accountId, QStringLiteral("wati-store"));
        QVERIFY(order.isSendable());
        QCOMPARE(order.components.size(), 4);
        const TemplateComponent &body = order.components.at(1);
        QCOMPARE(body.type, TemplateComponent::Type::Body);
        QCOMPARE(body.text,
                 QStringLiteral("Hi {{1}}, your order {{2}} is on its way. Thanks, {{1}}!"));
        QCOMPARE(body.parameterNames,
                 QStringList({QStringLiteral("name"), QStringLiteral("order_number")}));
        QCOMPARE(order.components.at(0).format, QStringLiteral("TEXT"));
        QVERIFY(!page->templates.at(1).isSendable());
        QCOMPARE(page->templates.at(1).components.at(0).format, QStringLiteral("IMAGE"));
        QVERIFY(page->templates.at(1).components.at(1).parameterNames.isEmpty());
        const auto &seen = wati.seen().first();
        QCOMPARE(seen.path, QStringLiteral("/4321/api/v1/getMessageTemplates"));
        QCOMPARE(QUrlQuery(seen.query).queryItemValue(QStringLiteral("pageNumber")),
                 QStringLiteral("1"));
        QCOMPARE(QUrlQuery(seen.query).queryItemValue(QStringLiteral("pageSize")),
                 QStringLiteral("100"));

        // Within five minutes the picker gets the kept page without a request.
        QVERIFY(waitFor(client.listTemplates({})));
        QCOMPARE(wati.seen().size(), 1);
        // Once they are older than the time to keep them, WATI is asked again.
        client.setTemplateCacheTtl(0ms);
        QVERIFY(waitFor(client.listTemplates({})));
        QCOMPARE(wati.seen().size(), 2);
    }

    void historyIsPagedAndKeepsOnlyMessages()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, fixture("getMessages.json"), {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "t"});
        const auto page =
            waitFor(client.fetchHistory(QStringLiteral("+5511987654321"), QStringLiteral("3")));
        QVERIFY(page);
        QCOMPARE(page->messages.size(), 2); // the ticket event is not a message
        QVERIFY(page->nextCursor.isEmpty());
        const MessageEvent &ours = page->messages.at(0);
        QCOMPARE(ours.direction, Direction::Outbound);
        QCOMPARE(ours.to, QStringLiteral("+5511987654321"));
        QCOMPARE(ours.externalId, QStringLiteral("wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEk9VVDEA"));
        QCOMPARE(ours.details.value(QStringLiteral("operatorName")).toString(),
                 QStringLiteral("Marta Silva"));
        QCOMPARE(ours.details.value(QStringLiteral("status")).toString(), QStringLiteral("read"));
        const MessageEvent &theirs = page->messages.at(1);
        QCOMPARE(theirs.direction, Direction::Inbound);
        QCOMPARE(theirs.from, QStringLiteral("+5511987654321"));
        QCOMPARE(theirs.kind, QStringLiteral("image"));
        QVERIFY(theirs.media);
        QVERIFY(theirs.media->url.contains(QStringLiteral("comprovante.jpg")));
        QCOMPARE(theirs.timestamp.toSecsSinceEpoch(), 1795528800);
        const auto &seen = wati.seen().first();
        QCOMPARE(seen.method, QHttpServerRequest::Method::Get);
        QCOMPARE(seen.path, QStringLiteral("/4321/api/v1/getMessages/5511987654321"));
        QCOMPARE(QUrlQuery(seen.query).queryItemValue(QStringLiteral("pageNumber")),
                 QStringLiteral("3"));
    }

    void answerOfTheWrongShapeIsAnError()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, R"({"result":"success"})", {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "t"});
        const auto page = waitFor(client.fetchHistory(QStringLiteral("+5511987654321"), {}));
        QVERIFY(!page);
        QVERIFY2(page.error().title.contains(QStringLiteral("messages.items")),
                 qPrintable(page.error().title));
    }

    void contactIsAddedOrItsAttributesUpdated()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, contactAdded, {}},
                     {QHttpServerResponder::StatusCode::Ok, contactExists, {}},
                     {QHttpServerResponder::StatusCode::Ok, attributesUpdated, {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "t"});
        const ContactCard joana{QStringLiteral("+5511987654321"),
                                QStringLiteral("Joana Prado"),
                                {{QStringLiteral("city"), QStringLiteral("Campinas")}}};
        const auto added = waitFor(client.upsertContact(joana));
        QVERIFY(added);
        QCOMPARE(added.value(), QStringLiteral("64f0c0ffee"));
        const auto &add = wati.seen().at(0);
        QCOMPARE(add.path, QStringLiteral("/4321/api/v1/addContact/5511987654321"));
        const QJsonObject body = QJsonDocument::fromJson(add.body).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Joana Prado"));
        const QJsonObject param =
            body.value(QStringLiteral("customParams")).toArray().first().toObject();
        QCOMPARE(param.value(QStringLiteral("name")).toString(), QStringLiteral("city"));
        QCOMPARE(param.value(QStringLiteral("value")).toString(), QStringLiteral("Campinas"));

        const auto updated = waitFor(client.upsertContact(joana));
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().title));
        QCOMPARE(wati.seen().size(), 3);
        QCOMPARE(wati.seen().at(2).path,
                 QStringLiteral("/4321/api/v1/updateContactAttributes/5511987654321"));
    }

    void contactsAreListed()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, contactPage, {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "t"});
        const auto contacts = waitFor(client.listContacts(2, 50));
        QVERIFY(contacts);
        QCOMPARE(contacts->size(), 2);
        QCOMPARE(contacts->at(0).phone, QStringLiteral("+5511987654321"));
        QCOMPARE(contacts->at(0).name, QStringLiteral("Joana Prado"));
        QCOMPARE(contacts->at(0).fields.value(QStringLiteral("plan")), QStringLiteral("gold"));
        QCOMPARE(contacts->at(1).name, QStringLiteral("Luis"));
        const auto &seen = wati.seen().first();
        QCOMPARE(seen.path, QStringLiteral("/4321/api/v1/getContacts"));
        QCOMPARE(QUrlQuery(seen.query).queryItemValue(QStringLiteral("pageNumber")),
                 QStringLiteral("2"));
        QCOMPARE(QUrlQuery(seen.query).queryItemValue(QStringLiteral("pageSize")),
                 QStringLiteral("50"));
    }

    void operatorIsAssignedByEmail()
    {
        test::ScriptedProvider wati(QStringLiteral("/4321"));
        wati.script({{QHttpServerResponder::StatusCode::Ok, operatorAssigned, {}},
                     {QHttpServerResponder::StatusCode::Ok, unknownOperator, {}}});
        QNetworkAccessManager network;
        WatiClient client(&network, {.baseUrl = wati.base(), .token = "t"});
        QVERIFY(waitFor(client.assignOperator(QStringLiteral("+5511987654321"),
                                              QStringLiteral("marta@loja.example"))));
        const auto &seen = wati.seen().first();
        QCOMPARE(seen.method, QHttpServerRequest::Method::Post);
        QCOMPARE(seen.path, QStringLiteral("/4321/api/v1/assignOperator"));
        QCOMPARE(QUrlQuery(seen.query).queryItemValue(QStringLiteral("email")),
                 QStringLiteral("marta@loja.example"));
        QCOMPARE(QUrlQuery(seen.query).queryItemValue(QStringLiteral("whatsappNumber")),
                 QStringLiteral("5511987654321"));
        const auto refused = waitFor(client.assignOperator(QStringLiteral("+5511987654321"),
                                                           QStringLiteral("nobody@x.example")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().title, QStringLiteral("Operator not found"));
    }

    void repliesAndReactionsAreRefusedInWords()
    {
        QNetworkAccessManager network;
        WatiClient client(&network,
                          {.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")), .token = "t"});
        OutgoingMessage reply;
        reply.to = QStringLiteral("+5511987654321");
        reply.text = QStringLiteral("yes");
        reply.replyToExternalId = QStringLiteral("wamid.X");
        SendResult result = waitFor(client.send(reply));
        QVERIFY(!result.ok());
        QVERIFY(result.error->advice.contains(QStringLiteral("quote")));
        OutgoingMessage reaction;
        reaction.kind = MessageKind::Reaction;
        reaction.text = QStringLiteral("👍");
        result = waitFor(client.send(reaction));
        QVERIFY(!result.ok());
        QVERIFY(result.error->advice.contains(QStringLiteral("reactions")));
    }
};

QTEST_GUILESS_MAIN(TestWatiClient)
#include "tst_waticlient.moc"
