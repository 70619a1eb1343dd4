// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderRegistry.h"

#include "meta/MetaProvider.h"
#include "openwa/OpenWaProvider.h"
#include "unipile/UnipileProvider.h"
#include "wati/WatiProvider.h"

#include <QCoreApplication>
#include <QUrl>

namespace inbox {

const QList<ProviderEntry> &providerRegistry()
{
    static const QList<ProviderEntry> registry = {
        meta::provider(),
        wati::provider(),
        unipile::provider(),
        openwa::provider(),
    };
    return registry;
}

ProviderCapabilities whatsAppCapabilities(bool stickers)
{
    constexpr qint64 MiB = 1024 * 1024;
    ProviderCapabilities can;
    can.mediaKinds = {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
                      QStringLiteral("document")};
    can.mediaLimits = {
        .image = 5 * MiB, .video = 16 * MiB, .audio = 16 * MiB, .document = 100 * MiB};
    if (stickers) {
        can.mediaKinds << QStringLiteral("sticker");
        can.mediaLimits.sticker = 500 * 1024;
    }
    return can;
}

QString connectionText(const Account &account, const char *field)
{
    return account.connection.value(QLatin1String(field)).toString().trimmed();
}

const ProviderEntry *findProvider(const QString &key)
{
    for (const ProviderEntry &entry : providerRegistry()) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

QString providerKeysText()
{
    QStringList keys;
    for (const ProviderEntry &entry : providerRegistry())
        keys << entry.key;
    return keys.join(QStringLiteral(", "));
}

ProviderCatalog providerCatalog()
{
    QList<ProviderProfile> profiles;
    for (const ProviderEntry &entry : providerRegistry()) {
        profiles.append(
            {Provider(entry.key), QCoreApplication::translate("inbox", entry.displayName),
             QString::fromUtf8(entry.badge), entry.badgeRgb, entry.can, entry.fields()});
    }
    return ProviderCatalog(std::move(profiles));
}

Expected<std::unique_ptr<ProviderApi>, QString>
makeProviderClient(QNetworkAccessManager *network, const Account &account, const QByteArray &token)
{
    const ProviderEntry *entry = findProvider(account.provider);
    if (!entry) {
        return QCoreApplication::translate("inbox::ProviderRegistry",
                                           "this build does not know the provider \"%1\"")
            .arg(account.provider.key());
    }
    for (const ConnectionField &field : entry->fields()) {
        const bool missing = field.secret
                                 ? token.isEmpty()
                                 : account.connection.value(field.key).toString().isEmpty();
        if (field.required && missing)
            return QCoreApplication::translate("inbox::ProviderClients",
                                               "%1 is missing: add it in Settings → Accounts")
                .arg(field.label);
    }
    const QString baseUrl = connectionText(account, "baseUrl");
    const QUrl base(baseUrl);
    if (!baseUrl.isEmpty() &&
        (!base.isValid() || !base.scheme().startsWith(QLatin1String("http")))) {
        return QCoreApplication::translate("inbox::ProviderClients",
                                           "the address \"%1\" is not an http(s) URL")
            .arg(baseUrl);
    }
    return entry->makeClient(network, account, token);
}

ProviderConnector providerConnector(QNetworkAccessManager *network)
{
    return {[network](const Account &account, const QByteArray &token) {
        return makeProviderClient(network, account, token);
    }};
}

Normaliser providerNormaliser()
{
    return [](const QString &provider,
              const QByteArray &body) -> Expected<QList<ProviderEvent>, QString> {
        if (const ProviderEntry *entry = findProvider(provider))
            return entry->parse(body);
        return QCoreApplication::translate("inbox::ProviderRegistry",
                                           "no normaliser for the provider \"%1\"")
            .arg(provider);
    };
}

} // namespace inbox
