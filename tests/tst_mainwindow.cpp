// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "TemplatePicker.h"
#include "cache/CacheDatabase.h"
#include "cache/LeadStore.h"
#include "cache/OutboxStore.h"
#include "demo/DemoAccounts.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"
#include "seed/DemoSeeder.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

namespace {

void test_sql(const std::shared_ptr<CacheDatabase> &db, const QString &statement)
{
    db->run([statement](QSqlDatabase &c) { QSqlQuery(c).exec(statement); }).waitForFinished();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSeededInboxAndFiltersAsYouType()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::openBlocking(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(opened);
        SeedOptions options;
        options.accounts = demo::cacheAccounts();
        options.conversations = 150;
        options.messages = 3000;
        DemoSeeder(opened.value()).run(options);

        MainWindow window(opened.value(), QStringLiteral("priya"), providerCatalog());
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), ConversationListModel::pageSize);

        window.openConversationAt(0);
        QVERIFY(ready.wait());
        QVERIFY(window.messages());
        QVERIFY(window.messages()->rowCount() > 0);

        auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("tracking"));
        QTRY_VERIFY(list->model()->rowCount() < ConversationListModel::pageSize);
        QVERIFY(list->model()->rowCount() > 0);

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size(), window.size());
    }

    void composerQueuesAndOlderPagesLoadAtTheTop()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::openBlocking(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(opened);
        SeedOptions options;
        options.accounts = demo::cacheAccounts();
        options.conversations = 5;
        options.messages = 600; // more than one page per conversation
        DemoSeeder(opened.value()).run(options);
        // One conversation whose window is open, one whose window is closed.
        test_sql(opened.value(), QStringLiteral("UPDATE conversations SET last_inbound_at = "
                                                "%1 WHERE id = (SELECT min(id) FROM "
                                                "conversations)")
                                     .arg(QDateTime::currentMSecsSinceEpoch()));
        test_sql(opened.value(), QStringLiteral("UPDATE conversations SET last_inbound_at = 0 "
                                                "WHERE id <> (SELECT min(id) FROM conversations)"));

        MainWindow window(opened.value(), QStringLiteral("priya"), providerCatalog());
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.resize(1200, 800);
        window.show();
        QVERIFY(ready.wait());
        auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
        int open = -1;
        int closed = -1;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const bool windowOpen =
                list->model()->index(row, 0).data(ConversationListModel::WindowOpenRole).toBool();
            (windowOpen ? open : closed) = row;
        }
        QVERIFY(open >= 0 && closed >= 0);

        window.openConversationAt(closed);
        QVERIFY(ready.wait());
        auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QVERIFY(editor);
        QVERIFY(!editor->isEnabled());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("windowClosed"))->isVisible());

        window.openConversationAt(open);
        QVERIFY(ready.wait());
        QVERIFY(editor->isEnabled());
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Ola, Joana"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor, QStringLiteral("segunda linha"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("Ola, Joana\nsegunda linha"));
        const int before = window.messages()->rowCount();
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(window.messages()->rowCount(), before + 1);
        QVERIFY(editor->toPlainText().isEmpty());
        const QModelIndex newest = window.messages()->index(before, 0);
        QCOMPARE(newest.data(MessageListModel::TextRole).toString(),
                 QStringLiteral("Ola, Joana\nsegunda linha"));
        QCOMPARE(newest.data(MessageListModel::StatusRole).toString(), QStringLiteral("queued"));
        // Nothing sends it here (no provider): the status bar says it waits.
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("outboxState"))->text(),
                     QStringLiteral("Outbox: 1 waiting"));

        // Reaching the top loads the older page there.
        auto *chat = window.findChild<QListView *>(QStringLiteral("messageList"));
        const int loaded = window.messages()->rowCount();
        chat->verticalScrollBar()->setValue(chat->verticalScrollBar()->minimum());
        QTRY_VERIFY(window.messages()->rowCount() > loaded);

        // Keyboard: Alt+Down and Alt+Up walk the list, Ctrl+K goes to the search.
        window.openConversationAt(0);
        list->setFocus();
        const int here = list->currentIndex().row();
        QCOMPARE(here, 0);
        QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(list->currentIndex().row(), here + 1);
        QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(list->currentIndex().row(), here);
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QLineEdit *>(QStringLiteral("search"))->hasFocus());
    }

    void leadPanelKeepsStageAndNotes()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::openBlocking(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(opened);
        SeedOptions options;
        options.accounts = demo::cacheAccounts();
        options.conversations = 3;
        options.messages = 30;
        DemoSeeder(opened.value()).run(options);
        MainWindow window(opened.value(), QStringLiteral("priya"), providerCatalog());
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationAt(0);
        QVERIFY(ready.wait());
        auto *panel = window.findChild<QWidget *>(QStringLiteral("leadPanel"));
        QVERIFY(panel && panel->isEnabled());
        auto *notes = panel->findChild<QListWidget *>(QStringLiteral("leadNotes"));
        QTRY_VERIFY(notes->count() >= 0);
        const int before = notes->count();
        auto *note = panel->findChild<QLineEdit *>(QStringLiteral("newNote"));
        QTest::keyClicks(note, QStringLiteral("Prefers delivery after 6pm"));
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_COMPARE(notes->count(), before + 1);
        QVERIFY(notes->item(notes->count() - 1)
                    ->text()
                    .contains(QStringLiteral("Prefers delivery after 6pm")));

        auto *stage = panel->findChild<QComboBox *>(QStringLiteral("leadStage"));
        const QString next = stage->itemText((stage->currentIndex() + 1) % stage->count());
        stage->setCurrentText(next);
        const qint64 lead = window.conversations()
                                ->index(0, 0)
                                .data(ConversationListModel::LeadIdRole)
                                .toLongLong();
        QTRY_COMPARE(LeadStore(opened.value()).find(lead).result()->stage, next);
    }

    void newMessagesPillWhenScrolledUp()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::openBlocking(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(opened);
        SeedOptions options;
        options.accounts = demo::cacheAccounts();
        options.conversations = 2;
        options.messages = 200;
        DemoSeeder(opened.value()).run(options);
        MainWindow window(opened.value(), QStringLiteral("priya"), providerCatalog());
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationAt(0);
        QVERIFY(ready.wait());
        auto *view = window.findChild<QListView *>(QStringLiteral("messageList"));
        auto *pill = window.findChild<QPushButton *>(QStringLiteral("newMessages"));
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
        QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

        auto arrive = [&](const QString &text) {
            const qint64 conversation = window.conversations()
                                            ->index(0, 0)
                                            .data(ConversationListModel::IdRole)
                                            .toLongLong();
            Message message;
            message.conversationId = conversation;
            message.accountId = window.conversations()
                                    ->index(0, 0)
                                    .data(ConversationListModel::AccountIdRole)
                                    .toString();
            message.kind = MessageKind::Text;
            message.text = text;
            message.createdAt = QDateTime::currentDateTimeUtc();
            const int before = window.messages()->rowCount();
            OutboxStore(opened.value()).enqueue(message).waitForFinished();
            QTRY_COMPARE(window.messages()->rowCount(), before + 1);
        };
        // At the bottom, a new message keeps the view there: no pill.
        arrive(QStringLiteral("First"));
        QTest::qWait(50);
        QVERIFY(!pill->isVisible());
        QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

        // Scrolled up to read: the pill says something new came; a click goes down to it.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        arrive(QStringLiteral("Second"));
        QTRY_VERIFY(pill->isVisible());
        QVERIFY(view->verticalScrollBar()->value() < view->verticalScrollBar()->maximum());
        QTest::mouseClick(pill, Qt::LeftButton);
        QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
        QVERIFY(!pill->isVisible());
    }

    void templatePickerNeedsEveryVariable()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::openBlocking(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(opened);
        SeedOptions options;
        options.accounts = demo::cacheAccounts();
        options.conversations = 3;
        options.messages = 30;
        DemoSeeder(opened.value()).run(options);
        MainWindow window(opened.value(), QStringLiteral("priya"), providerCatalog());
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.openConversationAt(0);
        QVERIFY(ready.wait());

        TemplatePicker *picker = window.openTemplatePicker();
        QVERIFY(picker);
        QTRY_VERIFY(picker->isLoaded());
        auto *list = picker->findChild<QListWidget *>(QStringLiteral("templateList"));
        auto *filter = picker->findChild<QLineEdit *>(QStringLiteral("templateFilter"));
        QTest::keyClicks(filter, QStringLiteral("order_up"));
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        auto *send = picker->findChild<QPushButton *>(QStringLiteral("templateSend"));
        auto *missing = picker->findChild<QLabel *>(QStringLiteral("templateMissing"));
        QVERIFY(!send->isEnabled());
        // Nothing typed yet: a quiet count, not an error.
        QVERIFY2(missing->text().startsWith(QStringLiteral("3 value")),
                 qPrintable(missing->text()));
        QVERIFY(!missing->styleSheet().contains(QStringLiteral("#B3261E")));
        QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("variable1")),
                         QStringLiteral("Joana"));
        QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("variable2")),
                         QStringLiteral("#1234"));
        QVERIFY(!send->isEnabled());
        QVERIFY2(missing->text().startsWith(QStringLiteral("1 value")),
                 qPrintable(missing->text()));
        // Typed in and emptied again: now it says which one.
        auto *third = picker->findChild<QLineEdit *>(QStringLiteral("variable3"));
        QTest::keyClicks(third, QStringLiteral("F"));
        QTest::keyClick(third, Qt::Key_Backspace);
        QCOMPARE(missing->text(), QStringLiteral("Fill in {{3}} to send."));
        QVERIFY(missing->styleSheet().contains(QStringLiteral("#B3261E")));
        QTest::keyClicks(third, QStringLiteral("Friday"));
        QVERIFY(send->isEnabled());
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty()) {
            // The picker over the window, as an agent sees it (for the README).
            QTest::qWait(100);
            QPixmap shot = window.grab();
            QPainter painter(&shot);
            painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
            painter.drawPixmap((shot.width() - picker->width()) / 2,
                               (shot.height() - picker->height()) / 2, picker->grab());
            painter.end();
            shot.save(shots + QStringLiteral("/template-picker.png"));
        }
        QVERIFY(picker->findChild<QLabel *>(QStringLiteral("templatePreview"))
                    ->text()
                    .startsWith(QStringLiteral(
                        "Hi Joana, your order #1234 is on its way and should arrive by Friday.")));
        const int before = window.messages()->rowCount();
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(window.messages()->rowCount(), before + 1);
        const QModelIndex sent = window.messages()->index(before, 0);
        QCOMPARE(sent.data(MessageListModel::KindRole).toString(), QStringLiteral("template"));
        QCOMPARE(sent.data(MessageListModel::StatusRole).toString(), QStringLiteral("queued"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
