// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnipileProvider.h"

#include "ProviderRegistry.h"
#include "UnipileClient.h"
#include "UnipileWebhook.h"

#include <QCoreApplication>

namespace inbox::unipile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::ProviderClients", text);
}

QList<ConnectionField> fields()
{
    return {{QStringLiteral("baseUrl"), tr("API address (DSN)"),
             QStringLiteral("https://api1.unipile.com:13111/api/v1"), false, true},
            {QStringLiteral("accountId"), tr("UniPile account ID"),
             QStringLiteral("t5XY4yQzR9WVrlNFyzPMhw"), false, true},
            {QStringLiteral("token"), tr("API key"), tr("X-API-KEY from UniPile's dashboard"), true,
             true}};
}

} // namespace

ProviderEntry provider()
{
    ProviderCapabilities can = whatsAppCapabilities(false);
    can.readReceipts = true;
    can.reactions = true;
    can.history = true;
    can.sendsPerSecond = 1; // a linked phone: WhatsApp bans numbers that send like a robot
    return {QString::fromLatin1(key),
            QT_TRANSLATE_NOOP("inbox", "UniPile"),
            "UniPile",
            0x7B4DD6,
            can,
            &fields,
            secretHeaderGuard(secretHeader, QStringLiteral("webhook secret")),
            &parseWebhook,
            [](QNetworkAccessManager *network, const Account &account, const QByteArray &token) {
                return std::unique_ptr<ProviderApi>(new UnipileClient(
                    network, UnipileAccount{QUrl(connectionText(account, "baseUrl")), token,
                                            connectionText(account, "accountId")}));
            }};
}

} // namespace inbox::unipile
