// SPDX-License-Identifier: GPL-3.0-or-later
// The Conversation menu, driven by keys on the real window against the sandbox (real HTTP, no
// webhooks reaching this desktop): Sync status brings each provider's own word on how far our
// message got (WATI's getMessages, UniPile's chat messages, open-wa's acks), Meta, which has no
// history, says so; and an agent leaves the customer out of bulk campaigns and takes them back.
#include "LeadPanel.h"
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "Sandbox.h"
#include "TempCache.h"
#include "cache/AccountStore.h"
#include "cache/CampaignStore.h"
#include "demo/DemoAccounts.h"
#include "sync/HistorySync.h"
#include "sync/OutboxWorker.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace inbox;

namespace {

constexpr auto customer = "4915123456001";

SandboxConfig quick()
{
    SandboxConfig config;
    config.statusStep = std::chrono::milliseconds(40);
    return config;
}

/// A desktop with one account on the sandbox whose customer wrote once; the conversation comes
/// in through history sync (the webhooks go nowhere), and is open in the window.
struct SyncDesk
{
    test::TempCache cache;
    Sandbox sandbox{quick()};
    QNetworkAccessManager network;
    std::shared_ptr<ProviderApi> api;
    Account account;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<OutboxWorker> outbox;

    explicit SyncDesk(const QString &provider)
    {
        const quint16 port = sandbox.listen();
        const demo::DemoAccount &demo = demo::accountOn(provider);
        account = demo::throughSandbox(demo, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        auto client = makeProviderClient(&network, account, demo.token);
        if (!client)
            qFatal("no client: %s", qPrintable(client.error()));
        api = std::shared_ptr<ProviderApi>(std::move(client).value());
        AccountStore(cache.db()).upsert(account).waitForFinished();
        sandbox.customerWrites(provider, QLatin1String(customer), QStringLiteral("Lena Vogel"),
                               QStringLiteral("Is my order on its way?"));
    }
    bool open()
    {
        if (providerCatalog().capabilitiesOf(account.provider).history) {
            HistorySync history(cache.db(), account.id, api);
            QSignalSpy done(&history, &HistorySync::finished);
            history.start();
            if (!done.wait(10000) || !done.first().at(2).toString().isEmpty())
                return false;
        } else {
            test::makeConversation(*cache.db(), account.id,
                                   QStringLiteral("+%1").arg(QLatin1String(customer)),
                                   QStringLiteral("Lena Vogel"), QDateTime::currentDateTimeUtc());
        }
        const ApiLookup apis = [this](const QString &) {
            return api;
        };
        window =
            std::make_unique<MainWindow>(cache.db(), QStringLiteral("marco"), providerCatalog());
        window->setProviderApis(apis);
        outbox = std::make_unique<OutboxWorker>(cache.db(), apis);
        outbox->start();
        QSignalSpy ready(window.get(), &MainWindow::contentReady);
        window->resize(1100, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) ||
            !QTest::qWaitFor([&ready] { return !ready.isEmpty(); }, 10000))
            return false;
        const qint64 conversation =
            test::scalar(*cache.db(),
                         QStringLiteral("SELECT id FROM conversations WHERE customer_phone = '+%1'")
                             .arg(QLatin1String(customer)))
                .toLongLong();
        window->openConversationById(conversation);
        return conversation != 0 && QTest::qWaitFor([this, conversation] {
                   return window->openConversationId() == conversation;
               });
    }
    QString ourStatus()
    {
        return test::scalar(*cache.db(), QStringLiteral("SELECT status FROM messages WHERE "
                                                        "direction = 'out' ORDER BY id DESC"))
            .toString();
    }
    /// Opens the Conversation menu and picks an item by its mnemonic, as a person with a
    /// keyboard does.
    void pick(QChar mnemonic)
    {
        auto *menu = window->findChild<QMenu *>(QStringLiteral("conversationMenu"));
        menu->popup(window->mapToGlobal(QPoint(40, 40)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            menu->grab().save(shots + QStringLiteral("/conversation-menu.png"));
        QTest::keyClick(menu, mnemonic.toLatin1());
        QTRY_VERIFY(!menu->isVisible());
    }
    QString said() const { return window->statusBar()->currentMessage(); }
};

/// How many sends the sandbox took, whatever the provider calls them.
int sends(const Sandbox &sandbox)
{
    return int(std::count_if(sandbox.requests().cbegin(), sandbox.requests().cend(),
                             [](const RecordedRequest &r) {
                                 return r.method == QLatin1String("POST") &&
                                        (r.path.contains(QLatin1String("sendSessionMessage")) ||
                                         r.path.endsWith(QLatin1String("/messages")) ||
                                         r.path.endsWith(QLatin1String("/sendText")));
                             }));
}

} // namespace

class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncStatusBringsWhatTheProviderKnows_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("name");
        QTest::newRow("wati") << QStringLiteral("wati") << QStringLiteral("WATI");
        QTest::newRow("unipile") << QStringLiteral("unipile") << QStringLiteral("UniPile");
        QTest::newRow("openwa") << QStringLiteral("openwa") << QStringLiteral("open-wa");
    }
    void syncStatusBringsWhatTheProviderKnows()
    {
        QFETCH(QString, provider);
        QFETCH(QString, name);
        SyncDesk desk(provider);
        QVERIFY(desk.open());
        auto *composer = desk.window->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        QVERIFY(composer && composer->isEnabled());
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Yes, it left this morning"));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(desk.ourStatus(), QStringLiteral("sent"), 10000);
        QCOMPARE(sends(desk.sandbox), 1);

        // The customer has read it by now (the provider says so), but no webhook told us.
        QTest::qWait(300);
        QCOMPARE(desk.ourStatus(), QStringLiteral("sent"));
        QVERIFY(desk.window->findChild<QAction *>(QStringLiteral("syncStatusAction"))->isEnabled());
        desk.pick(QLatin1Char('s'));
        QTRY_COMPARE_WITH_TIMEOUT(desk.ourStatus(), QStringLiteral("read"), 10000);
        QTRY_COMPARE(desk.said(),
                     QStringLiteral("Sync status: 1 message updated from %1.").arg(name));
        QCOMPARE(sends(desk.sandbox), 1); // asking sends nothing

        // Asked again (F5), nothing has moved: said so, and no row is added twice.
        const int rows = test::scalar(*desk.cache.db(), QStringLiteral("SELECT count(*) FROM "
                                                                       "messages"))
                             .toInt();
        desk.window->statusBar()->clearMessage();
        QTest::keyClick(desk.window.get(), Qt::Key_F5);
        QTRY_COMPARE(desk.said(),
                     QStringLiteral("Sync status: every status is as %1 has it.").arg(name));
        QCOMPARE(
            test::scalar(*desk.cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(),
            rows);
    }

    void aProviderThatRefusesIsSaid()
    {
        SyncDesk desk(QStringLiteral("wati"));
        QVERIFY(desk.open());
        desk.sandbox.failNext(QStringLiteral("getMessages"), 401, QByteArray(), {},
                              5); // a revoked token
        QTest::keyClick(desk.window.get(), Qt::Key_F5);
        QTRY_VERIFY(desk.said().startsWith(QStringLiteral("Sync status failed: ")));
        QVERIFY(desk.said().contains(QStringLiteral("Settings"))); // what to do about it
        QCOMPARE(desk.ourStatus(), QString());
    }

    void metaHasNoHistoryToAsk()
    {
        SyncDesk desk(QStringLiteral("meta"));
        QVERIFY(desk.open());
        auto *sync = desk.window->findChild<QAction *>(QStringLiteral("syncStatusAction"));
        QVERIFY(!sync->isEnabled());
        QVERIFY(sync->statusTip().contains(QStringLiteral("no message history")));
        QTest::keyClick(desk.window.get(), Qt::Key_F5);
        QTest::qWait(100);
        QCOMPARE(int(std::count_if(
                     desk.sandbox.requests().cbegin(), desk.sandbox.requests().cend(),
                     [](const RecordedRequest &r) { return r.method == QLatin1String("GET"); })),
                 0);
    }

    void anAgentLeavesTheCustomerOutOfCampaigns()
    {
        SyncDesk desk(QStringLiteral("wati"));
        QVERIFY(desk.open());
        auto *optOut = desk.window->findChild<QAction *>(QStringLiteral("optOutAction"));
        QTRY_VERIFY(desk.window->findChild<LeadPanel *>()->lead().id != 0);
        desk.pick(QLatin1Char('o'));
        QTRY_VERIFY(desk.window->findChild<LeadPanel *>()->lead().optedOutAt.isValid());
        QVERIFY(optOut->isChecked());
        QCOMPARE(desk.said(),
                 QStringLiteral("Bulk campaigns leave this customer out from now on."));
        const auto facts = [&] {
            return CampaignStore(desk.cache.db())
                .facts(desk.account.id, QStringLiteral("order_update"), 7,
                       QDateTime::currentDateTimeUtc())
                .result()
                .optedOut;
        };
        QCOMPARE(facts().size(), 1);
        // The lead panel says it on the number's line, the panel no taller for it.
        bool shown = false;
        for (const QLabel *label : desk.window->findChild<LeadPanel *>()->findChildren<QLabel *>())
            shown = shown || label->text().endsWith(QStringLiteral("· opted out"));
        QVERIFY(shown);
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            desk.window->grab().save(shots + QStringLiteral("/opted-out.png"));

        desk.pick(QLatin1Char('o'));
        QTRY_VERIFY(!desk.window->findChild<LeadPanel *>()->lead().optedOutAt.isValid());
        QVERIFY(!optOut->isChecked());
        QVERIFY(facts().isEmpty());
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
