// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/WebhookGuard.h"
#include "domain/Account.h"
#include "domain/Expected.h"
#include "domain/Provider.h"
#include "domain/ProviderEvent.h"
#include "ports/ProviderApi.h"
#include "ports/ProviderConnector.h"
#include "sync/SyncEngine.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace inbox {

/// Everything the inbox knows of one provider, in one place: each provider's folder gives its
/// entry (meta/MetaProvider.h, ...) and ProviderRegistry.cpp lists them. The relay, the desktop,
/// inboxctl, the sync engine and the screens ask the registry; nothing else compares names.
struct ProviderEntry
{
    QString key;             ///< "meta": in the cache, on the wire, in webhook URLs
    const char *displayName; ///< in words, translated in the "inbox" context
    const char *badge;       ///< the chip on a conversation: "Meta"
    quint32 badgeRgb;
    ProviderCapabilities can;
    /// What Settings asks for, translated when called.
    std::function<QList<ConnectionField>()> fields;
    WebhookGuard webhook;
    /// The pure normaliser: a webhook body into domain events, or why it is not this
    /// provider's.
    std::function<Expected<QList<ProviderEvent>, QString>(const QByteArray &body)> parse;
    /// A client for an account whose required fields are all there.
    std::function<std::unique_ptr<ProviderApi>(QNetworkAccessManager *network,
                                               const Account &account, const QByteArray &token)>
        makeClient;
};

/// What WhatsApp itself carries whatever the provider: the media kinds and their size limits
/// (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media), stickers only
/// where the provider sends them. Each entry starts from it.
ProviderCapabilities whatsAppCapabilities(bool stickers);
/// An account's connection field, trimmed ("baseUrl").
QString connectionText(const Account &account, const char *field);

/// Every provider this build serves, in the order a person sees them.
const QList<ProviderEntry> &providerRegistry();
/// The entry for `key`, or null for a key this build does not know.
const ProviderEntry *findProvider(const QString &key);
inline const ProviderEntry *findProvider(const Provider &provider)
{
    return findProvider(provider.key());
}
/// The keys, "meta, wati, ..." for a message that lists them.
QString providerKeysText();

/// The registry as the rules and the screens see it, translated now.
ProviderCatalog providerCatalog();

/// A client for the account from its connection and token, or what is missing, in words.
Expected<std::unique_ptr<ProviderApi>, QString>
makeProviderClient(QNetworkAccessManager *network, const Account &account, const QByteArray &token);
/// The same, for the UI: clients made on `network`.
ProviderConnector providerConnector(QNetworkAccessManager *network);

/// Every provider's normaliser, by the relay event's provider key.
Normaliser providerNormaliser();

} // namespace inbox
