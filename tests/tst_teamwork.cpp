// SPDX-License-Identifier: GPL-3.0-or-later
// Assignment and status from the lead panel, by role: offline against the cache, and through a
// real relay (in this process, on a loopback port) between two desktops with their own caches.
#include "AutoAssignDialog.h"
#include "Desk.h"
#include "LabelsDialog.h"
#include "LeadPanel.h"
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "TeamDesk.h"
#include "TeamRelay.h"
#include "TrayNotifier.h"
#include "cache/CacheDatabase.h"
#include "relay/RelayClient.h"
#include "seed/DemoSeeder.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;
using test::assigneeOf;
using test::Desk;
using test::scalar;

namespace {

/// An unassigned conversation on the demo's Meta account, whose relay id other desktops share.
qint64 unassignedMetaConversation(const std::shared_ptr<CacheDatabase> &cache)
{
    cache
        ->run([](QSqlDatabase &db) {
            QSqlQuery(db).exec(QStringLiteral(
                "UPDATE conversations SET assignee_id = NULL, status = 'open' WHERE id = (SELECT "
                "min(id) FROM conversations WHERE account_id = 'meta-store')"));
        })
        .waitForFinished();
    return scalar(cache, QStringLiteral("SELECT min(id) FROM conversations WHERE account_id = "
                                        "'meta-store'"))
        .toLongLong();
}

} // namespace

class TestTeamwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agentsTakeManagersAssign()
    {
        QTemporaryDir dir;
        Desk agent(dir.filePath(QStringLiteral("agent.db")), QStringLiteral("priya"));
        QTRY_COMPARE(agent.window.role(), Role::Agent); // from the cache's agent list
        const qint64 conversation = unassignedMetaConversation(agent.cache);
        agent.window.openConversationById(conversation);
        auto *take = agent.find<QPushButton>("take");
        QTRY_COMPARE(agent.find<QLabel>("owner")->text(), QStringLiteral("nobody yet"));
        QVERIFY(take->isVisible());
        QVERIFY(!agent.find<QComboBox>("assignee")->isVisible());
        QTest::mouseClick(take, Qt::LeftButton);
        QTRY_COMPARE(assigneeOf(agent.cache, conversation), QStringLiteral("priya"));
        QTRY_VERIFY(!take->isVisible());
        QTRY_VERIFY(agent.find<QLabel>("owner")->text().contains(QStringLiteral("(you)")));

        Desk manager(dir.filePath(QStringLiteral("manager.db")), QStringLiteral("marco"));
        QTRY_COMPARE(manager.window.role(), Role::Manager);
        manager.window.openConversationById(unassignedMetaConversation(manager.cache));
        auto *assignee = manager.find<QComboBox>("assignee");
        QTRY_VERIFY(assignee->isVisible() && assignee->count() > 3);
        QVERIFY(!manager.find<QPushButton>("take")->isVisible());
        const int lucas = assignee->findData(QStringLiteral("lucas"));
        QVERIFY(lucas > 0);
        assignee->setCurrentIndex(lucas);
        Q_EMIT assignee->activated(lucas);
        QTRY_COMPARE(assigneeOf(manager.cache, conversation), QStringLiteral("lucas"));
    }

    void statusAndSnoozeAreKept()
    {
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("priya"));
        const qint64 conversation = unassignedMetaConversation(desk.cache);
        desk.window.openConversationById(conversation);
        auto *status = desk.find<QComboBox>("conversationStatus");
        QTRY_COMPARE(status->currentData().toString(), QStringLiteral("open"));
        status->setCurrentIndex(status->findData(QStringLiteral("snoozed")));
        QVERIFY(desk.find<QDateTimeEdit>("snoozeUntil")->isVisible());
        QTRY_COMPARE(scalar(desk.cache, QStringLiteral("SELECT status FROM conversations WHERE id "
                                                       "= %1")
                                            .arg(conversation))
                         .toString(),
                     QStringLiteral("snoozed"));
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(
            scalar(desk.cache,
                   QStringLiteral("SELECT snoozed_until FROM conversations WHERE id = %1")
                       .arg(conversation))
                .toLongLong());
        QVERIFY2(until > QDateTime::currentDateTimeUtc(), "snoozed into the future");
    }

    void notificationsForMineAndUnassignedOnly()
    {
        Conversation conversation;
        QVERIFY(TrayNotifier::shouldNotify(conversation, QStringLiteral("priya"), false));
        QVERIFY(!TrayNotifier::shouldNotify(conversation, QStringLiteral("priya"), true));
        conversation.assigneeId = QStringLiteral("priya");
        QVERIFY(TrayNotifier::shouldNotify(conversation, QStringLiteral("priya"), false));
        conversation.assigneeId = QStringLiteral("lucas");
        QVERIFY(!TrayNotifier::shouldNotify(conversation, QStringLiteral("priya"), false));

        // The badge: red in the top-right corner only when something is unread.
        const QImage none = TrayNotifier::icon(0).pixmap(64, 64).toImage();
        const QImage some = TrayNotifier::icon(7).pixmap(64, 64).toImage();
        const QColor corner = some.pixelColor(36, 16);
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            TrayNotifier::icon(7).pixmap(128, 128).save(shots + QStringLiteral("/tray.png"));
        QVERIFY2(corner.red() > 180 && corner.green() < 90, qPrintable(corner.name()));
        QVERIFY(none.pixelColor(36, 16) != corner);
    }

    void accountHealthInTheStatusBar()
    {
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("priya"));
        desk.window.setAccountHealth(QStringLiteral("meta-store"),
                                     QStringLiteral("the access token has expired"));
        auto *health = desk.window.findChild<QLabel *>(QStringLiteral("accountHealth"));
        QVERIFY(health && health->isVisible());
        QVERIFY(health->text().contains(QStringLiteral("meta-store: the access token")));
        desk.window.setAccountHealth(QStringLiteral("wati-support"), QStringLiteral("HTTP 503"));
        QVERIFY(health->text().contains(QStringLiteral("2 accounts")));
        QVERIFY(health->toolTip().contains(QStringLiteral("wati-support: HTTP 503")));
        desk.window.setAccountHealth(QStringLiteral("meta-store"), {});
        desk.window.setAccountHealth(QStringLiteral("wati-support"), {});
        QVERIFY(!health->isVisible()); // all working again
    }

    void savedRepliesOpenWithASlash()
    {
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("priya"));
        const qint64 conversation = unassignedMetaConversation(desk.cache);
        desk.cache
            ->run([conversation](QSqlDatabase &db) {
                QSqlQuery(db).exec(QStringLiteral("UPDATE conversations SET last_inbound_at = %1 "
                                                  "WHERE id = %2")
                                       .arg(QDateTime::currentMSecsSinceEpoch())
                                       .arg(conversation));
            })
            .waitForFinished();
        Q_EMIT desk.cache->events()->conversationsChanged({conversation}); // the list re-reads it
        QTest::qWait(100);
        desk.window.openConversationById(conversation);
        auto *editor = desk.window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        auto *replies = desk.window.findChild<QListWidget *>(QStringLiteral("cannedResponses"));
        QTRY_VERIFY(editor->isEnabled());
        const int queuedBefore =
            scalar(desk.cache, QStringLiteral("SELECT count(*) FROM outbox")).toInt();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("/ref"));
        QTRY_VERIFY(replies->isVisible());
        QVERIFY(replies->currentItem()->text().startsWith(QStringLiteral("/refund")));
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            desk.window.grab().save(shots + QStringLiteral("/saved-replies.png"));
        QTest::keyClick(editor, Qt::Key_Return); // takes the reply, does not send
        QVERIFY(!replies->isVisible());
        QVERIFY(editor->toPlainText().startsWith(QStringLiteral("Refunds go back")));
        QTest::qWait(50);
        QCOMPARE(scalar(desk.cache, QStringLiteral("SELECT count(*) FROM outbox")).toInt(),
                 queuedBefore);

        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("/tomorrow"));
        QTRY_VERIFY(replies->isVisible());
        QCOMPARE(replies->count(), 1);
        QVERIFY(!(replies->item(0)->flags() & Qt::ItemIsEnabled)); // "no saved reply matches"
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!replies->isVisible());
    }

    void mentionsAreWordsThatStartWithAnAt()
    {
        QVERIFY(mentions(QStringLiteral("@priya can you call her?"), QStringLiteral("priya")));
        QVERIFY(mentions(QStringLiteral("Thanks @Priya."), QStringLiteral("priya")));
        QVERIFY(mentions(QStringLiteral("(@ana-souza)"), QStringLiteral("ana-souza")));
        QVERIFY(!mentions(QStringLiteral("@priyanka has it"), QStringLiteral("priya")));
        QVERIFY(!mentions(QStringLiteral("mail priya@example.com"), QStringLiteral("example")));
        QVERIFY(!mentions(QStringLiteral("write to a@priya.com"), QStringLiteral("priya")));
        QVERIFY(!mentions(QStringLiteral("@ana-souza"), QStringLiteral("ana")));
        QVERIFY(!mentions(QStringLiteral("priya, see this"), QStringLiteral("priya")));
        QVERIFY(!mentions(QStringLiteral("@"), QString()));
    }

    void aMentionInANoteTellsTheTeammate()
    {
        test::ManagerAndAgent team;
        QTRY_VERIFY(team.connected());
        Desk &manager = team.marco.desk;
        Desk &agent = team.priya.desk;
        QSignalSpy mentioned(&agent.window, &MainWindow::mentioned);
        QSignalSpy managerMentioned(&manager.window, &MainWindow::mentioned);

        manager.window.openConversationById(unassignedMetaConversation(manager.cache));
        auto *note = manager.find<QLineEdit>("newNote");
        auto *add = manager.find<QPushButton>("addNote");
        QTRY_VERIFY(note->isEnabled() && manager.panel->lead().id != 0);
        // Not Priya: a longer handle, and Marco's own name.
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("@priyanka and @marco: not today"));
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(note->text().isEmpty());
        QTest::keyClicks(note, QStringLiteral("@priya can you call her back after 3?"));
        QTest::mouseClick(add, Qt::LeftButton);

        QTRY_COMPARE(mentioned.size(), 1);
        QCOMPARE(mentioned.first().at(0).toString().left(35),
                 QStringLiteral("Marco Rossi mentioned you in a note"));
        QCOMPARE(mentioned.first().at(1).toString(),
                 QStringLiteral("@priya can you call her back after 3?"));
        QVERIFY2(agent.window.statusBar()->currentMessage().startsWith(
                     QStringLiteral("Marco Rossi mentioned you in a note on +")),
                 qPrintable(agent.window.statusBar()->currentMessage()));
        test::shoot(&agent.window, QStringLiteral("mentioned.png"));
        QVERIFY(managerMentioned.isEmpty()); // his own note mentions him, and is no news to him
    }

    void throughTheRelayEveryDeskSeesItAndRefusalsAreSaid()
    {
        test::TeamRelay team(
            {{QStringLiteral("Marco Rossi"), Role::Manager, QStringLiteral("marco")},
             {QStringLiteral("Priya Sharma"), Role::Agent, QStringLiteral("priya")}});
        QTemporaryDir dir;
        const QUrl url = team.stream;

        Desk manager(dir.filePath(QStringLiteral("manager.db")), QStringLiteral("marco"));
        Desk agent(dir.filePath(QStringLiteral("agent.db")), QStringLiteral("priya"));
        RelayClient managerLink(url, team.tokens.value(QStringLiteral("marco")), manager.cache,
                                providerNormaliser());
        RelayClient agentLink(url, team.tokens.value(QStringLiteral("priya")), agent.cache,
                              providerNormaliser());
        manager.window.setRelayLink(&managerLink);
        agent.window.setRelayLink(&agentLink);
        managerLink.start();
        agentLink.start();
        QTRY_COMPARE(managerLink.state(), RelayLink::State::Connected);
        QTRY_COMPARE(agentLink.state(), RelayLink::State::Connected);
        QCOMPARE(manager.window.currentAgentId(), QStringLiteral("marco"));
        QCOMPARE(agent.window.role(), Role::Agent);

        const qint64 onManager = unassignedMetaConversation(manager.cache);
        const qint64 onAgent = unassignedMetaConversation(agent.cache);
        manager.window.openConversationById(onManager);
        agent.window.openConversationById(onAgent);

        // The manager assigns to Priya: both caches say so, through the relay.
        auto *assignee = manager.find<QComboBox>("assignee");
        QTRY_VERIFY(assignee->findData(QStringLiteral("priya")) > 0);
        const int priya = assignee->findData(QStringLiteral("priya"));
        assignee->setCurrentIndex(priya);
        Q_EMIT assignee->activated(priya);
        QTRY_COMPARE(assigneeOf(agent.cache, onAgent), QStringLiteral("priya"));
        QTRY_COMPARE(assigneeOf(manager.cache, onManager), QStringLiteral("priya"));
        QTRY_VERIFY(agent.find<QLabel>("owner")->text().contains(QStringLiteral("(you)")));
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty()) {
            manager.window.grab().save(shots + QStringLiteral("/manager-assigns.png"));
            agent.window.grab().save(shots + QStringLiteral("/agent-sees-owner.png"));
        }

        // Priya's desk thinks she may assign (a stale role): the relay refuses, the panel says so
        // and nothing changes anywhere.
        agent.window.setIdentity(QStringLiteral("priya"), Role::Manager);
        auto *agentAssignee = agent.find<QComboBox>("assignee");
        QTRY_VERIFY(agentAssignee->isVisible() &&
                    agentAssignee->findData(QStringLiteral("lucas")) > 0);
        const int lucas = agentAssignee->findData(QStringLiteral("lucas"));
        agentAssignee->setCurrentIndex(lucas);
        Q_EMIT agentAssignee->activated(lucas);
        auto *problem = agent.find<QLabel>("leadProblem");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("managers")), qPrintable(problem->text()));
        QTest::qWait(200);
        QCOMPARE(assigneeOf(agent.cache, onAgent), QStringLiteral("priya"));
        QCOMPARE(assigneeOf(manager.cache, onManager), QStringLiteral("priya"));
        QTRY_COMPARE(agentAssignee->currentData().toString(), QStringLiteral("priya"));

        // Any agent may resolve: the manager's desk follows.
        auto *status = agent.find<QComboBox>("conversationStatus");
        status->setCurrentIndex(status->findData(QStringLiteral("resolved")));
        QTRY_COMPARE(
            scalar(manager.cache,
                   QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(onManager))
                .toString(),
            QStringLiteral("resolved"));
        QTRY_COMPARE(manager.find<QComboBox>("conversationStatus")->currentData().toString(),
                     QStringLiteral("resolved"));

        // Saved replies: a manager's reach every desk; an agent may not edit them.
        auto added =
            managerLink.publish({{QStringLiteral("type"), QStringLiteral("canned")},
                                 {QStringLiteral("shortcut"), QStringLiteral("vip")},
                                 {QStringLiteral("text"), QStringLiteral("Welcome back!")}});
        QTRY_VERIFY(added.isFinished());
        QVERIFY(added.result());
        QTRY_COMPARE(scalar(agent.cache, QStringLiteral("SELECT text FROM canned_responses WHERE "
                                                        "shortcut = 'vip'"))
                         .toString(),
                     QStringLiteral("Welcome back!"));
        auto refusedEdit = agentLink.publish({{QStringLiteral("type"), QStringLiteral("canned")},
                                              {QStringLiteral("shortcut"), QStringLiteral("vip")},
                                              {QStringLiteral("removed"), true}});
        QTRY_VERIFY(refusedEdit.isFinished());
        QVERIFY(!refusedEdit.result());
        QVERIFY(refusedEdit.result().error().contains(QStringLiteral("saved replies")));

        // The customer told Priya "no more messages": she marks it, the manager's desk knows.
        const QString optedOut =
            QStringLiteral("SELECT count(*) FROM leads WHERE opted_out_at IS NOT NULL");
        QCOMPARE(scalar(manager.cache, optedOut).toInt(), 0);
        QTRY_VERIFY(agent.panel->lead().id != 0);
        auto *optOut = agent.window.findChild<QAction *>(QStringLiteral("optOutAction"));
        QVERIFY(optOut->isEnabled());
        optOut->trigger();
        QTRY_COMPARE(scalar(manager.cache, optedOut).toInt(), 1);
        QTRY_COMPARE(scalar(agent.cache, optedOut).toInt(), 1);
        QTRY_VERIFY(manager.panel->lead().optedOutAt.isValid());
    }

    void aManagerDefinesALabelAnAgentPutsItOnAndFiltersByIt()
    {
        test::ManagerAndAgent team;
        QTRY_VERIFY(team.connected());
        Desk &manager = team.marco.desk;
        Desk &agent = team.priya.desk;
        QVERIFY(!agent.window.openLabels()); // agents put labels on; managers define them

        LabelsDialog *labels = manager.window.openLabels();
        QVERIFY(labels);
        auto *name = labels->findChild<QLineEdit *>(QStringLiteral("labelName"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("VIP"));
        QTest::keyClick(name, Qt::Key_Return); // Enter adds it
        auto *filter = agent.window.findChild<QComboBox *>(QStringLiteral("labelFilter"));
        QTRY_COMPARE(filter->count(), 2); // any label, VIP: on the agent's desk, from the relay
        QCOMPARE(filter->itemText(1), QStringLiteral("VIP"));
        labels->close();

        const qint64 conversation = unassignedMetaConversation(agent.cache);
        agent.window.openConversationById(conversation);
        QTRY_COMPARE(agent.window.openConversationId(), conversation);
        auto *menu = agent.window.findChild<QMenu *>(QStringLiteral("labelMenu"));
        Q_EMIT menu->aboutToShow();
        auto *vip = menu->findChild<QAction *>(QStringLiteral("label:VIP"));
        QVERIFY(vip && vip->isEnabled() && !vip->isChecked());
        vip->trigger();
        const QString phone =
            scalar(agent.cache,
                   QStringLiteral("SELECT customer_phone FROM conversations WHERE id = %1")
                       .arg(conversation))
                .toString();
        const QString labelled =
            QStringLiteral(
                "SELECT count(*) FROM conversation_labels l JOIN conversations c ON c.id = "
                "l.conversation_id WHERE c.customer_phone = '%1' AND l.label = 'VIP'")
                .arg(phone);
        QTRY_COMPARE(scalar(agent.cache, labelled).toInt(), 1);
        QTRY_COMPARE(scalar(manager.cache, labelled).toInt(), 1); // the teammate has it too
        Q_EMIT menu->aboutToShow();
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("label:VIP"))->isChecked());

        // The list by label, from the keyboard: only that conversation, whoever has it.
        agent.window.findChild<QComboBox *>(QStringLiteral("scopeFilter"))->setCurrentIndex(0);
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down);
        auto *list = agent.window.conversations();
        QTRY_COMPARE(agent.window.findChild<QListView *>(QStringLiteral("conversationList"))
                         ->model()
                         ->rowCount(),
                     1);
        QTRY_VERIFY(!list->isLoading());
        QCOMPARE(list->rowCount(), 1);
        test::shoot(&agent.window, QStringLiteral("labels.png"));

        // Taken away by the manager: off every conversation, out of the filter.
        QVERIFY(manager.window.findChild<QAction *>(QStringLiteral("labelsAction"))->isVisible());
        LabelsDialog *again = manager.window.openLabels();
        auto *listed = again->findChild<QListWidget *>(QStringLiteral("labelList"));
        QTRY_COMPARE(listed->count(), 1);
        listed->setCurrentRow(0);
        QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("removeLabel")),
                          Qt::LeftButton);
        QTRY_COMPARE(scalar(agent.cache, labelled).toInt(), 0);
        QTRY_COMPARE(filter->count(), 1);
        QCOMPARE(filter->currentIndex(), 0);
    }

    void aSavedViewReachesTheTeamAndSetsTheirFilters()
    {
        test::ManagerAndAgent team;
        QTRY_VERIFY(team.connected());
        Desk &manager = team.marco.desk;
        Desk &agent = team.priya.desk;
        const auto combo = [](Desk &desk, const char *name) {
            return desk.window.findChild<QComboBox *>(QLatin1String(name));
        };
        combo(manager, "scopeFilter")->setCurrentIndex(2);  // unassigned
        combo(manager, "statusFilter")->setCurrentIndex(1); // open

        manager.window.findChild<QAction *>(QStringLiteral("saveViewAction"))->trigger();
        auto *ask = manager.window.findChild<QInputDialog *>(QStringLiteral("viewNameDialog"));
        QVERIFY(ask);
        auto *name = ask->findChild<QLineEdit *>();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Unassigned orders"));
        QTest::keyClick(name, Qt::Key_Return);
        auto *views = combo(agent, "viewPicker");
        QTRY_COMPARE(views->count(), 2); // the heading, and Marco's view: from the relay
        QCOMPARE(views->itemText(1), QStringLiteral("Unassigned orders"));

        // Priya picks it from the keyboard: her filters become the view's.
        views->setFocus();
        QTest::keyClick(views, Qt::Key_Down);
        QCOMPARE(combo(agent, "scopeFilter")->currentIndex(), 2);
        QCOMPARE(combo(agent, "statusFilter")->currentIndex(), 1);
        QCOMPARE(combo(agent, "providerFilter")->currentIndex(), 0);
        QTRY_VERIFY(!agent.window.conversations()->isLoading());
        QTRY_VERIFY(agent.window.conversations()->rowCount() > 0);
        test::shoot(&agent.window, QStringLiteral("saved-view.png"));

        // Removed: gone from every desk.
        QAction *remove = agent.window.findChild<QAction *>(QStringLiteral("removeViewAction"));
        QVERIFY(remove->isEnabled());
        remove->trigger();
        QTRY_COMPARE(combo(manager, "viewPicker")->count(), 1);
        QTRY_COMPARE(views->count(), 1);
    }

    void aManagerResolvesEveryConversationMatchingTheFilter()
    {
        test::ManagerAndAgent team;
        QTRY_VERIFY(team.connected());
        Desk &manager = team.marco.desk;
        Desk &agent = team.priya.desk;
        const QString waiting = QStringLiteral(
            "SELECT count(*) FROM conversations WHERE assignee_id IS NULL AND status = 'open'");
        const int matching = scalar(manager.cache, waiting).toInt();
        QVERIFY(matching > 1);
        QCOMPARE(scalar(agent.cache, waiting).toInt(), matching);
        manager.window.findChild<QComboBox *>(QStringLiteral("scopeFilter"))->setCurrentIndex(2);
        manager.window.findChild<QComboBox *>(QStringLiteral("statusFilter"))->setCurrentIndex(1);

        manager.window.findChild<QAction *>(QStringLiteral("bulkResolve"))->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = manager.window.findChild<QMessageBox *>(
                         QStringLiteral("bulkConfirm"))) != nullptr);
        QVERIFY2(confirm->text() ==
                     QStringLiteral("Conversations matching the filter: %1. Resolve them all?")
                         .arg(matching),
                 qPrintable(confirm->text()));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        auto *progress =
            manager.window.findChild<QProgressDialog *>(QStringLiteral("bulkProgress"));
        QVERIFY(progress);
        QTRY_COMPARE(progress->value(), matching);
        QTRY_VERIFY(manager.window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Resolved %1 of %1.").arg(matching)));
        test::shoot(&manager.window, QStringLiteral("bulk.png"));
        // One event each, through the relay: the agent's desk has every one resolved.
        QTRY_COMPARE(scalar(agent.cache, waiting).toInt(), 0);
        QCOMPARE(scalar(manager.cache, waiting).toInt(), 0);
    }

    void aManagerAssignsEveryConversationMatchingTheFilter()
    {
        test::ManagerAndAgent team;
        QTRY_VERIFY(team.connected());
        Desk &manager = team.marco.desk;
        Desk &agent = team.priya.desk;
        const QString waiting = QStringLiteral(
            "SELECT count(*) FROM conversations WHERE assignee_id IS NULL AND status = 'open'");
        const QString priyas =
            QStringLiteral("SELECT count(*) FROM conversations WHERE assignee_id = 'priya'");
        const int matching = scalar(manager.cache, waiting).toInt();
        const int hers = scalar(agent.cache, priyas).toInt();
        QVERIFY(matching > 1);
        manager.window.findChild<QComboBox *>(QStringLiteral("scopeFilter"))->setCurrentIndex(2);
        manager.window.findChild<QComboBox *>(QStringLiteral("statusFilter"))->setCurrentIndex(1);

        // The teammates come from the relay's presence; the menu fills as it opens.
        auto *menu = manager.window.findChild<QMenu *>(QStringLiteral("bulkAssignMenu"));
        QVERIFY(menu->menuAction()->isVisible());
        QAction *toPriya = nullptr;
        QTRY_VERIFY([&] {
            Q_EMIT menu->aboutToShow();
            return (toPriya = menu->findChild<QAction *>(QStringLiteral("bulkAssign:priya"))) !=
                   nullptr;
        }());
        QCOMPARE(toPriya->text(), QStringLiteral("Priya Sharma"));
        toPriya->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = manager.window.findChild<QMessageBox *>(
                         QStringLiteral("bulkConfirm"))) != nullptr);
        QCOMPARE(confirm->text(),
                 QStringLiteral("Conversations matching the filter: %1. Assign them all to Priya "
                                "Sharma?")
                     .arg(matching));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(manager.window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Assigned %1 of %1.").arg(matching)));
        // One assign event each, through the relay, to Priya's own desk.
        QTRY_COMPARE(scalar(agent.cache, priyas).toInt(), hers + matching);
        QCOMPARE(scalar(agent.cache, waiting).toInt(), 0);
        // An agent assigns nobody else: the menu is not there for her.
        QVERIFY(!agent.window.findChild<QMenu *>(QStringLiteral("bulkAssignMenu"))
                     ->menuAction()
                     ->isVisible());
    }

    void aManagerSwitchesOnAutoAssignmentAndSetsALimit()
    {
        test::ManagerAndAgent team;
        QTRY_VERIFY(team.connected());
        Desk &manager = team.marco.desk;
        Desk &agent = team.priya.desk;
        QVERIFY(
            !agent.window.findChild<QAction *>(QStringLiteral("autoAssignAction"))->isVisible());
        manager.window.findChild<QAction *>(QStringLiteral("autoAssignAction"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = manager.window.findChild<AutoAssignDialog *>()) != nullptr);
        QComboBox *teamRule = nullptr;
        QTRY_VERIFY((teamRule = dialog->findChild<QComboBox *>(QStringLiteral("rule:team"))));
        QCOMPARE(teamRule->currentText(), QStringLiteral("Off")); // off until a manager says
        auto *rows = dialog->findChild<QTableWidget *>(QStringLiteral("routingTeammates"));
        // Presence from the relay: both are online now.
        QTRY_COMPARE(rows->rowCount(), 2);
        QStringList presence;
        for (int row = 0; row < rows->rowCount(); ++row)
            presence << rows->item(row, 0)->text() + QLatin1Char(' ') + rows->item(row, 2)->text();
        QVERIFY2(presence.filter(QStringLiteral("Priya Sharma Online since")).size() == 1,
                 qPrintable(presence.join(u'|')));
        QComboBox *meta = dialog->findChild<QComboBox *>(QStringLiteral("rule:meta-store"));
        QVERIFY(meta);
        QCOMPARE(meta->currentText(), QStringLiteral("As the team (off)"));
        QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("reassign:meta-store"))->isEnabled());

        // On for the team, 15 minutes offline; Priya takes at most 3; Marco none automatically.
        teamRule->setFocus();
        QTest::keyClick(teamRule, Qt::Key_Down);
        QCOMPARE(teamRule->currentText(), QStringLiteral("On"));
        QCOMPARE(meta->currentText(), QStringLiteral("As the team (on)")); // as typed
        auto *after = dialog->findChild<QSpinBox *>(QStringLiteral("reassign:team"));
        after->selectAll();
        QTest::keyClicks(after, QStringLiteral("15"));
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("reassign:meta-store"))->value(), 15);
        auto *priya = dialog->findChild<QSpinBox *>(QStringLiteral("capacity:priya"));
        QCOMPARE(priya->text(), QStringLiteral("No limit"));
        priya->selectAll();
        QTest::keyClicks(priya, QStringLiteral("3"));
        auto *marco = dialog->findChild<QSpinBox *>(QStringLiteral("capacity:marco"));
        marco->selectAll();
        QTest::keyClicks(marco, QStringLiteral("0"));
        test::shoot(dialog, QStringLiteral("auto-assignment.png"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("routingSave")),
                          Qt::LeftButton);
        QTRY_COMPARE(dialog->findChild<QLabel *>(QStringLiteral("routingResult"))->text(),
                     QStringLiteral("Saved for the team: 3 changes."));
        // Priya's desk has the team's rules and her limit, through the relay.
        QTRY_COMPARE(scalar(agent.cache, QStringLiteral("SELECT enabled || '/' || "
                                                        "reassign_after_minutes FROM routing "
                                                        "WHERE account_id = ''"))
                         .toString(),
                     QStringLiteral("1/15"));
        QTRY_COMPARE(
            scalar(agent.cache, QStringLiteral("SELECT capacity FROM agents WHERE id = 'priya'"))
                .toInt(),
            3);
        QCOMPARE(scalar(agent.cache, QStringLiteral("SELECT capacity FROM agents WHERE id = "
                                                    "'marco'"))
                     .toInt(),
                 0);
        // The dialog shows what is saved; the account still follows the team, now on.
        QTRY_COMPARE(
            dialog->findChild<QComboBox *>(QStringLiteral("rule:meta-store"))->currentText(),
            QStringLiteral("As the team (on)"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("routingSave")),
                          Qt::LeftButton);
        QTRY_COMPARE(dialog->findChild<QLabel *>(QStringLiteral("routingResult"))->text(),
                     QStringLiteral("Nothing changed."));
    }
};

QTEST_MAIN(TestTeamwork)
#include "tst_teamwork.moc"
