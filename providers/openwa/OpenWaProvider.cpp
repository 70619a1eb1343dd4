// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenWaProvider.h"

#include "OpenWaClient.h"
#include "OpenWaWebhook.h"
#include "ProviderRegistry.h"

#include <QCoreApplication>

namespace inbox::openwa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::ProviderClients", text);
}

QList<ConnectionField> fields()
{
    return {{QStringLiteral("baseUrl"), tr("open-wa server"),
             QStringLiteral("http://localhost:8002"), false, true},
            {QStringLiteral("token"), tr("API key"), tr("the server's --api-key"), true, true}};
}

} // namespace

ProviderEntry provider()
{
    ProviderCapabilities can = whatsAppCapabilities(false);
    can.readReceipts = true;
    can.reactions = true;
    can.history = true;
    can.phoneSession = true;
    can.sendsPerSecond = 1; // a linked phone: WhatsApp bans numbers that send like a robot
    return {QString::fromLatin1(key),
            QT_TRANSLATE_NOOP("inbox", "open-wa"),
            "open-wa",
            0xE07A1F,
            can,
            &fields,
            secretHeaderGuard(apiKeyHeader, QStringLiteral("API key")),
            &parseWebhook,
            [](QNetworkAccessManager *network, const Account &account, const QByteArray &token) {
                return std::unique_ptr<ProviderApi>(new OpenWaClient(
                    network, OpenWaAccount{QUrl(connectionText(account, "baseUrl")), token}));
            }};
}

} // namespace inbox::openwa
