// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetaProvider.h"

#include "MetaClient.h"
#include "MetaWebhook.h"
#include "ProviderRegistry.h"

#include <QCoreApplication>

namespace inbox::meta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::ProviderClients", text);
}

QList<ConnectionField> fields()
{
    return {{QStringLiteral("phoneNumberId"), tr("Phone number ID"),
             QStringLiteral("106540352242922"), false, true},
            {QStringLiteral("wabaId"), tr("WhatsApp Business Account ID"),
             QStringLiteral("102290129340398"), false, true},
            {QStringLiteral("token"), tr("Access token"), tr("a system user's permanent token"),
             true, true},
            {QStringLiteral("baseUrl"), tr("Graph API address"),
             QStringLiteral("https://graph.facebook.com/v23.0"), false, false}};
}

WebhookGuard guard()
{
    WebhookGuard guard;
    guard.header = "X-Hub-Signature-256";
    guard.secretName = QStringLiteral("app secret");
    guard.sign = [](const QByteArray &body, const QByteArray &secret) {
        return signatureHeader(body, secret);
    };
    guard.check = [](const QByteArray &header, const QByteArray &body,
                     const QByteArray &secret) -> std::optional<QString> {
        const SignatureCheck check = verifySignature(body, header, secret);
        if (check == SignatureCheck::Valid)
            return std::nullopt;
        return check == SignatureCheck::Missing
                   ? QCoreApplication::translate("inbox::WebhookGuard",
                                                 "X-Hub-Signature-256 is missing")
                   : QCoreApplication::translate("inbox::WebhookGuard",
                                                 "X-Hub-Signature-256 does not match the body");
    };
    guard.handshake = [](const QUrlQuery &query, const QByteArray &verifyToken) {
        return handshakeChallenge(query, QString::fromUtf8(verifyToken));
    };
    return guard;
}

} // namespace

ProviderEntry provider()
{
    ProviderCapabilities can = whatsAppCapabilities(true);
    can.messagingWindow = true;
    can.templates = true;
    can.templateAdmin = true;
    can.templateHeaderAndButtons = true;
    can.readReceipts = true;
    can.reactions = true;
    can.history = false; // the Cloud API keeps no history to page
    can.contacts = false;
    can.sendsPerSecond = 80; // the Cloud API's default throughput per number
    return {QString::fromLatin1(key),
            QT_TRANSLATE_NOOP("inbox", "Meta Cloud API"),
            "Meta",
            0x1877F2,
            can,
            &fields,
            guard(),
            &parseWebhook,
            [](QNetworkAccessManager *network, const Account &account, const QByteArray &token) {
                MetaAccount meta{connectionText(account, "phoneNumberId"),
                                 connectionText(account, "wabaId"), token};
                if (!connectionText(account, "baseUrl").isEmpty())
                    meta.graphBase = QUrl(connectionText(account, "baseUrl"));
                return std::unique_ptr<ProviderApi>(new MetaClient(network, meta));
            }};
}

} // namespace inbox::meta
