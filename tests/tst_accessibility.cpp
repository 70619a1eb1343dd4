// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader and a keyboard user get from the window: every control has a name, a
// conversation row reads its customer, last message, unread count and assignee, a bubble reads
// its sender, time, text, status and failure, and the failed message is sent again from the
// keyboard. Also what every agent should see at a glance: ticks that tell sent, delivered and
// read apart, who is signed in, and a relay outage in plain words.
#include "ConversationDelegate.h"
#include "Desk.h"
#include "MainWindow.h"
#include "TeamDesk.h"
#include "cache/MessageStore.h"
#include "itemmodels/MessageListModel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

namespace {

QString nameOf(QObject *object)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(object);
    return a ? a->text(QAccessible::Name) : QString();
}

/// The accessible cell for a row of a list view, as a screen reader walks it.
QAccessibleInterface *cellOf(QListView *view, int row)
{
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    if (!list || !list->tableInterface())
        return nullptr;
    return list->tableInterface()->cellAt(row, 0);
}

/// Columns of `image` that hold ink of the colour `near` (within a tolerance).
int inkedColumns(const QImage &image, const QColor &near)
{
    int columns = 0;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 100 && qAbs(c.red() - near.red()) + qAbs(c.green() - near.green()) +
                                           qAbs(c.blue() - near.blue()) <
                                       90) {
                ++columns;
                break;
            }
        }
    }
    return columns;
}

QImage ticks(const QString &status, const QColor &colour)
{
    QImage image(40, 20, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    look::paintTicks(&painter, 2, 10, 11, status, colour);
    return image;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyControlHasAName()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        QSignalSpy ready(&desk.window, &MainWindow::contentReady);
        desk.window.openConversationAt(0);
        QVERIFY(ready.wait());
        QStringList unnamed;
        const auto widgets = desk.window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(&desk.window))
                continue;
            const bool control =
                qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                qobject_cast<QListView *>(widget);
            if (control && nameOf(widget).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void aConversationRowReadsItsCustomerLastMessageUnreadAndAssignee()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        auto *list = desk.window.findChild<QListView *>(QStringLiteral("conversationList"));
        const qint64 conversation =
            list->model()->index(3, 0).data(ConversationListModel::IdRole).toLongLong();
        test::run(desk.cache, QStringLiteral("UPDATE conversations SET assignee_id = 'priya' "
                                             "WHERE id = %1")
                                  .arg(conversation));
        const QModelIndex row = test::makeUnread(desk, conversation, 3);
        QVERIFY(row.isValid());
        test::run(desk.cache, QStringLiteral("UPDATE conversations SET assignee_id = 'priya', "
                                             "status = 'open' WHERE id = %1")
                                  .arg(conversation));
        Q_EMIT desk.cache->events()->conversationsChanged({conversation});
        QTRY_VERIFY(!test::rowOf(list, conversation)
                         .data(ConversationListModel::AssigneeNameRole)
                         .toString()
                         .isEmpty());
        const QModelIndex index = test::rowOf(list, conversation);
        QAccessibleInterface *cell = cellOf(list, index.row());
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name),
                 index.data(ConversationListModel::TitleRole).toString());
        const QString description = cell->text(QAccessible::Description);
        QVERIFY2(description.contains(QStringLiteral("Last message")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("3 unread")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("Assigned to Priya Sharma")),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("Open")), qPrintable(description));
    }

    void aFailedBubbleReadsWhyAndIsSentAgainFromTheKeyboard()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        const qint64 conversation =
            test::scalar(desk.cache, QStringLiteral("SELECT id FROM conversations "
                                                    "WHERE account_id = "
                                                    "'unipile-sales' LIMIT 1"))
                .toLongLong();
        const qint64 failed =
            test::scalar(desk.cache, QStringLiteral("SELECT id FROM messages WHERE "
                                                    "conversation_id = %1 ORDER BY created_at "
                                                    "DESC, id DESC LIMIT 1")
                                         .arg(conversation))
                .toLongLong();
        test::run(desk.cache, QStringLiteral("UPDATE messages SET direction = 'out', "
                                             "sender_agent_id = 'priya', status = 'failed', "
                                             "failure_reason = 'the customer blocked this number' "
                                             "WHERE id = %1")
                                  .arg(failed));
        QSignalSpy ready(&desk.window, &MainWindow::contentReady);
        desk.window.openConversationById(conversation);
        QVERIFY(ready.wait());
        auto *chat = desk.window.findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_VERIFY(chat->model()->rowCount() > 0);
        const int last = chat->model()->rowCount() - 1;
        QCOMPARE(chat->model()->index(last, 0).data(MessageListModel::IdRole).toLongLong(), failed);
        QAccessibleInterface *bubble = cellOf(chat, last);
        QVERIFY(bubble);
        const QString name = bubble->text(QAccessible::Name);
        QVERIFY2(name.startsWith(QStringLiteral("Priya Sharma at ")), qPrintable(name));
        const QString description = bubble->text(QAccessible::Description);
        QVERIFY2(description.contains(QStringLiteral("Not delivered: the customer blocked this "
                                                     "number")),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("Press Enter to send it again")),
                 qPrintable(description));

        // The keys: into the chat, onto the failed message, Enter.
        chat->setFocus();
        chat->setCurrentIndex(chat->model()->index(last, 0));
        QTest::keyClick(chat, Qt::Key_Return);
        QTRY_COMPARE(
            test::scalar(desk.cache,
                         QStringLiteral("SELECT status FROM messages WHERE id = %1").arg(failed))
                .toString(),
            QStringLiteral("queued"));
        test::shoot(&desk.window, QStringLiteral("a11y-retried.png"));
    }

    void ticksTellSentDeliveredAndReadApart()
    {
        const QColor grey(0x66, 0x77, 0x81);
        const QColor blue(0x34, 0xB7, 0xF1);
        const int sent = inkedColumns(ticks(QStringLiteral("sent"), grey), grey);
        const int delivered = inkedColumns(ticks(QStringLiteral("delivered"), grey), grey);
        QVERIFY2(sent >= 8 && sent <= 14, qPrintable(QString::number(sent))); // WhatsApp-sized
        QVERIFY2(delivered >= sent + 4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(delivered).arg(sent)));
        // Read is the two checks in blue; delivered has no blue at all.
        QCOMPARE(inkedColumns(ticks(QStringLiteral("read"), blue), blue), delivered);
        QCOMPARE(inkedColumns(ticks(QStringLiteral("delivered"), grey), blue), 0);
        QCOMPARE(look::tickColor(QStringLiteral("read"), QPalette()), blue);
        QVERIFY(look::tickColor(QStringLiteral("delivered"), QPalette()) != blue);
    }

    void theSignedInTeammateAndARelayOutageAreShown()
    {
        test::TeamRelay team(
            {{QStringLiteral("Marco Rossi"), Role::Manager, QStringLiteral("marco")}});
        QTemporaryDir dir;
        test::TeamDesk marco(team, dir, QStringLiteral("marco"));
        auto *identity = marco.desk.window.findChild<QLabel *>(QStringLiteral("signedIn"));
        QVERIFY(identity);
        QTRY_COMPARE(identity->text(), QStringLiteral("Signed in as Marco Rossi · Manager"));
        QVERIFY(identity->toolTip().contains(QStringLiteral("assign conversations")));
        auto *relay = marco.desk.window.findChild<QLabel *>(QStringLiteral("relayState"));
        QTRY_VERIFY(marco.connected());
        QTRY_COMPARE(relay->text(), QStringLiteral("Relay: connected (acme)"));

        team.server.reset(); // the relay goes away
        QTRY_VERIFY_WITH_TIMEOUT(
            relay->text().startsWith(QStringLiteral("Relay unreachable since")), 10000);
        QVERIFY2(relay->text().contains(QStringLiteral("messages may be missing")),
                 qPrintable(relay->text()));
        QVERIFY(relay->toolTip().contains(QStringLiteral("what you send still goes out")));
        test::shoot(&marco.desk.window, QStringLiteral("relay-outage.png"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
