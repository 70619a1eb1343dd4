#include "ProviderClients.h"

#include "meta/MetaClient.h"
#include "openwa/OpenWaClient.h"
#include "unipile/UnipileClient.h"
#include "wati/WatiClient.h"

#include <QCoreApplication>
#include <QUrl>

namespace inbox {

QList<ConnectionField> connectionFields(Provider provider)
{
    switch (provider) {
    case Provider::Meta:
        return {
            {QStringLiteral("phoneNumberId"),
             QCoreApplication::translate("inbox::ProviderClients", "Phone number ID"),
             QStringLiteral("106540352242922"), false, true},
            {QStringLiteral("wabaId"),
             QCoreApplication::translate("inbox::ProviderClients", "WhatsApp Business Account ID"),
             QStringLiteral("102290129340398"), false, true},
            {QStringLiteral("token"),
             QCoreApplication::translate("inbox::ProviderClients", "Access token"),
             QCoreApplication::translate("inbox::ProviderClients",
                                         "a system user's permanent token"),
             true, true},
            {QStringLiteral("baseUrl"),
             QCoreApplication::translate("inbox::ProviderClients", "Graph API address"),
             QStringLiteral("https://graph.facebook.com/v23.0"), false, false}};
    case Provider::Wati:
        return {{QStringLiteral("baseUrl"),
                 QCoreApplication::translate("inbox::ProviderClients", "API endpoint"),
                 QStringLiteral("https://live-mt-server.wati.io/123456"), false, true},
                {QStringLiteral("token"),
                 QCoreApplication::translate("inbox::ProviderClients", "Access token"),
                 QCoreApplication::translate("inbox::ProviderClients", "from WATI's API Docs page"),
                 true, true}};
    case Provider::Unipile:
        return {{QStringLiteral("baseUrl"),
                 QCoreApplication::translate("inbox::ProviderClients", "API address (DSN)"),
                 QStringLiteral("https://api1.unipile.com:13111/api/v1"), false, true},
                {QStringLiteral("accountId"),
                 QCoreApplication::translate("inbox::ProviderClients", "UniPile account ID"),
                 QStringLiteral("t5XY4yQzR9WVrlNFyzPMhw"), false, true},
                {QStringLiteral("token"),
                 QCoreApplication::translate("inbox::ProviderClients", "API key"),
                 QCoreApplication::translate("inbox::ProviderClients",
                                             "X-API-KEY from UniPile's dashboard"),
                 true, true}};
    case Provider::Openwa:
        return {{QStringLiteral("baseUrl"),
                 QCoreApplication::translate("inbox::ProviderClients", "open-wa server"),
                 QStringLiteral("http://localhost:8002"), false, true},
                {QStringLiteral("token"),
                 QCoreApplication::translate("inbox::ProviderClients", "API key"),
                 QCoreApplication::translate("inbox::ProviderClients", "the server's --api-key"),
                 true, true}};
    }
    return {};
}

Expected<std::unique_ptr<ProviderApi>, QString>
makeProviderClient(QNetworkAccessManager *network, const Account &account, const QByteArray &token)
{
    for (const ConnectionField &field : connectionFields(account.provider)) {
        const bool missing = field.secret
                                 ? token.isEmpty()
                                 : account.connection.value(field.key).toString().isEmpty();
        if (field.required && missing)
            return QCoreApplication::translate("inbox::ProviderClients",
                                               "%1 is missing: add it in Settings → Accounts")
                .arg(field.label);
    }
    const auto text = [&account](const char *key) {
        return account.connection.value(QLatin1String(key)).toString().trimmed();
    };
    const QUrl base(text("baseUrl"));
    if (!text("baseUrl").isEmpty() &&
        (!base.isValid() || !base.scheme().startsWith(QLatin1String("http")))) {
        return QCoreApplication::translate("inbox::ProviderClients",
                                           "the address \"%1\" is not an http(s) URL")
            .arg(text("baseUrl"));
    }
    switch (account.provider) {
    case Provider::Meta: {
        MetaAccount meta{text("phoneNumberId"), text("wabaId"), token};
        if (!text("baseUrl").isEmpty())
            meta.graphBase = base;
        return std::unique_ptr<ProviderApi>(new MetaClient(network, meta));
    }
    case Provider::Wati:
        return std::unique_ptr<ProviderApi>(new WatiClient(
            network, WatiAccount{.baseUrl = base, .token = token, .accountId = account.id}));
    case Provider::Unipile:
        return std::unique_ptr<ProviderApi>(
            new UnipileClient(network, UnipileAccount{base, token, text("accountId")}));
    case Provider::Openwa:
        return std::unique_ptr<ProviderApi>(new OpenWaClient(network, OpenWaAccount{base, token}));
    }
    return QCoreApplication::translate("inbox::ProviderClients", "unknown provider");
}

ProviderConnector providerConnector(QNetworkAccessManager *network)
{
    return {&connectionFields, [network](const Account &account, const QByteArray &token) {
                return makeProviderClient(network, account, token);
            }};
}

} // namespace inbox
