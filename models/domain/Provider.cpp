#include "Provider.h"

#include <QCoreApplication>

namespace inbox {

QString providerKey(Provider provider)
{
    switch (provider) {
    case Provider::Meta:
        return QStringLiteral("meta");
    case Provider::Wati:
        return QStringLiteral("wati");
    case Provider::Unipile:
        return QStringLiteral("unipile");
    case Provider::Openwa:
        return QStringLiteral("openwa");
    }
    Q_UNREACHABLE();
}

ProviderCapabilities capabilitiesOf(Provider provider)
{
    switch (provider) {
    case Provider::Meta:
        return {.messagingWindow = true, .templates = true, .readReceipts = true};
    case Provider::Wati:
        return {.messagingWindow = true, .templates = true, .readReceipts = false};
    case Provider::Unipile:
    case Provider::Openwa:
        return {.messagingWindow = false, .templates = false, .readReceipts = true};
    }
    Q_UNREACHABLE();
}

std::optional<Provider> providerFromKey(const QString &key)
{
    for (Provider provider : allProviders) {
        if (providerKey(provider) == key)
            return provider;
    }
    return std::nullopt;
}

QString providerDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::Meta:
        return QCoreApplication::translate("inbox", "Meta Cloud API");
    case Provider::Wati:
        return QCoreApplication::translate("inbox", "WATI");
    case Provider::Unipile:
        return QCoreApplication::translate("inbox", "UniPile");
    case Provider::Openwa:
        return QCoreApplication::translate("inbox", "open-wa");
    }
    Q_UNREACHABLE();
}

} // namespace inbox
