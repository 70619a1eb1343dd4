// SPDX-License-Identifier: GPL-3.0-or-later
// Outside the 24-hour window the composer looks locked and says why, and the template picker is
// one key away; where the provider has no window (UniPile, open-wa) it never locks.
#include "Desk.h"
#include "MainWindow.h"
#include "TemplatePicker.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

namespace {

void open(test::Desk &desk, qint64 conversation)
{
    QSignalSpy ready(&desk.window, &MainWindow::contentReady);
    desk.window.openConversationById(conversation);
    if (!ready.wait())
        qWarning("the chat did not load");
}

/// A conversation of `account` whose customer last wrote more than a day ago (or never).
qint64 closedOn(test::Desk &desk, const QString &account)
{
    return test::scalar(desk.cache,
                        QStringLiteral("SELECT id FROM conversations WHERE account_id = '%1' AND "
                                       "coalesce(last_inbound_at, 0) < %2 LIMIT 1")
                            .arg(account)
                            .arg(QDateTime::currentMSecsSinceEpoch() - 2 * 86400000LL))
        .toLongLong();
}

} // namespace

class TestComposerLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outsideTheWindowTheComposerIsLockedAndSaysWhy()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        desk.window.resize(1024, 640);
        const qint64 closed = closedOn(desk, QStringLiteral("wati-support"));
        QVERIFY(closed > 0);
        open(desk, closed);
        auto *editor = desk.window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        auto *banner = desk.window.findChild<QLabel *>(QStringLiteral("windowClosed"));
        auto *templates = desk.window.findChild<QPushButton *>(QStringLiteral("templates"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(!editor->isEnabled());
        QVERIFY(editor->placeholderText().contains(QStringLiteral("Locked")));
        QVERIFY(banner->text().contains(QStringLiteral("Ctrl+Shift+T")));
        QVERIFY(templates->isEnabled() && templates->isVisible());
        test::shoot(&desk.window, QStringLiteral("composer-locked.png"));

        // The way out, by its key.
        desk.window.activateWindow();
        QTest::keyClick(&desk.window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(desk.window.findChild<TemplatePicker *>() &&
                    desk.window.findChild<TemplatePicker *>()->isVisible());
    }

    void whereTheProviderHasNoWindowItNeverLocks()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        const qint64 quiet = closedOn(desk, QStringLiteral("unipile-sales"));
        QVERIFY(quiet > 0);
        open(desk, quiet);
        auto *editor = desk.window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QTRY_VERIFY(editor->isEnabled());
        QVERIFY(!desk.window.findChild<QLabel *>(QStringLiteral("windowClosed"))->isVisible());
        QVERIFY(!editor->placeholderText().contains(QStringLiteral("Locked")));
    }
};

QTEST_MAIN(TestComposerLock)
#include "tst_composerlock.moc"
