// SPDX-License-Identifier: GPL-3.0-or-later
// open-wa: both webhook envelopes normalised and applied to the cache (groups kept out), the EASY
// API as OpenWaClient calls it, request by request, and the QR connect flow against the sandbox.
#include "Fixtures.h"
#include "ProviderRegistry.h"
#include "Sandbox.h"
#include "ScriptedProvider.h"
#include "TempCache.h"
#include "Waiting.h"
#include "openwa/OpenWaClient.h"
#include "openwa/OpenWaWebhook.h"
#include "relay/RelayClient.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;
using test::outgoing;
using test::waitFor;
using Status = QHttpServerResponder::StatusCode;

namespace {

QByteArray fixture(const QString &name)
{
    return test::fixtureFile(QStringLiteral("openwa/") + name);
}

ProviderEvent first(const QString &name)
{
    const auto events = openwa::parseWebhook(fixture(name));
    if (!events || events->isEmpty())
        qFatal("parse failed: %s", events ? "no event" : qPrintable(events.error()));
    return events->first();
}

QJsonObject argsOf(const test::ScriptedProvider::Seen &request)
{
    return QJsonDocument::fromJson(request.body).object().value(QStringLiteral("args")).toObject();
}

const QByteArray sentId = R"({"success":true,"response":"true_573012345678@c.us_3EB0SENT0001"})";

} // namespace

class TestOpenWa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v5MessagesAreNormalised()
    {
        auto m = std::get<MessageEvent>(first(QStringLiteral("v5_message_received.json")));
        QCOMPARE(m.direction, Direction::Inbound);
        QCOMPARE(m.externalId, QStringLiteral("false_573012345678@c.us_3EB0C431D8E4B5A2F1"));
        QCOMPARE(m.from, QStringLiteral("+573012345678"));
        QCOMPARE(m.to, QStringLiteral("+573001112233"));
        QCOMPARE(m.kind, QStringLiteral("text"));
        QCOMPARE(m.text, QStringLiteral("¿Tienen mesa para cuatro a las 9?"));
        QCOMPARE(m.customerName, QStringLiteral("Valeria Gómez"));
        QCOMPARE(m.timestamp, QDateTime::fromSecsSinceEpoch(1763646547, Qt::UTC));

        // Media: the body is WhatsApp Web's thumbnail, the words are the caption.
        m = std::get<MessageEvent>(first(QStringLiteral("v5_message_image.json")));
        QCOMPARE(m.kind, QStringLiteral("image"));
        QCOMPARE(m.text, QStringLiteral("Este es el pastel que quiero"));
        QVERIFY(m.media);
        QCOMPARE(m.media->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(m.media->fileName, QStringLiteral("pastel.jpg"));
        QCOMPARE(m.media->sizeBytes, 53211);
        QCOMPARE(m.replyTo, QStringLiteral("true_573012345678@c.us_3EB0AAAA1111"));

        const auto ack = std::get<StatusEvent>(first(QStringLiteral("v5_ack.json")));
        QCOMPARE(ack.externalId, QStringLiteral("true_573012345678@c.us_3EB0AAAA1111"));
        QCOMPARE(ack.status, QStringLiteral("read"));
        QCOMPARE(ack.recipient, QStringLiteral("+573012345678"));
    }

    void v4EnvelopesAreNormalised()
    {
        const auto m = std::get<MessageEvent>(first(QStringLiteral("v4_onMessage.json")));
        QCOMPARE(m.from, QStringLiteral("+573155550123"));
        QCOMPARE(m.text, QStringLiteral("¿Cuál es el menú del día?"));
        QCOMPARE(m.customerName, QStringLiteral("Diego Ramírez"));
        QCOMPARE(m.timestamp, QDateTime::fromSecsSinceEpoch(1763646547, Qt::UTC));

        const auto failed = std::get<StatusEvent>(first(QStringLiteral("v4_onAck.json")));
        QCOMPARE(failed.status, QStringLiteral("failed"));
        QVERIFY(failed.errorTitle.contains(QStringLiteral("did not accept")));

        // The phone's state is the account's health: WhatsApp open elsewhere, in words.
        const auto state =
            std::get<AccountHealthEvent>(first(QStringLiteral("v4_onStateChanged.json")));
        QVERIFY2(state.problem.contains(QStringLiteral("another computer")),
                 qPrintable(state.problem));
    }

    void groupsAreRefusedInWordsAndNotMixedIn()
    {
        const auto group = std::get<NoticeEvent>(first(QStringLiteral("v5_group.json")));
        QCOMPARE(group.field, QStringLiteral("group"));
        QVERIFY(group.detail.contains(QStringLiteral("120363041234567890@g.us")));
        QVERIFY(group.detail.contains(QStringLiteral("not shown")));

        const auto wrong = openwa::parseWebhook(R"({"event":"onMessage"})");
        QVERIFY(!wrong);
        QVERIFY(wrong.error().contains(QStringLiteral("not an open-wa webhook")));

        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        const auto now = QDateTime::currentDateTimeUtc();
        const QString account = QStringLiteral("openwa-bistro");
        const QList<RelayEvent> events{
            {1, QStringLiteral("openwa"), account, now,
             fixture(QStringLiteral("v5_message_received.json"))},
            {2, QStringLiteral("openwa"), account, now, fixture(QStringLiteral("v5_group.json"))},
            {3, QStringLiteral("openwa"), account, now,
             fixture(QStringLiteral("v5_message_received.json"))},
            {4, QStringLiteral("openwa"), account, now,
             fixture(QStringLiteral("v4_onMessage.json"))}};
        QCOMPARE(waitFor(sync.apply(events)).messages, 2);
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM conversations")).toInt(),
            2);
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages WHERE text "
                                                     "LIKE '%cerramos%'"))
                .toInt(),
            0);
    }

    void sendsAreEasyApiCalls()
    {
        test::ScriptedProvider server(QStringLiteral(""));
        server.script({{Status::Ok, sentId, {}},
                       {Status::Ok, sentId, {}},
                       {Status::Ok, sentId, {}},
                       {Status::Ok, R"({"success":true,"response":true})", {}},
                       {Status::Ok, R"({"success":true,"response":true})", {}}});
        QNetworkAccessManager network;
        OpenWaClient client(&network, {server.base(), "owa-key"});

        const SendResult sent = waitFor(
            client.send(outgoing(QStringLiteral("+573012345678"), QStringLiteral("Sí, a las 9"))));
        QVERIFY(sent.ok());
        QCOMPARE(sent.externalId, QStringLiteral("true_573012345678@c.us_3EB0SENT0001"));
        QCOMPARE(server.seen().at(0).path, QStringLiteral("/api/messages/sendText"));
        QCOMPARE(server.seen().at(0).header("api_key"), QByteArray("owa-key"));
        QCOMPARE(argsOf(server.seen().at(0)),
                 (QJsonObject{{QStringLiteral("to"), QStringLiteral("573012345678@c.us")},
                              {QStringLiteral("content"), QStringLiteral("Sí, a las 9")}}));

        QVERIFY(
            waitFor(client.send(outgoing(QStringLiteral("+573012345678"), QStringLiteral("Claro"),
                                         MessageKind::Text, QStringLiteral("false_x@c.us_1"))))
                .ok());
        QCOMPARE(server.seen().at(1).path, QStringLiteral("/api/messages/reply"));
        QCOMPARE(argsOf(server.seen().at(1)).value(QStringLiteral("quotedMsgId")).toString(),
                 QStringLiteral("false_x@c.us_1"));

        QTemporaryDir dir;
        QImage picture(4, 4, QImage::Format_RGB32);
        picture.fill(Qt::red);
        const QString path = dir.filePath(QStringLiteral("mesa.png"));
        QVERIFY(picture.save(path));
        OutgoingMessage image = outgoing(QStringLiteral("+573012345678"), QStringLiteral("Su mesa"),
                                         MessageKind::Image);
        MediaInfo media;
        media.localPath = path;
        media.mimeType = QStringLiteral("image/png");
        image.media = media;
        QVERIFY(waitFor(client.send(image)).ok());
        QCOMPARE(server.seen().at(2).path, QStringLiteral("/api/messages/sendImage"));
        const QJsonObject args = argsOf(server.seen().at(2));
        QCOMPARE(args.value(QStringLiteral("filename")).toString(), QStringLiteral("mesa.png"));
        QCOMPARE(args.value(QStringLiteral("caption")).toString(), QStringLiteral("Su mesa"));
        const QString dataUrl = args.value(QStringLiteral("file")).toString();
        QVERIFY(dataUrl.startsWith(QStringLiteral("data:image/png;base64,")));
        QImage back;
        QVERIFY(back.loadFromData(
            QByteArray::fromBase64(dataUrl.section(QLatin1Char(','), 1).toLatin1())));
        QCOMPARE(back.size(), QSize(4, 4));

        // Read receipts: sendSeen on the chat named inside open-wa's message id.
        QVERIFY(waitFor(client.markRead(QStringLiteral("false_573012345678@c.us_3EB0C431"))).ok());
        QCOMPARE(server.seen().at(3).method, QHttpServerRequest::Method::Put);
        QCOMPARE(server.seen().at(3).path, QStringLiteral("/api/messages/sendSeen"));
        QCOMPARE(argsOf(server.seen().at(3)).value(QStringLiteral("chatId")).toString(),
                 QStringLiteral("573012345678@c.us"));

        QVERIFY(
            waitFor(client.send(outgoing(QStringLiteral("+573012345678"), QStringLiteral("👍"),
                                         MessageKind::Reaction, QStringLiteral("false_x@c.us_1"))))
                .ok());
        QCOMPARE(server.seen().at(4).path, QStringLiteral("/api/messages/react"));
        QCOMPARE(argsOf(server.seen().at(4)).value(QStringLiteral("emoji")).toString(),
                 QStringLiteral("👍"));
    }

    void receivedFilesAreDecryptedByThePhone()
    {
        test::ScriptedProvider server(QStringLiteral(""));
        const QByteArray bytes = "%PDF-1.4 carta";
        server.script({{Status::Ok,
                        R"({"success":true,"response":"data:application/pdf;base64,)" +
                            bytes.toBase64() + R"("})",
                        {}},
                       {Status::Ok, R"({"success":true,"response":false})", {}}});
        QNetworkAccessManager network;
        OpenWaClient client(&network, {server.base(), "owa-key"});
        QTemporaryDir folder;
        MediaInfo media;
        media.fileName = QStringLiteral("carta.pdf");
        const auto saved = waitFor(client.downloadMedia(
            QStringLiteral("false_573012345678@c.us_F1"), media, folder.path()));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        QCOMPARE(saved->mimeType, QStringLiteral("application/pdf"));
        QVERIFY(saved->localPath.endsWith(QStringLiteral(".pdf")));
        QFile file(saved->localPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QCOMPARE(server.seen().first().path, QStringLiteral("/api/messages/decryptMedia"));
        QCOMPARE(argsOf(server.seen().first()).value(QStringLiteral("message")).toString(),
                 QStringLiteral("false_573012345678@c.us_F1"));
        // No data URL: said, nothing saved.
        const auto refused =
            waitFor(client.downloadMedia(QStringLiteral("x"), media, folder.path()));
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("data URL")));
    }

    void errorsAndAnUnreachableServerAreSaidInWords()
    {
        test::ScriptedProvider server(QStringLiteral(""));
        server.script(
            {{Status::Unauthorized,
              R"({"success":false,"error":{"name":"Unauthorized","message":"Invalid api key"}})",
              {}},
             {Status::Ok,
              R"({"success":false,"error":{"name":"InvalidChatId","message":"No such chat"}})",
              {}}});
        QNetworkAccessManager network;
        OpenWaClient client(&network, {server.base(), "wrong"});
        const SendResult refused =
            waitFor(client.send(outgoing(QStringLiteral("+573012345678"), QStringLiteral("Hola"))));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->httpStatus, 401);
        QVERIFY(refused.error->message().contains(QStringLiteral("Invalid api key")));
        QVERIFY(refused.error->message().contains(QStringLiteral("--api-key")));
        const SendResult notOk =
            waitFor(client.send(outgoing(QStringLiteral("+573012345678"), QStringLiteral("Hola"))));
        QVERIFY(!notOk.ok());
        QVERIFY(notOk.error->message().contains(QStringLiteral("No such chat")));

        // Nothing listens: "unreachable", with the reason.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        OpenWaClient down(&network, {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), "k"});
        down.setRetryPolicy(RetryPolicy{.maxAttempts = 1});
        const auto session = waitFor(down.session());
        QVERIFY(!session);
        QCOMPARE(session.error().httpStatus, 0);
        QVERIFY2(!session.error().message().isEmpty(), "no reason given");
    }

    void theQrCodeShowsUntilThePhoneLinks()
    {
        test::ScriptedProvider receiver(QStringLiteral("/hooks"));
        SandboxConfig config;
        config.openwaLinked = false;
        config.openwaLinkAfter = std::chrono::milliseconds(300);
        config.openwaWebhookUrl = receiver.base();
        config.statusStep = std::chrono::milliseconds(50);
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        OpenWaClient client(&network, {sandbox.openwaBaseUrl(), config.openwaApiKey});
        client.setRetryPolicy(RetryPolicy{.maxAttempts = 1});

        const auto unlinked = waitFor(client.session());
        QVERIFY(unlinked);
        QCOMPARE(unlinked->state, QStringLiteral("UNPAIRED"));
        QVERIFY(!unlinked->connected());
        QVERIFY(unlinked->qrCode.startsWith(QStringLiteral("data:image/png;base64,")));
        QImage qr;
        QVERIFY(qr.loadFromData(
            QByteArray::fromBase64(unlinked->qrCode.section(QLatin1Char(','), 1).toLatin1())));
        QVERIFY(qr.width() >= 200);

        // Sends wait for the phone, and say so.
        const SendResult early =
            waitFor(client.send(outgoing(QStringLiteral("+573012345678"), QStringLiteral("Hola"))));
        QVERIFY(!early.ok());
        QVERIFY(early.error->message().contains(QStringLiteral("scan the QR code")));

        // Polled as the connect dialog does, until connected.
        std::optional<PhoneSessionState> linked;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto now = waitFor(client.session());
                if (now && now->connected())
                    linked = now.value();
                return linked.has_value();
            },
            5000));
        QCOMPARE(linked->hostNumber, QStringLiteral("+573001112233"));
        QCOMPARE(linked->batteryPercent, 87);
        QVERIFY(linked->plugged);
        QVERIFY(linked->qrCode.isEmpty());
        QTRY_VERIFY(!receiver.seen().isEmpty());
        const auto state = openwa::parseWebhook(receiver.seen().first().body);
        QVERIFY(state);
        // Linked: the account is well again.
        QVERIFY(std::get<AccountHealthEvent>(state->first()).problem.isEmpty());
    }

    void endToEndAgainstTheSandboxInTheV4Envelope()
    {
        test::ScriptedProvider receiver(QStringLiteral("/hooks"));
        SandboxConfig config;
        config.openwaWebhookVersion = 4;
        config.openwaWebhookUrl = receiver.base();
        config.statusStep = std::chrono::milliseconds(50);
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        OpenWaClient client(&network, {sandbox.openwaBaseUrl(), config.openwaApiKey});

        const auto chats = waitFor(client.listChats({}));
        QVERIFY(chats);
        QCOMPARE(chats->chats.size(), 2); // the staff group is left out
        const auto history = waitFor(client.fetchHistory(chats->chats.first().phone, {}));
        QVERIFY2(history, history ? "" : qPrintable(history.error().message()));
        QVERIFY(!history->messages.isEmpty());
        QVERIFY(!history->nextCursor.isEmpty());
        const auto contacts = waitFor(client.listContacts());
        QVERIFY(contacts && contacts->size() == 2);
        const auto health = waitFor(client.healthCheck());
        QVERIFY(health);
        QCOMPARE(health->value(QStringLiteral("state")).toString(), QStringLiteral("CONNECTED"));

        const SendResult sent = waitFor(
            client.send(outgoing(QStringLiteral("+573012345678"), QStringLiteral("Mesa lista"))));
        QVERIFY(sent.ok());
        QTRY_COMPARE_WITH_TIMEOUT(receiver.seen().size(), 2, 5000);
        QStringList statuses;
        for (const auto &hook : receiver.seen()) {
            QCOMPARE(hook.header(openwa::apiKeyHeader), config.openwaApiKey);
            QVERIFY(QJsonDocument::fromJson(hook.body).object().contains(QStringLiteral("ts")));
            const auto status = std::get<StatusEvent>(openwa::parseWebhook(hook.body)->first());
            QCOMPARE(status.externalId, sent.externalId);
            statuses << status.status;
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("delivered"), QStringLiteral("read")}));

        sandbox.customerWrites(QStringLiteral("openwa"), QStringLiteral("573187776655"),
                               QStringLiteral("Sofía"), QStringLiteral("¿Abren el domingo?"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.seen().size(), 3, 5000);
        const auto inbound =
            std::get<MessageEvent>(openwa::parseWebhook(receiver.seen().last().body)->first());
        QCOMPARE(inbound.from, QStringLiteral("+573187776655"));
        QCOMPARE(inbound.customerName, QStringLiteral("Sofía"));
    }
};

QTEST_MAIN(TestOpenWa)
#include "tst_openwa.moc"
