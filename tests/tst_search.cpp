// SPDX-License-Identifier: GPL-3.0-or-later
// The search box as an agent uses it: every conversation with a matching message is found (not
// only those among the newest 2,000 matches), each row shows the message that matched with the
// match marked, and Enter opens the conversation at that message, however far back it is.
#include "Desk.h"
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "TempCache.h"
#include "cache/ConversationStore.h"
#include "cache/MessageStore.h"
#include "cache/SearchQuery.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"

#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
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

/// The conversations a plain scan finds for `typed`, most active first: every message's
/// conversation through the message index, leads by name, and names and numbers read row by
/// row, as the search box promises (see ConversationSearch.h).
QList<qint64> scannedMatches(CacheDatabase &db, const QString &typed, bool unreadOnly)
{
    return db
        .run([&](QSqlDatabase &c) {
            QString digits = typed;
            digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
            digits.remove(QRegularExpression(QStringLiteral("^0+")));
            const bool isNumber = !typed.contains(QRegularExpression(QStringLiteral("\\p{L}")));
            QSqlQuery query(c);
            query.prepare(QStringLiteral(R"(
                SELECT c.id FROM conversations c
                WHERE (c.id IN (SELECT m.conversation_id FROM messages_fts f
                                JOIN messages m ON m.id = f.rowid WHERE messages_fts MATCH :fts)
                       OR c.lead_id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH :fts)
                       OR (length(:text) >= 3 AND instr(lower(c.customer_name), lower(:text)) > 0)
                       OR (:number AND length(:digits) >= 3
                           AND instr(c.customer_phone, :digits) > 0))
                  AND (NOT :unread OR c.unread_count > 0)
                ORDER BY c.last_activity_at DESC, c.id DESC)"));
            query.bindValue(QStringLiteral(":fts"), ftsQueryFor(typed));
            query.bindValue(QStringLiteral(":text"), typed.trimmed());
            query.bindValue(QStringLiteral(":number"), isNumber);
            query.bindValue(QStringLiteral(":digits"), digits);
            query.bindValue(QStringLiteral(":unread"), unreadOnly);
            QList<qint64> ids;
            if (!query.exec())
                return ids;
            while (query.next())
                ids << query.value(0).toLongLong();
            return ids;
        })
        .result();
}

/// What the list shows for `typed` when scrolled to its end: every page the store gives.
QList<qint64> pagedMatches(const std::shared_ptr<CacheDatabase> &db, const QString &typed,
                           bool unreadOnly)
{
    ConversationStore store(db);
    ConversationFilter filter;
    filter.search = typed;
    filter.unreadOnly = unreadOnly;
    QList<qint64> ids;
    std::optional<ConversationCursor> after;
    for (;;) {
        const QList<Conversation> page = store.page(filter, after, 100).result();
        for (const Conversation &c : page)
            ids << c.id;
        if (page.size() < 100)
            return ids;
        after = ConversationCursor{page.last().lastActivityAt, page.last().id};
    }
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSearchBoxFindsWhatAPlainScanFinds()
    {
        // 4,500 customers: a word in many chats (the activity walk), a word in a few (the direct
        // look-up), a word repeated in two chats only (the walk gives up and looks up), names
        // from a small pool and numbers.
        test::TempCache cache;
        const QStringList names = {QStringLiteral("Carmen Moreno"), QStringLiteral("Rohan Iyer"),
                                   QStringLiteral("Joana Lima"), QStringLiteral("Harry Smith"),
                                   QString()};
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
        QList<Message> messages;
        QList<qint64> conversations;
        for (int i = 0; i < 4500; ++i) {
            const qint64 c = test::makeConversation(
                *cache.db(), account,
                QStringLiteral("+55119%1").arg((i * 7919) % 100000000, 8, 10, QLatin1Char('0')),
                names.at(i % names.size()), start);
            conversations << c;
            // Activity order is not id order: every third chat wrote last.
            const QDateTime at = start.addSecs(i % 3 == 0 ? 100000 + i : i);
            QString text = QStringLiteral("hello there %1").arg(i);
            if (i % 9 == 0)
                text += QStringLiteral(", the pizza was cold");
            if (i % 1500 == 7)
                text += QStringLiteral(", I want a refund");
            messages << test::message(c, account, QStringLiteral("m-%1").arg(i),
                                      i % 4 ? Direction::Outbound : Direction::Inbound, text, at);
            if (i % 9 == 0) {
                for (int k = 0; k < 5; ++k) // enough pizza for the walk
                    messages << test::message(
                        c, account, QStringLiteral("p-%1-%2").arg(i).arg(k), Direction::Outbound,
                        QStringLiteral("pizza %1").arg(k), at.addSecs(-100 - k));
            }
        }
        for (const int chat : {11, 4400}) {
            for (int k = 0; k < 1500; ++k)
                messages << test::message(
                    conversations.at(chat), account, QStringLiteral("w-%1-%2").arg(chat).arg(k),
                    Direction::Outbound, QStringLiteral("warranty form %1").arg(k),
                    start.addSecs(-5000 - k));
        }
        MessageStore(cache.db()).insert(messages).waitForFinished();

        for (const QString &typed :
             {QStringLiteral("pizza"), QStringLiteral("piz"), QStringLiteral("refund"),
              QStringLiteral("warranty"), QStringLiteral("hello"), QStringLiteral("carmen"),
              QStringLiteral("ohan"), QStringLiteral("Joana pizza"), QStringLiteral("+55 119 0"),
              QStringLiteral("0055 119"), QStringLiteral("nothing at all"), QStringLiteral("h")}) {
            for (const bool unread : {false, true}) {
                const QList<qint64> expected = scannedMatches(*cache.db(), typed, unread);
                const QList<qint64> found = pagedMatches(cache.db(), typed, unread);
                QVERIFY2(found == expected,
                         qPrintable(QStringLiteral("\"%1\"%2: %3 found, %4 "
                                                   "expected")
                                        .arg(typed, unread ? QStringLiteral(" unread") : QString())
                                        .arg(found.size())
                                        .arg(expected.size())));
            }
        }
        // Sanity of the fixture: each way of finding was taken.
        QVERIFY(scannedMatches(*cache.db(), QStringLiteral("pizza"), false).size() == 500);
        QCOMPARE(scannedMatches(*cache.db(), QStringLiteral("refund"), false).size(), 3);
        QCOMPARE(scannedMatches(*cache.db(), QStringLiteral("warranty"), false).size(), 2);
    }

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
