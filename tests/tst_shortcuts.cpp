// SPDX-License-Identifier: GPL-3.0-or-later
// The keys an agent uses all day act on the open conversation as the lead panel's buttons do,
// and F1 lists every key of the window and of its menus.
#include "Desk.h"
#include "MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysTakeResolveSnoozeAndWriteANote()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        const qint64 conversation =
            test::scalar(desk.cache, QStringLiteral("SELECT id FROM conversations WHERE "
                                                    "coalesce(assignee_id, '') = '' AND status = "
                                                    "'open' LIMIT 1"))
                .toLongLong();
        QVERIFY(conversation > 0);
        QSignalSpy ready(&desk.window, &MainWindow::contentReady);
        desk.window.openConversationById(conversation);
        QVERIFY(ready.wait());
        desk.window.activateWindow();

        QTest::keyClick(&desk.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(test::assigneeOf(desk.cache, conversation), QStringLiteral("marco"));

        const auto status = [&] {
            return test::scalar(desk.cache,
                                QStringLiteral("SELECT status FROM conversations WHERE id = %1")
                                    .arg(conversation))
                .toString();
        };
        QTest::keyClick(&desk.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(status(), QStringLiteral("resolved"));

        QTest::keyClick(&desk.window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(status(), QStringLiteral("snoozed"));
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(
            test::scalar(desk.cache, QStringLiteral("SELECT snoozed_until FROM conversations "
                                                    "WHERE id = %1")
                                         .arg(conversation))
                .toLongLong());
        QCOMPARE(until.toLocalTime().date(), QDate::currentDate().addDays(1));
        QCOMPARE(until.toLocalTime().time(), QTime(9, 0));

        QTest::keyClick(&desk.window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *note = desk.window.findChild<QLineEdit *>(QStringLiteral("newNote"));
        QTRY_VERIFY(note->hasFocus());
    }

    void f1ListsEveryKeyOfTheWindowAndItsMenus()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        // The window learns Marco's role (an admin's menus) when the team has loaded.
        auto *templates = desk.window.findChild<QAction *>(QStringLiteral("templatesAction"));
        QVERIFY(templates);
        QTRY_VERIFY(templates->isVisible());
        const QString help = desk.window.shortcutsHelp();
        for (const QString &words :
             {QStringLiteral("Take the open conversation"),
              QStringLiteral("Resolve the open conversation"), QStringLiteral("Snooze"),
              QStringLiteral("Write a note for the team"), QStringLiteral("Search conversations"),
              QStringLiteral("Send a template"), QStringLiteral("Settings…"),
              QStringLiteral("Message templates…"), QStringLiteral("Quit"),
              QStringLiteral("Keyboard shortcuts")})
            QVERIFY2(help.contains(words), qPrintable(words));
        for (const QKeySequence &keys :
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_F1),
              QKeySequence(Qt::CTRL | Qt::Key_Comma)})
            QVERIFY2(help.contains(keys.toString(QKeySequence::NativeText).toHtmlEscaped()),
                     qPrintable(keys.toString()));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
