// SPDX-License-Identifier: GPL-3.0-or-later
// What managers and admins keep for the team, through the real widgets: saved replies made
// from the composer's / list, the template picker offering a WATI tenant's real templates and
// sending one with its named parameters, and a deleted template disabled on teammates' desks.
#include "Borrowed.h"
#include "Desk.h"
#include "Sandbox.h"
#include "SavedRepliesDialog.h"
#include "TeamDesk.h"
#include "TemplatePicker.h"
#include "cache/TemplateStore.h"
#include "controllers/TeamContext.h"
#include "controllers/TemplateController.h"
#include "sync/OutboxWorker.h"
#include "wati/WatiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;
using namespace inbox::test;

class TestTeamAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_MAIN(TestTeamAdmin)
#include "tst_teamadmin.moc"
