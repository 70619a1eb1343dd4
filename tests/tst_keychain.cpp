// The keychain against a real Secret Service. The test starts its own: it runs itself again
// inside `dbus-run-session` with a fresh HOME and an unlocked gnome-keyring (an empty password
// leaves no login collection, so it unlocks with one), and reports that run's result.
#include "keychain/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

namespace {

constexpr char insideSession[] = "INBOX_TEST_KEYCHAIN_SESSION";

template<class T>
T waitFor(QFuture<T> future)
{
    // The keychain's jobs report through this thread's event loop.
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 10000))
        qFatal("the keychain did not answer within 10 s");
    if constexpr (!std::is_void_v<T>)
        return future.result();
    else
        future.waitForFinished();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadOverwriteRemove()
    {
        KeychainSecretStore store(QStringLiteral("inbox-test"));
        const QString key = QStringLiteral("account/meta-store/token");
        QCOMPARE(waitFor(store.read(key)), std::nullopt);

        const QByteArray token = QByteArrayLiteral("EAAG\x00\xffz-token-\xc3\xa9");
        waitFor(store.write(key, token));
        QCOMPARE(waitFor(store.read(key)), std::optional<QByteArray>(token));

        waitFor(store.write(key, "rotated"));
        QCOMPARE(waitFor(store.read(key)), std::optional<QByteArray>("rotated"));

        // Another key is another secret.
        waitFor(store.write(QStringLiteral("relay/agent-token"), "agent"));
        QCOMPARE(waitFor(store.read(key)), std::optional<QByteArray>("rotated"));

        waitFor(store.remove(key));
        QCOMPARE(waitFor(store.read(key)), std::nullopt);
        waitFor(store.remove(key)); // removing again is fine
        QCOMPARE(waitFor(store.read(QStringLiteral("relay/agent-token"))),
                 std::optional<QByteArray>("agent"));
    }

    void secretsSurviveANewStoreObject()
    {
        {
            KeychainSecretStore store(QStringLiteral("inbox-test"));
            waitFor(store.write(QStringLiteral("account/wati/token"), "persisted"));
        }
        KeychainSecretStore again(QStringLiteral("inbox-test"));
        QCOMPARE(waitFor(again.read(QStringLiteral("account/wati/token"))),
                 std::optional<QByteArray>("persisted"));
        // A different service does not see it.
        KeychainSecretStore other(QStringLiteral("inbox-other"));
        QCOMPARE(waitFor(other.read(QStringLiteral("account/wati/token"))), std::nullopt);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(insideSession)) {
        QCoreApplication app(argc, argv);
        TestKeychain test;
        return QTest::qExec(&test, argc, argv);
    }

    QCoreApplication app(argc, argv);
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbus.isEmpty() || keyring.isEmpty()) {
        qCritical("tst_keychain needs dbus-run-session and gnome-keyring-daemon (Debian packages "
                  "dbus and gnome-keyring; .ci/setup installs them)");
        return 1;
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QString::fromLatin1(insideSession), QStringLiteral("1"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess session;
    session.setProcessEnvironment(env);
    session.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString script = QStringLiteral(
        "eval \"$(printf pw | gnome-keyring-daemon --unlock --components=secrets)\" && "
        "export GNOME_KEYRING_CONTROL && exec \"$0\" \"$@\"");
    session.start(dbus,
                  QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                              script, QCoreApplication::applicationFilePath()} +
                      arguments);
    if (!session.waitForFinished(120000)) {
        qCritical("the test's D-Bus session did not finish in time");
        return 1;
    }
    return session.exitStatus() == QProcess::NormalExit ? session.exitCode() : 1;
}

#include "tst_keychain.moc"
