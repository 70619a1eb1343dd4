// SPDX-License-Identifier: GPL-3.0-or-later
// The rules an agent lives by, driven through the real widgets and a relay on real sockets:
// opening a conversation marks it read (here, for teammates, and for the customer), a sent
// message shows in every inbox, only one agent can take a conversation, snoozed conversations
// wake, and the 24-hour window is Meta's and WATI's only.
#include "Borrowed.h"
#include "Desk.h"
#include "ProviderRegistry.h"
#include "ScriptedProvider.h"
#include "TeamDesk.h"
#include "TempCache.h"
#include "cache/ConversationStore.h"
#include "cache/RelayCursorStore.h"
#include "controllers/ConversationController.h"
#include "controllers/MessageController.h"
#include "controllers/TeamContext.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"
#include "meta/MetaClient.h"
#include "relay/RelayClient.h"
#include "sync/OutboxWorker.h"
#include "sync/SyncEngine.h"

#include <QComboBox>
#include <QEnterEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;
using namespace inbox::test;

class TestConversationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickingAConversationMarksItReadForTheCustomerToo()
    {
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("priya"));
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::Ok, R"({"success":true})", {}}});
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"),
                                     QStringLiteral("102290129340398"), "token", graph.base()});
        desk.window.setProviderApis([&client](const QString &account) {
            return account == QLatin1String("meta-store") ? test::borrowed(&client) : nullptr;
        });
        const qint64 conversation =
            conversationWithInbound(desk.cache, QStringLiteral("meta-store"));
        QVERIFY(conversation > 0);
        const QString lastInbound =
            scalar(desk.cache, QStringLiteral("SELECT provider_message_id FROM messages WHERE "
                                              "conversation_id = %1 AND direction = 'in' AND "
                                              "provider_message_id IS NOT NULL ORDER BY "
                                              "created_at DESC, id DESC LIMIT 1")
                                   .arg(conversation))
                .toString();
        const QModelIndex row = makeUnread(desk, conversation, 3);
        QVERIFY(row.isValid());
        auto *list = desk.window.findChild<QListView *>(QStringLiteral("conversationList"));
        list->scrollTo(row);
        shoot(&desk.window, QStringLiteral("read-before.png"));

        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        QTRY_COMPARE(desk.window.openConversationId(), conversation);
        QTRY_COMPARE(unreadOf(desk.cache, conversation), 0);
        QTRY_COMPARE(rowOf(list, conversation).data(ConversationListModel::UnreadCountRole).toInt(),
                     0);
        // The customer sees blue ticks: Meta's mark-as-read for the last message they wrote (the
        // chat's pictures are asked for too; those requests are not counted here).
        auto receipts = [&graph] {
            QList<QJsonObject> found;
            for (const auto &request : graph.seen()) {
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                if (body.contains(QStringLiteral("status")))
                    found << body;
            }
            return found;
        };
        QTRY_COMPARE(receipts().size(), 1);
        const QJsonObject receipt = receipts().first();
        QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("read"));
        QCOMPARE(receipt.value(QStringLiteral("message_id")).toString(), lastInbound);
        QTest::qWait(100);
        shoot(&desk.window, QStringLiteral("read-after.png"));

        // Opening it again with nothing unread asks the provider nothing.
        desk.window.openConversationById(conversation);
        QTest::qWait(200);
        QCOMPARE(receipts().size(), 1);
    }

    void theHighlightedRowIsAlwaysTheOpenChat()
    {
        // A reply must never go to another customer than the one the list shows as open.
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("priya"));
        auto *list = desk.window.findChild<QListView *>(QStringLiteral("conversationList"));
        const auto highlighted = [list] {
            return list->currentIndex().data(ConversationListModel::IdRole).toLongLong();
        };
        QTRY_VERIFY(list->model()->rowCount() > 20);
        const QModelIndex first = list->model()->index(0, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QTRY_COMPARE(desk.window.openConversationId(), highlighted());
        const qint64 firstOpened = desk.window.openConversationId();

        // Fast PageDowns: the chat follows the highlight once the keys rest.
        list->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(list, Qt::Key_PageDown);
        QTRY_VERIFY(desk.window.openConversationId() != firstOpened);
        QTRY_COMPARE(desk.window.openConversationId(), highlighted());

        // Another customer writes and jumps to the top: the highlight stays on the open chat.
        // (With the pointer away from the list: over it, the order would wait.)
        QEvent away(QEvent::Leave);
        QCoreApplication::sendEvent(list->viewport(), &away);
        const qint64 open = desk.window.openConversationId();
        const qint64 other = list->model()
                                 ->index(list->model()->rowCount() - 1, 0)
                                 .data(ConversationListModel::IdRole)
                                 .toLongLong();
        run(desk.cache, QStringLiteral("UPDATE conversations SET last_activity_at = %1 WHERE id = "
                                       "%2")
                            .arg(QDateTime::currentMSecsSinceEpoch() + 60'000)
                            .arg(other));
        Q_EMIT desk.cache->events()->conversationsChanged({other});
        QTRY_COMPARE(list->model()->index(0, 0).data(ConversationListModel::IdRole).toLongLong(),
                     other);
        QTRY_COMPARE(highlighted(), open);
        QCOMPARE(desk.window.openConversationId(), open);

        // A filter that hides the open chat leaves no row highlighted, and opens nothing else.
        const QString provider =
            list->currentIndex().data(ConversationListModel::ProviderRole).toString();
        auto *providers = desk.window.findChild<QComboBox *>(QStringLiteral("providerFilter"));
        for (int i = 1; i < providers->count(); ++i) {
            if (providers->itemData(i).toString() != provider) {
                providers->setCurrentIndex(i);
                break;
            }
        }
        QTRY_VERIFY(!list->currentIndex().isValid());
        QTRY_VERIFY(!list->selectionModel()->hasSelection());
        QCOMPARE(desk.window.openConversationId(), open);
        // And back: the open chat is highlighted again.
        providers->setCurrentIndex(0);
        QTRY_COMPARE(highlighted(), open);
    }

    void theListDoesNotMoveUnderThePointer()
    {
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("priya"));
        auto *list = desk.window.findChild<QListView *>(QStringLiteral("conversationList"));
        auto *pill = desk.window.findChild<QLabel *>(QStringLiteral("heldActivity"));
        QTRY_VERIFY(list->model()->rowCount() > 20);
        const auto idAt = [list](int row) {
            return list->model()->index(row, 0).data(ConversationListModel::IdRole).toLongLong();
        };
        const qint64 underPointer = idAt(5);
        const qint64 quiet = idAt(15);
        // The pointer comes over the list: the order waits. (The platform may send its own
        // enter and leave events while the test waits, so the wait holds the model directly.)
        QEnterEvent enter(QPointF(20, 20), QPointF(20, 20), QPointF(20, 20));
        QCoreApplication::sendEvent(list->viewport(), &enter);
        QVERIFY(desk.window.conversations()->isOrderHeld());
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(list->viewport(), &leave);
        QVERIFY(!desk.window.conversations()->isOrderHeld());
        desk.window.conversations()->setOrderHeld(true);
        run(desk.cache, QStringLiteral("UPDATE conversations SET last_activity_at = %1 WHERE id = "
                                       "%2")
                            .arg(QDateTime::currentMSecsSinceEpoch() + 60'000)
                            .arg(quiet));
        Q_EMIT desk.cache->events()->conversationsChanged({quiet});
        QTRY_VERIFY(pill->isVisible());
        QCOMPARE(pill->text(), QStringLiteral("↑ New activity: 1"));
        QCOMPARE(idAt(5), underPointer); // still where the agent is about to click
        QCOMPARE(idAt(15), quiet);
        shoot(&desk.window, QStringLiteral("held-activity.png"));
        desk.window.conversations()->setOrderHeld(false); // the pointer leaves
        QCOMPARE(idAt(0), quiet);
        QCOMPARE(idAt(6), underPointer);
        QVERIFY(!pill->isVisible());
    }

    void whatArrivesInTheOpenChatIsRead()
    {
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("priya"));
        desk.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        const qint64 conversation =
            conversationWithInbound(desk.cache, QStringLiteral("meta-store"));
        desk.window.openConversationById(conversation);
        QTRY_COMPARE(desk.window.openConversationId(), conversation);
        QTRY_COMPARE(unreadOf(desk.cache, conversation), 0);
        // The customer writes while the agent looks at the chat: no badge comes.
        const QString phone =
            scalar(desk.cache, QStringLiteral("SELECT customer_phone FROM conversations WHERE id "
                                              "= %1")
                                   .arg(conversation))
                .toString();
        MessageEvent inbound;
        inbound.direction = Direction::Inbound;
        inbound.externalId = QStringLiteral("wamid.WHILE_OPEN");
        inbound.from = phone;
        inbound.kind = QStringLiteral("text");
        inbound.text = QStringLiteral("Are you there?");
        inbound.timestamp = QDateTime::currentDateTimeUtc();
        QSignalSpy added(desk.cache->events(), &CacheEvents::messagesAdded);
        SyncEngine::applyMessages(desk.cache, QStringLiteral("meta-store"), {inbound});
        QTRY_VERIFY(!added.isEmpty()); // from the database thread, maybe before a wait() began
        QTRY_COMPARE(unreadOf(desk.cache, conversation), 0);
        // Another conversation's message still counts.
        const qint64 other =
            scalar(desk.cache, QStringLiteral("SELECT max(id) FROM conversations WHERE account_id "
                                              "= 'meta-store' AND id <> %1")
                                   .arg(conversation))
                .toLongLong();
        inbound.externalId = QStringLiteral("wamid.ELSEWHERE");
        inbound.from = scalar(desk.cache, QStringLiteral("SELECT customer_phone FROM conversations "
                                                         "WHERE id = %1")
                                              .arg(other))
                           .toString();
        const int before = unreadOf(desk.cache, other);
        SyncEngine::applyMessages(desk.cache, QStringLiteral("meta-store"), {inbound});
        QTRY_COMPARE(unreadOf(desk.cache, other), before + 1);
        QCOMPARE(unreadOf(desk.cache, conversation), 0);
    }

    void readingReachesTeammatesThroughTheRelay()
    {
        test::ManagerAndAgent team;
        QTRY_VERIFY(team.connected());
        Desk &marco = team.marco.desk;
        Desk &priya = team.priya.desk;
        // The same seed on both desks: the same customer on the same account.
        const qint64 conversation =
            conversationWithInbound(marco.cache, QStringLiteral("meta-store"));
        QCOMPARE(conversationWithInbound(priya.cache, QStringLiteral("meta-store")), conversation);
        QVERIFY(makeUnread(marco, conversation, 2).isValid());
        QVERIFY(makeUnread(priya, conversation, 2).isValid());
        priya.window.openConversationById(conversation);
        QTRY_COMPARE(unreadOf(priya.cache, conversation), 0);
        QTRY_COMPARE(unreadOf(marco.cache, conversation), 0);
    }

    void aSentMessageShowsInEveryInbox()
    {
        // Meta echoes nothing to the other desktops: the sender tells the team.
        test::TeamRelay team(
            {{QStringLiteral("Marco Rossi"), Role::Manager, QStringLiteral("marco")},
             {QStringLiteral("Priya Sharma"), Role::Agent, QStringLiteral("priya")}});
        QTemporaryDir dir;
        test::TeamDesk marco(team, dir, QStringLiteral("marco"));
        test::TeamDesk priya(team, dir, QStringLiteral("priya"));
        QTRY_VERIFY(marco.connected() && priya.connected());
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::Ok,
                       R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.TEAM1"}]})",
                       {}}});
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"),
                                     QStringLiteral("102290129340398"), "token", graph.base()});
        OutboxWorker worker(marco.desk.cache, [&client](const QString &) {
            return std::shared_ptr<ProviderApi>(test::borrowed(&client));
        });
        // As the desktop's services do: what the outbox sent is announced to the team.
        TeamContext marcosTeam(QStringLiteral("marco"));
        marcosTeam.setRelayLink(&marco.link);
        MessageController announcer(marco.desk.cache, &marcosTeam);
        connect(&worker, &OutboxWorker::messageSent, &announcer, &MessageController::announceSent);

        const qint64 conversation =
            conversationWithInbound(marco.desk.cache, QStringLiteral("meta-store"));
        QVERIFY(lastWroteAt(marco.desk, conversation, QDateTime::currentMSecsSinceEpoch()));
        marco.desk.window.openConversationById(conversation);
        auto *editor = marco.desk.window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QTRY_VERIFY(editor->isEnabled());
        QTest::keyClicks(editor, QStringLiteral("It comes in blue and green."));
        QTest::keyClick(editor, Qt::Key_Return);
        worker.kick();
        const QString sent = QStringLiteral("SELECT count(*) FROM messages WHERE "
                                            "provider_message_id = 'wamid.TEAM1'");
        QTRY_COMPARE(scalar(priya.desk.cache, sent).toInt(), 1);
        QCOMPARE(scalar(priya.desk.cache,
                        QStringLiteral("SELECT sender_agent_id || ': ' || text FROM messages "
                                       "WHERE provider_message_id = 'wamid.TEAM1'"))
                     .toString(),
                 QStringLiteral("marco: It comes in blue and green."));
        // The relay's echo reaches the sender too, and adds no second row.
        const qint64 head = team.server->log().head(QStringLiteral("acme"));
        QTRY_VERIFY(RelayCursorStore(marco.desk.cache).cursor(QStringLiteral("acme")).result() >=
                    head);
        QCOMPARE(scalar(marco.desk.cache, sent).toInt(), 1);
    }

    void onlyOneOfTwoAgentsTakesAConversation()
    {
        test::TeamRelay team(
            {{QStringLiteral("Priya Sharma"), Role::Agent, QStringLiteral("priya")},
             {QStringLiteral("Lucas Martin"), Role::Agent, QStringLiteral("lucas")}});
        QTemporaryDir dir;
        test::TeamDesk priyaDesk(team, dir, QStringLiteral("priya"));
        test::TeamDesk lucasDesk(team, dir, QStringLiteral("lucas"));
        QTRY_VERIFY(priyaDesk.connected() && lucasDesk.connected());
        Desk &priya = priyaDesk.desk;
        Desk &lucas = lucasDesk.desk;
        QTRY_COMPARE(lucas.window.role(), Role::Agent);
        const qint64 conversation =
            conversationWithInbound(priya.cache, QStringLiteral("meta-store"));
        for (Desk *desk : {&priya, &lucas}) {
            QVERIFY(makeUnread(*desk, conversation, 1).isValid()); // and unassigned
            desk->window.openConversationById(conversation);
        }
        auto *priyaTakes = priya.find<QPushButton>("take");
        auto *lucasTakes = lucas.find<QPushButton>("take");
        QTRY_VERIFY(priyaTakes->isVisible() && lucasTakes->isVisible());
        // Both click before either hears of the other.
        QTest::mouseClick(priyaTakes, Qt::LeftButton);
        QTest::mouseClick(lucasTakes, Qt::LeftButton);
        QTRY_VERIFY(!assigneeOf(priya.cache, conversation).isEmpty() &&
                    assigneeOf(priya.cache, conversation) == assigneeOf(lucas.cache, conversation));
        const QString winner = assigneeOf(priya.cache, conversation);
        Desk &loser = winner == QLatin1String("priya") ? lucas : priya;
        auto *problem = loser.find<QLabel>("leadProblem");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("already has this conversation")),
                 qPrintable(problem->text()));
        QTest::qWait(200);
        QCOMPARE(assigneeOf(loser.cache, conversation), winner);
        // Both chats tell it, in a line of their history.
        for (Desk *desk : {&priya, &lucas}) {
            QTRY_VERIFY(desk->window.messages() && [&] {
                const QAbstractItemModel *chat = desk->window.messages();
                for (int row = 0; row < chat->rowCount(); ++row) {
                    const QModelIndex index = chat->index(row, 0);
                    if (index.data(MessageListModel::KindRole).toString() ==
                            QLatin1String("system") &&
                        index.data(MessageListModel::TextRole)
                            .toString()
                            .endsWith(QStringLiteral("took this conversation")))
                        return true;
                }
                return false;
            }());
        }
        auto *chat = loser.window.findChild<QListView *>(QStringLiteral("messageList"));
        chat->scrollToBottom();
        QTest::qWait(50);
        shoot(&loser.window, QStringLiteral("take-refused.png"));
    }

    void snoozedConversationsWakeAtTheirTime()
    {
        test::TempCache cache;
        const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(14, 0), Qt::UTC);
        const qint64 conversation = test::makeConversation(
            *cache.db(), QStringLiteral("meta-store"), QStringLiteral("+5511987654321"), {}, t0);
        QDateTime now = t0;
        TeamContext team(QStringLiteral("priya"));
        ConversationController controller(cache.db(), &team, providerCatalog(), {}, nullptr,
                                          [&now] { return now; });
        QCOMPARE(controller.setStatus(conversation, ConversationStatus::Snoozed, t0.addSecs(-1))
                     .result(),
                 QStringLiteral("Snooze until a time in the future."));
        const QFuture<QString> snoozed =
            controller.setStatus(conversation, ConversationStatus::Snoozed, t0.addSecs(60));
        QTRY_VERIFY(snoozed.isFinished()); // its steps run on this thread's event loop
        QCOMPARE(snoozed.result(), QString());
        QSignalSpy woke(&controller, &ConversationController::woke);
        controller.wakeDue();
        QTest::qWait(100);
        QVERIFY(woke.isEmpty());
        now = t0.addSecs(61); // the app may have been closed at t0 + 60 s: it wakes now
        controller.wakeDue();
        QTRY_COMPARE(woke.size(), 1);
        QCOMPARE(woke.first().first().value<QList<qint64>>(), QList<qint64>{conversation});
        QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT status || coalesce(snoozed_until, '') "
                                                   "FROM conversations"))
                     .toString(),
                 QStringLiteral("open"));
    }

    void aWindowStartingWithOverdueSnoozesWakesThem()
    {
        // The app was closed when their time came.
        QTemporaryDir dir;
        auto cache = test::seededCache(dir.filePath(QStringLiteral("cache.db")));
        run(cache, QStringLiteral("UPDATE conversations SET status = 'snoozed', snoozed_until = %1 "
                                  "WHERE id IN (SELECT id FROM conversations ORDER BY id LIMIT 3)")
                       .arg(QDateTime::currentMSecsSinceEpoch() - 60'000));
        const QString overdue =
            QStringLiteral("SELECT count(*) FROM conversations WHERE status = 'snoozed' AND "
                           "snoozed_until <= %1")
                .arg(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(scalar(cache, overdue).toInt(), 3);
        MainWindow window(cache, QStringLiteral("priya"), providerCatalog());
        QSignalSpy notified(&window, &MainWindow::snoozesEnded); // the tray tells the agent
        QTRY_COMPARE(scalar(cache, overdue).toInt(), 0);
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.first().first().value<QList<qint64>>().size(), 3);
        QCOMPARE(scalar(cache, QStringLiteral("SELECT count(*) FROM conversations WHERE id IN "
                                              "(SELECT id FROM conversations ORDER BY id LIMIT 3) "
                                              "AND status = 'open'"))
                     .toInt(),
                 3);
    }

    void theWindowIsMetasAndWatisOnly()
    {
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("priya"));
        auto *editor = desk.window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        auto *templates = desk.window.findChild<QPushButton *>(QStringLiteral("templates"));
        auto *closed = desk.window.findChild<QLabel *>(QStringLiteral("windowClosed"));
        const qint64 twoDaysAgo = QDateTime::currentMSecsSinceEpoch() - 48 * 3600 * 1000;
        for (const char *account :
             {"openwa-bistro", "unipile-sales", "meta-store", "wati-support"}) {
            const qint64 conversation =
                scalar(desk.cache, QStringLiteral("SELECT min(id) FROM conversations WHERE "
                                                  "account_id = '%1'")
                                       .arg(QLatin1String(account)))
                    .toLongLong();
            QVERIFY2(conversation > 0, account);
            QVERIFY(lastWroteAt(desk, conversation, twoDaysAgo));
            desk.window.openConversationById(conversation);
            QTRY_COMPARE(desk.window.openConversationId(), conversation);
            const bool hasWindow =
                QByteArray(account).startsWith("meta") || QByteArray(account).startsWith("wati");
            QTRY_COMPARE(editor->isEnabled(), !hasWindow);
            QCOMPARE(closed->isVisible(), hasWindow);
            QCOMPARE(templates->isVisible(), hasWindow);
            if (!hasWindow) {
                QTest::keyClicks(editor, QStringLiteral("Still there?"));
                QVERIFY(desk.window.findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
                editor->clear();
            }
        }
    }
};

QTEST_MAIN(TestConversationRules)
#include "tst_conversationrules.moc"
