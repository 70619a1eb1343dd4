// SPDX-License-Identifier: GPL-3.0-or-later
// MetaClient's requests, compared with the examples of Meta's official OpenAPI description and
// sent to a local stand-in for the Graph API.
#include "ScriptedProvider.h"
#include "meta/MetaClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

Q_DECLARE_METATYPE(inbox::OutgoingMessage)

using namespace inbox;
using namespace std::chrono_literals;

namespace {

QJsonObject examples()
{
    QFile file(QStringLiteral(META_MESSAGE_EXAMPLES));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", META_MESSAGE_EXAMPLES);
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Differences in shape between our body and Meta's example: keys ours has that Meta's does not
/// (or with another JSON type), and Meta's keys we lack, unless listed as optional (either way).
/// Values are free (Meta's examples use placeholders). In arrays each of our elements is compared
/// with the example element of the same "type", else the first.
void compareShape(const QJsonValue &ours, const QJsonValue &theirs, const QString &at,
                  const QStringList &optional, QStringList &problems)
{
    if (ours.type() != theirs.type()) {
        problems << QStringLiteral("%1: %2 where Meta has %3")
                        .arg(at)
                        .arg(ours.type())
                        .arg(theirs.type());
        return;
    }
    if (ours.isObject()) {
        const QJsonObject a = ours.toObject();
        const QJsonObject b = theirs.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key())) {
                if (!optional.contains(at + QLatin1Char('.') + it.key()))
                    problems << QStringLiteral("%1.%2: not in Meta's example").arg(at, it.key());
            } else
                compareShape(it.value(), b.value(it.key()), at + QLatin1Char('.') + it.key(),
                             optional, problems);
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            const QString path = at + QLatin1Char('.') + it.key();
            if (!a.contains(it.key()) && !optional.contains(path))
                problems << QStringLiteral("%1: missing").arg(path);
        }
    } else if (ours.isArray()) {
        const QJsonArray theirsArray = theirs.toArray();
        for (const QJsonValue &element : ours.toArray()) {
            QJsonValue match = theirsArray.first();
            for (const QJsonValue &candidate : theirsArray) {
                if (candidate.toObject().value(QStringLiteral("type")) ==
                    element.toObject().value(QStringLiteral("type")))
                    match = candidate;
            }
            compareShape(element, match, at + QStringLiteral("[]"), optional, problems);
        }
    }
}

// Answers as the Graph API gives them (moc cannot read multi-line raw strings inside a class).
const QByteArray sentAnswer =
    R"({"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],
        "messages":[{"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"}]})";
const QByteArray windowClosedAnswer =
    R"({"error":{"message":"(#131047) Re-engagement message","code":131047,
        "error_data":{"details":"More than 24 hours have passed"}}})";

const QByteArray firstTemplatePage =
    R"({"data":[{"name":"order_update","language":"en_US","category":"UTILITY","status":"APPROVED","id":"1",
        "components":[{"type":"BODY","text":"Hi {{1}}, order {{2}} ships {{3}}."}]}],
        "paging":{"cursors":{"before":"QVFI","after":"MjQZD"},"next":"https://graph.facebook.com/v23.0/102290129340398/message_templates?after=MjQZD"}})";
const QByteArray lastTemplatePage =
    R"({"data":[{"name":"pedido_enviado","language":"pt_BR","category":"UTILITY","status":"PENDING","id":"2",
        "components":[{"type":"BODY","text":"Olá {{1}}"}]}],"paging":{"cursors":{"before":"MjQZD","after":"MjUZD"}}})";

const QByteArray templateCreated =
    R"({"id":"594425479261596","status":"PENDING","category":"UTILITY"})";

OutgoingMessage text(const QString &body)
{
    OutgoingMessage m;
    m.to = QStringLiteral("+16505551234");
    m.kind = MessageKind::Text;
    m.text = body;
    return m;
}

} // namespace

class TestMetaClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodiesHaveTheShapeOfMetasExamples_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<OutgoingMessage>("message");
        QTest::addColumn<QStringList>("optional");

        QTest::newRow("text") << "Send Text Message" << text(QStringLiteral("Hi!"))
                              << QStringList{};
        OutgoingMessage reply = text(QStringLiteral("Yes, in blue"));
        reply.replyToExternalId = QStringLiteral("wamid.PREV");
        QTest::newRow("reply") << "Send Reply to Text Message" << reply << QStringList{};

        OutgoingMessage image;
        image.to = QStringLiteral("+16505551234");
        image.kind = MessageKind::Image;
        image.media = MediaInfo{};
        image.media->providerMediaId = QStringLiteral("1003383421387256");
        QTest::newRow("image by id") << "Send Image Message by ID" << image << QStringList{};

        OutgoingMessage document = image;
        document.kind = MessageKind::Document;
        document.text = QStringLiteral("Your invoice");
        document.media = MediaInfo{};
        document.media->url = QStringLiteral("https://example.com/invoice.pdf");
        QTest::newRow("document by link")
            << "Send Document Message by URL" << document << QStringList{};

        OutgoingMessage reaction;
        reaction.to = QStringLiteral("+16505551234");
        reaction.kind = MessageKind::Reaction;
        reaction.text = QStringLiteral("👍");
        reaction.replyToExternalId = QStringLiteral("wamid.TARGET");
        QTest::newRow("reaction") << "Send Reply with Reaction Message" << reaction
                                  << QStringList{};

        OutgoingMessage templ;
        templ.to = QStringLiteral("+16505551234");
        templ.kind = MessageKind::Template;
        templ.templateName = QStringLiteral("order_update");
        templ.templateLanguage = QStringLiteral("en_US");
        templ.templateValues = {{2, QStringLiteral("#1234")}, {1, QStringLiteral("Sheena")}};
        // Meta's schema requires the language's policy; its examples leave it out.
        const QStringList policy{QStringLiteral("body.template.language.policy")};
        QTest::newRow("template text") << "Send Message Template Text" << templ << policy;
        templ.templateHeaderLink = QStringLiteral("https://example.com/header.jpg");
        QTest::newRow("template media") << "Send Message Template Media" << templ << policy;
    }

    void bodiesHaveTheShapeOfMetasExamples()
    {
        QFETCH(QString, example);
        QFETCH(OutgoingMessage, message);
        QFETCH(QStringList, optional);
        const QJsonObject theirs = examples().value(example).toObject();
        QVERIFY2(!theirs.isEmpty(), qPrintable(example));
        const auto ours = MetaClient::messageBody(message);
        QVERIFY(ours);
        QStringList problems;
        compareShape(ours.value(), theirs, QStringLiteral("body"), optional, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void templateValuesGoInPlaceholderOrder()
    {
        OutgoingMessage templ;
        templ.kind = MessageKind::Template;
        templ.templateName = QStringLiteral("order_update");
        templ.templateLanguage = QStringLiteral("en_US");
        templ.templateValues = {{3, QStringLiteral("Friday")},
                                {1, QStringLiteral("Sheena")},
                                {2, QStringLiteral("#1234")}};
        const QJsonArray parameters = MetaClient::messageBody(templ)
                                          .value()
                                          .value(QStringLiteral("template"))
                                          .toObject()
                                          .value(QStringLiteral("components"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("parameters"))
                                          .toArray();
        QCOMPARE(parameters.size(), 3);
        QCOMPARE(parameters[0].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Sheena"));
        QCOMPARE(parameters[2].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Friday"));
    }

    void readReceiptHasTheShapeOfMetasExample()
    {
        QStringList problems;
        compareShape(
            MetaClient::readReceiptBody(QStringLiteral("wamid.X")),
            examples().value(QStringLiteral("Send typing indicator and read receipt")).toObject(),
            QStringLiteral("body"), {QStringLiteral("body.typing_indicator")}, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void whatMetaCannotTakeIsRefusedInWords()
    {
        OutgoingMessage location;
        location.kind = MessageKind::Location;
        auto body = MetaClient::messageBody(location);
        QVERIFY(!body);
        QVERIFY(body.error().advice.contains(QStringLiteral("location")));
        OutgoingMessage image;
        image.kind = MessageKind::Image; // neither id nor link
        image.media = MediaInfo{};
        body = MetaClient::messageBody(image);
        QVERIFY(!body);
        QVERIFY(body.error().advice.contains(QStringLiteral("upload")));
    }

    void sendPostsToThePhoneNumberAndReturnsTheWamid()
    {
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::TooManyRequests, "{}", "0"},
                      {QHttpServerResponder::StatusCode::Ok, sentAnswer, {}}});
        QNetworkAccessManager network;
        MetaClient client(&network,
                          {QStringLiteral("106540352242922"), QStringLiteral("102290129340398"),
                           "EAAG-token", graph.base()});
        client.setRetryPolicy({3, 10ms, 20ms});
        QFuture<SendResult> sent = client.send(text(QStringLiteral("Hello from the inbox")));
        QVERIFY(QTest::qWaitFor([&sent] { return sent.isFinished(); }, 10000));
        QVERIFY(sent.result().ok());
        QCOMPARE(sent.result().externalId,
                 QStringLiteral("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"));
        QCOMPARE(graph.seen().size(), 2);
        QCOMPARE(graph.seen().last().path, QStringLiteral("/v23.0/106540352242922/messages"));
        QCOMPARE(graph.seen().last().authorization, QByteArray("Bearer EAAG-token"));
        QCOMPARE(QJsonDocument::fromJson(graph.seen().last().body)
                     .object()
                     .value(QStringLiteral("text"))
                     .toObject()
                     .value(QStringLiteral("body"))
                     .toString(),
                 QStringLiteral("Hello from the inbox"));
    }

    void readsMetasTemplateListExample()
    {
        QFile file(QStringLiteral(META_TEMPLATE_LIST_EXAMPLES));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject example = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value(QStringLiteral("Example response"))
                                        .toObject();
        const auto page =
            meta::parseTemplatePage(QJsonDocument(example).toJson(), QStringLiteral("meta-store"));
        QVERIFY2(page, page ? "" : qPrintable(page.error()));
        QCOMPARE(page->templates.size(), 2);
        const MessageTemplate &promo = page->templates[1];
        QCOMPARE(promo.name, QStringLiteral("2023_april_promo"));
        QCOMPARE(promo.status, QStringLiteral("APPROVED"));
        QVERIFY(promo.isSendable());
        QCOMPARE(promo.components.size(), 4);
        QCOMPARE(placeholdersOf(promo.components[1].text), (QList<int>{1, 2}));
        QCOMPARE(promo.components[3].type, TemplateComponent::Type::Buttons);
        QVERIFY(page->nextCursor.isEmpty()); // the example has no "next"
    }

    void listTemplatesPagesToTheEnd()
    {
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::Ok, firstTemplatePage, {}},
                      {QHttpServerResponder::StatusCode::Ok, lastTemplatePage, {}}});
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"),
                                     QStringLiteral("102290129340398"), "t", graph.base()});
        auto first = client.listTemplates({});
        QVERIFY(QTest::qWaitFor([&first] { return first.isFinished(); }, 10000));
        QVERIFY(first.result());
        QCOMPARE(first.result()->templates.first().name, QStringLiteral("order_update"));
        QCOMPARE(first.result()->nextCursor, QStringLiteral("MjQZD"));
        auto second = client.listTemplates(first.result()->nextCursor);
        QVERIFY(QTest::qWaitFor([&second] { return second.isFinished(); }, 10000));
        QVERIFY(second.result()->nextCursor.isEmpty());
        QCOMPARE(graph.seen()[0].path, QStringLiteral("/v23.0/102290129340398/message_templates"));
        QCOMPARE(QUrlQuery(graph.seen()[1].query).queryItemValue(QStringLiteral("after")),
                 QStringLiteral("MjQZD"));
        QCOMPARE(graph.seen()[0].method, QHttpServerRequest::Method::Get);
    }

    void uploadLimitsBeforeAnyByteIsSent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("allowed");
        QTest::newRow("image") << int(MessageKind::Image) << qint64(5) * 1024 * 1024;
        QTest::newRow("video") << int(MessageKind::Video) << qint64(16) * 1024 * 1024;
        QTest::newRow("audio") << int(MessageKind::Audio) << qint64(16) * 1024 * 1024;
        QTest::newRow("document") << int(MessageKind::Document) << qint64(100) * 1024 * 1024;
        QTest::newRow("sticker") << int(MessageKind::Sticker) << qint64(500) * 1024;
    }

    void uploadLimitsBeforeAnyByteIsSent()
    {
        QFETCH(int, kind);
        QFETCH(qint64, allowed);
        QVERIFY(!meta::checkUploadLimits(MessageKind(kind), allowed));
        const auto tooBig = meta::checkUploadLimits(MessageKind(kind), allowed + 1);
        QVERIFY(tooBig);
        QVERIFY(!tooBig->retryable);
        QVERIFY2(tooBig->advice.contains(QStringLiteral("smaller")), qPrintable(tooBig->advice));
    }

    void templateCreateBodyHasTheShapeOfMetasExample()
    {
        QJsonArray quickReplies;
        quickReplies.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")},
                        {QStringLiteral("text"), QStringLiteral("Stop promotions")}});
        const MessageTemplate t{0,
                                {},
                                QStringLiteral("seasonal_promotion"),
                                QStringLiteral("en"),
                                QStringLiteral("MARKETING"),
                                {},
                                {{TemplateComponent::Type::Header,
                                  QStringLiteral("TEXT"),
                                  QStringLiteral("Our {{1}} is on!"),
                                  {}},
                                 {TemplateComponent::Type::Body,
                                  {},
                                  QStringLiteral("Shop until {{1}} with code {{2}}."),
                                  {}},
                                 {TemplateComponent::Type::Footer,
                                  {},
                                  QStringLiteral("Tap below to manage subscriptions"),
                                  {}},
                                 {TemplateComponent::Type::Buttons, {}, {}, quickReplies}}};
        const QJsonObject body = meta::templateCreateBody(
            t, {{1, QStringLiteral("Summer Sale")}, {2, QStringLiteral("25OFF")}});
        QFile file(QStringLiteral(META_TEMPLATE_CREATE_EXAMPLES));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject example =
            QJsonDocument::fromJson(file.readAll())
                .object()
                .value(QStringLiteral("Create template w/ text header, text body, text footer, and "
                                      "2 quick reply buttons"))
                .toObject();
        QVERIFY(!example.isEmpty());
        QStringList problems;
        compareShape(body, example, QStringLiteral("body"), {}, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        const QJsonArray examples = body.value(QStringLiteral("components"))
                                        .toArray()[1]
                                        .toObject()
                                        .value(QStringLiteral("example"))
                                        .toObject()
                                        .value(QStringLiteral("body_text"))
                                        .toArray();
        QCOMPARE(examples.first().toArray().at(1).toString(), QStringLiteral("25OFF"));
    }

    void createAndDeleteTemplates()
    {
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::Ok, templateCreated, {}},
                      {QHttpServerResponder::StatusCode::Ok, "{\"success\":true}", {}}});
        QNetworkAccessManager network;
        MetaClient client(
            &network, {QStringLiteral("1"), QStringLiteral("102290129340398"), "t", graph.base()});
        const MessageTemplate t{
            0,
            {},
            QStringLiteral("order_update"),
            QStringLiteral("en_US"),
            QStringLiteral("UTILITY"),
            {},
            {{TemplateComponent::Type::Body, {}, QStringLiteral("Hi {{1}}"), {}}}};
        auto created = client.createTemplate(t, {{1, QStringLiteral("Ana")}});
        QVERIFY(QTest::qWaitFor([&created] { return created.isFinished(); }, 10000));
        QCOMPARE(created.result().value(), QStringLiteral("594425479261596"));
        auto deleted = client.deleteTemplate(QStringLiteral("order_update"));
        QVERIFY(QTest::qWaitFor([&deleted] { return deleted.isFinished(); }, 10000));
        QCOMPARE(deleted.result().value(), QStringLiteral("success"));
        QCOMPARE(graph.seen()[0].method, QHttpServerRequest::Method::Post);
        QCOMPARE(graph.seen()[0].path, QStringLiteral("/v23.0/102290129340398/message_templates"));
        QCOMPARE(graph.seen()[1].method, QHttpServerRequest::Method::Delete);
        QCOMPARE(QUrlQuery(graph.seen()[1].query).queryItemValue(QStringLiteral("name")),
                 QStringLiteral("order_update"));
    }

    void uploadSendsTheFileAsMultipart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7 sandbox invoice");
        file.close();
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::Ok, R"({"id":"1013859600285441"})", {}}});
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"), {}, "t", graph.base()});
        auto uploaded =
            client.uploadMedia(path, QStringLiteral("application/pdf"), MessageKind::Document);
        QVERIFY(QTest::qWaitFor([&uploaded] { return uploaded.isFinished(); }, 10000));
        QVERIFY(uploaded.result());
        QCOMPARE(uploaded.result().value(), QStringLiteral("1013859600285441"));
        const auto &seen = graph.seen().first();
        QCOMPARE(seen.path, QStringLiteral("/v23.0/106540352242922/media"));
        QVERIFY(seen.contentType.startsWith("multipart/form-data"));
        QVERIFY(seen.body.contains("%PDF-1.7 sandbox invoice"));
        QVERIFY(seen.body.contains("name=\"messaging_product\""));
        QVERIFY(seen.body.contains("filename=\"invoice.pdf\""));
    }

    void uploadOverTheLimitSendsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(6 * 1024 * 1024)); // sparse: 6 MB without writing them
        file.close();
        test::ScriptedProvider graph;
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("1"), {}, "t", graph.base()});
        auto uploaded = client.uploadMedia(path, QStringLiteral("image/jpeg"), MessageKind::Image);
        QVERIFY(QTest::qWaitFor([&uploaded] { return uploaded.isFinished(); }, 5000));
        QVERIFY(!uploaded.result());
        QVERIFY(uploaded.result().error().detail.contains(QStringLiteral("5")));
        QVERIFY(graph.seen().isEmpty());
    }

    void downloadFetchesChecksAndSaves()
    {
        test::ScriptedProvider graph;
        const QByteArray bytes = "\xff\xd8\xff\xe0 pretend jpeg bytes";
        const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        const QString fileUrl =
            graph.base().toString() + QStringLiteral("/lookaside/media-bytes?mid=1003383421387256");
        const QByteArray described =
            QJsonDocument(
                QJsonObject{{QStringLiteral("url"), fileUrl},
                            {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                            {QStringLiteral("sha256"), QString::fromLatin1(sha)},
                            {QStringLiteral("file_size"), int(bytes.size())},
                            {QStringLiteral("id"), QStringLiteral("1003383421387256")},
                            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")}})
                .toJson();
        graph.script({{QHttpServerResponder::StatusCode::Ok, described, {}},
                      {QHttpServerResponder::StatusCode::Ok, bytes, {}}});
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("1"), {}, "media-token", graph.base()});
        QTemporaryDir dir;
        auto downloaded = client.downloadMedia(QStringLiteral("1003383421387256"),
                                               dir.filePath(QStringLiteral("media")));
        QVERIFY(QTest::qWaitFor([&downloaded] { return downloaded.isFinished(); }, 10000));
        QVERIFY2(downloaded.result(),
                 downloaded.result() ? "" : qPrintable(downloaded.result().error().message()));
        const MediaInfo media = downloaded.result().value();
        QVERIFY(media.localPath.endsWith(QStringLiteral("1003383421387256.jpg")));
        QFile saved(media.localPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
        QCOMPARE(graph.seen()[0].path, QStringLiteral("/v23.0/1003383421387256"));
        QCOMPARE(graph.seen()[1].authorization, QByteArray("Bearer media-token"));
    }

    void downloadRefusesDamagedBytes()
    {
        test::ScriptedProvider graph;
        const QString fileUrl = graph.base().toString() + QStringLiteral("/lookaside/x");
        const QByteArray described =
            QJsonDocument(QJsonObject{{QStringLiteral("url"), fileUrl},
                                      {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                                      {QStringLiteral("sha256"), QStringLiteral("00")}})
                .toJson();
        graph.script({{QHttpServerResponder::StatusCode::Ok, described, {}},
                      {QHttpServerResponder::StatusCode::Ok, "truncated", {}}});
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("1"), {}, "t", graph.base()});
        QTemporaryDir dir;
        auto downloaded = client.downloadMedia(QStringLiteral("9"), dir.path());
        QVERIFY(QTest::qWaitFor([&downloaded] { return downloaded.isFinished(); }, 10000));
        QVERIFY(!downloaded.result());
        QVERIFY(downloaded.result().error().advice.contains(QStringLiteral("checksum")));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void outsideTheWindowFailsWithMetasCodeAndWords()
    {
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::BadRequest, windowClosedAnswer, {}}});
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("1"), {}, "t", graph.base()});
        QFuture<SendResult> sent = client.send(text(QStringLiteral("late")));
        QVERIFY(QTest::qWaitFor([&sent] { return sent.isFinished(); }, 10000));
        QVERIFY(!sent.result().ok());
        QCOMPARE(sent.result().error->code, QStringLiteral("131047"));
        QVERIFY(sent.result().error->advice.contains(QStringLiteral("template")));
        QCOMPARE(graph.seen().size(), 1); // a 4xx is never retried
    }

    void editTemplateInPlaceHasTheShapeOfMetasExample()
    {
        QFile file(QStringLiteral(META_TEMPLATE_EDIT_EXAMPLES));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject example = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value(QStringLiteral("Edit template"))
                                        .toObject();
        QVERIFY(!example.isEmpty());
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::Ok, "{\"success\":true}", {}}});
        QNetworkAccessManager network;
        MetaClient client(
            &network, {QStringLiteral("1"), QStringLiteral("102290129340398"), "t", graph.base()});
        MessageTemplate t;
        t.name = QStringLiteral("2023_april_promo");
        t.language = QStringLiteral("en_US");
        t.category = QStringLiteral("MARKETING");
        t.providerId = QStringLiteral("564750795574598");
        t.components = componentsFromJson(example.value(QStringLiteral("components")).toArray());
        auto edited =
            client.editTemplate(t, {{1, QStringLiteral("Mark")}, {2, QStringLiteral("FALL25")}});
        QVERIFY(QTest::qWaitFor([&edited] { return edited.isFinished(); }, 10000));
        QVERIFY(edited.result());
        const auto &seen = graph.seen().first();
        QCOMPARE(seen.method, QHttpServerRequest::Method::Post);
        QCOMPARE(seen.path, QStringLiteral("/v23.0/564750795574598"));
        const QJsonObject body = QJsonDocument::fromJson(seen.body).object();
        QStringList problems;
        compareShape(body, example, QStringLiteral("body"), {}, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        // Same words, same examples: the edit carries what Meta's own example carries.
        QCOMPARE(body, example);

        t.providerId.clear();
        auto refused = client.editTemplate(t, {});
        QVERIFY(refused.isFinished());
        QVERIFY(!refused.result());
        QVERIFY(refused.result().error().advice.contains(QStringLiteral("refresh")));
        QCOMPARE(graph.seen().size(), 1);
    }

    void historyAndContactsAreNotMetasAndSaySo()
    {
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("1"), {}, "t", QUrl()});
        auto history = client.fetchHistory(QStringLiteral("+5511987654321"), {});
        QVERIFY(history.isFinished());
        QVERIFY(!history.result());
        QVERIFY(history.result().error().advice.contains(QStringLiteral("history")));
        auto contact = client.upsertContact({QStringLiteral("+5511987654321"), {}, {}});
        QVERIFY(!contact.result());
        QVERIFY(contact.result().error().advice.contains(QStringLiteral("contact book")));
    }
};

QTEST_GUILESS_MAIN(TestMetaClient)
#include "tst_metaclient.moc"
