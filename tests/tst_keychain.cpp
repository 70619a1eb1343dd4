// The keychain against a real Secret Service: the test runs in its own D-Bus session with an
// unlocked gnome-keyring (see KeyringSession.h).
#include "KeyringSession.h"
#include "keychain/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTest>

using namespace inbox;

namespace {

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
    return test::runInKeyringSession(argc, argv, [](int argc, char **argv) {
        QCoreApplication app(argc, argv);
        TestKeychain test;
        return QTest::qExec(&test, argc, argv);
    });
}

#include "tst_keychain.moc"
