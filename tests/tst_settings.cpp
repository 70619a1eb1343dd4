// SPDX-License-Identifier: GPL-3.0-or-later
// Settings against a real Secret Service (its own D-Bus session and gnome-keyring): tokens go
// to the keychain and never into the cache; Test connection calls the provider (a local
// stand-in for the Graph API) and says what it answered; sign in and sign out of the relay.
#include "AutoReplyDialog.h"
#include "KeyringSession.h"
#include "PhoneConnectDialog.h"
#include "ProviderRegistry.h"
#include "Sandbox.h"
#include "ScriptedProvider.h"
#include "SettingsDialog.h"
#include "TempCache.h"
#include "cache/AccountStore.h"
#include "keychain/KeychainSecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace inbox;

namespace {

const QByteArray templates =
    R"({"data":[{"name":"order_update","language":"en_US","status":"APPROVED","category":"UTILITY","id":"1","components":[{"type":"BODY","text":"Hi {{1}}"}]},{"name":"welcome","language":"es","status":"APPROVED","category":"MARKETING","id":"2","components":[{"type":"BODY","text":"Hola"}]}],"paging":{"cursors":{}}})";
const QByteArray badToken =
    R"({"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException","code":190}})";

/// Every byte of the cache's files (database, WAL), to look for what must not be there.
QByteArray cacheBytes(const QString &dir)
{
    QByteArray all;
    QDirIterator files(dir, QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

struct Fixture
{
    test::TempCache cache;
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("inbox.conf")), QSettings::IniFormat};
    KeychainSecretStore secrets{QStringLiteral("inbox-test-settings")};
    QNetworkAccessManager network;
    SettingsDialog dialog{cache.db(), &secrets, providerCatalog(), providerConnector(&network),
                          &settings};

    template<class W>
    W *find(const char *name)
    {
        auto *widget = dialog.findChild<W *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void type(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        edit->clear();
        edit->insert(text);
    }
};

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountTokenGoesToTheKeychainAndTestConnectionCallsTheProvider()
    {
        Fixture f;
        test::ScriptedProvider graph;
        f.dialog.show();
        f.dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
        QTest::mouseClick(f.find<QPushButton>("addAccount"), Qt::LeftButton);
        auto *provider = f.find<QComboBox>("accountProvider");
        provider->setCurrentIndex(provider->findData(QStringLiteral("meta")));
        f.type("accountId", QStringLiteral("store-meta"));
        f.type("accountName", QStringLiteral("Store (Meta)"));
        auto *result = f.find<QLabel>("connectionResult");

        // Nothing typed yet: Test connection says what is missing, without calling anyone.
        QTest::mouseClick(f.find<QPushButton>("testConnection"), Qt::LeftButton);
        QTRY_VERIFY(result->text().contains(QStringLiteral("Phone number ID is missing")));
        QCOMPARE(graph.seen().size(), 0);

        f.type("field_phoneNumberId", QStringLiteral("106540352242922"));
        f.type("field_wabaId", QStringLiteral("102290129340398"));
        f.type("field_token", QStringLiteral("EAAG-very-secret-token"));
        f.type("field_baseUrl", graph.base().toString());
        QTest::mouseClick(f.find<QPushButton>("saveAccount"), Qt::LeftButton);
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("Saved")));
        QCOMPARE(
            test::waitForKeychain(f.secrets.read(accountTokenKey(QStringLiteral("store-meta")))),
            std::optional<QByteArray>("EAAG-very-secret-token"));
        QVERIFY(f.find<QLineEdit>("field_token")->text().isEmpty()); // never shown again
        QVERIFY(f.find<QLineEdit>("field_token")
                    ->placeholderText()
                    .contains(QStringLiteral("keychain")));
        const QList<Account> accounts = AccountStore(f.cache.db()).all().result();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().connection.value(QStringLiteral("wabaId")).toString(),
                 QStringLiteral("102290129340398"));
        QVERIFY(!cacheBytes(f.cache.dir()).contains("EAAG-very-secret-token"));

        // The saved token is the one Test connection uses.
        graph.script({{QHttpServerResponder::StatusCode::Ok, templates, {}}});
        QTest::mouseClick(f.find<QPushButton>("testConnection"), Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(QStringLiteral("Connected to Meta")),
                     qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("first page: 2")),
                 qPrintable(result->text()));
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            f.dialog.grab().save(shots + QStringLiteral("/settings-accounts.png"));
        QCOMPARE(graph.seen().size(), 1);
        QCOMPARE(graph.seen().first().path,
                 QStringLiteral("/v23.0/102290129340398/message_templates"));
        QCOMPARE(graph.seen().first().authorization, QByteArray("Bearer EAAG-very-secret-token"));

        graph.script({{QHttpServerResponder::StatusCode::Unauthorized, badToken, {}}});
        QTest::mouseClick(f.find<QPushButton>("testConnection"), Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(QStringLiteral("did not accept")),
                     qPrintable(result->text()));

        // Disconnect: the token leaves the keychain, the account stays as history.
        QTest::mouseClick(f.find<QPushButton>("disconnectAccount"), Qt::LeftButton);
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("Disconnected")));
        QCOMPARE(
            test::waitForKeychain(f.secrets.read(accountTokenKey(QStringLiteral("store-meta")))),
            std::nullopt);
        QVERIFY(AccountStore(f.cache.db()).all().result().first().connection.isEmpty());
    }

    void anOpenWaAccountLinksItsPhoneByQrCodeAndSyncsItsHistory()
    {
        SandboxConfig config;
        config.openwaLinked = false;
        config.openwaLinkAfter = std::chrono::milliseconds(0); // linked by the test, below
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        Fixture f;
        f.dialog.show();
        f.dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
        QTest::mouseClick(f.find<QPushButton>("addAccount"), Qt::LeftButton);
        auto *provider = f.find<QComboBox>("accountProvider");
        provider->setCurrentIndex(provider->findData(QStringLiteral("meta")));
        QVERIFY(f.find<QPushButton>("linkPhone")->isHidden());
        QVERIFY(f.find<QPushButton>("syncHistory")->isHidden()); // Meta keeps no history
        provider->setCurrentIndex(provider->findData(QStringLiteral("openwa")));
        QVERIFY(!f.find<QPushButton>("linkPhone")->isHidden());
        QVERIFY(!f.find<QPushButton>("syncHistory")->isHidden());
        f.type("accountId", QStringLiteral("bistro"));
        f.type("accountName", QStringLiteral("Bistro Bot"));
        f.type("field_baseUrl", sandbox.openwaBaseUrl().toString());
        f.type("field_token", QString::fromLatin1(config.openwaApiKey));
        QTest::mouseClick(f.find<QPushButton>("saveAccount"), Qt::LeftButton);
        auto *result = f.find<QLabel>("connectionResult");
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("Saved")));

        // Reachable, but no phone yet: Test connection says so.
        QTest::mouseClick(f.find<QPushButton>("testConnection"), Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(QStringLiteral("no phone is linked")),
                     qPrintable(result->text()));

        QTest::mouseClick(f.find<QPushButton>("linkPhone"), Qt::LeftButton);
        PhoneConnectDialog *link = nullptr;
        QTRY_VERIFY((link = f.dialog.findChild<PhoneConnectDialog *>()) != nullptr);
        auto *qr = link->findChild<QLabel *>(QStringLiteral("qrCode"));
        QTRY_VERIFY(!qr->pixmap().isNull());
        QVERIFY(qr->pixmap().width() >= 200);
        auto *state = link->findChild<QLabel *>(QStringLiteral("sessionState"));
        QVERIFY(state->text().contains(QStringLiteral("UNPAIRED")));
        const QString shots = qEnvironmentVariable("INBOX_SHOTS");
        if (!shots.isEmpty())
            link->grab().save(shots + QStringLiteral("/link-phone-qr.png"));

        sandbox.openwaLink(); // the phone scans the code
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("Connected")),
                                 PhoneConnectDialog::pollMs * 3);
        QVERIFY(state->text().contains(QStringLiteral("+57 300 1112233")));
        QVERIFY(state->text().contains(QStringLiteral("87%")));
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("Phone linked")));
        if (!shots.isEmpty())
            link->grab().save(shots + QStringLiteral("/link-phone-connected.png"));
        link->close();

        // History: the phone's two chats (not its group) and their messages, with progress.
        QTest::mouseClick(f.find<QPushButton>("syncHistory"), Qt::LeftButton);
        QTRY_VERIFY2(result->text().startsWith(QStringLiteral("History synced")),
                     qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("2 chat(s)")), qPrintable(result->text()));
        QVERIFY(f.find<QProgressBar>("historyProgress")->isHidden());
        QCOMPARE(test::scalar(*f.cache.db(), QStringLiteral("SELECT count(*) FROM conversations "
                                                            "WHERE account_id = 'bistro'"))
                     .toInt(),
                 2);
        QCOMPARE(
            test::scalar(*f.cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(),
            2);
    }

    void automaticRepliesAreEditedPerAccount()
    {
        Fixture f;
        f.dialog.show();
        f.dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
        QTest::mouseClick(f.find<QPushButton>("addAccount"), Qt::LeftButton);
        QVERIFY(!f.find<QPushButton>("autoReply")->isEnabled()); // a new account has no rules yet
        auto *provider = f.find<QComboBox>("accountProvider");
        provider->setCurrentIndex(provider->findData(QStringLiteral("openwa")));
        f.type("accountId", QStringLiteral("openwa-bistro"));
        f.type("accountName", QStringLiteral("Bistro Bot"));
        f.type("field_baseUrl", QStringLiteral("http://127.0.0.1:8002"));
        f.type("field_token", QStringLiteral("owa-key"));
        QTest::mouseClick(f.find<QPushButton>("saveAccount"), Qt::LeftButton);
        QTRY_VERIFY(f.find<QPushButton>("autoReply")->isEnabled());
        Account account;
        account.id = QStringLiteral("openwa-bistro");
        QTest::mouseClick(f.find<QPushButton>("autoReply"), Qt::LeftButton);
        AutoReplyDialog *rules = nullptr;
        QTRY_VERIFY((rules = f.dialog.findChild<AutoReplyDialog *>()) != nullptr);
        QTRY_VERIFY(rules->isEnabled()); // the saved rules are in

        rules->findChild<QCheckBox *>(QStringLiteral("autoReplyEnabled"))->setChecked(true);
        auto *keywords = rules->findChild<QTableWidget *>(QStringLiteral("keywordRules"));
        QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("addKeyword")),
                          Qt::LeftButton);
        keywords->item(0, 0)->setText(QStringLiteral("menu, carta"));
        rules->findChild<QPlainTextEdit *>(QStringLiteral("welcomeReply"))
            ->setPlainText(QStringLiteral("Welcome to the Bistro!"));
        // A rule with no reply: said, and nothing saved.
        QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("saveAutoReply")),
                          Qt::LeftButton);
        auto *problems = rules->findChild<QLabel *>(QStringLiteral("autoReplyProblems"));
        QTRY_VERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("has no reply")),
                 qPrintable(problems->text()));
        QVERIFY(!AccountStore(f.cache.db()).autoReply(account.id).result().enabled);

        keywords->item(0, 1)->setText(QStringLiteral("Today: ajiaco."));
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            rules->grab().save(shots + QStringLiteral("/auto-reply.png"));
        QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("saveAutoReply")),
                          Qt::LeftButton);
        QTRY_VERIFY(f.find<QLabel>("connectionResult")
                        ->text()
                        .contains(QStringLiteral("Automatic replies saved")));
        const AutoReplyRules saved = AccountStore(f.cache.db()).autoReply(account.id).result();
        QVERIFY(saved.enabled);
        QCOMPARE(saved.keywords.size(), 1);
        QCOMPARE(saved.keywords.first().words,
                 (QStringList{QStringLiteral("menu"), QStringLiteral("carta")}));
        QCOMPARE(saved.welcome, QStringLiteral("Welcome to the Bistro!"));
    }

    void settingsSaysWhatTheWindowSaysAndKeepsWhatWasTyped()
    {
        Fixture f;
        for (const char *id : {"meta-store", "meta-shop"}) {
            Account account;
            account.id = QLatin1String(id);
            account.provider = Provider(QStringLiteral("meta"));
            account.displayName = QLatin1String(id);
            account.connection.insert(QStringLiteral("phoneNumberId"), QStringLiteral("1065"));
            account.connection.insert(QStringLiteral("wabaId"), QStringLiteral("1022"));
            AccountStore(f.cache.db()).upsert(account).waitForFinished();
        }
        // Opened once the accounts are there, as from the window's menu.
        SettingsDialog dialog{f.cache.db(), &f.secrets, providerCatalog(),
                              providerConnector(&f.network), &f.settings};
        auto find = [&dialog]<class W>(const char *name, W * = nullptr) {
            return dialog.findChild<W *>(QLatin1String(name));
        };
        auto line = [&](const char *name) {
            return find(name, static_cast<QLineEdit *>(nullptr));
        };
        dialog.show();
        auto *list = find("accounts", static_cast<QListWidget *>(nullptr));
        dialog.setLiveState(QUrl(QStringLiteral("ws://127.0.0.1:18080/stream")),
                            QStringLiteral("Relay: connected (acme)"),
                            {{QStringLiteral("meta-shop"), QStringLiteral("quality rating RED")}});
        QTRY_COMPARE(list->count(), 2);
        // The relay in use, as the status bar says it; the account with a problem says it.
        QCOMPARE(line("relayUrl")->text(), QStringLiteral("ws://127.0.0.1:18080/stream"));
        QVERIFY(find("relayLive", static_cast<QLabel *>(nullptr))
                    ->text()
                    .contains(QStringLiteral("Relay: connected (acme)")));
        QStringList lines;
        for (int row = 0; row < list->count(); ++row)
            lines << list->item(row)->text();
        QVERIFY2(lines.contains(QStringLiteral("Meta Cloud API · meta-shop: ⚠ quality rating RED")),
                 qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY2(lines.contains(QStringLiteral("Meta Cloud API · meta-store")),
                 qPrintable(lines.join(QLatin1Char('|'))));
        // Examples look like examples.
        QVERIFY(line("field_phoneNumberId")->placeholderText().startsWith(QStringLiteral("e.g. ")));

        // Typed for one account, a look at the other, back: still there, not saved.
        list->setCurrentRow(0);
        const QString first = list->currentItem()->text();
        line("accountName")->setText(QStringLiteral("Store, renamed"));
        line("field_token")->setText(QStringLiteral("EAAG-typed-not-saved"));
        list->setCurrentRow(1);
        QVERIFY(line("accountName")->text() != QStringLiteral("Store, renamed"));
        list->setCurrentRow(0);
        QCOMPARE(list->currentItem()->text(), first);
        QCOMPARE(line("accountName")->text(), QStringLiteral("Store, renamed"));
        QCOMPARE(line("field_token")->text(), QStringLiteral("EAAG-typed-not-saved"));
        QVERIFY(find("connectionResult", static_cast<QLabel *>(nullptr))
                    ->text()
                    .startsWith(QStringLiteral("Not saved yet")));
        QVERIFY(!cacheBytes(f.cache.dir()).contains("EAAG-typed-not-saved"));
        // Settings' own keychain reads are answered before the keychain goes (QtKeychain's
        // libsecret jobs must not outlive it), and nothing typed reached it.
        QCOMPARE(
            test::waitForKeychain(f.secrets.read(accountTokenKey(QStringLiteral("meta-store")))),
            std::nullopt);
        QCOMPARE(test::waitForKeychain(f.secrets.read(SettingsDialog::relayTokenKey())),
                 std::nullopt);
        QTest::qWait(100);
    }

    void theInboxStartsAtSignInWhenAsked()
    {
        Fixture f;
        const QString entry = SettingsDialog::autostartFile();
        QVERIFY(entry.startsWith(QDir::homePath()) || qEnvironmentVariableIsSet("XDG_CONFIG_HOME"));
        QFile::remove(entry);
        auto *autostart = f.dialog.findChild<QCheckBox *>(QStringLiteral("autostart"));
        QVERIFY(autostart);
        QVERIFY(!autostart->isChecked());
        f.dialog.show();
        auto *tabs = f.dialog.findChild<QTabWidget *>();
        tabs->setCurrentIndex(tabs->indexOf(autostart->parentWidget()));
        QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
        QTest::mouseClick(autostart, Qt::LeftButton, {}, QPoint(6, autostart->height() / 2));
        QVERIFY(autostart->isChecked());
        QVERIFY(QFileInfo::exists(entry));
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Exec=\"" + QCoreApplication::applicationFilePath().toUtf8() + '"'));
        QVERIFY(text.contains("Type=Application"));
        QVERIFY(f.dialog.findChild<QLabel *>(QStringLiteral("autostartResult"))->text().isEmpty());
        QTest::mouseClick(autostart, Qt::LeftButton, {}, QPoint(6, autostart->height() / 2));
        QVERIFY(!autostart->isChecked());
        QVERIFY(!QFileInfo::exists(entry));
    }

    void relaySignInAndOut()
    {
        Fixture f;
        QSignalSpy signedIn(&f.dialog, &SettingsDialog::relaySignIn);
        QSignalSpy signedOut(&f.dialog, &SettingsDialog::relaySignOut);
        auto *result = f.find<QLabel>("relayResult");
        f.type("relayUrl", QStringLiteral("https://relay.example.com"));
        f.type("relayToken", QStringLiteral("agent-token-123"));
        QTest::mouseClick(f.find<QPushButton>("signIn"), Qt::LeftButton);
        QTRY_VERIFY(result->text().contains(QStringLiteral("WebSocket URL")));
        QCOMPARE(signedIn.size(), 0);

        f.type("relayUrl", QStringLiteral("wss://relay.example.com/stream"));
        QTest::mouseClick(f.find<QPushButton>("signIn"), Qt::LeftButton);
        QTRY_COMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.first().at(1).toByteArray(), QByteArray("agent-token-123"));
        QCOMPARE(f.settings.value(SettingsDialog::relayUrlKey()).toString(),
                 QStringLiteral("wss://relay.example.com/stream"));
        QCOMPARE(test::waitForKeychain(f.secrets.read(SettingsDialog::relayTokenKey())),
                 std::optional<QByteArray>("agent-token-123"));
        QVERIFY(f.find<QLineEdit>("relayToken")->text().isEmpty());
        QVERIFY(!QFile(f.settings.fileName()).exists() ||
                !cacheBytes(f.dir.path()).contains("agent-token-123"));

        QTest::mouseClick(f.find<QPushButton>("signOut"), Qt::LeftButton);
        QTRY_COMPARE(signedOut.size(), 1);
        QCOMPARE(test::waitForKeychain(f.secrets.read(SettingsDialog::relayTokenKey())),
                 std::nullopt);
    }
};

int main(int argc, char *argv[])
{
    return test::runInKeyringSession(argc, argv, [](int count, char **arguments) {
        QApplication app(count, arguments);
        TestSettings test;
        return QTest::qExec(&test, count, arguments);
    });
}

#include "tst_settings.moc"
