// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts set up once for the whole team: an admin gives the relay an account's connection and
// token (inboxctl, or Settings over the stream); the token is sealed at rest, handed only to
// signed-in desktops, held in their memory (or their keychain where the admin allows it), and gone
// from a desktop when its agent is revoked. Real relay, real WebSockets, a real Secret Service.
#include "KeyringSession.h"
#include "ProviderRegistry.h"
#include "RelayCommands.h"
#include "RelayFixture.h"
#include "ScriptedProvider.h"
#include "SecretBox.h"
#include "Services.h"
#include "SettingsDialog.h"
#include "TempCache.h"
#include "cache/AccountStore.h"
#include "keychain/KeychainSecretStore.h"
#include "ports/ProviderConnector.h"
#include "relay/RelayClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace inbox;
using relay::ConnectionEntry;
using relay::SecretBox;

namespace {

const QByteArray keyText = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";
const QByteArray metaToken = "EAAG-team-token-7d2f9c1b";
const QString metaAccount = QStringLiteral("277321005464405");
const QByteArray templatesPage = R"({"data":[],"paging":{"cursors":{}}})";

std::shared_ptr<const SecretBox> key()
{
    return std::make_shared<const SecretBox>(SecretBox::fromKeyText(keyText).value());
}

/// Every byte of every file under `dir`, to look for what must not be there.
QByteArray bytesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

/// inboxctl relay ..., in-process: the exit code, and what it printed.
struct Ctl
{
    int code = 0;
    QString out;
    QString err;
};

Ctl inboxctl(const QString &data, const QStringList &command)
{
    Ctl result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = cli::relayCommand(QStringList{QStringLiteral("inboxctl"), QStringLiteral("relay"),
                                                QStringLiteral("--data"), data} +
                                        command,
                                    out, err);
    out.flush();
    err.flush();
    return result;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content + '\n') < 0)
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

/// A relay with a secrets key that looks at its directory often, and a Graph API stand-in.
struct Team
{
    test::RelayFixture relay{[](relay::RelayOptions &options) {
        options.secrets = key();
        options.directoryCheckEvery = std::chrono::milliseconds(50);
    }};
    test::ScriptedProvider graph;
    QTemporaryDir files;
    QString keyFile = writeFile(files, QStringLiteral("secrets.key"), keyText);
    QString tokenFile = writeFile(files, QStringLiteral("meta.token"), metaToken);

    Ctl setMeta(const QStringList &extra = {})
    {
        return inboxctl(
            relay.dir.path(),
            QStringList{
                QStringLiteral("set-connection"), QStringLiteral("--org"), QStringLiteral("acme"),
                QStringLiteral("--provider"), QStringLiteral("meta"), QStringLiteral("--account"),
                metaAccount, QStringLiteral("--name"), QStringLiteral("Acme Support"),
                QStringLiteral("--phone"), QStringLiteral("+49 151 23456789"),
                QStringLiteral("--field"), QStringLiteral("phoneNumberId=") + metaAccount,
                QStringLiteral("--field"), QStringLiteral("wabaId=102290129340398"),
                QStringLiteral("--field"), QStringLiteral("baseUrl=") + graph.base().toString(),
                QStringLiteral("--secrets-key-file"), keyFile} +
                extra);
    }
    QUrl stream() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/stream").arg(relay.port)); }
};

/// An agent's inbox with no window, as the desktop and inbox --headless run it.
struct AgentInbox
{
    test::TempCache cache;
    std::unique_ptr<Services> running;

    explicit AgentInbox(Team &team, const QString &token)
    {
        start();
        running->connectRelay(team.stream(), token.toUtf8());
    }
    /// Quits and starts again on the same cache, not signed in to the relay.
    void restart()
    {
        running.reset();
        start();
    }
    void start()
    {
        running = std::make_unique<Services>(cache.db(), QUrl());
        running->start();
    }
    Services &services() { return *running; }
    QString accountId() const { return QStringLiteral("meta-") + metaAccount; }
    bool canSend() const { return running->apiFor(accountId()) != nullptr; }
};

/// Settings as an inbox opens it, on that inbox's cache and relay link.
struct Settings
{
    QTemporaryDir dir;
    QSettings ini{dir.filePath(QStringLiteral("inbox.conf")), QSettings::IniFormat};
    QNetworkAccessManager network;
    SettingsDialog dialog;

    explicit Settings(AgentInbox &inbox)
        : dialog(inbox.cache.db(), inbox.services().secrets(), providerCatalog(),
                 providerConnector(&network), &ini)
    {
        dialog.setTeam(inbox.services().relay());
        dialog.resize(900, 620);
        dialog.show();
        dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    }
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
        QTest::keyClicks(edit, text);
    }
    /// Saved where INBOX_TEST_SCREENSHOTS points, to look at.
    void screenshot(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("INBOX_TEST_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(name));
    }
};

} // namespace

class TestTeamAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSealedTokenOpensOnlyWithItsKeyAndForItsAccount()
    {
        const auto box = SecretBox::fromKeyText(keyText).value();
        const QByteArray sealed = box.seal(metaToken, "connection/acme/meta/1");
        QVERIFY(sealed.startsWith("v1."));
        QVERIFY(!sealed.contains(metaToken));
        QCOMPARE(box.open(sealed, "connection/acme/meta/1").value(), metaToken);
        // A fresh nonce each time: the same token never seals the same way twice.
        QVERIFY(box.seal(metaToken, "connection/acme/meta/1") != sealed);
        QVERIFY(!box.open(sealed, "connection/acme/meta/2"));
        const auto other =
            SecretBox::fromKeyText(QByteArray(32, 'k').toBase64()).value(); // another key
        QVERIFY(other.open(sealed, "connection/acme/meta/1")
                    .error()
                    .contains(QStringLiteral("does not open with this key")));
        // One bit of the ciphertext flipped: the tag no longer matches.
        QByteArray raw = QByteArray::fromBase64(sealed.mid(3));
        raw[14] = char(raw[14] ^ 1);
        QVERIFY(!box.open("v1." + raw.toBase64(), "connection/acme/meta/1"));
        QVERIFY(SecretBox::fromKeyText("too-short")
                    .error()
                    .contains(QStringLiteral("openssl rand -base64 32")));
    }

    void anAdminsConnectionIsCheckedAndItsTokenSealedAtRest()
    {
        Team team;
        const QString data = team.relay.dir.path();
        Ctl ctl = team.setMeta({QStringLiteral("--field"), QStringLiteral("colour=blue")});
        QCOMPARE(ctl.code, 1);
        QVERIFY2(ctl.err.contains(QStringLiteral("colour is not a connection field")),
                 qPrintable(ctl.err));
        ctl = team.setMeta({QStringLiteral("--phone"), QStringLiteral("12")});
        QCOMPARE(ctl.code, 1);
        QVERIFY2(ctl.err.contains(QStringLiteral("business phone 12")), qPrintable(ctl.err));
        ctl = team.setMeta();
        QCOMPARE(ctl.code, 1);
        QVERIFY2(ctl.err.contains(QStringLiteral("needs its API token")), qPrintable(ctl.err));
        ctl = inboxctl(data, {QStringLiteral("set-connection"), QStringLiteral("--org"),
                              QStringLiteral("acme"), QStringLiteral("--provider"),
                              QStringLiteral("meta"), QStringLiteral("--account"), metaAccount,
                              QStringLiteral("--name"), QStringLiteral("Acme"),
                              QStringLiteral("--token-file"), team.tokenFile});
        QCOMPARE(ctl.code, 1);
        QVERIFY2(ctl.err.contains(QStringLiteral("connection field phoneNumberId")),
                 qPrintable(ctl.err));
        // A token and no key to seal it with is refused, not stored in the clear.
        qunsetenv("INBOX_RELAY_SECRETS_KEY");
        ctl = inboxctl(data,
                       {QStringLiteral("set-connection"), QStringLiteral("--org"),
                        QStringLiteral("acme"), QStringLiteral("--provider"),
                        QStringLiteral("wati"), QStringLiteral("--account"),
                        QStringLiteral("store"), QStringLiteral("--name"), QStringLiteral("Store"),
                        QStringLiteral("--field"), QStringLiteral("baseUrl=https://live.wati.io/1"),
                        QStringLiteral("--token-file"), team.tokenFile});
        QCOMPARE(ctl.code, 1);
        QVERIFY2(ctl.err.contains(QStringLiteral("no secrets key")), qPrintable(ctl.err));
        QVERIFY(team.relay.relay->directory().connections(QStringLiteral("acme")).isEmpty());

        ctl = team.setMeta({QStringLiteral("--token-file"), team.tokenFile});
        QCOMPARE(ctl.code, 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("meta account 277321005464405 of acme set")),
                 qPrintable(ctl.out));
        const Ctl list = inboxctl(data, {QStringLiteral("list")});
        QVERIFY2(list.out.contains(QStringLiteral("connection acme meta 277321005464405 \"Acme "
                                                  "Support\" +4915123456789")),
                 qPrintable(list.out));
        QVERIFY(!list.out.contains(QString::fromUtf8(metaToken)));
        QVERIFY(!bytesUnder(data).contains(metaToken));

        // An edit without a token keeps the one stored.
        QCOMPARE(team.setMeta({QStringLiteral("--name"), QStringLiteral("Acme Help")}).code, 0);
        const auto accounts =
            team.relay.relay->directory().teamAccounts(QStringLiteral("acme"), key().get());
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0].displayName, QStringLiteral("Acme Help"));
        QCOMPARE(accounts[0].token, metaToken);
        QCOMPARE(accounts[0].connection.value(QStringLiteral("wabaId")).toString(),
                 QStringLiteral("102290129340398"));
        // Without the key, the relay hands the account out and says why there is no token.
        const auto keyless =
            team.relay.relay->directory().teamAccounts(QStringLiteral("acme"), nullptr);
        QVERIFY(keyless[0].token.isEmpty());
        QVERIFY(keyless[0].problem.contains(QStringLiteral("no secrets key")));
        // Another organisation's desktops get none of it.
        QVERIFY(team.relay.relay->directory()
                    .teamAccounts(QStringLiteral("globex"), key().get())
                    .isEmpty());
    }

    void aSignedInAgentSendsWithTheTeamsTokenUntilRevoked()
    {
        Team team;
        QCOMPARE(team.setMeta({QStringLiteral("--token-file"), team.tokenFile}).code, 0);
        team.graph.script({{QHttpServerResponder::StatusCode::Ok, templatesPage, {}}});
        AgentInbox ana(team, team.relay.agent);

        // The account reaches the agent's inbox with its name and connection; no Settings.
        QTRY_VERIFY_WITH_TIMEOUT(ana.canSend(), 10000);
        const QList<Account> accounts = AccountStore(ana.cache.db()).all().result();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0].displayName, QStringLiteral("Acme Support"));
        QCOMPARE(accounts[0].businessPhone, QStringLiteral("+4915123456789"));
        QCOMPARE(accounts[0].managedBy, QStringLiteral("acme"));
        auto check = ana.services().apiFor(ana.accountId())->checkConnection();
        QTRY_VERIFY_WITH_TIMEOUT(check.isFinished(), 10000);
        if (!check.result())
            QFAIL(qPrintable(check.result().error().message()));
        QCOMPARE(team.graph.seen().size(), 1);
        QCOMPARE(team.graph.seen()[0].authorization, QByteArray("Bearer ") + metaToken);
        // Held in memory only: not in the cache, not in the keychain.
        QVERIFY(!bytesUnder(ana.cache.dir()).contains(metaToken));
        KeychainSecretStore keychain{QStringLiteral("inbox")};
        QCOMPARE(test::waitForKeychain(keychain.read(teamAccountTokenKey(ana.accountId()))),
                 std::nullopt);

        // An admin renames the account: every signed-in inbox has it within seconds.
        QCOMPARE(team.setMeta({QStringLiteral("--name"), QStringLiteral("Acme Help")}).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(AccountStore(ana.cache.db()).all().result().value(0).displayName,
                                  QStringLiteral("Acme Help"), 10000);

        QSignalSpy states(ana.services().relay(), &RelayLink::stateChanged);
        const Ctl revoked =
            inboxctl(team.relay.dir.path(),
                     {QStringLiteral("revoke-agent"), QStringLiteral("--org"),
                      QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("Ana")});
        QCOMPARE(revoked.code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!ana.canSend(), 10000);
        QCOMPARE(ana.services().relay()->state(), RelayLink::State::SignedOut);
        QVERIFY(!ana.services().connectedAccounts().contains(ana.accountId()));
        // The account stays as history, without a way to reach it.
        QTRY_VERIFY_WITH_TIMEOUT(
            AccountStore(ana.cache.db()).all().result().value(0).connection.isEmpty(), 10000);
        QVERIFY(!bytesUnder(ana.cache.dir()).contains(metaToken));
        QVERIFY(!bytesUnder(QDir::homePath()).contains(metaToken));
    }

    void whereTheAdminAllowsItTheKeychainKeepsTheTokenUntilSignOut()
    {
        Team team;
        QCOMPARE(team.setMeta({QStringLiteral("--token-file"), team.tokenFile,
                               QStringLiteral("--keep-in-keychain")})
                     .code,
                 0);
        KeychainSecretStore keychain{QStringLiteral("inbox")};
        AgentInbox marta(team, team.relay.manager);
        const QString key = teamAccountTokenKey(marta.accountId());
        QTRY_VERIFY_WITH_TIMEOUT(marta.canSend(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(test::waitForKeychain(keychain.read(key)),
                                  std::optional<QByteArray>(metaToken), 10000);
        QVERIFY(!bytesUnder(marta.cache.dir()).contains(metaToken));

        // Restarted with the relay out of reach, the kept token still sends.
        marta.restart();
        QTRY_VERIFY_WITH_TIMEOUT(marta.canSend(), 10000);

        // Signing out takes it from the keychain.
        marta.services().connectRelay(team.stream(), team.relay.manager.toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(marta.services().relay()->state(), RelayLink::State::Connected,
                                  10000);
        marta.services().disconnectRelay();
        QVERIFY(!marta.canSend()); // at once
        QTRY_COMPARE_WITH_TIMEOUT(test::waitForKeychain(keychain.read(key)), std::nullopt, 10000);

        // Revoked while the inbox was closed: the first answer of the relay takes it too.
        marta.services().connectRelay(team.stream(), team.relay.manager.toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(test::waitForKeychain(keychain.read(key)).has_value(), 10000);
        marta.restart();
        QTRY_VERIFY_WITH_TIMEOUT(marta.canSend(), 10000);
        QCOMPARE(
            inboxctl(team.relay.dir.path(),
                     {QStringLiteral("revoke-agent"), QStringLiteral("--org"),
                      QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("Marta")})
                .code,
            0);
        marta.services().connectRelay(team.stream(), team.relay.manager.toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(marta.services().relay()->state(), RelayLink::State::SignedOut,
                                  10000);
        QVERIFY(!marta.canSend());
        QTRY_COMPARE_WITH_TIMEOUT(test::waitForKeychain(keychain.read(key)), std::nullopt, 10000);
    }

    void onlyAnAdminSetsAnAccountFromTheInbox()
    {
        Team team;
        AgentInbox ana(team, team.relay.agent);
        AgentInbox ada(team, team.relay.admin);
        QTRY_COMPARE_WITH_TIMEOUT(ada.services().relay()->state(), RelayLink::State::Connected,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(ana.services().relay()->state(), RelayLink::State::Connected,
                                  10000);
        stream::TeamAccount account{QStringLiteral("meta"),
                                    metaAccount,
                                    QStringLiteral("Acme Support"),
                                    QString(),
                                    {{QStringLiteral("phoneNumberId"), metaAccount},
                                     {QStringLiteral("wabaId"), QStringLiteral("1022")},
                                     {QStringLiteral("baseUrl"), team.graph.base().toString()}},
                                    metaToken};
        auto refused = ana.services().relay()->setAccount(account);
        QTRY_VERIFY_WITH_TIMEOUT(refused.isFinished(), 10000);
        QVERIFY(refused.result().error().contains(QStringLiteral("only admins")));
        account.connection.remove(QStringLiteral("wabaId"));
        auto incomplete = ada.services().relay()->setAccount(account);
        QTRY_VERIFY_WITH_TIMEOUT(incomplete.isFinished(), 10000);
        QVERIFY(incomplete.result().error().contains(QStringLiteral("wabaId")));
        QVERIFY(!ana.canSend());

        account.connection.insert(QStringLiteral("wabaId"), QStringLiteral("1022"));
        auto set = ada.services().relay()->setAccount(account);
        QTRY_VERIFY_WITH_TIMEOUT(set.isFinished(), 10000);
        QVERIFY(set.result().hasValue());
        // The teammate has it at once, from the same relay, without a restart.
        QTRY_VERIFY_WITH_TIMEOUT(ana.canSend(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ada.canSend(), 10000);
        QVERIFY(!bytesUnder(team.relay.dir.path()).contains(metaToken));
        QCOMPARE(ana.services().relay()->teamAccounts().value(0).token, metaToken);

        // Removed by an admin: gone from every inbox.
        QCOMPARE(inboxctl(team.relay.dir.path(),
                          {QStringLiteral("remove-connection"), QStringLiteral("--org"),
                           QStringLiteral("acme"), QStringLiteral("--provider"),
                           QStringLiteral("meta"), QStringLiteral("--account"), metaAccount})
                     .code,
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(!ana.canSend(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!ada.canSend(), 10000);
    }

    void anAdminSetsAnAccountUpInSettingsAndAnAgentSeesItAsTheTeams()
    {
        Team team;
        AgentInbox ada(team, team.relay.admin);
        AgentInbox ana(team, team.relay.agent);
        QTRY_COMPARE_WITH_TIMEOUT(ada.services().relay()->state(), RelayLink::State::Connected,
                                  10000);
        Settings admin(ada);
        QTest::mouseClick(admin.find<QPushButton>("addAccount"), Qt::LeftButton);
        auto *provider = admin.find<QComboBox>("accountProvider");
        provider->setCurrentIndex(provider->findData(QStringLiteral("meta")));
        auto *forTeam = admin.find<QCheckBox>("forTeam");
        QVERIFY(forTeam->isVisible());
        admin.type("accountId", QStringLiteral("support"));
        admin.type("accountName", QStringLiteral("Acme Support"));
        admin.type("relayAccount", metaAccount);
        admin.type("field_phoneNumberId", metaAccount);
        admin.type("field_wabaId", QStringLiteral("102290129340398"));
        admin.type("field_baseUrl", team.graph.base().toString());
        admin.type("field_token", QString::fromUtf8(metaToken));
        // On its box: the row is wider than its words.
        QTest::mouseClick(forTeam, Qt::LeftButton, {}, QPoint(6, forTeam->height() / 2));
        QVERIFY(forTeam->isChecked());
        QVERIFY(admin.find<QCheckBox>("teamKeychain")->isEnabled());
        QTest::mouseClick(admin.find<QPushButton>("saveAccount"), Qt::LeftButton);
        auto *result = admin.find<QLabel>("connectionResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("for the whole team")),
                                 10000);
        // The agent's inbox has it from the relay; the admin's keeps the id typed for it.
        QTRY_VERIFY_WITH_TIMEOUT(ana.canSend(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ada.services().apiFor(QStringLiteral("support")) != nullptr,
                                 10000);
        QVERIFY(!bytesUnder(ada.cache.dir()).contains(metaToken));
        auto *list = admin.find<QListWidget>("accounts");
        QTRY_VERIFY_WITH_TIMEOUT(list->count() == 1 &&
                                     list->item(0)->text().contains(QStringLiteral("the team's")),
                                 10000);
        admin.screenshot(QStringLiteral("team-account-admin.png"));

        Settings agent(ana);
        auto *agentList = agent.find<QListWidget>("accounts");
        QTRY_COMPARE_WITH_TIMEOUT(agentList->count(), 1, 10000);
        agentList->setCurrentRow(0);
        auto *note = agent.find<QLabel>("teamAccountNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("only an admin changes it")),
                 qPrintable(note->text()));
        QVERIFY(agent.find<QLineEdit>("field_wabaId")->isReadOnly());
        QCOMPARE(agent.find<QLineEdit>("field_wabaId")->text(), QStringLiteral("102290129340398"));
        QCOMPARE(agent.find<QLineEdit>("field_token")->placeholderText(),
                 QStringLiteral("kept by the team's relay"));
        QVERIFY(!agent.find<QPushButton>("saveAccount")->isEnabled());
        QVERIFY(!agent.find<QPushButton>("disconnectAccount")->isEnabled());
        QVERIFY(!agent.find<QCheckBox>("forTeam")->isVisible());
        // Test connection works with the team's token, which the agent never saw.
        team.graph.script({{QHttpServerResponder::StatusCode::Ok, templatesPage, {}}});
        QTest::mouseClick(agent.find<QPushButton>("testConnection"), Qt::LeftButton);
        auto *tested = agent.find<QLabel>("connectionResult");
        QTRY_VERIFY_WITH_TIMEOUT(tested->text().startsWith(QStringLiteral("Connected to")), 10000);
        QCOMPARE(team.graph.seen().last().authorization, QByteArray("Bearer ") + metaToken);
        agent.screenshot(QStringLiteral("team-account-agent.png"));
    }
};

int main(int argc, char *argv[])
{
    return test::runInKeyringSession(argc, argv, [](int count, char **arguments) {
        QApplication app(count, arguments);
        TestTeamAccounts test;
        return QTest::qExec(&test, count, arguments);
    });
}

#include "tst_teamaccounts.moc"
