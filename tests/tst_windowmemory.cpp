// SPDX-License-Identifier: GPL-3.0-or-later
// The window comes back as the agent left it: size, the splitter between list, chat and lead
// panel, the filters, the search and the open conversation, after a restart (a new window on the
// same settings file), all set by keys and clicks on the real widgets.
#include "Desk.h"
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "TempCache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

namespace {

/// A window on `cache` with the settings file at `ini`, shown and loaded.
std::unique_ptr<MainWindow> windowOn(const std::shared_ptr<CacheDatabase> &cache, QSettings &ini)
{
    auto window = std::make_unique<MainWindow>(cache, QStringLiteral("marco"), providerCatalog());
    window->setServices(nullptr, ProviderConnector{}, &ini);
    QSignalSpy ready(window.get(), &MainWindow::contentReady);
    window->show();
    if (!ready.wait())
        qFatal("the window never loaded");
    if (!QTest::qWaitFor([&window] { return !window->conversations()->isLoading(); }))
        qWarning("the list is still loading");
    return window;
}

} // namespace

class TestWindowMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWindowComesBackAsItWasLeft()
    {
        QTemporaryDir dir;
        const auto cache = test::seededCache(dir.filePath(QStringLiteral("cache.db")));
        QSettings ini(dir.filePath(QStringLiteral("inbox.ini")), QSettings::IniFormat);
        qint64 opened = 0;
        QList<int> sizes;
        QSize size;
        {
            auto window = windowOn(cache, ini);
            window->resize(1180, 720);
            // The status filter: Open, by keys.
            auto *status = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
            status->setFocus();
            QTest::keyClick(status, Qt::Key_Down);
            QCOMPARE(status->currentText(), QStringLiteral("Open"));
            // Unread only, by a click.
            auto *unread = window->findChild<QCheckBox *>(QStringLiteral("unreadFilter"));
            QTest::mouseClick(unread, Qt::LeftButton, {}, QPoint(6, unread->height() / 2));
            QVERIFY(unread->isChecked());
            QTest::mouseClick(unread, Qt::LeftButton, {}, QPoint(6, unread->height() / 2));
            QVERIFY(!unread->isChecked());
            // A search, typed; then a conversation the filters show, by a click on its row
            // once the list has its answer.
            auto *search = window->findChild<QLineEdit *>(QStringLiteral("search"));
            QTest::keyClicks(search, QStringLiteral("order"));
            auto *list = window->findChild<QListView *>(QStringLiteral("conversationList"));
            QTRY_VERIFY(!window->conversations()->isLoading() &&
                        window->conversations()->filter().search == QLatin1String("order") &&
                        list->model()->rowCount() > 2);
            const QModelIndex third = list->model()->index(2, 0);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualRect(third).center());
            QTRY_VERIFY(window->openConversationId() > 0);
            opened = window->openConversationId();
            // The list made wider by dragging the splitter's first handle.
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            const int before = splitter->sizes().first();
            QSplitterHandle *handle = splitter->handle(1);
            const QPoint middle = handle->rect().center();
            QTest::mousePress(handle, Qt::LeftButton, {}, middle);
            QTest::mouseMove(handle, middle + QPoint(60, 0));
            QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(60, 0));
            QTRY_VERIFY(splitter->sizes().first() > before + 30);
            sizes = splitter->sizes();
            size = window->size();
            window->close();
        }
        ini.sync();

        // The next start.
        auto again = windowOn(cache, ini);
        QCOMPARE(again->size(), size);
        QCOMPARE(again->findChild<QComboBox *>(QStringLiteral("statusFilter"))->currentText(),
                 QStringLiteral("Open"));
        QVERIFY(!again->findChild<QCheckBox *>(QStringLiteral("unreadFilter"))->isChecked());
        QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("search"))->text(),
                 QStringLiteral("order"));
        QCOMPARE(again->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QTRY_COMPARE(again->openConversationId(), opened);
        // Open as if clicked: its row highlighted, its messages shown.
        auto *list = again->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->currentIndex().data(ConversationListModel::IdRole).toLongLong(), opened);
        auto *chat = again->findChild<QListView *>(QStringLiteral("messageList"));
        QTRY_VERIFY(chat->model() && chat->model()->rowCount() > 0);
        test::shoot(again.get(), QStringLiteral("window-remembered.png"));
    }

    void withoutSettingsNothingIsRememberedOrBroken()
    {
        QTemporaryDir dir;
        const auto cache = test::seededCache(dir.filePath(QStringLiteral("cache.db")));
        MainWindow window(cache, QStringLiteral("marco"), providerCatalog());
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(ready.wait());
        window.close(); // no settings: nothing to save, nothing fails
        QCOMPARE(window.openConversationId(), 0);
    }
};

QTEST_MAIN(TestWindowMemory)
#include "tst_windowmemory.moc"
