// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderRegistry.h"
#include "TempCache.h"
#include "cache/ConversationStore.h"
#include "cache/MessageStore.h"
#include "cache/Sql.h"
#include "itemmodels/ConversationFilterProxyModel.h"
#include "itemmodels/ConversationListModel.h"
#include "wati/WatiProvider.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace inbox;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

/// `count` conversations; conversation i last spoke at t0 + i minutes, so the newest is the last.
/// Every third is assigned to priya, every fifth is on WATI, every seventh is resolved.
QList<qint64> fill(CacheDatabase &db, int count)
{
    return db
        .run([count](QSqlDatabase &c) {
            sql::Transaction transaction(c);
            sql::execDirect(c, QStringLiteral("INSERT INTO agents (id, name, role) VALUES "
                                              "('priya', 'Priya Sharma', 'agent')"));
            sql::execDirect(
                c, QStringLiteral("INSERT INTO accounts (id, provider, display_name) VALUES "
                                  "('meta-1', 'meta', 'Store'), ('wati-1', 'wati', 'Support')"));
            QList<qint64> ids;
            QList<Message> messages;
            for (int i = 0; i < count; ++i) {
                const QString account =
                    i % 5 == 0 ? QStringLiteral("wati-1") : QStringLiteral("meta-1");
                const QDateTime at = t0.addSecs(60 * i);
                const qint64 id = ConversationStore::conversationForIn(
                    c, account, QStringLiteral("+1415555%1").arg(1000 + i),
                    QStringLiteral("Customer %1").arg(i), at);
                ids << id;
                messages << test::message(id, account, QStringLiteral("m%1").arg(i),
                                          i % 2 ? Direction::Inbound : Direction::Outbound,
                                          i == 42 ? QStringLiteral("where is my parcel")
                                                  : QStringLiteral("hello %1").arg(i),
                                          at);
            }
            // Team state after the messages: an inbound message reopens a resolved conversation.
            MessageStore::insertIn(c, messages);
            for (int i = 0; i < count; ++i) {
                QSqlQuery team = sql::prepare(
                    c, QStringLiteral(
                           "UPDATE conversations SET assignee_id = ?, status = ? WHERE id = ?"));
                team.addBindValue(i % 3 == 0 ? QVariant(QStringLiteral("priya"))
                                             : QVariant(QMetaType::fromType<QString>()));
                team.addBindValue(i % 7 == 0 ? QStringLiteral("resolved") : QStringLiteral("open"));
                team.addBindValue(ids.at(i));
                sql::exec(team);
            }
            transaction.commit();
            return ids;
        })
        .result();
}

/// Asks for the next page if one can be asked for; true once everything is loaded.
bool fetchedToTheEnd(ConversationListModel &model)
{
    if (model.canFetchMore({}))
        model.fetchMore({});
    return !model.isLoading() && !model.canFetchMore({});
}

} // namespace

class TestConversationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAWindowAndPagesWithFetchMore()
    {
        test::TempCache cache;
        fill(*cache.db(), 250);
        ConversationListModel model(ConversationStore(cache.db()), cache.db()->events(),
                                    providerCatalog());
        QSignalSpy loaded(&model, &ConversationListModel::pageLoaded);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), ConversationListModel::pageSize);
        QCOMPARE(model.index(0).data(ConversationListModel::TitleRole).toString(),
                 QStringLiteral("Customer 249"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        // Newest activity first, all the way down.
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(
                model.index(row - 1).data(ConversationListModel::LastActivityRole).toDateTime() >=
                model.index(row).data(ConversationListModel::LastActivityRole).toDateTime());
        }
    }

    void passesTheModelTesterWhileItFetchesEverything()
    {
        test::TempCache cache;
        const QList<qint64> ids = fill(*cache.db(), 260);
        ConversationListModel model(ConversationStore(cache.db()), cache.db()->events(),
                                    providerCatalog());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Page to the end while the tester checks every signal; it fetches too, now and then.
        QTRY_VERIFY(fetchedToTheEnd(model));
        QCOMPARE(model.rowCount(), 260);
        // Live moves, inserts and removals under the tester's eye.
        MessageStore(cache.db())
            .insert({test::message(ids.at(5), QStringLiteral("wati-1"), QStringLiteral("late"),
                                   Direction::Inbound, QStringLiteral("up"), t0.addDays(1))})
            .waitForFinished();
        QTRY_COMPARE(model.rowOf(ids.at(5)), 0);
        model.setFilter({ConversationFilter::Scope::Unassigned, {}, {}, {}, false, {}});
        QTRY_VERIFY(fetchedToTheEnd(model));
        ConversationStore(cache.db()).assign(ids.at(5), QStringLiteral("priya")).waitForFinished();
        QTRY_COMPARE(model.rowOf(ids.at(5)), -1);
    }

    void rolesCarryWhatTheListShows()
    {
        test::TempCache cache;
        fill(*cache.db(), 10);
        ConversationListModel model(ConversationStore(cache.db()), cache.db()->events(),
                                    providerCatalog(), nullptr,
                                    [] { return t0.addSecs(9 * 60 + 3600); });
        QSignalSpy loaded(&model, &ConversationListModel::pageLoaded);
        QVERIFY(loaded.wait());
        const QModelIndex top = model.index(0); // conversation 9: inbound, unassigned, on meta
        QCOMPARE(top.data(ConversationListModel::ProviderRole).toString(), QStringLiteral("meta"));
        QCOMPARE(top.data(ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("hello 9"));
        QCOMPARE(top.data(ConversationListModel::UnreadCountRole).toInt(), 1);
        QCOMPARE(top.data(ConversationListModel::WindowOpenRole).toBool(), true);
        QCOMPARE(top.data(ConversationListModel::WindowClosesAtRole).toDateTime(),
                 t0.addSecs(9 * 60 + 86400));
        const QModelIndex mine =
            model.index(9); // conversation 0: outbound, priya's, resolved, WATI
        QCOMPARE(mine.data(ConversationListModel::AssigneeInitialsRole).toString(),
                 QStringLiteral("PS"));
        QCOMPARE(mine.data(ConversationListModel::StatusRole).toString(),
                 QStringLiteral("resolved"));
        QCOMPARE(mine.data(ConversationListModel::ProviderRole).toString(), QStringLiteral("wati"));
        QCOMPARE(mine.data(ConversationListModel::PreviewStatusRole).toString(),
                 QStringLiteral("queued"));
        QCOMPARE(mine.data(ConversationListModel::WindowOpenRole).toBool(), false);
    }

    void liveMessageMovesItsConversationToTheTop()
    {
        test::TempCache cache;
        const QList<qint64> ids = fill(*cache.db(), 150);
        ConversationListModel model(ConversationStore(cache.db()), cache.db()->events(),
                                    providerCatalog());
        QSignalSpy loaded(&model, &ConversationListModel::pageLoaded);
        QVERIFY(loaded.wait());
        const qint64 quiet = ids.at(100); // row 49
        QCOMPARE(model.rowOf(quiet), 49);
        MessageStore(cache.db())
            .insert({test::message(quiet, QStringLiteral("meta-1"), QStringLiteral("new"),
                                   Direction::Inbound, QStringLiteral("Any news?"), t0.addDays(1))})
            .waitForFinished();
        QTRY_COMPARE(model.rowOf(quiet), 0);
        QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("Any news?"));
        QCOMPARE(model.rowCount(), 100);

        // A conversation below the loaded window that wakes up joins at the top.
        const qint64 old = ids.at(3);
        QCOMPARE(model.rowOf(old), -1);
        MessageStore(cache.db())
            .insert(
                {test::message(old, QStringLiteral("meta-1"), QStringLiteral("new2"),
                               Direction::Inbound, QStringLiteral("Back again"), t0.addDays(2))})
            .waitForFinished();
        QTRY_COMPARE(model.rowOf(old), 0);
        QCOMPARE(model.rowCount(), 101);
    }

    void aHeldOrderKeepsRowsStillUntilLetGo()
    {
        // The pointer is over the list: new activity must not move the row under it.
        test::TempCache cache;
        const QList<qint64> ids = fill(*cache.db(), 150);
        ConversationListModel model(ConversationStore(cache.db()), cache.db()->events(),
                                    providerCatalog());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ConversationListModel::pageLoaded);
        QVERIFY(loaded.wait());
        QSignalSpy waiting(&model, &ConversationListModel::heldActivityChanged);
        const qint64 quiet = ids.at(100); // row 49
        const qint64 top = model.index(0).data(ConversationListModel::IdRole).toLongLong();
        const QPersistentModelIndex underPointer = model.index(10);
        const qint64 hovered = underPointer.data(ConversationListModel::IdRole).toLongLong();
        model.setOrderHeld(true);
        MessageStore(cache.db())
            .insert({test::message(quiet, QStringLiteral("meta-1"), QStringLiteral("new"),
                                   Direction::Inbound, QStringLiteral("Any news?"), t0.addDays(1))})
            .waitForFinished();
        const qint64 old = ids.at(3); // below the window, wakes up
        MessageStore(cache.db())
            .insert(
                {test::message(old, QStringLiteral("meta-1"), QStringLiteral("new2"),
                               Direction::Inbound, QStringLiteral("Back again"), t0.addDays(2))})
            .waitForFinished();
        QTRY_VERIFY(!waiting.isEmpty() && waiting.last().first().toInt() == 2);
        QCOMPARE(model.rowOf(quiet), 49); // changed in place ...
        QCOMPARE(model.index(49).data(ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("Any news?"));
        QCOMPARE(model.rowOf(old), model.rowCount() < 150 ? -1 : 146); // ... a new one waits
        QCOMPARE(model.index(0).data(ConversationListModel::IdRole).toLongLong(), top);
        QCOMPARE(model.index(10).data(ConversationListModel::IdRole).toLongLong(), hovered);

        model.setOrderHeld(false);
        QCOMPARE(waiting.last().first().toInt(), 0);
        QCOMPARE(model.rowOf(old), 0);
        QCOMPARE(model.rowOf(quiet), 1);
        // A view's place in the list follows its conversation.
        QCOMPARE(underPointer.data(ConversationListModel::IdRole).toLongLong(), hovered);
        QCOMPARE(underPointer.row(), 12);
        // The next page still continues from the oldest loaded row.
        QTRY_VERIFY(fetchedToTheEnd(model));
        QCOMPARE(model.rowCount(), 150);
    }

    void filtersThroughTheProxy()
    {
        test::TempCache cache;
        fill(*cache.db(), 300);
        ConversationListModel model(ConversationStore(cache.db()), cache.db()->events(),
                                    providerCatalog());
        ConversationFilterProxyModel proxy(&model);
        QSignalSpy loaded(&model, &ConversationListModel::pageLoaded);
        QVERIFY(loaded.wait());

        proxy.setScope(ConversationFilter::Scope::Mine, QStringLiteral("priya"));
        QVERIFY(loaded.wait());
        // Filtered in SQL: a full page of matches, not a third of a page.
        QCOMPARE(proxy.rowCount(), 100);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(ConversationListModel::AssigneeIdRole).toString(),
                     QStringLiteral("priya"));

        proxy.setScope(ConversationFilter::Scope::Unassigned);
        QVERIFY(loaded.wait());
        QVERIFY(proxy.rowCount() > 0);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0)
                        .data(ConversationListModel::AssigneeIdRole)
                        .toString()
                        .isEmpty());

        proxy.setScope(ConversationFilter::Scope::All);
        proxy.setStatus(ConversationStatus::Resolved);
        proxy.setProvider(wati::id());
        QVERIFY(loaded.wait());
        QTRY_COMPARE(proxy.rowCount(), 9); // i % 35 == 0 for i < 300
        proxy.setStatus(std::nullopt);
        proxy.setProvider(std::nullopt);
        proxy.setUnreadOnly(true);
        QVERIFY(loaded.wait());
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(ConversationListModel::UnreadCountRole).toInt() > 0);

        proxy.setUnreadOnly(false);
        proxy.setSearchText(QStringLiteral("parcel"));
        QVERIFY(loaded.wait());
        QTRY_COMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ConversationListModel::TitleRole).toString(),
                 QStringLiteral("Customer 42"));
        proxy.setSearchText(QStringLiteral("customer 17"));
        QVERIFY(loaded.wait());
        // Words match as prefixes: 17 and 170-179, newest activity first.
        QCOMPARE(proxy.rowCount(), 11);
        QCOMPARE(proxy.index(10, 0).data(ConversationListModel::TitleRole).toString(),
                 QStringLiteral("Customer 17"));
        // A number in any form it is written or dialled: part of it, national, international
        // with + or with 00.
        for (const QString &typed :
             {QStringLiteral("5551042"), QStringLiteral("(415) 555-1042"),
              QStringLiteral("+1 415 555 1042"), QStringLiteral("001 415 555 1042")}) {
            proxy.setSearchText(typed);
            QVERIFY(loaded.wait());
            QCOMPARE(proxy.rowCount(), 1);
            QCOMPARE(proxy.index(0, 0).data(ConversationListModel::TitleRole).toString(),
                     QStringLiteral("Customer 42"));
        }
    }

    void assignmentOutsideTheFilterLeavesTheList()
    {
        test::TempCache cache;
        const QList<qint64> ids = fill(*cache.db(), 20);
        ConversationListModel model(ConversationStore(cache.db()), cache.db()->events(),
                                    providerCatalog());
        ConversationFilterProxyModel proxy(&model);
        QSignalSpy loaded(&model, &ConversationListModel::pageLoaded);
        QVERIFY(loaded.wait());
        proxy.setScope(ConversationFilter::Scope::Unassigned);
        QVERIFY(loaded.wait());
        const int before = proxy.rowCount();
        ConversationStore(cache.db()).assign(ids.at(19), QStringLiteral("priya")).waitForFinished();
        QTRY_COMPARE(proxy.rowCount(), before - 1);
        QCOMPARE(model.rowOf(ids.at(19)), -1);
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
