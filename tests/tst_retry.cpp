// SPDX-License-Identifier: GPL-3.0-or-later
// Retry of a failed message from the chat view: the Retry under the bubble puts it back in the
// outbox and the provider (a local stand-in for the Graph API) is called again.
#include "AttachPreview.h"
#include "Borrowed.h"
#include "Composer.h"
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "ProviderRegistry.h"
#include "ScriptedProvider.h"
#include "TempCache.h"
#include "cache/MessageStore.h"
#include "cache/OutboxStore.h"
#include "controllers/MessageController.h"
#include "controllers/TeamContext.h"
#include "itemmodels/MessageListModel.h"
#include "meta/MetaClient.h"
#include "sync/MediaFetcher.h"
#include "sync/OutboxWorker.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

namespace {

const QByteArray refused =
    R"({"error":{"message":"(#131026) Message undeliverable","code":131026,"error_data":{"details":"Unable to deliver the message"}}})";
const QByteArray accepted = R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.AGAIN"}]})";

/// A conversation with Joana on the Meta account, a local stand-in for the Graph API, and the
/// outbox worker sending through it (only what the cache announces).
struct SendingDesk
{
    test::TempCache cache;
    test::ScriptedProvider graph;
    QNetworkAccessManager network;
    MetaClient client{
        &network, {QStringLiteral("106540352242922"), QStringLiteral("1"), "token", graph.base()}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 conversation = test::makeConversation(*cache.db(), QStringLiteral("meta-store"),
                                                       QStringLiteral("+5511987654321"),
                                                       QStringLiteral("Joana"), now.addSecs(-600));
    OutboxWorker worker{cache.db(), [this](const QString &) -> std::shared_ptr<ProviderApi> {
                            return test::borrowed(&client);
                        }};
};

} // namespace

class TestRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryCallsTheProviderAgain()
    {
        SendingDesk desk;
        auto &[cache, graph, network, client, now, conversation, worker] = desk;
        graph.script({{QHttpServerResponder::StatusCode::BadRequest, refused, {}},
                      {QHttpServerResponder::StatusCode::Ok, accepted, {}}});
        QSignalSpy failed(&worker, &OutboxWorker::messageFailed);
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        worker.start(std::chrono::hours(1)); // only what the cache announces
        const qint64 id = OutboxStore(cache.db())
                              .enqueue(test::message(conversation, QStringLiteral("meta-store"), {},
                                                     Direction::Outbound,
                                                     QStringLiteral("Your table is ready"), now))
                              .result();
        QVERIFY(failed.wait(10000));

        MainWindow window(cache.db(), QStringLiteral("priya"), providerCatalog());
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationAt(0);
        QVERIFY(ready.wait());
        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
        QModelIndex bubble;
        QTRY_VERIFY((bubble = view->model()->index(view->model()->rowCount() - 1, 0)).isValid());
        QTRY_COMPARE(bubble.data(MessageListModel::StatusRole).toString(),
                     QStringLiteral("failed"));
        QVERIFY(bubble.data(MessageListModel::FailureReasonRole)
                    .toString()
                    .contains(QStringLiteral("deliver")));
        QStyleOptionViewItem option;
        option.font = view->font();
        QTRY_VERIFY(view->visualRect(bubble).height() > 0);
        option.rect = view->visualRect(bubble);
        const QRect retry = delegate->retryButtonRect(option, bubble);
        QVERIFY(!retry.isEmpty());
        QCOMPARE(graph.seen().size(), 1);

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, retry.center());
        QVERIFY(sent.wait(10000));
        QCOMPARE(graph.seen().size(), 2); // the provider was called again
        QCOMPARE(graph.seen().last().body, graph.seen().first().body);
        const Message message = MessageStore(cache.db()).byIds({id}).result().first();
        QCOMPARE(message.delivery->status, MessageStatus::Sent);
        QCOMPARE(message.providerMessageId, QStringLiteral("wamid.AGAIN"));
        QVERIFY(message.delivery->failureReason.isEmpty());
        QTRY_COMPARE(view->model()
                         ->index(view->model()->rowCount() - 1, 0)
                         .data(MessageListModel::StatusRole)
                         .toString(),
                     QStringLiteral("sent"));

        // A second click on a message that is no longer failed changes nothing.
        QVERIFY(!OutboxStore(cache.db()).retry(id, now).result());
        QCOMPARE(OutboxStore(cache.db()).size().result(), 0);
    }

    void reactionsShowOnTheBubbleAndGoThroughTheProvider()
    {
        SendingDesk desk;
        auto &[cache, graph, network, client, now, conversation, worker] = desk;
        MessageStore(cache.db())
            .insert({test::message(conversation, QStringLiteral("meta-store"),
                                   QStringLiteral("wamid.IN1"), Direction::Inbound,
                                   QStringLiteral("Is my order ready?"), now.addSecs(-60))})
            .waitForFinished();
        graph.script({{QHttpServerResponder::StatusCode::Ok, accepted, {}},
                      {QHttpServerResponder::StatusCode::Ok,
                       R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.UNREACT"}]})",
                       {}}});
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        worker.start(std::chrono::hours(1));

        MainWindow window(cache.db(), QStringLiteral("priya"), providerCatalog());
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationAt(0);
        QVERIFY(ready.wait());
        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QModelIndex bubble = view->model()->index(0, 0);
        window.reactTo(bubble, QStringLiteral("👍"));
        // On the bubble at once, not as a bubble of its own, and not as the list's preview.
        QTRY_COMPARE(
            view->model()->index(0, 0).data(MessageListModel::ReactionsRole).toStringList(),
            QStringList{QStringLiteral("👍")});
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT last_message_text FROM conversations"))
                .toString(),
            QStringLiteral("Is my order ready?"));
        const QJsonObject body = QJsonDocument::fromJson(graph.seen().first().body).object();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("reaction"));
        QCOMPARE(body.value(QStringLiteral("reaction"))
                     .toObject()
                     .value(QStringLiteral("message_id"))
                     .toString(),
                 QStringLiteral("wamid.IN1"));
        QCOMPARE(body.value(QStringLiteral("reaction"))
                     .toObject()
                     .value(QStringLiteral("emoji"))
                     .toString(),
                 QStringLiteral("👍"));
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/reaction.png"));

        // Taking it back: gone from the bubble, and the provider is told (an empty emoji).
        window.reactTo(view->model()->index(0, 0), {});
        QTRY_VERIFY(view->model()
                        ->index(0, 0)
                        .data(MessageListModel::ReactionsRole)
                        .toStringList()
                        .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 10000);
        QCOMPARE(QJsonDocument::fromJson(graph.seen().last().body)
                     .object()
                     .value(QStringLiteral("reaction"))
                     .toObject()
                     .value(QStringLiteral("emoji"))
                     .toString(),
                 QString());
        QTRY_COMPARE(OutboxStore(cache.db()).size().result(), 0);
    }
};

class TestAttachments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkedBeforeSendingThenUploadedAndSentAsAReply()
    {
        test::TempCache cache;
        test::ScriptedProvider graph;
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"), QStringLiteral("1"),
                                     "token", graph.base()});
        const qint64 conversation = test::makeConversation(
            *cache.db(), QStringLiteral("meta-store"), QStringLiteral("+5511987654321"),
            QStringLiteral("Joana"), QDateTime::currentDateTimeUtc());
        TeamContext team(QStringLiteral("priya"));
        MessageController messages(cache.db(), &team);
        Composer composer(cache.db(), QStringLiteral("priya"), &messages);
        composer.setConversation(
            conversation, QStringLiteral("meta-store"), true,
            providerCatalog().capabilitiesOf(Provider(QStringLiteral("meta"))));
        QTemporaryDir files;
        auto write = [&files](const QString &name, const QByteArray &head, qint64 size) {
            QFile file(files.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(head);
            file.write(QByteArray(size - head.size(), '\0'));
            return file.fileName();
        };
        const QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);

        // Refused before anything is queued: too large for an image, a program, nothing at all.
        const auto big = composer.attachFile(write(QStringLiteral("big.jpg"), jpeg, 6 << 20));
        QVERIFY2(big &&
                     big->contains(QStringLiteral(
                         "big.jpg is 6 MiB, more than the 5 MiB this kind of file (photo) may be")),
                 qPrintable(big.value_or(QString())));
        QVERIFY(!composer.findChild<AttachPreview *>());
        const auto program = composer.attachFile(QStringLiteral("/bin/true"));
        QVERIFY(program && program->contains(QStringLiteral("program")));
        QVERIFY(composer.attachFile(files.filePath(QStringLiteral("missing.pdf"))));
        // The provider's own limits: WATI sends no stickers.
        composer.setConversation(
            conversation, QStringLiteral("meta-store"), true,
            providerCatalog().capabilitiesOf(Provider(QStringLiteral("wati"))));
        const auto sticker = composer.attachFile(
            write(QStringLiteral("smile.webp"), QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16), 4096));
        QVERIFY2(sticker && sticker->contains(QStringLiteral(
                                "smile.webp (sticker): this account's provider does not send")),
                 qPrintable(sticker.value_or(QString())));
        composer.setConversation(
            conversation, QStringLiteral("meta-store"), true,
            providerCatalog().capabilitiesOf(Provider(QStringLiteral("meta"))));
        QCOMPARE(OutboxStore(cache.db()).size().result(), 0);

        // A photo, quoting the customer's message: uploaded first, then sent by its media id.
        graph.script({{QHttpServerResponder::StatusCode::Ok, R"({"id":"MEDIA-1"})", {}},
                      {QHttpServerResponder::StatusCode::Ok,
                       R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.PHOTO"}]})",
                       {}}});
        composer.replyTo(QStringLiteral("wamid.CUSTOMER"), QStringLiteral("Joana"),
                         QStringLiteral("Is it blue?"));
        auto *editor = composer.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        editor->setPlainText(QStringLiteral("Here it is"));
        QCOMPARE(composer.attachFile(write(QStringLiteral("photo.jpg"), jpeg, 2048)), std::nullopt);
        // The preview first: what goes, its size, the typed text as its caption; Send sends.
        auto *preview = composer.findChild<AttachPreview *>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        QCOMPARE(preview->findChild<QLabel *>(QStringLiteral("attachAbout"))->text(),
                 QStringLiteral("photo.jpg · 2 KiB · photo"));
        auto *caption = preview->findChild<QLineEdit *>(QStringLiteral("attachCaption"));
        QCOMPARE(caption->text(), QStringLiteral("Here it is"));
        QCOMPARE(OutboxStore(cache.db()).size().result(), 0); // nothing goes before Send
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            preview->grab().save(shots + QStringLiteral("/attach-preview.png"));
        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("attachSend")),
                          Qt::LeftButton);
        QTRY_COMPARE(OutboxStore(cache.db()).size().result(), 1);
        QVERIFY(editor->toPlainText().isEmpty()); // the typed text went as the caption
        OutboxWorker worker(cache.db(), [&client](const QString &) -> std::shared_ptr<ProviderApi> {
            return test::borrowed(&client);
        });
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        worker.kick();
        QVERIFY(sent.wait(10000));
        QCOMPARE(graph.seen().size(), 2);
        QCOMPARE(graph.seen().at(0).path, QStringLiteral("/v23.0/106540352242922/media"));
        QVERIFY(graph.seen().at(0).contentType.startsWith("multipart/form-data"));
        const QJsonObject body = QJsonDocument::fromJson(graph.seen().at(1).body).object();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("image"));
        QCOMPARE(body.value(QStringLiteral("image")).toObject().value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("MEDIA-1")));
        QCOMPARE(body.value(QStringLiteral("image")).toObject().value(QStringLiteral("caption")),
                 QJsonValue(QStringLiteral("Here it is")));
        QCOMPARE(
            body.value(QStringLiteral("context")).toObject().value(QStringLiteral("message_id")),
            QJsonValue(QStringLiteral("wamid.CUSTOMER")));
    }
};

class TestThumbnails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPictureOnThisComputerShowsInTheBubble()
    {
        test::TempCache cache;
        const qint64 conversation = test::makeConversation(
            *cache.db(), QStringLiteral("meta-store"), QStringLiteral("+5511987654321"),
            QStringLiteral("Joana"), QDateTime::currentDateTimeUtc());
        QTemporaryDir files;
        QImage picture(800, 600, QImage::Format_RGB32);
        picture.fill(QColor(0x1F, 0x6F, 0xB5));
        const QString path = files.filePath(QStringLiteral("table.png"));
        QVERIFY(picture.save(path));
        auto queue = [&](const QString &localPath) {
            Message message =
                test::message(conversation, QStringLiteral("meta-store"), {}, Direction::Outbound,
                              QStringLiteral("Your table"), QDateTime::currentDateTimeUtc());
            message.kind = MessageKind::Image;
            message.media = MediaInfo{QStringLiteral("image/png"),
                                      QStringLiteral("table.png"),
                                      QFileInfo(path).size(),
                                      {},
                                      {},
                                      localPath,
                                      {},
                                      0};
            OutboxStore(cache.db()).enqueue(message).waitForFinished();
        };
        queue(QString()); // not on this computer: a line with its name and size
        queue(path);      // on this computer: the picture itself

        MainWindow window(cache.db(), QStringLiteral("priya"), providerCatalog());
        window.resize(1400, 900); // a desktop screen: the picture gets its full 260 pixels
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationAt(0);
        QVERIFY(ready.wait());
        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QStyleOptionViewItem option;
        option.font = view->font();
        option.rect = QRect(0, 0, view->viewport()->width(), 10);
        const int without =
            view->itemDelegate()->sizeHint(option, view->model()->index(0, 0)).height();
        const int with =
            view->itemDelegate()->sizeHint(option, view->model()->index(1, 0)).height();
        QVERIFY2(with >= without + 120,
                 qPrintable(QStringLiteral("%1 vs %2").arg(with).arg(without)));
        QTest::qWait(100);
        const QImage shown = view->viewport()->grab().toImage();
        const QRect bubble = view->visualRect(view->model()->index(1, 0));
        // The picture's blue is painted inside its bubble.
        bool blue = false;
        for (int x = bubble.left(); x < bubble.right() && !blue; x += 4) {
            for (int y = bubble.top(); y < bubble.bottom() && !blue; y += 4)
                blue = shown.pixelColor(x, y) == QColor(0x1F, 0x6F, 0xB5);
        }
        QVERIFY(blue);
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/thumbnail.png"));
    }

    void aReceivedPictureIsDownloadedOnceAndShown()
    {
        test::TempCache cache;
        test::ScriptedProvider graph;
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"), QStringLiteral("1"),
                                     "token", graph.base()});
        QImage picture(640, 480, QImage::Format_RGB32);
        picture.fill(QColor(0xE0, 0x7A, 0x1F));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
        // Meta's two steps: the media's description with its URL, then the file itself.
        const QJsonObject described{
            {QStringLiteral("url"), graph.base().toString() + QStringLiteral("/file/IMG1")},
            {QStringLiteral("mime_type"), QStringLiteral("image/png")},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("file_size"), png.size()},
            {QStringLiteral("id"), QStringLiteral("MEDIA1")}};
        graph.script({{QHttpServerResponder::StatusCode::Ok, QJsonDocument(described).toJson(), {}},
                      {QHttpServerResponder::StatusCode::Ok, png, {}}});
        const qint64 conversation = test::makeConversation(
            *cache.db(), QStringLiteral("meta-store"), QStringLiteral("+5511987654321"),
            QStringLiteral("Joana"), QDateTime::currentDateTimeUtc());
        Message received = test::message(
            conversation, QStringLiteral("meta-store"), QStringLiteral("wamid.PIC"),
            Direction::Inbound, QStringLiteral("The damaged box"), QDateTime::currentDateTimeUtc());
        received.kind = MessageKind::Image;
        MediaInfo media;
        media.mimeType = QStringLiteral("image/png");
        media.providerMediaId = QStringLiteral("MEDIA1");
        received.media = media;
        MessageStore(cache.db()).insert({received}).waitForFinished();
        // Read already: opening the chat sends no read receipt, only the download asks Meta.
        test::scalar(*cache.db(), QStringLiteral("UPDATE conversations SET unread_count = 0"));

        MainWindow window(cache.db(), QStringLiteral("priya"), providerCatalog());
        window.setProviderApis([&client](const QString &) -> std::shared_ptr<ProviderApi> {
            return test::borrowed(&client);
        });
        QSignalSpy fetched(window.media(), &MediaFetcher::fetched);
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationAt(0);
        QVERIFY(ready.wait());
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 10000);
        QCOMPARE(graph.seen().at(0).path, QStringLiteral("/v23.0/MEDIA1"));
        QCOMPARE(graph.seen().at(1).path, QStringLiteral("/v23.0/file/IMG1"));
        const QString path = fetched.first().at(1).toString();
        QVERIFY(path.startsWith(cache.db()->mediaFolder()));
        QCOMPARE(QImage(path).size(), QSize(640, 480));

        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_COMPARE(
            view->model()->index(0, 0).data(MessageListModel::MediaLocalPathRole).toString(), path);
        bool orange = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QImage shown = view->viewport()->grab().toImage();
                const QRect bubble = view->visualRect(view->model()->index(0, 0));
                for (int x = bubble.left(); x < bubble.right() && !orange; x += 4) {
                    for (int y = bubble.top(); y < bubble.bottom() && !orange; y += 4)
                        orange = shown.pixelColor(x, y) == QColor(0xE0, 0x7A, 0x1F);
                }
                return orange;
            }(),
            5000);
        // Painted again and again, fetched once.
        view->viewport()->update();
        QTest::qWait(200);
        QCOMPARE(graph.seen().size(), 2);
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/received-picture.png"));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestRetry retry;
    TestAttachments attachments;
    TestThumbnails thumbnails;
    return QTest::qExec(&retry, argc, argv) | QTest::qExec(&attachments, argc, argv) |
           QTest::qExec(&thumbnails, argc, argv);
}
#include "tst_retry.moc"
