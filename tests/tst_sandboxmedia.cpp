// A customer's picture in the demo, end to end on real sockets: the sandbox's Meta fake posts the
// signed webhook, the sync engine applies it, the agent opens the chat, the media fetcher asks the
// sandbox through the real MetaClient (media id, then its URL), and the bubble shows the picture
// the webhook announced. (The demo's pictures were a silent 404 before the sandbox served them.)
#include "Desk.h"
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "Sandbox.h"
#include "TempCache.h"
#include "demo/DemoAccounts.h"
#include "itemmodels/MessageListModel.h"
#include "meta/MetaProvider.h"
#include "sync/MediaFetcher.h"
#include "sync/SyncEngine.h"

#include <QHttpServer>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace inbox;
using namespace std::chrono_literals;

class TestSandboxMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCustomersPictureFromTheSandboxShowsInTheChat()
    {
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        // The relay's part, in short: each webhook goes to the sync engine.
        QHttpServer relay;
        qint64 seq = 0;
        relay.route(QStringLiteral("/<arg>"), [&](const QUrl &, const QHttpServerRequest &r) {
            sync.apply({{++seq, QString::fromLatin1(meta::key), QStringLiteral("106540352242922"),
                         QDateTime::currentDateTimeUtc(), r.body()}});
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 relayPort = relay.listen(QHostAddress::LocalHost);
        QVERIFY(relayPort);
        SandboxConfig config;
        config.postTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relayPort)));
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());

        QNetworkAccessManager network;
        const demo::DemoAccount &store = demo::accountOn(QString::fromLatin1(meta::key));
        QUrl root = sandbox.metaBaseUrl();
        root.setPath({});
        std::shared_ptr<ProviderApi> client =
            makeProviderClient(&network, demo::throughSandbox(store, root), store.token).value();
        MediaFetcher fetcher(cache.db(), [&client](const QString &) { return client; });
        QSignalSpy fetched(&fetcher, &MediaFetcher::fetched);
        QSignalSpy failed(&fetcher, &MediaFetcher::failed);

        sandbox.customerWrites({QString::fromLatin1(meta::key),
                                QStringLiteral("5521987654321"),
                                QStringLiteral("Joana Lima"),
                                QStringLiteral("image"),
                                QStringLiteral("A caixa chegou amassada"),
                                {}});
        QTRY_COMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);

        MainWindow window(cache.db(), QStringLiteral("marco"), providerCatalog());
        connect(&window, &MainWindow::mediaWanted, &fetcher, &MediaFetcher::fetch);
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
};

QTEST_MAIN(TestSandboxMedia)
#include "tst_sandboxmedia.moc"
