// Retry of a failed message from the chat view: the Retry under the bubble puts it back in the
// outbox and the provider (a local stand-in for the Graph API) is called again.
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "ScriptedProvider.h"
#include "TempCache.h"
#include "cache/MessageStore.h"
#include "cache/OutboxStore.h"
#include "itemmodels/MessageListModel.h"
#include "meta/MetaClient.h"
#include "sync/OutboxWorker.h"

#include <QListView>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace inbox;

namespace {

const QByteArray refused =
    R"({"error":{"message":"(#131026) Message undeliverable","code":131026,"error_data":{"details":"Unable to deliver the message"}}})";
const QByteArray accepted = R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.AGAIN"}]})";

} // namespace

class TestRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryCallsTheProviderAgain()
    {
        test::TempCache cache;
        test::ScriptedProvider graph;
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"), QStringLiteral("1"),
                                     "token", graph.base()});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 conversation = test::makeConversation(
            *cache.db(), QStringLiteral("meta-store"), QStringLiteral("+5511987654321"),
            QStringLiteral("Joana"), now.addSecs(-600));
        graph.script({{QHttpServerResponder::StatusCode::BadRequest, refused, {}},
                      {QHttpServerResponder::StatusCode::Ok, accepted, {}}});
        OutboxWorker worker(cache.db(),
                            [&client](const QString &) -> ProviderApi * { return &client; });
        QSignalSpy failed(&worker, &OutboxWorker::messageFailed);
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        worker.start(std::chrono::hours(1)); // only what the cache announces
        const qint64 id = OutboxStore(cache.db())
                              .enqueue(test::message(conversation, QStringLiteral("meta-store"), {},
                                                     Direction::Outbound,
                                                     QStringLiteral("Your table is ready"), now))
                              .result();
        QVERIFY(failed.wait(10000));

        MainWindow window(cache.db(), QStringLiteral("priya"));
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
};

QTEST_MAIN(TestRetry)
#include "tst_retry.moc"
