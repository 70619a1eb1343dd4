#pragma once

#include "domain/Account.h"
#include "domain/Expected.h"
#include "ports/ProviderApi.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace inbox {

/// One thing Settings asks for to reach a provider's API. Secret fields go to the keychain,
/// the rest into the account's connection (in the cache).
struct ConnectionField
{
    QString key;         ///< "phoneNumberId", "baseUrl", "token"...
    QString label;       ///< in words, translated
    QString placeholder; ///< an example of what goes there
    bool secret = false; ///< stored in the keychain, never shown again
    bool required = true;
};

/// How the UI learns what each provider needs and gets a client for an account, without
/// knowing the providers (implemented in providers/ProviderClients).
struct ProviderConnector
{
    std::function<QList<ConnectionField>(Provider)> fields;
    /// A client from the account's connection and token, or what is missing, in words.
    std::function<Expected<std::unique_ptr<ProviderApi>, QString>(const Account &,
                                                                  const QByteArray &token)>
        connect;
};

/// Where an account's token lives in the keychain.
inline QString accountTokenKey(const QString &accountId)
{
    return QStringLiteral("account/%1/token").arg(accountId);
}

} // namespace inbox
