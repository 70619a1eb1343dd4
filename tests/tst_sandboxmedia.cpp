// SPDX-License-Identifier: GPL-3.0-or-later
// A customer's picture in the demo, end to end on real sockets: the sandbox's Meta fake posts the
// signed webhook, the sync engine applies it, the agent opens the chat, the media fetcher asks the
// sandbox through the real MetaClient (media id, then its URL), and the bubble shows the picture
// the webhook announced. (The demo's pictures were a silent 404 before the sandbox served them.)
#include "Desk.h"
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "ProviderRegistry.h"
#include "Sandbox.h"
#include "TempCache.h"
#include "demo/DemoAccounts.h"
#include "itemmodels/MessageListModel.h"
#include "meta/MetaProvider.h"
#include "sync/MediaFetcher.h"
#include "sync/SyncEngine.h"

#include <QDesktopServices>
#include <QFile>
#include <QHttpServer>
#include <QListView>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace inbox;

/// Stands in for the desktop's file viewer: what the app asked to open.
class Opener : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};
using namespace std::chrono_literals;

/// The sandbox's Meta fake posting to a stand-in for the relay (each webhook goes straight to
/// a sync engine on a fresh cache), and the real MetaClient pointed at the sandbox.
struct SandboxedMeta
{
    test::TempCache cache;
    SyncEngine sync{cache.db(), QStringLiteral("acme"), providerNormaliser()};
    QHttpServer relay;
    qint64 seq = 0;
    std::unique_ptr<Sandbox> sandbox;
    QNetworkAccessManager network;
    std::shared_ptr<ProviderApi> client;
    bool listening = false;

    SandboxedMeta()
    {
        relay.route(QStringLiteral("/<arg>"), [this](const QUrl &, const QHttpServerRequest &r) {
            sync.apply({{++seq, QString::fromLatin1(meta::key), QStringLiteral("106540352242922"),
                         QDateTime::currentDateTimeUtc(), r.body()}});
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 relayPort = relay.listen(QHostAddress::LocalHost);
        SandboxConfig config;
        config.postTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relayPort)));
        sandbox = std::make_unique<Sandbox>(config);
        listening = relayPort != 0 && sandbox->listen();
        const demo::DemoAccount &store = demo::accountOn(QString::fromLatin1(meta::key));
        QUrl root = sandbox->metaBaseUrl();
        root.setPath({});
        client =
            makeProviderClient(&network, demo::throughSandbox(store, root), store.token).value();
    }
};

class TestSandboxMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCustomersPictureFromTheSandboxShowsInTheChat()
    {
        SandboxedMeta world;
        QVERIFY2(world.listening, "the stand-in relay or the sandbox did not listen");
        test::TempCache &cache = world.cache;
        Sandbox &sandbox = *world.sandbox;
        std::shared_ptr<ProviderApi> client = world.client;

        sandbox.customerWrites({QString::fromLatin1(meta::key),
                                QStringLiteral("5521987654321"),
                                QStringLiteral("Joana Lima"),
                                QStringLiteral("image"),
                                QStringLiteral("A caixa chegou amassada"),
                                {}});
        QTRY_COMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);

        MainWindow window(cache.db(), QStringLiteral("marco"), providerCatalog());
        window.setProviderApis([&client](const QString &) { return client; });
        QSignalSpy fetched(window.media(), &MediaFetcher::fetched);
        QSignalSpy failed(window.media(), &MediaFetcher::failed);
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.resize(1024, 640);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationAt(0);
        QVERIFY(ready.wait());
        QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        const QString path = fetched.first().at(1).toString();
        QCOMPARE(QImage(path).size(), QSize(640, 480)); // the sandbox's photo, whole

        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_COMPARE(
            view->model()->index(0, 0).data(MessageListModel::MediaLocalPathRole).toString(), path);
        // The bubble paints the picture: its colour is on the screen.
        const QColor photo = QImage(path).pixelColor(320, 240);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QImage shown = view->viewport()->grab().toImage();
                const QRect bubble = view->visualRect(view->model()->index(0, 0));
                for (int x = bubble.left(); x < bubble.right(); x += 3) {
                    for (int y = bubble.top(); y < bubble.bottom(); y += 3) {
                        const QColor c = shown.pixelColor(x, y);
                        if (qAbs(c.red() - photo.red()) + qAbs(c.green() - photo.green()) +
                                qAbs(c.blue() - photo.blue()) <
                            24)
                            return true;
                    }
                }
                return false;
            }(),
            5000);
        test::shoot(&window, QStringLiteral("sandbox-picture.png"));
    }

    void aDocumentAndAVoiceNoteAreDownloadedOnClickOnceAndOpened()
    {
        SandboxedMeta world;
        QVERIFY2(world.listening, "the stand-in relay or the sandbox did not listen");
        test::TempCache &cache = world.cache;
        Sandbox &sandbox = *world.sandbox;
        std::shared_ptr<ProviderApi> client = world.client;
        for (const QString &kind : {QStringLiteral("document"), QStringLiteral("voice")})
            sandbox.customerWrites(
                {QString::fromLatin1(meta::key),
                 QStringLiteral("5521987654321"),
                 QStringLiteral("Joana Lima"),
                 kind,
                 kind == QLatin1String("document") ? QStringLiteral("The receipt") : QString(),
                 {}});
        QTRY_COMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(), 2);

        MainWindow window(cache.db(), QStringLiteral("marco"), providerCatalog());
        window.setProviderApis([&client](const QString &) { return client; });
        QSignalSpy started(window.media(), &MediaFetcher::started);
        QSignalSpy fetched(window.media(), &MediaFetcher::fetched);
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.resize(1024, 640);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationAt(0);
        QVERIFY(ready.wait());
        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        auto *bubbles = qobject_cast<MessageDelegate *>(view->itemDelegate());
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QTest::qWait(100);
        QCOMPARE(started.size(), 0); // files wait for the agent; only pictures come by themselves
        const QModelIndex document = view->model()->index(0, 0);
        QCOMPARE(document.data(MessageListModel::KindRole).toString(), QStringLiteral("document"));
        // Meta's webhook gives no size: the file's size shows once it is here.
        QCOMPARE(bubbles->mediaActionText(document), QStringLiteral("⬇ Download"));
        test::shoot(&window, QStringLiteral("files-before.png"));

        // A click on Download brings the file once; then the same line opens it.
        auto option = [&](const QModelIndex &index) {
            QStyleOptionViewItem o;
            o.initFrom(view->viewport());
            o.font = view->font();
            o.rect = view->visualRect(index);
            return o;
        };
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          bubbles->mediaActionRect(option(document), document).center());
        QTRY_COMPARE(started.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 10000);
        const QString path = fetched.first().at(1).toString();
        QVERIFY(QFile(path).open(QIODevice::ReadOnly));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF")); // the sandbox's receipt, whole
        QTRY_COMPARE(bubbles->mediaActionText(view->model()->index(0, 0)),
                     QStringLiteral("↗ Open"));

        Opener opener;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");
        auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
        const QModelIndex downloaded = view->model()->index(0, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          bubbles->mediaActionRect(option(downloaded), downloaded).center());
        QTRY_COMPARE(opener.opened.size(), 1);
        QCOMPARE(opener.opened.first().toLocalFile(), path);
        QCOMPARE(started.size(), 1); // opened from here, not fetched again

        // The voice note from the keyboard: Enter on it downloads it.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 2, 10000);
        QTRY_COMPARE(bubbles->mediaActionText(view->model()->index(1, 0)),
                     QStringLiteral("↗ Open"));
        QVERIFY2(
            view->model()
                ->index(1, 0)
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("48 KiB")),
            qPrintable(view->model()->index(1, 0).data(Qt::AccessibleDescriptionRole).toString()));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(opener.opened.size(), 2);
        QCOMPARE(started.size(), 2);
        test::shoot(&window, QStringLiteral("files-downloaded.png"));

        // A file the provider no longer has: the bubble says so and offers to try again.
        test::scalar(*cache.db(),
                     QStringLiteral("UPDATE messages SET media = json_set(media, '$.path', NULL, "
                                    "'$.id', 'gone') WHERE kind = 'voice'"));
        Q_EMIT cache.db()->events()->messageChanged(
            window.openConversationId(),
            view->model()->index(1, 0).data(MessageListModel::IdRole).toLongLong());
        QTRY_VERIFY(view->model()
                        ->index(1, 0)
                        .data(MessageListModel::MediaLocalPathRole)
                        .toString()
                        .isEmpty());
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(bubbles->mediaActionText(view->model()->index(1, 0))
                                     .startsWith(QStringLiteral("⚠ Could not download: ")),
                                 10000);
        QVERIFY(bubbles->mediaActionText(view->model()->index(1, 0))
                    .endsWith(QStringLiteral("Click to try again.")));
        test::shoot(&window, QStringLiteral("files-failed.png"));
    }
};

QTEST_MAIN(TestSandboxMedia)
#include "tst_sandboxmedia.moc"
