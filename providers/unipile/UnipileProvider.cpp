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
    constexpr qint64 MiB = 1024 * 1024;
    ProviderCapabilities can;
    can.readReceipts = true;
    can.reactions = true;
    can.history = true;
    can.sendsPerSecond = 1; // a linked phone: WhatsApp bans numbers that send like a robot
    can.mediaKinds = {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
                      QStringLiteral("document")};
    can.mediaLimits = {
        .image = 5 * MiB, .video = 16 * MiB, .audio = 16 * MiB, .document = 100 * MiB};
    return {QString::fromLatin1(key),
            QT_TRANSLATE_NOOP("inbox", "UniPile"),
            "UniPile",
            0x7B4DD6,
            can,
            &fields,
            secretHeaderGuard(secretHeader, QStringLiteral("webhook secret")),
            &parseWebhook,
            [](QNetworkAccessManager *network, const Account &account, const QByteArray &token) {
                const auto text = [&account](const char *field) {
                    return account.connection.value(QLatin1String(field)).toString().trimmed();
                };
                return std::unique_ptr<ProviderApi>(new UnipileClient(
                    network, UnipileAccount{QUrl(text("baseUrl")), token, text("accountId")}));
            }};
}

} // namespace inbox::unipile
