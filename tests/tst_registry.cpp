// SPDX-License-Identifier: GPL-3.0-or-later
// The provider registry: every provider's entry is whole, its webhook guard lets in what the
// provider sends and nothing else, its normaliser refuses what is not its own, it has a demo
// account the sandbox answers to, and no code outside providers/ names a provider.
#include "ProviderRegistry.h"
#include "demo/DemoAccounts.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace inbox;

class TestRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsWhole()
    {
        QSet<QString> keys;
        for (const ProviderEntry &entry : providerRegistry()) {
            QVERIFY2(!entry.key.isEmpty() && !keys.contains(entry.key), qPrintable(entry.key));
            keys.insert(entry.key);
            QCOMPARE(findProvider(entry.key), &entry);
            QVERIFY(qstrlen(entry.displayName) > 0 && qstrlen(entry.badge) > 0);
            QVERIFY(entry.parse && entry.makeClient && entry.webhook.check);
            QVERIFY(!entry.webhook.header.isEmpty());
            // Exactly one field is the token, which goes to the keychain.
            int secrets = 0;
            for (const ConnectionField &field : entry.fields())
                secrets += field.secret ? 1 : 0;
            QCOMPARE(secrets, 1);
            // What can be sent has a limit.
            QVERIFY(!entry.can.mediaKinds.isEmpty());
            QVERIFY(entry.can.mediaLimits.image > 0 && entry.can.mediaLimits.document > 0);
            QVERIFY(entry.can.sendsPerSecond > 0);
            // Only a provider with templates can administer them.
            QVERIFY(!entry.can.templateAdmin || entry.can.templates);
        }
        QCOMPARE(keys.size(), 4);
        QCOMPARE(findProvider(QStringLiteral("telegram")), nullptr);
    }

    void theCatalogIsTheRegistry()
    {
        const ProviderCatalog catalog = providerCatalog();
        QCOMPARE(catalog.profiles().size(), providerRegistry().size());
        for (const ProviderEntry &entry : providerRegistry()) {
            const ProviderProfile *profile = catalog.find(Provider(entry.key));
            QVERIFY(profile);
            QCOMPARE(profile->can.messagingWindow, entry.can.messagingWindow);
            QCOMPARE(profile->can.readReceipts, entry.can.readReceipts);
            QCOMPARE(profile->fields.size(), entry.fields().size());
        }
        // A key this build does not know: no capabilities, and shown as itself.
        QCOMPARE(catalog.capabilitiesOf(Provider(QStringLiteral("telegram"))).templates, false);
        QCOMPARE(catalog.displayName(Provider(QStringLiteral("telegram"))),
                 QStringLiteral("telegram"));
    }

    void eachGuardLetsInOnlyWhatItsProviderSends()
    {
        const QByteArray body = R"({"object":"whatsapp_business_account","entry":[]})";
        for (const ProviderEntry &entry : providerRegistry()) {
            const WebhookGuard &guard = entry.webhook;
            const QByteArray secret = "s3cret-" + entry.key.toUtf8();
            const QByteArray right = guard.signsBody() ? guard.sign(body, secret) : secret;
            QVERIFY2(!guard.check(right, body, secret), qPrintable(entry.key));
            const auto wrong = guard.check("nope", body, secret);
            QVERIFY2(wrong && !wrong->isEmpty(), qPrintable(entry.key));
            QVERIFY(guard.check({}, body, secret));
            // No secret configured: nothing passes, not even an empty header.
            QVERIFY(guard.check({}, body, {}));
            if (guard.signsBody()) // the signature covers the body
                QVERIFY(guard.check(right, body + ' ', secret));
        }
    }

    void eachNormaliserRefusesWhatIsNotItsOwnInWords()
    {
        for (const ProviderEntry &entry : providerRegistry()) {
            const auto read = entry.parse("[1, 2, 3]");
            QVERIFY2(!read, qPrintable(entry.key));
            QVERIFY(!read.error().isEmpty());
            QVERIFY(!entry.parse("not json"));
        }
        const auto unknown = providerNormaliser()(QStringLiteral("telegram"), "{}");
        QVERIFY(!unknown);
        QVERIFY(unknown.error().contains(QStringLiteral("telegram")));
    }

    void everyProviderHasADemoAccountTheAppCanConnect()
    {
        QNetworkAccessManager network;
        QSet<QString> ids;
        for (const ProviderEntry &entry : providerRegistry()) {
            const demo::DemoAccount &demo = demo::accountOn(entry.key);
            QCOMPARE(demo.account.provider.key(), entry.key);
            QVERIFY(!demo.token.isEmpty() && !demo.secret.isEmpty());
            QCOMPARE(!demo.verifyToken.isEmpty(), entry.webhook.hasHandshake());
            ids.insert(demo.account.id);
            const Account connected =
                demo::throughSandbox(demo, QUrl(QStringLiteral("http://127.0.0.1:8090")));
            QVERIFY(connected.connection.value(QStringLiteral("baseUrl"))
                        .toString()
                        .startsWith(QStringLiteral("http://127.0.0.1:8090/")));
            const auto client = makeProviderClient(&network, connected, demo.token);
            QVERIFY2(client, client ? "" : qPrintable(client.error()));
            QCOMPARE(demo::webhookUrl(demo, QUrl(QStringLiteral("http://relay:1"))).path(),
                     QStringLiteral("/webhooks/%1/%2").arg(entry.key, demo.account.relayAccount));
        }
        QCOMPARE(ids.size(), providerRegistry().size());
        // The cache's copies carry no connection: seeding connects nothing.
        for (const Account &account : demo::cacheAccounts())
            QVERIFY(account.connection.isEmpty());
    }

    void aMissingFieldOrAnUnknownProviderIsSaidInWords()
    {
        QNetworkAccessManager network;
        Account account = demo::accountOn(providerRegistry().first().key).account;
        const auto noToken = makeProviderClient(&network, account, {});
        QVERIFY(!noToken);
        QVERIFY(noToken.error().contains(QStringLiteral("missing")));
        account.provider = Provider(QStringLiteral("telegram"));
        const auto unknown = makeProviderClient(&network, account, "token");
        QVERIFY(!unknown);
        QVERIFY(unknown.error().contains(QStringLiteral("telegram")));
    }

    /// Adding a provider is one folder and one registry line: outside providers/ (and the
    /// sandbox's fakes, which name what they fake by the providers' key constants), no code
    /// writes a provider's key or compares against one.
    void noCodeOutsideTheRegistryNamesAProvider()
    {
        QStringList keys;
        for (const ProviderEntry &entry : providerRegistry())
            keys << QRegularExpression::escape(entry.key);
        const QRegularExpression named(QStringLiteral("\"(%1)\"").arg(keys.join(QLatin1Char('|'))));
        QStringList found;
        for (const char *folder : {"app", "models", "ui"}) {
            QDirIterator files(QStringLiteral(INBOX_SOURCE_DIR "/") + QLatin1String(folder),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                int line = 0;
                for (const QByteArray &text : file.readAll().split('\n')) {
                    ++line;
                    const QString code =
                        QString::fromUtf8(text).section(QStringLiteral("//"), 0, 0);
                    if (named.match(code).hasMatch())
                        found << QStringLiteral("%1:%2: %3")
                                     .arg(file.fileName())
                                     .arg(line)
                                     .arg(code.trimmed());
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
