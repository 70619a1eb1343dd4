// SPDX-License-Identifier: GPL-3.0-or-later
#include "meta/MetaErrors.h"
#include "meta/MetaWebhook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace inbox;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(INBOX_FIXTURES_DIR "/meta/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QList<ProviderEvent> parsed(const QByteArray &body)
{
    const auto events = meta::parseWebhook(body);
    if (!events)
        qFatal("parse failed: %s", qPrintable(events.error()));
    return events.value();
}

/// A body with one message, built as Meta shapes it.
QByteArray bodyWithMessage(const QJsonObject &message,
                           const QString &field = QStringLiteral("messages"))
{
    QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                     {QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")}}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    QJsonObject change{{QStringLiteral("field"), field}, {QStringLiteral("value"), value}};
    QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1")},
                      {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson();
}

} // namespace

class TestMetaWebhook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFixtureNormalises_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("replyTo");
        auto row = [](const char *file, const char *type, const char *kind, const char *id,
                      const char *text, const char *replyTo) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(type)
                                << QString::fromLatin1(kind) << QString::fromLatin1(id)
                                << QString::fromUtf8(text) << QString::fromLatin1(replyTo);
        };
        row("text_message.json", "message", "text",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
            "Does it come in another color?", "");
        row("image_message.json", "message", "image",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", "Taj Mahal", "");
        row("location_message.json", "message", "location",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTU2MjZEMDBGRkE3MENEMDE0RQA=",
            "Philz Coffee, 101 Forest Ave, Palo Alto, CA 94301", "");
        row("contact_sharing_message.json", "message", "contacts",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", "Lucía Gómez", "");
        row("reaction_message.json", "message", "reaction",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", "👍",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA");
        row("button_message.json", "message", "button",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUU0M0MxQzQzMUJCMTMwNUZFOQA=", "Unsubscribe",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJFNjk2OTMwNEZCQjhGMzUyQUYA");
        row("interactive_button_reply_message.json", "message", "interactive",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTZBQzg0MzQ4QjRCM0NGNkVGOAA=", "Cancel",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA");
        row("interactive_list_reply_message.json", "message", "interactive",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUJDQ0NDM0FEODY4ODkzOTc5RgA=",
            "Priority Mail Express", "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJGMzEyNzhENTZDMzNGODlDRDgA");
        row("order_message.json", "message", "order",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTEyQjFGNzI1QTQxMjI5QTMyOQA=", "2 item(s)", "");
        row("system_message.json", "message", "system",
            "wamid.HBgLMTk4MzU1NTE5NzQVAgASGAoxMTgyMDg2MjY3AA==",
            "User Sheena Nelson changed from 16505551234 to 12195555358", "");
        row("unsupported_message.json", "message", "unsupported",
            "wamid.HBgLMTQyMDU1NTA3NDkVAgASGBI5N0MwRjg0RTVBNUI1RDA2OTkA",
            "Message type is currently not supported.", "");
        row("text_message_from_click_to_whatsapp_ad.json", "message", "text",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUQ0N0VFMDA2MTQ0RkJFNkNDNAA=",
            "Hello! Can I get more info on this?", "");
        row("text_message_with_context_product_inquiry.json", "message", "text",
            "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTA2NTUwRkNEMDdFQjJCRUU0NQA=",
            "Is this still available?", "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGA9wcm9kdWN0X2lucXVpcnkA");
        row("group_create_message.json", "notice", "", "", "", "");
        row("group_remove_participants.json", "notice", "", "", "", "");
        row("group_settings_update.json", "notice", "", "", "", "");
    }

    void everyFixtureNormalises()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QFETCH(QString, kind);
        QFETCH(QString, externalId);
        QFETCH(QString, text);
        QFETCH(QString, replyTo);
        const QList<ProviderEvent> events = parsed(fixture(QStringLiteral("webhooks/") + file));
        QCOMPARE(events.size(), 1);
        const QJsonObject json = eventToJson(events.first());
        QCOMPARE(json.value(QStringLiteral("type")).toString(), type);
        if (type == QLatin1String("notice")) {
            QVERIFY(json.value(QStringLiteral("field"))
                        .toString()
                        .startsWith(QStringLiteral("group_")));
            QVERIFY(!json.value(QStringLiteral("detail")).toString().isEmpty());
            return;
        }
        const auto &message = std::get<MessageEvent>(events.first());
        QCOMPARE(message.kind, kind);
        QCOMPARE(message.externalId, externalId);
        QCOMPARE(message.text, text);
        QCOMPARE(message.replyTo, replyTo);
        QCOMPARE(message.direction, Direction::Inbound);
        QCOMPARE(message.from, QStringLiteral("+16505551234"));
        QCOMPARE(message.to, QStringLiteral("+15550783881"));
        QVERIFY(message.timestamp.isValid());
        QCOMPARE(message.timestamp.timeSpec(), Qt::UTC);
    }

    void detailsKeepWhatTheChatNeeds()
    {
        const auto image = std::get<MessageEvent>(
            parsed(fixture(QStringLiteral("webhooks/image_message.json"))).first());
        QVERIFY(image.media);
        QCOMPARE(image.media->providerMediaId, QStringLiteral("1003383421387256"));
        QCOMPARE(image.media->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(image.customerName, QStringLiteral("Sheena Nelson"));

        const auto location = std::get<MessageEvent>(
            parsed(fixture(QStringLiteral("webhooks/location_message.json"))).first());
        QVERIFY(location.details.value(QStringLiteral("latitude")).toDouble() != 0.0);

        const auto ad = std::get<MessageEvent>(
            parsed(fixture(QStringLiteral("webhooks/text_message_from_click_to_whatsapp_ad.json")))
                .first());
        QCOMPARE(ad.details.value(QStringLiteral("referral"))
                     .toObject()
                     .value(QStringLiteral("source_type"))
                     .toString(),
                 QStringLiteral("ad"));

        const auto unsupported = std::get<MessageEvent>(
            parsed(fixture(QStringLiteral("webhooks/unsupported_message.json"))).first());
        QCOMPARE(unsupported.details.value(QStringLiteral("raw"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("unsupported"));
    }

    void unknownTypesEditsAndRevokes()
    {
        const QJsonObject base{{QStringLiteral("from"), QStringLiteral("5511987654321")},
                               {QStringLiteral("id"), QStringLiteral("wamid.X")},
                               {QStringLiteral("timestamp"), QStringLiteral("1750000000")}};
        QJsonObject future = base;
        future.insert(QStringLiteral("type"), QStringLiteral("hologram"));
        future.insert(QStringLiteral("hologram"), QJsonObject{{QStringLiteral("depth"), 3}});
        auto event = std::get<MessageEvent>(parsed(bodyWithMessage(future)).first());
        QCOMPARE(event.kind, QStringLiteral("unsupported"));
        QCOMPARE(event.details.value(QStringLiteral("raw"))
                     .toObject()
                     .value(QStringLiteral("hologram"))
                     .toObject()
                     .value(QStringLiteral("depth"))
                     .toInt(),
                 3);
        QCOMPARE(event.from, QStringLiteral("+5511987654321"));

        QJsonObject edit = base;
        edit.insert(QStringLiteral("type"), QStringLiteral("edit"));
        edit.insert(
            QStringLiteral("edit"),
            QJsonObject{{QStringLiteral("original_message_id"), QStringLiteral("wamid.ORIG")},
                        {QStringLiteral("message"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                     {QStringLiteral("text"),
                                      QJsonObject{{QStringLiteral("body"),
                                                   QStringLiteral("fixed typo")}}}}}});
        event = std::get<MessageEvent>(parsed(bodyWithMessage(edit)).first());
        QCOMPARE(event.kind, QStringLiteral("edit"));
        QCOMPARE(event.replyTo, QStringLiteral("wamid.ORIG"));
        QCOMPARE(event.text, QStringLiteral("fixed typo"));

        QJsonObject revoke = base;
        revoke.insert(QStringLiteral("type"), QStringLiteral("revoke"));
        revoke.insert(QStringLiteral("revoke"), QJsonObject{{QStringLiteral("original_message_id"),
                                                             QStringLiteral("wamid.GONE")}});
        event = std::get<MessageEvent>(parsed(bodyWithMessage(revoke)).first());
        QCOMPARE(event.kind, QStringLiteral("revoke"));
        QCOMPARE(event.replyTo, QStringLiteral("wamid.GONE"));

        QJsonObject voice = base;
        voice.insert(QStringLiteral("type"), QStringLiteral("audio"));
        voice.insert(QStringLiteral("audio"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")},
                                 {QStringLiteral("voice"), true}});
        QCOMPARE(std::get<MessageEvent>(parsed(bodyWithMessage(voice)).first()).kind,
                 QStringLiteral("voice"));

        QJsonObject removed = base;
        removed.insert(QStringLiteral("type"), QStringLiteral("reaction"));
        removed.insert(QStringLiteral("reaction"),
                       QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.T")}});
        event = std::get<MessageEvent>(parsed(bodyWithMessage(removed)).first());
        QCOMPARE(event.kind, QStringLiteral("reaction"));
        QVERIFY(event.text.isEmpty()); // a removal

        QJsonObject forwarded = base;
        forwarded.insert(QStringLiteral("type"), QStringLiteral("text"));
        forwarded.insert(QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("body"), QStringLiteral("fwd")}});
        forwarded.insert(QStringLiteral("context"),
                         QJsonObject{{QStringLiteral("forwarded"), true}});
        QVERIFY(std::get<MessageEvent>(parsed(bodyWithMessage(forwarded)).first())
                    .details.value(QStringLiteral("forwarded"))
                    .toBool());
    }

    void statusesTemplateUpdatesAndSeveralEntries()
    {
        const QByteArray body = R"({"object":"whatsapp_business_account","entry":[
          {"id":"1","changes":[{"field":"messages","value":{"metadata":{"display_phone_number":"15550783881"},
            "statuses":[
              {"id":"wamid.A","status":"delivered","timestamp":"1750000001","recipient_id":"5511987654321"},
              {"id":"wamid.B","status":"failed","timestamp":"1750000002","recipient_id":"5511987654321",
               "errors":[{"code":131047,"title":"Re-engagement message","error_data":{"details":"More than 24 hours"}}]}],
            "errors":[{"code":131000,"title":"Something went wrong","error_data":{"details":"try later"}}]}}]},
          {"id":"2","changes":[
            {"field":"message_template_status_update","value":{"event":"REJECTED","message_template_name":"summer_sale",
              "message_template_language":"es_MX","reason":"INVALID_FORMAT"}},
            {"field":"account_update","value":{"event":"VERIFIED_ACCOUNT"}}]}]})";
        const QList<ProviderEvent> events = parsed(body);
        QCOMPARE(events.size(), 5);
        const auto delivered = std::get<StatusEvent>(events[0]);
        QCOMPARE(delivered.status, QStringLiteral("delivered"));
        QCOMPARE(delivered.recipient, QStringLiteral("+5511987654321"));
        const auto failed = std::get<StatusEvent>(events[1]);
        QCOMPARE(failed.errorCode, QStringLiteral("131047"));
        QCOMPARE(failed.errorTitle, QStringLiteral("Re-engagement message"));
        QCOMPARE(std::get<NoticeEvent>(events[2]).field, QStringLiteral("errors"));
        const auto templ = std::get<TemplateStatusEvent>(events[3]);
        QCOMPARE(templ.name, QStringLiteral("summer_sale"));
        QCOMPARE(templ.status, QStringLiteral("REJECTED"));
        QCOMPARE(templ.reason, QStringLiteral("INVALID_FORMAT"));
        // A verified account is a well one: any warning it had goes.
        QVERIFY(std::get<AccountHealthEvent>(events[4]).problem.isEmpty());
    }

    void refusesWhatIsNotAMetaWebhook()
    {
        auto result = meta::parseWebhook("{\"object\": ");
        QVERIFY(!result);
        QVERIFY(result.error().startsWith(QStringLiteral("not JSON")));
        result = meta::parseWebhook(R"({"object":"page","entry":[]})");
        QVERIFY(!result);
        QVERIFY(result.error().contains(QStringLiteral("whatsapp_business_account")));
        result = meta::parseWebhook("[1,2,3]");
        QVERIFY(!result);
    }

    void signatureVectorVerifies()
    {
        const QJsonObject vector =
            QJsonDocument::fromJson(fixture(QStringLiteral("signature_vector.json"))).object();
        const QByteArray body = vector.value(QStringLiteral("raw_body")).toString().toUtf8();
        const QByteArray secret = vector.value(QStringLiteral("app_secret")).toString().toUtf8();
        const QByteArray header =
            vector.value(QStringLiteral("x_hub_signature_256")).toString().toUtf8();
        QCOMPARE(meta::verifySignature(body, header, secret), meta::SignatureCheck::Valid);
        QCOMPARE(meta::signatureHeader(body, secret), header);
        QCOMPARE(
            meta::verifySignature(body, header.toUpper().replace("SHA256=", "sha256="), secret),
            meta::SignatureCheck::Valid);

        for (qsizetype at : {qsizetype(0), body.size() / 2, body.size() - 1}) {
            QByteArray tampered = body;
            tampered[at] = char(tampered[at] ^ 0x01);
            QCOMPARE(meta::verifySignature(tampered, header, secret),
                     meta::SignatureCheck::Mismatch);
        }
        QCOMPARE(meta::verifySignature(body, header, "another secret"),
                 meta::SignatureCheck::Mismatch);
        QCOMPARE(meta::verifySignature(body, QByteArray(), secret), meta::SignatureCheck::Missing);
        QCOMPARE(meta::verifySignature(body, "sha1=abc", secret), meta::SignatureCheck::Malformed);
        QCOMPARE(meta::verifySignature(body, header.left(header.size() - 1), secret),
                 meta::SignatureCheck::Malformed);
    }

    void reserialisedJsonDoesNotVerify()
    {
        // Meta signs the escaped form ("Luc\u00eda"); decoding and re-encoding changes the bytes.
        const QByteArray raw =
            R"({"object":"whatsapp_business_account","entry":[],"name":"Luc\u00eda G\u00f3mez"})";
        QCOMPARE(QJsonDocument::fromJson(raw).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Lucía Gómez"));
        const QByteArray header = meta::signatureHeader(raw, "secret");
        const QByteArray reserialised = QJsonDocument::fromJson(raw).toJson();
        QCOMPARE(meta::verifySignature(raw, header, "secret"), meta::SignatureCheck::Valid);
        QCOMPARE(meta::verifySignature(reserialised, header, "secret"),
                 meta::SignatureCheck::Mismatch);
    }

    void handshake()
    {
        QUrlQuery query(QStringLiteral(
            "hub.mode=subscribe&hub.verify_token=s3cr%C3%A9t&hub.challenge=1158201444"));
        QCOMPARE(meta::handshakeChallenge(query, QStringLiteral("s3crét")),
                 QStringLiteral("1158201444"));
        QVERIFY(!meta::handshakeChallenge(query, QStringLiteral("other")));
        QVERIFY(!meta::handshakeChallenge(query, QString()));
        query.removeQueryItem(QStringLiteral("hub.mode"));
        query.addQueryItem(QStringLiteral("hub.mode"), QStringLiteral("unsubscribe"));
        QVERIFY(!meta::handshakeChallenge(query, QStringLiteral("s3crét")));
    }

    void graphErrorsInWords_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("advice");
        QTest::newRow("131047") << 400 << 131047 << false << "template";
        QTest::newRow("131026") << 400 << 131026 << false << "could not be delivered";
        QTest::newRow("130429") << 400 << 130429 << true << "retries";
        QTest::newRow("131056") << 400 << 131056 << true << "retries";
        QTest::newRow("132000") << 400 << 132000 << false << "variables";
        QTest::newRow("132001") << 404 << 132001 << false << "not exist";
        QTest::newRow("190") << 401 << 190 << false << "reconnect";
        QTest::newRow("100") << 400 << 100 << false << "parameter";
        QTest::newRow("unknown 5xx") << 503 << 2 << true << "retries";
        QTest::newRow("unknown 4xx") << 403 << 10 << false << "refused";
    }

    void graphErrorsInWords()
    {
        QFETCH(int, http);
        QFETCH(int, code);
        QFETCH(bool, retryable);
        QFETCH(QString, advice);
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("error"),
                     QJsonObject{
                         {QStringLiteral("message"), QStringLiteral("(#%1) Something").arg(code)},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("error_data"),
                          QJsonObject{{QStringLiteral("details"), QStringLiteral("why")}}}}}})
                .toJson();
        const ProviderError error = meta::graphError(http, body);
        QCOMPARE(error.httpStatus, http);
        QCOMPARE(error.code, QString::number(code));
        QCOMPARE(error.retryable, retryable);
        QCOMPARE(error.detail, QStringLiteral("why"));
        QVERIFY2(error.advice.contains(advice), qPrintable(error.advice));
        QVERIFY(error.message().contains(QString::number(code)));
    }

    void graphErrorWithoutJsonStillSaysSomething()
    {
        const ProviderError error = meta::graphError(502, "<html>Bad gateway</html>");
        QVERIFY(error.retryable);
        QVERIFY(error.title.contains(QStringLiteral("502")));
    }
};

QTEST_GUILESS_MAIN(TestMetaWebhook)
#include "tst_metawebhook.moc"
