// The search box as an agent uses it: every conversation with a matching message is found (not
// only those among the newest 2,000 matches), each row shows the message that matched with the
// match marked, and Enter opens the conversation at that message, however far back it is.
#include "Desk.h"
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "TempCache.h"
#include "cache/MessageStore.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"

#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace inbox;

namespace {

const QString account = QStringLiteral("unipile-sales");

struct Crowd
{
    qint64 busy = 0;   ///< 2,500 messages that all say "parcel"
    qint64 oldHit = 0; ///< a chat whose only "parcel" is its first message, 200 messages back
    qint64 oldHitMessage = 0;
    int matching = 0; ///< conversations that have the word
};

Crowd makeCrowd(test::TempCache &cache)
{
    Crowd crowd;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-20);
    QList<Message> messages;
    // 300 customers asked about their parcel once, long ago.
    for (int i = 0; i < 300; ++i) {
        const qint64 c = test::makeConversation(
            *cache.db(), account, QStringLiteral("+5511900%1").arg(i, 5, 10, QLatin1Char('0')),
            QStringLiteral("Customer %1").arg(i), start);
        messages << test::message(c, account, QStringLiteral("old-%1").arg(i), Direction::Inbound,
                                  QStringLiteral("Where is my parcel number %1?").arg(i),
                                  start.addSecs(i));
    }
    // One chat that talks of nothing else, newest of all.
    crowd.busy = test::makeConversation(*cache.db(), account, QStringLiteral("+5511988888888"),
                                        QStringLiteral("Busy Bee"), start);
    for (int i = 0; i < 2500; ++i)
        messages << test::message(crowd.busy, account, QStringLiteral("busy-%1").arg(i),
                                  Direction::Inbound, QStringLiteral("parcel update %1").arg(i),
                                  start.addDays(10).addSecs(i));
    // One whose only hit is far back.
    crowd.oldHit = test::makeConversation(*cache.db(), account, QStringLiteral("+5511977777777"),
                                          QStringLiteral("Rita Long"), start);
    messages << test::message(
        crowd.oldHit, account, QStringLiteral("rita-0"), Direction::Inbound,
        QStringLiteral("My parcel came open at the corner, and the mug inside "
                       "is broken"),
        start.addDays(5));
    for (int i = 1; i <= 200; ++i)
        messages << test::message(crowd.oldHit, account, QStringLiteral("rita-%1").arg(i),
                                  Direction::Inbound, QStringLiteral("Chat line %1").arg(i),
                                  start.addDays(15).addSecs(i));
    MessageStore(cache.db()).insert(messages).waitForFinished();
    crowd.oldHitMessage =
        test::scalar(*cache.db(),
                     QStringLiteral("SELECT id FROM messages WHERE provider_message_id = 'rita-0'"))
            .toLongLong();
    crowd.matching = 302;
    return crowd;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMatchingConversationIsFoundAndOpensAtItsMessage()
    {
        test::TempCache cache;
        const Crowd crowd = makeCrowd(cache);
        MainWindow window(cache.db(), QStringLiteral("marco"), providerCatalog());
        window.resize(1024, 640);
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("parc"));
        QTRY_VERIFY(!window.conversations()->isLoading() && list->model()->rowCount() > 0 &&
                    list->model()->rowCount() < 303);
        // Scrolled to the end, the list holds every conversation that has the word.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!window.conversations()->isLoading() && list->model()->canFetchMore({}))
                    list->model()->fetchMore({});
                return !list->model()->canFetchMore({}) && !window.conversations()->isLoading();
            }(),
            20000);
        QCOMPARE(list->model()->rowCount(), crowd.matching);

        // Each row shows the message that matched, the matching word marked for the delegate.
        const QModelIndex rita = test::rowOf(list, crowd.oldHit);
        QVERIFY(rita.isValid());
        QCOMPARE(rita.data(ConversationListModel::MatchedMessageIdRole).toLongLong(),
                 crowd.oldHitMessage);
        QCOMPARE(
            rita.data(ConversationListModel::MatchedTextRole).toString(),
            QStringLiteral("My \u0002parcel\u0003 came open at the corner, and the mug inside is "
                           "broken"));
        const QModelIndex busy = test::rowOf(list, crowd.busy);
        QCOMPARE(busy.data(ConversationListModel::MatchedTextRole).toString(),
                 QStringLiteral("\u0002parcel\u0003 update 2499"));
        list->scrollToTop();
        test::shoot(&window, QStringLiteral("search-results.png"));

        // Enter on Rita's row opens her chat at that message, 200 messages back.
        list->setFocus();
        list->setCurrentIndex(rita);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(window.openConversationId(), crowd.oldHit);
        auto *chat = window.findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_VERIFY_WITH_TIMEOUT(chat->currentIndex().data(MessageListModel::IdRole).toLongLong() ==
                                     crowd.oldHitMessage,
                                 10000);
        QTRY_VERIFY(chat->viewport()->rect().intersects(chat->visualRect(chat->currentIndex())));
        test::shoot(&window, QStringLiteral("search-opened-at-match.png"));
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
