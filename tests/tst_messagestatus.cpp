// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MessageStatus.h"

#include <QTest>

using namespace inbox;

class TestMessageStatus : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(int second)
    {
        return QDateTime::fromSecsSinceEpoch(1'700'000'000 + second, Qt::UTC);
    }
    static StatusUpdate report(MessageStatus status, int second)
    {
        StatusUpdate update{status, at(second), {}, {}};
        if (status == MessageStatus::Failed) {
            update.failureCode = QStringLiteral("131026");
            update.failureReason = QStringLiteral("Message undeliverable");
        }
        return update;
    }
    static DeliveryState stateAt(MessageStatus status)
    {
        DeliveryState state;
        return mergeStatus(state, report(status, 0));
    }

private Q_SLOTS:
    void everyOrderedPair_data()
    {
        QTest::addColumn<MessageStatus>("first");
        QTest::addColumn<MessageStatus>("second");
        QTest::addColumn<MessageStatus>("expected");
        const MessageStatus all[] = {MessageStatus::Queued, MessageStatus::Sent,
                                     MessageStatus::Delivered, MessageStatus::Read,
                                     MessageStatus::Failed};
        for (MessageStatus first : all) {
            for (MessageStatus second : all) {
                MessageStatus expected;
                if (first == MessageStatus::Failed || second == MessageStatus::Failed)
                    expected = MessageStatus::Failed;
                else
                    expected = std::max(first, second);
                QTest::addRow("%s then %s", qPrintable(statusKey(first)),
                              qPrintable(statusKey(second)))
                    << first << second << expected;
            }
        }
    }

    void everyOrderedPair()
    {
        QFETCH(MessageStatus, first);
        QFETCH(MessageStatus, second);
        QFETCH(MessageStatus, expected);
        const DeliveryState afterFirst = mergeStatus(DeliveryState{}, report(first, 10));
        const DeliveryState afterBoth = mergeStatus(afterFirst, report(second, 20));
        QCOMPARE(afterBoth.status, expected);
        if (expected == MessageStatus::Failed) {
            QCOMPARE(afterBoth.failureCode, QStringLiteral("131026"));
            QCOMPARE(afterBoth.failureReason, QStringLiteral("Message undeliverable"));
        } else {
            QVERIFY(afterBoth.failureCode.isEmpty());
        }
    }

    void repeatsAreNoOps_data()
    {
        QTest::addColumn<MessageStatus>("status");
        for (auto s : {MessageStatus::Queued, MessageStatus::Sent, MessageStatus::Delivered,
                       MessageStatus::Read, MessageStatus::Failed})
            QTest::newRow(qPrintable(statusKey(s))) << s;
    }

    void repeatsAreNoOps()
    {
        QFETCH(MessageStatus, status);
        const DeliveryState once = mergeStatus(DeliveryState{}, report(status, 5));
        DeliveryState again = once;
        for (int i = 0; i < 5; ++i)
            again = mergeStatus(again, report(status, 100 + i));
        QCOMPARE(again, once);
    }

    void deliveredRepeatedAfterReadKeepsReadAndFirstTimes()
    {
        DeliveryState state;
        state = mergeStatus(state, report(MessageStatus::Sent, 1));
        state = mergeStatus(state, report(MessageStatus::Delivered, 2));
        state = mergeStatus(state, report(MessageStatus::Read, 3));
        state = mergeStatus(state, report(MessageStatus::Delivered, 9));
        state = mergeStatus(state, report(MessageStatus::Sent, 10));
        QCOMPARE(state.status, MessageStatus::Read);
        QCOMPARE(state.sentAt, at(1));
        QCOMPARE(state.deliveredAt, at(2));
        QCOMPARE(state.readAt, at(3));
    }

    void outOfOrderReadBeforeDeliveredRecordsBoth()
    {
        DeliveryState state;
        state = mergeStatus(state, report(MessageStatus::Read, 7));
        state = mergeStatus(state, report(MessageStatus::Delivered, 6));
        QCOMPARE(state.status, MessageStatus::Read);
        QCOMPARE(state.deliveredAt, at(6));
        QCOMPARE(state.readAt, at(7));
    }

    void failedKeepsFirstCodeAndReason()
    {
        DeliveryState state = stateAt(MessageStatus::Delivered);
        state = mergeStatus(state, report(MessageStatus::Failed, 3));
        StatusUpdate other{MessageStatus::Failed, at(4), QStringLiteral("131047"),
                           QStringLiteral("Re-engagement message")};
        state = mergeStatus(state, other);
        state = mergeStatus(state, report(MessageStatus::Read, 5));
        QCOMPARE(state.status, MessageStatus::Failed);
        QCOMPARE(state.failureCode, QStringLiteral("131026"));
        QCOMPARE(state.failedAt, at(3));
    }

    void keysRoundTrip()
    {
        for (auto s : {MessageStatus::Queued, MessageStatus::Sent, MessageStatus::Delivered,
                       MessageStatus::Read, MessageStatus::Failed})
            QCOMPARE(statusFromKey(statusKey(s)), s);
        QVERIFY(!statusFromKey(QStringLiteral("played")).has_value());
    }
};

QTEST_APPLESS_MAIN(TestMessageStatus)
#include "tst_messagestatus.moc"
