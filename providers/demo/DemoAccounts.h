// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace inbox::demo {

/// One of the demo's four accounts, one per provider: what the cache knows of it, where its API
/// is under inbox-sandbox, and the sandbox's published demo credentials. This table is the one
/// place they are written: `inboxctl seed` puts the accounts in the demo cache, `inboxctl relay
/// add-demo` registers them with a relay, the sandbox answers to these credentials, and the app
/// started with `--sandbox` connects them.
struct DemoAccount
{
    Account account;     ///< id, provider, name, number, the relay's id, connection without baseUrl
    QString sandboxPath; ///< where its API is under the sandbox: "/v23.0"
    QByteArray token;    ///< the API token the sandbox accepts
    QByteArray secret;   ///< the webhook secret (Meta: the app secret the body is signed with)
    QByteArray verifyToken; ///< Meta's subscription handshake; empty elsewhere
};

const QList<DemoAccount> &accounts();
/// The demo account on `provider` (every provider has one).
const DemoAccount &accountOn(const QString &providerKey);
/// The accounts as the cache keeps them.
QList<Account> cacheAccounts();
/// The account as the app connects it through the sandbox listening at `sandbox`.
Account throughSandbox(const DemoAccount &demo, const QUrl &sandbox);
/// Where the relay at `relay` takes this account's webhooks.
QUrl webhookUrl(const DemoAccount &demo, const QUrl &relay);

} // namespace inbox::demo
