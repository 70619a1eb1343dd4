// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAccounts.h"

#include "meta/MetaProvider.h"
#include "openwa/OpenWaProvider.h"
#include "unipile/UnipileProvider.h"
#include "wati/WatiProvider.h"

#include <QJsonObject>

namespace inbox::demo {

const QList<DemoAccount> &accounts()
{
    // The relay ids are what the providers put in webhook URLs: Meta's phone number id, and the
    // account ids the others are registered under.
    static const QList<DemoAccount> table = {
        {{QStringLiteral("meta-store"), meta::id(), QStringLiteral("Acme Store"),
          QStringLiteral("+14155550100"), QStringLiteral("106540352242922"),
          QJsonObject{{QStringLiteral("phoneNumberId"), QStringLiteral("106540352242922")},
                      {QStringLiteral("wabaId"), QStringLiteral("102290129340398")}}},
         QStringLiteral("/v23.0"),
         "sandbox-meta-token",
         "sandbox-meta-app-secret",
         "sandbox-verify-token"},
        {{QStringLiteral("wati-support"),
          wati::id(),
          QStringLiteral("Acme Support"),
          QStringLiteral("+5511940000000"),
          QStringLiteral("wati-support"),
          {}},
         QStringLiteral("/4321"), // WATI's tenant id is the first step of its API endpoint
         "sandbox-wati-token",
         "sandbox-wati-secret",
         {}},
        {{QStringLiteral("unipile-sales"), unipile::id(), QStringLiteral("Acme Sales"),
          QStringLiteral("+442071838750"), QStringLiteral("unipile-sales"),
          QJsonObject{{QStringLiteral("accountId"), QStringLiteral("unipile-sales")}}},
         QStringLiteral("/unipile/api/v1"),
         "sandbox-unipile-key",
         "sandbox-unipile-secret",
         {}},
        // open-wa posts its webhooks with the server's API key.
        {{QStringLiteral("openwa-bistro"),
          openwa::id(),
          QStringLiteral("Bistro Bot"),
          QStringLiteral("+573001112233"),
          QStringLiteral("openwa-bistro"),
          {}},
         QStringLiteral("/openwa"),
         "sandbox-openwa-key",
         "sandbox-openwa-key",
         {}},
    };
    return table;
}

const DemoAccount &accountOn(const QString &providerKey)
{
    for (const DemoAccount &demo : accounts()) {
        if (demo.account.provider.key() == providerKey)
            return demo;
    }
    Q_UNREACHABLE(); // every provider in the registry has a demo account (tst_registry)
}

QList<Account> cacheAccounts()
{
    QList<Account> list;
    for (const DemoAccount &demo : accounts()) {
        Account account = demo.account;
        account.connection = {}; // the seeded cache is not connected: Settings or --sandbox do it
        list << account;
    }
    return list;
}

Account throughSandbox(const DemoAccount &demo, const QUrl &sandbox)
{
    Account account = demo.account;
    QUrl base = sandbox;
    base.setPath(demo.sandboxPath);
    account.connection.insert(QStringLiteral("baseUrl"), base.toString());
    return account;
}

QUrl webhookUrl(const DemoAccount &demo, const QUrl &relay)
{
    QUrl url = relay;
    url.setPath(QStringLiteral("/webhooks/%1/%2")
                    .arg(demo.account.provider.key(), demo.account.relayAccount));
    return url;
}

} // namespace inbox::demo
