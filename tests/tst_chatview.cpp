// SPDX-License-Identifier: GPL-3.0-or-later
// The chat an agent reads all day: what the agent sends is shown at once, wherever the agent had
// scrolled to; what a customer sends while the agent reads further up does not pull the view
// away, but a pill says that something new came.
#include "Desk.h"
#include "MainWindow.h"
#include "TempCache.h"
#include "cache/MessageStore.h"
#include "itemmodels/MessageListModel.h"

#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

namespace {

/// The UniPile conversation with the most messages (UniPile has no 24-hour window: the composer
/// is open).
qint64 longestChat(const std::shared_ptr<CacheDatabase> &cache)
{
    return test::scalar(cache, QStringLiteral("SELECT conversation_id FROM messages WHERE "
                                              "account_id = 'unipile-sales' GROUP BY "
                                              "conversation_id ORDER BY count(*) DESC LIMIT 1"))
        .toLongLong();
}

/// Opens it, and scrolls the chat up a page, as an agent reading back.
QListView *openAndScrollUp(test::Desk &desk, qint64 conversation)
{
    QSignalSpy ready(&desk.window, &MainWindow::contentReady);
    desk.window.openConversationById(conversation);
    if (!ready.wait())
        qFatal("the chat did not load");
    auto *chat = desk.window.findChild<QListView *>(QStringLiteral("messageList"));
    if (!QTest::qWaitFor([chat] { return chat->verticalScrollBar()->maximum() > 0; }))
        qWarning("the chat never became longer than its view");
    chat->setFocus();
    const int bottom = chat->verticalScrollBar()->value();
    chat->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    if (!QTest::qWaitFor([chat, bottom] { return chat->verticalScrollBar()->value() < bottom; }))
        qWarning("the chat did not scroll up");
    return chat;
}

} // namespace

class TestChatView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatTheAgentSendsIsShownWhereverTheAgentHadScrolled()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        desk.window.resize(1024, 640);
        QListView *chat = openAndScrollUp(desk, longestChat(desk.cache));
        QVERIFY(chat->verticalScrollBar()->value() < chat->verticalScrollBar()->maximum());

        auto *composer = desk.window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QVERIFY(composer && composer->isEnabled());
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Claro, ja verifico para voce"));
        QTest::keyClick(composer, Qt::Key_Return);

        // The new bubble is the last row, and the view is at it.
        QTRY_COMPARE(chat->model()
                         ->index(chat->model()->rowCount() - 1, 0)
                         .data(MessageListModel::TextRole)
                         .toString(),
                     QStringLiteral("Claro, ja verifico para voce"));
        QTRY_COMPARE(chat->verticalScrollBar()->value(), chat->verticalScrollBar()->maximum());
        const QRect last = chat->visualRect(chat->model()->index(chat->model()->rowCount() - 1, 0));
        QVERIFY(chat->viewport()->rect().intersects(last));
        QVERIFY(!desk.window.findChild<QPushButton *>(QStringLiteral("newMessages"))->isVisible());
        test::shoot(&desk.window, QStringLiteral("sent-scrolls.png"));
    }

    void aCustomersMessageDoesNotPullTheReaderAway()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        const qint64 conversation = longestChat(desk.cache);
        QListView *chat = openAndScrollUp(desk, conversation);
        Message inbound = test::message(
            conversation, QStringLiteral("unipile-sales"), QStringLiteral("msg-WHILE-READING"),
            Direction::Inbound, QStringLiteral("Are you there?"), QDateTime::currentDateTimeUtc());
        MessageStore(desk.cache).insert({inbound}).waitForFinished();
        auto *pill = desk.window.findChild<QPushButton *>(QStringLiteral("newMessages"));
        QTRY_VERIFY(pill->isVisible());
        // Still up where the agent reads (older pages may load above meanwhile).
        QVERIFY(chat->verticalScrollBar()->value() < chat->verticalScrollBar()->maximum());
        QTest::mouseClick(pill, Qt::LeftButton);
        QTRY_COMPARE(chat->verticalScrollBar()->value(), chat->verticalScrollBar()->maximum());
    }
};

QTEST_MAIN(TestChatView)
#include "tst_chatview.moc"
