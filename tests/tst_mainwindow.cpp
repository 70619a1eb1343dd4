#include "MainWindow.h"
#include "cache/CacheDatabase.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"
#include "seed/DemoSeeder.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

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
        options.conversations = 150;
        options.messages = 3000;
        DemoSeeder(opened.value()).run(options);

        MainWindow window(opened.value(), QStringLiteral("priya"));
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
