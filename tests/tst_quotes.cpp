// SPDX-License-Identifier: GPL-3.0-or-later
// Quotes both ways: a customer's reply shows the message it answers (who wrote it, its first
// line, a picture's thumbnail), a click on the quote takes the agent to that message even when it
// is pages back, and the agent's own reply says "Replying to …" above the box and is stored and
// shown as a quote.
#include "ChatHistoryProxy.h"
#include "Composer.h"
#include "Desk.h"
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "ProviderRegistry.h"
#include "TempCache.h"
#include "cache/MessageStore.h"
#include "itemmodels/MessageListModel.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace inbox;

namespace {

const QString account = QStringLiteral("unipile-sales"); // no 24-hour window: the box is open

struct Chat
{
    qint64 conversation = 0;
    qint64 asked = 0;   ///< the customer's first message, pages back
    qint64 picture = 0; ///< our photo the customer answers later
    qint64 reply = 0;   ///< the customer's newest message, quoting `asked`
};

/// Joana asks about a size, 120 messages go by, then she replies to her own first question
/// and to our photo.
Chat makeChat(test::TempCache &cache, const QString &photoPath)
{
    Chat chat;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    chat.conversation =
        test::makeConversation(*cache.db(), account, QStringLiteral("+5511987654321"),
                               QStringLiteral("Joana Lima"), start);
    QList<Message> messages;
    messages << test::message(chat.conversation, account, QStringLiteral("q-asked"),
                              Direction::Inbound,
                              QStringLiteral("Do you have this in size M?\nOr L, if not."), start);
    for (int i = 1; i <= 120; ++i)
        messages << test::message(chat.conversation, account, QStringLiteral("q-%1").arg(i),
                                  i % 2 ? Direction::Inbound : Direction::Outbound,
                                  QStringLiteral("Message %1").arg(i), start.addSecs(i * 10));
    Message photo = test::message(chat.conversation, account, QStringLiteral("q-photo"),
                                  Direction::Outbound, QString(), start.addSecs(1300));
    photo.kind = MessageKind::Image;
    photo.senderAgentId = QStringLiteral("marco");
    photo.media = MediaInfo{
        QStringLiteral("image/png"), QStringLiteral("shirt.png"), 1000, {}, {}, photoPath, {}, 0};
    messages << photo;
    Message aboutPhoto =
        test::message(chat.conversation, account, QStringLiteral("q-about-photo"),
                      Direction::Inbound, QStringLiteral("Love the colour"), start.addSecs(1310));
    aboutPhoto.replyToProviderId = QStringLiteral("q-photo");
    messages << aboutPhoto;
    Message reply =
        test::message(chat.conversation, account, QStringLiteral("q-reply"), Direction::Inbound,
                      QStringLiteral("Any news on this?"), start.addSecs(1320));
    reply.replyToProviderId = QStringLiteral("q-asked");
    messages << reply;
    MessageStore(cache.db()).insert(messages).waitForFinished();
    auto idOf = [&](const QString &pid) {
        return test::scalar(
                   *cache.db(),
                   QStringLiteral("SELECT id FROM messages WHERE provider_message_id = '%1'")
                       .arg(pid))
            .toLongLong();
    };
    chat.asked = idOf(QStringLiteral("q-asked"));
    chat.picture = idOf(QStringLiteral("q-photo"));
    chat.reply = idOf(QStringLiteral("q-reply"));
    return chat;
}

QModelIndex rowOfMessage(QListView *view, qint64 id)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(MessageListModel::IdRole).toLongLong() == id)
            return index;
    }
    return {};
}

QStyleOptionViewItem optionFor(QListView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.font = view->font();
    option.rect = view->visualRect(index);
    return option;
}

} // namespace

class TestQuotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCustomersReplyShowsWhatItQuotesAndLeadsToIt()
    {
        test::TempCache cache;
        const QString photoPath = cache.dir() + QStringLiteral("/shirt.png");
        QImage photo(300, 200, QImage::Format_RGB32);
        photo.fill(QColor(0x1E, 0x88, 0xE5));
        QVERIFY(photo.save(photoPath));
        const Chat chat = makeChat(cache, photoPath);

        MainWindow window(cache.db(), QStringLiteral("marco"), providerCatalog());
        window.resize(1024, 640);
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationById(chat.conversation);
        QVERIFY(ready.wait());
        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_VERIFY(rowOfMessage(view, chat.reply).isValid());
        QVERIFY(!rowOfMessage(view, chat.asked).isValid()); // pages back: not loaded yet

        // The reply reads who wrote the quoted message and its first line.
        const QModelIndex reply = rowOfMessage(view, chat.reply);
        QCOMPARE(reply.data(ChatHistoryProxy::QuotedSenderNameRole).toString(),
                 QStringLiteral("Joana Lima"));
        QCOMPARE(reply.data(ChatHistoryProxy::QuotedLineRole).toString(),
                 QStringLiteral("Do you have this in size M?"));
        QVERIFY(
            reply.data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("Replying to Joana Lima: Do you have this in size M?")));
        // The answer to our photo names the teammate and shows the photo small in the quote.
        const QModelIndex aboutPhoto = view->model()->index(reply.row() - 1, 0);
        QCOMPARE(aboutPhoto.data(ChatHistoryProxy::QuotedSenderNameRole).toString(),
                 QStringLiteral("marco"));
        QCOMPARE(aboutPhoto.data(ChatHistoryProxy::QuotedLineRole).toString(),
                 QStringLiteral("Photo"));
        auto *bubbles = qobject_cast<MessageDelegate *>(view->itemDelegate());
        view->scrollToBottom();
        QTest::qWait(50);
        const QRect photoQuote = bubbles->quoteRect(optionFor(view, aboutPhoto), aboutPhoto);
        QVERIFY(!photoQuote.isEmpty());
        const QImage shown = view->viewport()->grab().toImage();
        bool blue = false;
        for (int x = photoQuote.left(); x < photoQuote.right() && !blue; ++x) {
            for (int y = photoQuote.top(); y < photoQuote.bottom() && !blue; ++y)
                blue = shown.pixelColor(x, y) == QColor(0x1E, 0x88, 0xE5);
        }
        QVERIFY2(blue, "the quoted photo's thumbnail is painted in the quote");
        test::shoot(&window, QStringLiteral("quote-incoming.png"));

        // A click on the quote loads older pages until the quoted message is there, and marks it.
        const QRect quote = bubbles->quoteRect(optionFor(view, reply), reply);
        QVERIFY(!quote.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, quote.center());
        QTRY_VERIFY_WITH_TIMEOUT(rowOfMessage(view, chat.asked).isValid(), 10000);
        QTRY_COMPARE(view->currentIndex().data(MessageListModel::IdRole).toLongLong(), chat.asked);
        const QRect asked = view->visualRect(view->currentIndex());
        QTRY_VERIFY(view->viewport()->rect().intersects(asked));
        QVERIFY(view->hasFocus());
        test::shoot(&window, QStringLiteral("quote-jumped.png"));
    }

    void theAgentsReplyQuotesAndSaysWhomItAnswers()
    {
        test::TempCache cache;
        const Chat chat = makeChat(cache, QString());
        MainWindow window(cache.db(), QStringLiteral("marco"), providerCatalog());
        window.resize(1024, 640);
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationById(chat.conversation);
        QVERIFY(ready.wait());
        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_VERIFY(rowOfMessage(view, chat.reply).isValid());

        // From the keyboard: the newest message, the Menu key, Reply.
        view->setFocus();
        view->setCurrentIndex(rowOfMessage(view, chat.reply));
        QTimer::singleShot(100, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QCOMPARE(menu->objectName(), QStringLiteral("messageMenu"));
            QVERIFY(!menu->actions().isEmpty());
            QCOMPARE(menu->actions().first()->text(), QStringLiteral("Reply"));
            QTest::keyClick(menu, Qt::Key_Down); // onto Reply
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::keyClick(view, Qt::Key_Menu);
        auto *bar = window.findChild<QWidget *>(QStringLiteral("replyBar"));
        QTRY_VERIFY(bar->isVisible());
        auto *preview = window.findChild<QLabel *>(QStringLiteral("replyPreview"));
        QVERIFY(preview->text().contains(QStringLiteral("Replying to Joana Lima")));
        QVERIFY(preview->text().contains(QStringLiteral("Any news on this?")));
        auto *box = window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QVERIFY(box->hasFocus());
        test::shoot(&window, QStringLiteral("quote-replying.png"));

        QTest::keyClicks(box, QStringLiteral("Yes, size M is back tomorrow"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!bar->isVisible());
        // Stored as a reply to that message, and shown with its quote.
        QTRY_COMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT reply_to FROM messages WHERE text = "
                                                     "'Yes, size M is back tomorrow'"))
                .toString(),
            QStringLiteral("q-reply"));
        QTRY_COMPARE(view->model()
                         ->index(view->model()->rowCount() - 1, 0)
                         .data(MessageListModel::QuotedIdRole)
                         .toLongLong(),
                     chat.reply);
        const QModelIndex mine = view->model()->index(view->model()->rowCount() - 1, 0);
        QCOMPARE(mine.data(ChatHistoryProxy::QuotedLineRole).toString(),
                 QStringLiteral("Any news on this?"));
        QTest::qWait(50);
        auto *bubbles = qobject_cast<MessageDelegate *>(view->itemDelegate());
        QVERIFY(!bubbles->quoteRect(optionFor(view, mine), mine).isEmpty());
        test::shoot(&window, QStringLiteral("quote-sent.png"));
    }

    void aQuoteOfAMessageThisComputerNeverHadSaysSo()
    {
        test::TempCache cache;
        const qint64 conversation =
            test::makeConversation(*cache.db(), account, QStringLiteral("+5511900000000"),
                                   QStringLiteral("Rui"), QDateTime::currentDateTimeUtc());
        Message reply =
            test::message(conversation, account, QStringLiteral("q-lone"), Direction::Inbound,
                          QStringLiteral("And this?"), QDateTime::currentDateTimeUtc());
        reply.replyToProviderId = QStringLiteral("never-seen");
        MessageStore(cache.db()).insert({reply}).waitForFinished();
        MainWindow window(cache.db(), QStringLiteral("marco"), providerCatalog());
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationById(conversation);
        QVERIFY(ready.wait());
        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QModelIndex index = view->model()->index(0, 0);
        QCOMPARE(index.data(MessageListModel::QuotedIdRole).toLongLong(), 0);
        QCOMPARE(index.data(ChatHistoryProxy::QuotedLineRole).toString(),
                 QStringLiteral("A message that is not on this computer"));
    }
};

QTEST_MAIN(TestQuotes)
#include "tst_quotes.moc"
