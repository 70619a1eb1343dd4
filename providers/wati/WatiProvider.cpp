// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatiProvider.h"

#include "ProviderRegistry.h"
#include "WatiClient.h"
#include "WatiWebhook.h"

#include <QCoreApplication>

namespace inbox::wati {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::ProviderClients", text);
}

QList<ConnectionField> fields()
{
    return {
        {QStringLiteral("baseUrl"), tr("API endpoint"),
         QStringLiteral("https://live-mt-server.wati.io/123456"), false, true},
        {QStringLiteral("token"), tr("Access token"), tr("from WATI's API Docs page"), true, true}};
}

} // namespace

ProviderEntry provider()
{
    ProviderCapabilities can = whatsAppCapabilities(false);
    can.messagingWindow = true; // WATI sends through the Cloud API
    can.templates = true;
    can.readReceipts = false; // no API for it
    can.reactions = false;
    can.history = true;
    can.contacts = true;
    can.sendsPerSecond = 10; // not published; kept well under what WATI's API has taken
    return {QString::fromLatin1(key),
            QT_TRANSLATE_NOOP("inbox", "WATI"),
            "WATI",
            0x0A9F6E,
            can,
            &fields,
            secretHeaderGuard("X-Webhook-Secret", QStringLiteral("webhook secret")),
            &parseWebhook,
            [](QNetworkAccessManager *network, const Account &account, const QByteArray &token) {
                return std::unique_ptr<ProviderApi>(new WatiClient(
                    network, WatiAccount{.baseUrl = QUrl(connectionText(account, "baseUrl")),
                                         .token = token,
                                         .accountId = account.id}));
            }};
}

} // namespace inbox::wati
