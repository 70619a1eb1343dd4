// The rules an agent lives by, driven through the real widgets and a relay on real sockets:
// opening a conversation marks it read (here, for teammates, and for the customer), only one
// agent can take a conversation, snoozed conversations wake, the 24-hour window is Meta's and
// WATI's only, and the template picker offers the WATI tenant's real templates and sends one.
#include "Borrowed.h"
#include "Composer.h"
#include "Desk.h"
#include "Sandbox.h"
#include "SavedRepliesDialog.h"
#include "ScriptedProvider.h"
#include "TeamDesk.h"
#include "TempCache.h"
#include "TemplatePicker.h"
#include "cache/ConversationStore.h"
#include "cache/RelayCursorStore.h"
#include "cache/TemplateStore.h"
#include "controllers/ConversationController.h"
#include "controllers/TeamContext.h"
#include "controllers/TemplateController.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"
#include "meta/MetaClient.h"
#include "relay/RelayClient.h"
#include "sync/OutboxWorker.h"
#include "sync/SyncEngine.h"
#include "wati/WatiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;
using test::assigneeOf;
using test::Desk;
using test::scalar;

namespace {

void shoot(QWidget *widget, const QString &name)
{
    if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
        widget->grab().save(shots + QLatin1Char('/') + name);
}

void run(const std::shared_ptr<CacheDatabase> &cache, const QString &statement)
{
    scalar(cache, statement);
}

/// The newest conversation of an account that has an inbound message with a provider id.
qint64 conversationWithInbound(const std::shared_ptr<CacheDatabase> &cache, const QString &account)
{
    return scalar(cache,
                  QStringLiteral("SELECT c.id FROM conversations c WHERE c.account_id = '%1' "
                                 "AND EXISTS (SELECT 1 FROM messages m WHERE "
                                 "m.conversation_id = c.id AND m.direction = 'in' AND "
                                 "m.provider_message_id IS NOT NULL) ORDER BY c.id LIMIT 1")
                      .arg(account))
        .toLongLong();
}

int unreadOf(const std::shared_ptr<CacheDatabase> &cache, qint64 conversation)
{
    return scalar(cache, QStringLiteral("SELECT unread_count FROM conversations WHERE id = %1")
                             .arg(conversation))
        .toInt();
}

/// The list's row of a conversation (after the list has re-read it).
QModelIndex rowOf(QListView *list, qint64 conversation)
{
    QAbstractItemModel *model = list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ConversationListModel::IdRole).toLongLong() == conversation)
            return index;
    }
    return {};
}

/// The customer last wrote at `msecs` (the 24-hour window follows); true once the list shows it.
bool lastWroteAt(Desk &desk, qint64 conversation, qint64 msecs)
{
    run(desk.cache, QStringLiteral("UPDATE conversations SET last_inbound_at = %1 WHERE id = %2")
                        .arg(msecs)
                        .arg(conversation));
    Q_EMIT desk.cache->events()->conversationsChanged({conversation});
    auto *list = desk.window.findChild<QListView *>(QStringLiteral("conversationList"));
    return QTest::qWaitFor([&] {
        return rowOf(list, conversation)
                   .data(ConversationListModel::LastInboundRole)
                   .toDateTime()
                   .toMSecsSinceEpoch() == msecs;
    });
}

/// Makes a conversation unread (as a burst of customer messages would) and waits for its row.
QModelIndex makeUnread(Desk &desk, qint64 conversation, int unread)
{
    run(desk.cache,
        QStringLiteral("UPDATE conversations SET unread_count = %1, assignee_id = NULL, "
                       "last_activity_at = %2 WHERE id = %3")
            .arg(unread)
            .arg(QDateTime::currentMSecsSinceEpoch())
            .arg(conversation));
    Q_EMIT desk.cache->events()->conversationsChanged({conversation});
    auto *list = desk.window.findChild<QListView *>(QStringLiteral("conversationList"));
    QModelIndex index;
    QTest::qWaitFor([&] {
        index = rowOf(list, conversation);
        return index.isValid() &&
               index.data(ConversationListModel::UnreadCountRole).toInt() == unread;
    });
    return index; // invalid when the list never showed it so
}

} // namespace

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
        // The customer sees blue ticks: Meta's mark-as-read for the last message they wrote.
        QTRY_COMPARE(graph.seen().size(), 1);
        const QJsonObject receipt = QJsonDocument::fromJson(graph.seen().first().body).object();
        QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("read"));
        QCOMPARE(receipt.value(QStringLiteral("message_id")).toString(), lastInbound);
        QTest::qWait(100);
        shoot(&desk.window, QStringLiteral("read-after.png"));

        // Opening it again with nothing unread asks the provider nothing.
        desk.window.openConversationById(conversation);
        QTest::qWait(200);
        QCOMPARE(graph.seen().size(), 1);
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
        SyncEngine::applyHistory(desk.cache, QStringLiteral("meta-store"), {inbound});
        QVERIFY(added.wait());
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
        SyncEngine::applyHistory(desk.cache, QStringLiteral("meta-store"), {inbound});
        QTRY_COMPARE(unreadOf(desk.cache, other), before + 1);
        QCOMPARE(unreadOf(desk.cache, conversation), 0);
    }

    void readingReachesTeammatesThroughTheRelay()
    {
        test::TeamRelay team(
            {{QStringLiteral("Marco Rossi"), Role::Manager, QStringLiteral("marco")},
             {QStringLiteral("Priya Sharma"), Role::Agent, QStringLiteral("priya")}});
        QTemporaryDir dir;
        test::TeamDesk marcoDesk(team, dir, QStringLiteral("marco"));
        test::TeamDesk priyaDesk(team, dir, QStringLiteral("priya"));
        QTRY_VERIFY(marcoDesk.connected() && priyaDesk.connected());
        Desk &marco = marcoDesk.desk;
        Desk &priya = priyaDesk.desk;
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
        connect(&worker, &OutboxWorker::messageSent, &marco.desk.window, &MainWindow::messageSent);

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
        QTRY_COMPARE(RelayCursorStore(marco.desk.cache).cursor(QStringLiteral("acme")).result(),
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

    void aDeletedTemplateIsDisabledForTheWholeTeam()
    {
        test::TeamRelay team(
            {{QStringLiteral("Ana Souza"), Role::Admin, QStringLiteral("ana")},
             {QStringLiteral("Priya Sharma"), Role::Agent, QStringLiteral("priya")}});
        QTemporaryDir dir;
        test::TeamDesk ana(team, dir, QStringLiteral("ana"));
        test::TeamDesk priya(team, dir, QStringLiteral("priya"));
        QTRY_VERIFY(ana.connected() && priya.connected());
        MessageTemplate gone;
        for (const MessageTemplate &t :
             TemplateStore(ana.desk.cache).forAccount(QStringLiteral("meta-store")).result()) {
            if (t.isSendable())
                gone = t;
        }
        QVERIFY(!gone.name.isEmpty());
        gone.status = QStringLiteral("DISABLED");
        const QString statusOnPriyas =
            QStringLiteral("SELECT status FROM templates WHERE account_id = 'meta-store' AND name "
                           "= '%1' AND language = '%2'")
                .arg(gone.name, gone.language);
        QCOMPARE(scalar(priya.desk.cache, statusOnPriyas).toString(), QStringLiteral("APPROVED"));

        // An agent's desk may not (the relay would refuse it too) ...
        TeamContext agent(QStringLiteral("priya"));
        agent.setIdentity(QStringLiteral("priya"), Role::Agent);
        agent.setRelayLink(&priya.link);
        const QFuture<QString> refused = TemplateController(priya.desk.cache, &agent).record(gone);
        QTRY_VERIFY(refused.isFinished());
        QVERIFY(refused.result().contains(QStringLiteral("only managers and admins")));
        // ... an admin's is kept at once and reaches the team, soft: the row stays.
        TeamContext admin(QStringLiteral("ana"));
        admin.setIdentity(QStringLiteral("ana"), Role::Admin);
        admin.setRelayLink(&ana.link);
        TemplateController templates(ana.desk.cache, &admin);
        const QFuture<QString> recorded = templates.record(gone);
        QTRY_VERIFY(recorded.isFinished());
        QCOMPARE(recorded.result(), QString());
        QTRY_COMPARE(scalar(priya.desk.cache, statusOnPriyas).toString(),
                     QStringLiteral("DISABLED"));
    }

    void snoozedConversationsWakeAtTheirTime()
    {
        test::TempCache cache;
        const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(14, 0), Qt::UTC);
        const qint64 conversation = test::makeConversation(
            *cache.db(), QStringLiteral("meta-store"), QStringLiteral("+5511987654321"), {}, t0);
        QDateTime now = t0;
        TeamContext team(QStringLiteral("priya"));
        ConversationController controller(cache.db(), &team, {}, nullptr, [&now] { return now; });
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
        MainWindow window(cache, QStringLiteral("priya"));
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

    void aManagerMakesASavedReplyFromTheSlashList()
    {
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("marco"));
        QTRY_COMPARE(desk.window.role(), Role::Manager);
        const qint64 conversation =
            conversationWithInbound(desk.cache, QStringLiteral("meta-store"));
        QVERIFY(lastWroteAt(desk, conversation, QDateTime::currentMSecsSinceEpoch()));
        desk.window.openConversationById(conversation);
        auto *editor = desk.window.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        auto *suggestions = desk.window.findChild<QListWidget *>(QStringLiteral("cannedResponses"));
        QTRY_VERIFY(editor->isEnabled());
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("/greet"));
        QTRY_VERIFY(suggestions->isVisible());
        QCOMPARE(suggestions->currentItem()->text(),
                 QStringLiteral("✎ Make /greet a saved reply…"));
        QTest::keyClick(editor, Qt::Key_Return);
        SavedRepliesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.window.findChild<SavedRepliesDialog *>()) != nullptr);
        auto *shortcut = dialog->findChild<QLineEdit *>(QStringLiteral("savedReplyShortcut"));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("savedReplyText"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveSavedReply"));
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("savedReplyState"));
        QTRY_COMPARE(shortcut->text(), QStringLiteral("greet"));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("savedReplyList"));

        // A shortcut of two words is refused in words, and nothing is stored.
        shortcut->setText(QStringLiteral("good morning"));
        QTest::keyClicks(text, QStringLiteral("Good morning! How can I help?"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(state->text().contains(QStringLiteral("one word")));
        QCOMPARE(scalar(desk.cache, QStringLiteral("SELECT count(*) FROM canned_responses WHERE "
                                                   "shortcut LIKE 'good%'"))
                     .toInt(),
                 0);
        shortcut->setText(QStringLiteral("greet"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(scalar(desk.cache, QStringLiteral("SELECT text FROM canned_responses WHERE "
                                                       "shortcut = 'greet'"))
                         .toString(),
                     QStringLiteral("Good morning! How can I help?"));
        QTRY_VERIFY(list->currentItem() &&
                    list->currentItem()->text().startsWith(QStringLiteral("/greet")));
        shoot(dialog, QStringLiteral("saved-replies-editor.png"));

        // Edited, then used from the composer.
        text->setPlainText(QStringLiteral("Good morning, {name}! How can I help?"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(scalar(desk.cache, QStringLiteral("SELECT text FROM canned_responses WHERE "
                                                      "shortcut = 'greet'"))
                        .toString()
                        .contains(QStringLiteral("{name}")));
        dialog->close();
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("/gree"));
        QTRY_VERIFY(suggestions->isVisible() &&
                    suggestions->currentItem()->text().startsWith(QStringLiteral("/greet")));
        // The composer reads the team's replies again when they change, also while it shows them.
        QTRY_VERIFY(suggestions->currentItem()->toolTip().contains(QStringLiteral("{name}")));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(editor->toPlainText(), QStringLiteral("Good morning, {name}! How can I help?"));

        // An agent has no editor.
        desk.window.setIdentity(QStringLiteral("priya"), Role::Agent);
        QCOMPARE(desk.window.openSavedReplies(), nullptr);
    }

    void thePickerOffersTheWatiTenantsTemplatesAndSendsOne()
    {
        QTemporaryDir dir;
        Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("priya"));
        SandboxConfig config;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        WatiClient client(&network,
                          WatiAccount{.baseUrl = sandbox.watiBaseUrl(), .token = config.watiToken});
        const auto apis = [&client](const QString &account) -> std::shared_ptr<ProviderApi> {
            return account == QLatin1String("wati-support") ? test::borrowed(&client) : nullptr;
        };
        desk.window.setProviderApis(apis);
        const qint64 conversation =
            scalar(desk.cache, QStringLiteral("SELECT min(id) FROM conversations WHERE account_id "
                                              "= 'wati-support'"))
                .toLongLong();
        QVERIFY(lastWroteAt(desk, conversation,
                            QDateTime::currentMSecsSinceEpoch() - 48 * 3600 * 1000));
        desk.window.openConversationById(conversation);
        auto *templates = desk.window.findChild<QPushButton *>(QStringLiteral("templates"));
        QTRY_VERIFY(templates->isEnabled());
        QTest::mouseClick(templates, Qt::LeftButton);
        TemplatePicker *picker = nullptr;
        QTRY_VERIFY((picker = desk.window.findChild<TemplatePicker *>()) != nullptr);
        auto *list = picker->findChild<QListWidget *>(QStringLiteral("templateList"));
        const auto offered = [list] {
            QStringList names;
            for (int row = 0; row < list->count(); ++row)
                names << list->item(row)->text().section(QStringLiteral("  ·  "), 0, 0);
            names.sort();
            return names;
        };
        // The tenant's two, not the seed's six.
        QTRY_COMPARE(offered(),
                     (QStringList{QStringLiteral("boas_vindas"), QStringLiteral("order_update")}));
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(QStringLiteral("order_update")))
                list->setCurrentRow(row);
        }
        auto *name = picker->findChild<QLineEdit *>(QStringLiteral("variable1"));
        auto *order = picker->findChild<QLineEdit *>(QStringLiteral("variable2"));
        QVERIFY(name && order);
        QTRY_VERIFY(name->isVisible() && order->isVisible());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Joana"));
        QTest::keyClicks(order, QStringLiteral("A-1042"));
        QTRY_VERIFY(picker->findChild<QLabel *>(QStringLiteral("templateSyncState"))->isHidden());
        shoot(picker, QStringLiteral("template-picker-wati.png"));
        auto *send = picker->findChild<QPushButton *>(QStringLiteral("templateSend"));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);

        OutboxWorker worker(desk.cache, apis);
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        worker.kick();
        QVERIFY(sent.wait(10000));
        QJsonObject call;
        for (const RecordedRequest &request : sandbox.requests()) {
            if (request.path.endsWith(QLatin1String("sendTemplateMessage")))
                call = QJsonDocument::fromJson(request.body).object();
        }
        QCOMPARE(call.value(QStringLiteral("template_name")).toString(),
                 QStringLiteral("order_update"));
        QCOMPARE(call.value(QStringLiteral("parameters")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("name")},
                                         {QStringLiteral("value"), QStringLiteral("Joana")}},
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("order_number")},
                                         {QStringLiteral("value"), QStringLiteral("A-1042")}}}));
    }
};

QTEST_MAIN(TestConversationRules)
#include "tst_conversationrules.moc"
