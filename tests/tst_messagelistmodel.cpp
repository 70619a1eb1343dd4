// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempCache.h"
#include "cache/MessageStore.h"
#include "itemmodels/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace inbox;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

qint64 conversationWith(const std::shared_ptr<CacheDatabase> &db, int count)
{
    const qint64 c = test::makeConversation(*db, QStringLiteral("meta-1"),
                                            QStringLiteral("+14155552671"), {}, t0);
    QList<Message> batch;
    for (int i = 0; i < count; ++i)
        batch << test::message(c, QStringLiteral("meta-1"), QStringLiteral("m%1").arg(i),
                               i % 2 ? Direction::Outbound : Direction::Inbound,
                               QStringLiteral("message %1").arg(i), t0.addSecs(60 * i));
    MessageStore(db).insert(batch).waitForFinished();
    return c;
}

/// Asks for the next page if one can be asked for; true once everything is loaded.
bool fetchedToTheEnd(MessageListModel &model)
{
    if (model.canFetchMore({}))
        model.fetchMore({});
    return !model.isLoading() && !model.canFetchMore({});
}

} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestPageFirstThenOlderPages()
    {
        test::TempCache cache;
        const qint64 c = conversationWith(cache.db(), 120);
        MessageListModel model(MessageStore(cache.db()), cache.db()->events(), c);
        QSignalSpy loaded(&model, &MessageListModel::pageLoaded);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.index(0).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("message 70"));
        QCOMPARE(model.index(49).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("message 119"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("message 20"));
        model.fetchMore({});
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < 120; ++row)
            QCOMPARE(model.index(row).data(MessageListModel::TextRole).toString(),
                     QStringLiteral("message %1").arg(row));
    }

    void passesTheModelTesterWhileItFetchesEverything()
    {
        test::TempCache cache;
        const qint64 c = conversationWith(cache.db(), 175);
        MessageListModel model(MessageStore(cache.db()), cache.db()->events(), c);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Page to the end while the tester checks every signal; it fetches too, now and then.
        QTRY_VERIFY(fetchedToTheEnd(model));
        QCOMPARE(model.rowCount(), 175);
        QCOMPARE(model.index(0).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("message 0"));
        MessageStore(cache.db())
            .insert(
                {test::message(c, QStringLiteral("meta-1"), QStringLiteral("mid"),
                               Direction::Inbound, QStringLiteral("in between"), t0.addSecs(90))})
            .waitForFinished();
        QTRY_COMPARE(model.rowCount(), 176);
        QCOMPARE(model.index(2).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("in between"));
    }

    void liveMessagesAppendAndStatusesUpdateInPlace()
    {
        test::TempCache cache;
        const qint64 c = conversationWith(cache.db(), 10);
        MessageListModel model(MessageStore(cache.db()), cache.db()->events(), c);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &MessageListModel::pageLoaded);
        QVERIFY(loaded.wait());
        QSignalSpy appended(&model, &MessageListModel::messagesAppended);
        MessageStore store(cache.db());
        store
            .insert(
                {test::message(c, QStringLiteral("meta-1"), QStringLiteral("live"),
                               Direction::Outbound, QStringLiteral("Just sent"), t0.addDays(1))})
            .waitForFinished();
        QTRY_COMPARE(model.rowCount(), 11);
        QCOMPARE(appended.size(), 1);
        QCOMPARE(model.index(10).data(MessageListModel::StatusRole).toString(),
                 QStringLiteral("queued"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        store
            .applyStatus(QStringLiteral("meta-1"), QStringLiteral("live"),
                         {MessageStatus::Read, t0.addDays(1), {}, {}})
            .waitForFinished();
        QTRY_COMPARE(model.index(10).data(MessageListModel::StatusRole).toString(),
                     QStringLiteral("read"));
        QCOMPARE(changed.size(), 1);

        // Other conversations' messages never show up here.
        const qint64 other = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                    QStringLiteral("+14155550000"), {}, t0);
        store
            .insert({test::message(other, QStringLiteral("meta-1"), QStringLiteral("x"),
                                   Direction::Inbound, QStringLiteral("elsewhere"), t0.addDays(2))})
            .waitForFinished();
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 11);
    }

    void historyOlderThanTheWindowWaitsForItsPage()
    {
        test::TempCache cache;
        const qint64 c = conversationWith(cache.db(), 80);
        MessageListModel model(MessageStore(cache.db()), cache.db()->events(), c);
        QSignalSpy loaded(&model, &MessageListModel::pageLoaded);
        QVERIFY(loaded.wait());
        MessageStore store(cache.db());
        // Older than the loaded window: not shown until its page loads.
        store
            .insert(
                {test::message(c, QStringLiteral("meta-1"), QStringLiteral("ancient"),
                               Direction::Inbound, QStringLiteral("from history"), t0.addDays(-3))})
            .waitForFinished();
        // Inside the window (between loaded rows): shown in place.
        store
            .insert({test::message(c, QStringLiteral("meta-1"), QStringLiteral("between"),
                                   Direction::Inbound, QStringLiteral("late arrival"),
                                   t0.addSecs(60 * 70 + 30))})
            .waitForFinished();
        QTRY_COMPARE(model.rowCount(), 51);
        QCOMPARE(model.index(41).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("late arrival"));
        model.fetchMore({});
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 82);
        QCOMPARE(model.index(0).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("from history"));
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
