// SPDX-License-Identifier: GPL-3.0-or-later
// The window at the sizes agents have: at 1024x640 the chat keeps at least half the width and
// the side panels clip none of their words (in English and in Spanish, whose words are longer);
// at twice the scale (QT_SCALE_FACTOR=2 on a 1920x1080 screen, 960x540 logical) the window still
// fits the screen.
#include "Desk.h"
#include "LeadPanel.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QScreen>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace inbox;

namespace {

/// Labels, buttons and combo boxes of `root` whose text is wider than they are.
QStringList clipped(QWidget *root)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        QString text;
        int room = w->width();
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->wordWrap() &&
                                                     label->textFormat() != Qt::RichText &&
                                                     label->pixmap().isNull()) {
            text = label->text();
            room = label->contentsRect().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
            room -= 8;
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            text = combo->currentText();
            room -= 28; // the arrow
        }
        text.remove(QLatin1Char('&'));
        if (text.isEmpty() || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('<')))
            continue;
        const int needed = w->fontMetrics().horizontalAdvance(text);
        if (needed > room)
            found << QStringLiteral("%1 \"%2\" (%3 > %4)")
                         .arg(w->objectName(), text)
                         .arg(needed)
                         .arg(room);
    }
    return found;
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atASmallScreenTheChatKeepsHalfTheWidthAndNothingIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void atASmallScreenTheChatKeepsHalfTheWidthAndNothingIsClipped()
    {
        QFETCH(QString, language);
        QTranslator ours;
        QTranslator qt;
        if (!language.isEmpty()) {
            QVERIFY(ours.load(QStringLiteral(INBOX_QM_DIR "/inbox_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&ours);
        }
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        // A snoozed conversation: its date is the longest line of the lead panel.
        test::run(desk.cache,
                  QStringLiteral("UPDATE conversations SET status = 'snoozed', "
                                 "snoozed_until = %1 WHERE id = (SELECT min(id) FROM "
                                 "conversations)")
                      .arg(QDateTime::currentDateTimeUtc().addDays(3).toMSecsSinceEpoch()));
        QSignalSpy ready(&desk.window, &MainWindow::contentReady);
        desk.window.openConversationById(
            test::scalar(desk.cache, QStringLiteral("SELECT min(id) FROM conversations"))
                .toLongLong());
        QVERIFY(ready.wait());
        desk.window.resize(1024, 640);
        QTRY_COMPARE(desk.window.width(), 1024);
        QTest::qWait(100);
        auto *splitter = desk.window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        const QList<int> sizes = splitter->sizes();
        qInfo() << "splitter at 1024x640:" << sizes << "minimums"
                << splitter->widget(0)->minimumSizeHint() << splitter->widget(1)->minimumSizeHint()
                << splitter->widget(2)->minimumSizeHint();
        QVERIFY2(sizes.at(1) >= 512,
                 qPrintable(QStringLiteral("the chat is %1 px of 1024").arg(sizes.at(1))));
        const QStringList cut = clipped(&desk.window);
        test::shoot(&desk.window, QStringLiteral("window-1024-%1.png")
                                      .arg(language.isEmpty() ? QStringLiteral("en") : language));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&ours);
    }

    void theWindowFitsAScreenAtTwiceTheScale()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        const QSize logical(960, 540); // 1920x1080 at QT_SCALE_FACTOR=2
        const QSize minimum = desk.window.minimumSizeHint();
        qInfo() << "minimum window size" << minimum;
        QVERIFY2(minimum.width() <= logical.width() && minimum.height() <= logical.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        // And the first size the window takes is no larger than the screen it opens on.
        const QRect screen = desk.window.screen()->availableGeometry();
        QVERIFY2(desk.window.width() <= screen.width() && desk.window.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(desk.window.width())
                                .arg(desk.window.height())
                                .arg(screen.width())
                                .arg(screen.height())));
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
