// SPDX-License-Identifier: GPL-3.0-or-later
// UniPile: its webhooks normalised and applied to the cache, and UniPile's API as UnipileClient
// calls it, checked request by request against a local server speaking UniPile's format, and
// end to end against the sandbox.
#include "Fixtures.h"
#include "ProviderRegistry.h"
#include "Sandbox.h"
#include "ScriptedProvider.h"
#include "TempCache.h"
#include "Waiting.h"
#include "cache/AccountStore.h"
#include "cache/OutboxStore.h"
#include "core/SandboxHttp.h"
#include "relay/RelayClient.h"
#include "sync/HistorySync.h"
#include "sync/SyncEngine.h"
#include "unipile/UnipileClient.h"
#include "unipile/UnipileProvider.h"
#include "unipile/UnipileWebhook.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace inbox;
using test::outgoing;
using test::waitFor;
using Status = QHttpServerResponder::StatusCode;

namespace {

QByteArray fixture(const QString &name)
{
    return test::fixtureFile(QStringLiteral("unipile/") + name);
}

QList<ProviderEvent> parsed(const QString &name)
{
    const auto events = unipile::parseWebhook(fixture(name));
    if (!events)
        qFatal("parse failed: %s", qPrintable(events.error()));
    return events.value();
}

const QByteArray chatStarted =
    R"({"object":"ChatStarted","chat_id":"R8J-xM9WX7eoHLp6gSVtWQ","message_id":"ykmhfXlRW0W_cqReJYrfBw"})";
const QByteArray messageSent = R"({"object":"MessageSent","message_id":"Zq1mSent0002"})";
const QByteArray badKey =
    R"({"status":401,"type":"errors/invalid_credentials","title":"Invalid credentials","detail":"The API key is not valid."})";
const QByteArray chatsPage1 =
    R"({"object":"ChatList","items":[{"object":"Chat","id":"chat-a","account_id":"acc","provider_id":"34612345678@s.whatsapp.net","name":"Lucía","type":0},{"object":"Chat","id":"chat-g","account_id":"acc","provider_id":"120363041234567890@g.us","name":"Staff","type":1}],"cursor":"c2"})";
const QByteArray chatsPage2 =
    R"({"object":"ChatList","items":[{"object":"Chat","id":"chat-b","account_id":"acc","provider_id":"447700900123@s.whatsapp.net","name":"Oliver","type":0}],"cursor":null})";
const QByteArray messagesPage =
    R"({"object":"MessageList","items":[{"object":"Message","id":"m2","chat_id":"chat-b","text":"See you","is_sender":1,"timestamp":"2026-11-20T10:01:00.000Z","attachments":[]},{"object":"Message","id":"m1","chat_id":"chat-b","text":"Hello","is_sender":0,"timestamp":"2026-11-20T10:00:00.000Z","attachments":[]}],"cursor":"older"})";

} // namespace

class TestUnipile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receivedMessagesAreNormalised()
    {
        const auto m =
            std::get<MessageEvent>(parsed(QStringLiteral("message_received.json")).first());
        QCOMPARE(m.direction, Direction::Inbound);
        QCOMPARE(m.externalId, QStringLiteral("ykmhfXlRW0W_cqReJYrfBw"));
        QCOMPARE(m.from, QStringLiteral("+34612345678"));
        QCOMPARE(m.text, QStringLiteral("Hola! ¿Tienen el modelo en azul?"));
        QCOMPARE(m.customerName, QStringLiteral("Lucía Fernández"));
        QCOMPARE(m.kind, QStringLiteral("image"));
        QVERIFY(m.media);
        QCOMPARE(m.media->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(m.media->fileName, QStringLiteral("modelo.jpg"));
        QCOMPARE(m.media->sizeBytes, 184320);
        QCOMPARE(m.media->providerMediaId, QStringLiteral("2-MTY5MzQ3ODM0MTgxOWI4MDA4My0wMDMm"));
        QCOMPARE(m.replyTo, QStringLiteral("Ab3sQuotedMessage0001"));
        QCOMPARE(m.timestamp, QDateTime(QDate(2026, 11, 20), QTime(13, 49, 7, 965), Qt::UTC));
    }

    void isSenderDecidesTheDirection()
    {
        const auto m = std::get<MessageEvent>(parsed(QStringLiteral("message_sent.json")).first());
        QCOMPARE(m.direction, Direction::Outbound);
        QCOMPARE(m.to, QStringLiteral("+34612345678"));
        QVERIFY(m.from.isEmpty());
        QCOMPARE(m.kind, QStringLiteral("text"));
        QVERIFY(!m.media);
        QVERIFY(m.customerName.isEmpty()); // not our own account's name
    }

    void reactionsReadsGroupsAndOtherEvents()
    {
        const auto reaction =
            std::get<MessageEvent>(parsed(QStringLiteral("message_reaction.json")).first());
        QCOMPARE(reaction.kind, QStringLiteral("reaction"));
        QCOMPARE(reaction.text, QStringLiteral("👍"));
        QCOMPARE(reaction.replyTo, QStringLiteral("Zq1mSentFromPhone0002"));
        QCOMPARE(reaction.direction, Direction::Inbound); // the customer reacted
        QCOMPARE(reaction.from, QStringLiteral("+34612345678"));

        const auto read =
            std::get<StatusEvent>(parsed(QStringLiteral("message_read.json")).first());
        QCOMPARE(read.externalId, QStringLiteral("Zq1mSentFromPhone0002"));
        QCOMPARE(read.status, QStringLiteral("read"));

        const auto group =
            std::get<NoticeEvent>(parsed(QStringLiteral("message_group.json")).first());
        QCOMPARE(group.field, QStringLiteral("group"));
        QVERIFY(group.detail.contains(QStringLiteral("120363041234567890@g.us")));
        QVERIFY(group.detail.contains(QStringLiteral("not shown")));

        // The account's health, for the status bar: credentials needed, in words.
        const auto status =
            std::get<AccountHealthEvent>(parsed(QStringLiteral("account_status.json")).first());
        QVERIFY2(status.problem.contains(QStringLiteral("credentials")),
                 qPrintable(status.problem));

        const auto wrong = unipile::parseWebhook(R"({"eventType":"message"})");
        QVERIFY(!wrong);
        QVERIFY(wrong.error().contains(QStringLiteral("not a UniPile webhook")));
        QVERIFY(!unipile::parseWebhook("{nope"));
    }

    void theCacheGetsEachMessageOnceAndNoGroups()
    {
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        const QString account = QStringLiteral("t5XY4yQzR9WVrlNFyzPMhw");
        const auto now = QDateTime::currentDateTimeUtc();
        const QList<RelayEvent> events{{1, QStringLiteral("unipile"), account, now,
                                        fixture(QStringLiteral("message_received.json"))},
                                       {2, QStringLiteral("unipile"), account, now,
                                        fixture(QStringLiteral("message_sent.json"))},
                                       {3, QStringLiteral("unipile"), account, now,
                                        fixture(QStringLiteral("message_received.json"))},
                                       {4, QStringLiteral("unipile"), account, now,
                                        fixture(QStringLiteral("message_group.json"))},
                                       {5, QStringLiteral("unipile"), account, now,
                                        fixture(QStringLiteral("message_reaction.json"))},
                                       {6, QStringLiteral("unipile"), account, now,
                                        fixture(QStringLiteral("message_read.json"))}};
        const SyncReport report = waitFor(sync.apply(events));
        QCOMPARE(report.messages, 2);
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM conversations")).toInt(),
            1);
        QCOMPARE(test::scalar(*cache.db(),
                              QStringLiteral("SELECT direction FROM messages WHERE "
                                             "provider_message_id = 'Zq1mSentFromPhone0002'"))
                     .toString(),
                 QStringLiteral("out"));
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT customer_name FROM conversations"))
                .toString(),
            QStringLiteral("Lucía Fernández"));
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT name FROM leads")).toString(),
                 QStringLiteral("WhatsApp +34612345678"));
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT emoji FROM reactions")).toString(),
            QStringLiteral("👍"));
        QCOMPARE(test::scalar(*cache.db(),
                              QStringLiteral("SELECT status FROM messages WHERE "
                                             "provider_message_id = 'Zq1mSentFromPhone0002'"))
                     .toString(),
                 QStringLiteral("read"));
    }

    void anEchoOfOurQueuedSendIsThatMessageNotASecondOne()
    {
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        const QString account = QStringLiteral("t5XY4yQzR9WVrlNFyzPMhw");
        const qint64 conversation = test::makeConversation(
            *cache.db(), QStringLiteral("unipile-") + account, QStringLiteral("+34612345678"),
            QStringLiteral("Lucía"), QDateTime::currentDateTimeUtc());
        test::scalar(
            *cache.db(),
            QStringLiteral("UPDATE accounts SET provider = 'unipile', relay_account = '%1'")
                .arg(account));
        // Our send is still waiting for UniPile's answer when its webhook arrives.
        OutboxStore(cache.db())
            .enqueue(test::message(conversation, QStringLiteral("unipile-") + account, {},
                                   Direction::Outbound, QStringLiteral("Sí, llega el lunes"),
                                   QDateTime::currentDateTimeUtc()))
            .waitForFinished();
        waitFor(sync.apply({{1, QStringLiteral("unipile"), account, QDateTime::currentDateTimeUtc(),
                             fixture(QStringLiteral("message_sent.json"))}}));
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(),
                 1);
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT provider_message_id FROM messages"))
                .toString(),
            QStringLiteral("Zq1mSentFromPhone0002"));
        // The send's own answer then brings the same id: still one message, now sent.
        const qint64 entry =
            test::scalar(*cache.db(), QStringLiteral("SELECT id FROM outbox")).toLongLong();
        OutboxStore(cache.db())
            .markSent(entry, QStringLiteral("Zq1mSentFromPhone0002"),
                      QDateTime::currentDateTimeUtc())
            .waitForFinished();
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(),
                 1);
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT status FROM messages")).toString(),
            QStringLiteral("sent"));
    }

    void theFirstSendStartsTheChatAndLaterOnesGoToIt()
    {
        test::ScriptedProvider server(QStringLiteral("/api/v1"));
        server.script({{Status::Created, chatStarted, {}},
                       {Status::Ok, messageSent, {}},
                       {Status::Ok, R"({"object":"ReactionAdded"})", {}}});
        QNetworkAccessManager network;
        UnipileClient client(&network, {server.base(), "key-123", QStringLiteral("acc-1")});

        const OutgoingMessage first =
            outgoing(QStringLiteral("+34612345678"), QStringLiteral("¡Hola Lucía!"));
        const SendResult started = waitFor(client.send(first));
        QVERIFY2(started.ok(), qPrintable(started.error ? started.error->message() : QString()));
        QCOMPARE(started.externalId, QStringLiteral("ykmhfXlRW0W_cqReJYrfBw"));
        const auto &start = server.seen().at(0);
        QCOMPARE(start.method, QHttpServerRequest::Method::Post);
        QCOMPARE(start.path, QStringLiteral("/api/v1/chats"));
        QCOMPARE(start.header("X-API-KEY"), QByteArray("key-123"));
        QVERIFY(start.contentType.startsWith("multipart/form-data"));
        auto form = sandbox::formParts(start.body, start.contentType);
        QCOMPARE(form.value(QStringLiteral("account_id")).value, QByteArray("acc-1"));
        QCOMPARE(form.value(QStringLiteral("attendees_ids")).value,
                 QByteArray("34612345678@s.whatsapp.net"));
        QCOMPARE(QString::fromUtf8(form.value(QStringLiteral("text")).value),
                 QStringLiteral("¡Hola Lucía!"));

        const OutgoingMessage reply = outgoing(QStringLiteral("+34612345678"), QStringLiteral("Sí"),
                                               MessageKind::Text, QStringLiteral("quoted-1"));
        QCOMPARE(waitFor(client.send(reply)).externalId, QStringLiteral("Zq1mSent0002"));
        const auto &second = server.seen().at(1);
        QCOMPARE(second.path, QStringLiteral("/api/v1/chats/R8J-xM9WX7eoHLp6gSVtWQ/messages"));
        form = sandbox::formParts(second.body, second.contentType);
        QCOMPARE(form.value(QStringLiteral("quote_id")).value, QByteArray("quoted-1"));
        QVERIFY(!form.contains(QStringLiteral("account_id")));

        const OutgoingMessage reaction =
            outgoing(QStringLiteral("+34612345678"), QStringLiteral("❤️"),
                     MessageKind::Reaction, QStringLiteral("m-9"));
        QVERIFY(waitFor(client.send(reaction)).ok());
        QCOMPARE(server.seen().at(2).path, QStringLiteral("/api/v1/messages/m-9/reaction"));
        QCOMPARE(QJsonDocument::fromJson(server.seen().at(2).body)
                     .object()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("❤️"));

        // The chat of a sent message is known, so its chat can be marked read.
        QVERIFY(waitFor(client.markRead(QStringLiteral("Zq1mSent0002"))).ok());
        QCOMPARE(server.seen().at(3).method, QHttpServerRequest::Method::Patch);
        QCOMPARE(server.seen().at(3).path, QStringLiteral("/api/v1/chats/R8J-xM9WX7eoHLp6gSVtWQ"));
        QCOMPARE(QJsonDocument::fromJson(server.seen().at(3).body)
                     .object()
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("setReadStatus"));
    }

    void filesGoAsMultipartAttachments()
    {
        test::ScriptedProvider server(QStringLiteral("/api/v1"));
        server.script({{Status::Created, chatStarted, {}}});
        QNetworkAccessManager network;
        UnipileClient client(&network, {server.base(), "key-123", QStringLiteral("acc-1")});
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("menu.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 menu");
        file.close();
        MediaInfo media;
        media.localPath = file.fileName();
        media.mimeType = QStringLiteral("application/pdf");
        OutgoingMessage message = outgoing(QStringLiteral("+34612345678"),
                                           QStringLiteral("Our menu"), MessageKind::Document);
        message.media = media;
        QVERIFY(waitFor(client.send(message)).ok());
        const auto form =
            sandbox::formParts(server.seen().first().body, server.seen().first().contentType);
        QCOMPARE(form.value(QStringLiteral("attachments")).fileName, QStringLiteral("menu.pdf"));
        QCOMPARE(form.value(QStringLiteral("attachments")).value, QByteArray("%PDF-1.4 menu"));
        QCOMPARE(form.value(QStringLiteral("attachments")).contentType,
                 QByteArray("application/pdf"));

        // A file that is gone is refused before anything is sent.
        media.localPath = dir.filePath(QStringLiteral("gone.pdf"));
        message.media = media;
        const SendResult gone = waitFor(client.send(message));
        QVERIFY(!gone.ok());
        QVERIFY(gone.error->message().contains(QStringLiteral("attach the file again")));
        QCOMPARE(server.seen().size(), 1);
    }

    void attachmentsAreDownloadedByMessageAndAttachmentId()
    {
        test::ScriptedProvider server(QStringLiteral("/api/v1"));
        server.script({{Status::Ok, "JPEGBYTES", {}}});
        QNetworkAccessManager network;
        UnipileClient client(&network, {server.base(), "key-123", QStringLiteral("acc-1")});
        const auto m =
            std::get<MessageEvent>(parsed(QStringLiteral("message_received.json")).first());
        QTemporaryDir folder;
        const auto saved = waitFor(client.downloadMedia(m.externalId, *m.media, folder.path()));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        QCOMPARE(server.seen().first().path,
                 QStringLiteral("/api/v1/messages/ykmhfXlRW0W_cqReJYrfBw/attachments/"
                                "2-MTY5MzQ3ODM0MTgxOWI4MDA4My0wMDMm"));
        QCOMPARE(server.seen().first().header("X-API-KEY"), QByteArray("key-123"));
        QFile file(saved->localPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("JPEGBYTES"));
        QVERIFY(saved->localPath.endsWith(QStringLiteral(".jpeg")) ||
                saved->localPath.endsWith(QStringLiteral(".jpg")));
    }

    void errorsSayWhatToDo()
    {
        test::ScriptedProvider server(QStringLiteral("/api/v1"));
        server.script({{Status::Unauthorized, badKey, {}}});
        QNetworkAccessManager network;
        UnipileClient client(&network, {server.base(), "wrong", QStringLiteral("acc-1")});
        const SendResult refused =
            waitFor(client.send(outgoing(QStringLiteral("+34612345678"), QStringLiteral("Hi"))));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->provider, unipile::id());
        QCOMPARE(refused.error->httpStatus, 401);
        QCOMPARE(refused.error->code, QStringLiteral("errors/invalid_credentials"));
        QVERIFY(refused.error->message().contains(QStringLiteral("Invalid credentials")));
        QVERIFY(refused.error->message().contains(QStringLiteral("API key")));

        const auto templates = waitFor(client.listTemplates({}));
        QVERIFY(!templates);
        QVERIFY(templates.error().message().contains(QStringLiteral("no WhatsApp templates")));
        const OutgoingMessage templ =
            outgoing(QStringLiteral("+34612345678"), {}, MessageKind::Template);
        QVERIFY(!waitFor(client.send(templ)).ok());
        QCOMPARE(server.seen().size(), 1);
    }

    void historyPagesChatsThenMessages()
    {
        test::ScriptedProvider server(QStringLiteral("/api/v1"));
        server.script({{Status::Ok, chatsPage1, {}},
                       {Status::Ok, chatsPage2, {}},
                       {Status::Ok, messagesPage, {}}});
        QNetworkAccessManager network;
        UnipileClient client(&network, {server.base(), "key-123", QStringLiteral("acc-1")});
        // Oliver's chat is on the second page: the client walks the pages to find it.
        const auto page = waitFor(client.fetchHistory(QStringLiteral("+447700900123"), {}));
        QVERIFY2(page, page ? "" : qPrintable(page.error().message()));
        QCOMPARE(page->messages.size(), 2);
        QCOMPARE(page->messages.first().direction, Direction::Outbound);
        QCOMPARE(page->messages.first().to, QStringLiteral("+447700900123"));
        QCOMPARE(page->messages.last().from, QStringLiteral("+447700900123"));
        QCOMPARE(page->nextCursor, QStringLiteral("older"));
        QCOMPARE(server.seen().size(), 3);
        QCOMPARE(QUrlQuery(server.seen().at(0).query).queryItemValue(QStringLiteral("account_id")),
                 QStringLiteral("acc-1"));
        QCOMPARE(QUrlQuery(server.seen().at(1).query).queryItemValue(QStringLiteral("cursor")),
                 QStringLiteral("c2"));
        QCOMPARE(server.seen().at(2).path, QStringLiteral("/api/v1/chats/chat-b/messages"));
    }

    void historySyncBringsEveryChatOnceWithProgress()
    {
        SandboxConfig config;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        auto client = std::make_shared<UnipileClient>(
            &network, UnipileAccount{sandbox.unipileBaseUrl(), config.unipileApiKey,
                                     config.unipileAccountId});
        test::TempCache cache;
        Account account;
        account.id = QStringLiteral("unipile-sales");
        account.provider = unipile::id();
        account.displayName = QStringLiteral("Acme Sales");
        AccountStore(cache.db()).upsert(account).waitForFinished();
        for (int run = 0; run < 2; ++run) {
            HistorySync sync(cache.db(), QStringLiteral("unipile-sales"), client);
            QSignalSpy progress(&sync, &HistorySync::progress);
            QSignalSpy finished(&sync, &HistorySync::finished);
            sync.start();
            QTRY_COMPARE(finished.size(), 1);
            QCOMPARE(finished.first().at(0).toInt(), 3);
            // Every message once: the second run finds nothing new.
            QCOMPARE(finished.first().at(1).toInt(), run == 0 ? 6 : 0);
            QVERIFY(finished.first().at(2).toString().isEmpty());
            QCOMPARE(progress.last().at(0).toInt(), 3);
            QCOMPARE(progress.last().at(1).toInt(), 3);
        }
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(),
                 6);
        QCOMPARE(test::scalar(*cache.db(),
                              QStringLiteral("SELECT customer_name FROM conversations WHERE "
                                             "customer_phone = '+447700900456'"))
                     .toString(),
                 QStringLiteral("Amelia Clarke"));

        // A wrong key: the list of chats fails, and the end says why.
        auto wrong = std::make_shared<UnipileClient>(
            &network, UnipileAccount{sandbox.unipileBaseUrl(), "wrong", config.unipileAccountId});
        HistorySync refused(cache.db(), QStringLiteral("unipile-sales"), wrong);
        QSignalSpy finished(&refused, &HistorySync::finished);
        refused.start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("API key")));
    }

    void endToEndAgainstTheSandbox()
    {
        // The sandbox's webhooks go to a local receiver that records them.
        test::ScriptedProvider receiver(QStringLiteral("/hooks"));
        SandboxConfig config;
        config.statusStep = std::chrono::milliseconds(50);
        config.unipileWebhookUrl = receiver.base();
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        UnipileClient client(
            &network, {sandbox.unipileBaseUrl(), config.unipileApiKey, config.unipileAccountId});

        const auto accounts = waitFor(client.listAccounts());
        QVERIFY(accounts && accounts->size() == 1);
        QCOMPARE(accounts->first().phone, QStringLiteral("+442071838750"));
        QCOMPARE(accounts->first().status, QStringLiteral("OK"));

        const auto chats = waitFor(client.listChats({}));
        QVERIFY(chats);
        QCOMPARE(chats->chats.size(), 3);
        const auto history = waitFor(client.fetchHistory(QStringLiteral("+447700900123"), {}));
        QVERIFY(history);
        QCOMPARE(history->messages.size(), 3);
        QCOMPARE(history->messages.first().text, QStringLiteral("Brilliant, ordering now"));

        const SendResult sent = waitFor(
            client.send(outgoing(QStringLiteral("+447700900123"), QStringLiteral("Shipped!"))));
        QVERIFY(sent.ok());
        // The send comes back as a webhook, then delivered, then read: all ours to parse.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.seen().size(), 3, 5000);
        QStringList kinds;
        for (const auto &hook : receiver.seen()) {
            QCOMPARE(hook.header(unipile::secretHeader), config.unipileWebhookSecret);
            const auto events = unipile::parseWebhook(hook.body);
            QVERIFY(events);
            if (const auto *m = std::get_if<MessageEvent>(&events->first())) {
                QCOMPARE(m->externalId, sent.externalId);
                QCOMPARE(m->direction, Direction::Outbound);
                kinds << QStringLiteral("message");
            } else {
                kinds << std::get<StatusEvent>(events->first()).status;
            }
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("message"), QStringLiteral("delivered"),
                                     QStringLiteral("read")}));

        // Attendees with their pictures, kept on disk.
        const auto attendees = waitFor(client.listAttendees({}));
        QVERIFY(attendees && !attendees->first.isEmpty());
        QTemporaryDir pictures;
        const auto picture =
            waitFor(client.attendeePicture(attendees->first.first().id, pictures.path()));
        QVERIFY(picture);
        QVERIFY(!QImage(picture.value()).isNull());
        const auto requests = sandbox.requests().size();
        QCOMPARE(
            waitFor(client.attendeePicture(attendees->first.first().id, pictures.path())).value(),
            picture.value());
        QCOMPARE(sandbox.requests().size(), requests);

        // A customer writes: an inbound webhook with the secret header.
        sandbox.customerWrites(QStringLiteral("unipile"), QStringLiteral("34699887766"),
                               QStringLiteral("Nuria"), QStringLiteral("¿Hay descuento?"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.seen().size(), 4, 5000);
        const auto inbound =
            std::get<MessageEvent>(unipile::parseWebhook(receiver.seen().last().body)->first());
        QCOMPARE(inbound.from, QStringLiteral("+34699887766"));
        QCOMPARE(inbound.customerName, QStringLiteral("Nuria"));
    }
};

QTEST_MAIN(TestUnipile)
#include "tst_unipile.moc"
