// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain against a real Secret Service: the test runs in its own D-Bus session with an
// unlocked gnome-keyring (see KeyringSession.h).
#include "KeyringSession.h"
#include "keychain/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTest>

using namespace inbox;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadOverwriteRemove()
    {
        KeychainSecretStore store(QStringLiteral("inbox-test"));
        const QString key = QStringLiteral("account/meta-store/token");
        QCOMPARE(test::waitForKeychain(store.read(key)), std::nullopt);

        const QByteArray token = QByteArrayLiteral("EAAG\x00\xffz-token-\xc3\xa9");
        test::waitForKeychain(store.write(key, token));
        QCOMPARE(test::waitForKeychain(store.read(key)), std::optional<QByteArray>(token));

        test::waitForKeychain(store.write(key, "rotated"));
        QCOMPARE(test::waitForKeychain(store.read(key)), std::optional<QByteArray>("rotated"));

        // Another key is another secret.
        test::waitForKeychain(store.write(QStringLiteral("relay/agent-token"), "agent"));
        QCOMPARE(test::waitForKeychain(store.read(key)), std::optional<QByteArray>("rotated"));

        test::waitForKeychain(store.remove(key));
        QCOMPARE(test::waitForKeychain(store.read(key)), std::nullopt);
        test::waitForKeychain(store.remove(key)); // removing again is fine
        QCOMPARE(test::waitForKeychain(store.read(QStringLiteral("relay/agent-token"))),
                 std::optional<QByteArray>("agent"));
    }

    void secretsSurviveANewStoreObject()
    {
        {
            KeychainSecretStore store(QStringLiteral("inbox-test"));
            test::waitForKeychain(store.write(QStringLiteral("account/wati/token"), "persisted"));
        }
        KeychainSecretStore again(QStringLiteral("inbox-test"));
        QCOMPARE(test::waitForKeychain(again.read(QStringLiteral("account/wati/token"))),
                 std::optional<QByteArray>("persisted"));
        // A different service does not see it.
        KeychainSecretStore other(QStringLiteral("inbox-other"));
        QCOMPARE(test::waitForKeychain(other.read(QStringLiteral("account/wati/token"))),
                 std::nullopt);
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
