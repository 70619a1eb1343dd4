// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MessagingWindow.h"

#include <QTest>

using namespace inbox;

class TestMessagingWindow : public QObject
{
    Q_OBJECT

private:
    const QDateTime inbound = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);

private Q_SLOTS:
    void edges_data()
    {
        QTest::addColumn<qint64>("msecsAfterInbound");
        QTest::addColumn<bool>("open");
        QTest::addColumn<qint64>("secondsLeft");
        const qint64 day = 24 * 3600 * 1000LL;
        QTest::newRow("at the message") << 0LL << true << 86400LL;
        QTest::newRow("one hour later") << 3'600'000LL << true << 82800LL;
        QTest::newRow("one second before") << day - 1000 << true << 1LL;
        QTest::newRow("one millisecond before") << day - 1 << true << 0LL;
        QTest::newRow("exactly 24 hours") << day << false << 0LL;
        QTest::newRow("one second after") << day + 1000 << false << 0LL;
        QTest::newRow("days later") << 5 * day << false << 0LL;
    }

    void edges()
    {
        QFETCH(qint64, msecsAfterInbound);
        QFETCH(bool, open);
        QFETCH(qint64, secondsLeft);
        const MessagingWindow window =
            messagingWindow(inbound, inbound.addMSecs(msecsAfterInbound));
        QCOMPARE(window.open, open);
        QCOMPARE(window.secondsLeft, secondsLeft);
        QCOMPARE(window.closesAt, inbound.addSecs(86400));
    }

    void neverWroteIsClosed()
    {
        const MessagingWindow window = messagingWindow(QDateTime(), inbound);
        QVERIFY(!window.open);
        QVERIFY(!window.closesAt.isValid());
    }

    void inboundFromTheFutureNeverLastsLongerThanADay()
    {
        const QDateTime now = inbound;
        const MessagingWindow window = messagingWindow(inbound.addSecs(7200), now);
        QVERIFY(window.open);
        QCOMPARE(window.secondsLeft, 86400LL);
        QCOMPARE(window.closesAt, now.addSecs(86400));
    }

    void timeZonesDoNotMatter()
    {
        const QDateTime inSaoPaulo = inbound.toOffsetFromUtc(-3 * 3600);
        const MessagingWindow window = messagingWindow(inSaoPaulo, inbound.addSecs(86399));
        QVERIFY(window.open);
        QCOMPARE(window.secondsLeft, 1LL);
    }
};

QTEST_APPLESS_MAIN(TestMessagingWindow)
#include "tst_messagingwindow.moc"
