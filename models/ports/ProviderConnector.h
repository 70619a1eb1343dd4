// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Expected.h"
#include "ports/ProviderApi.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace inbox {

/// How the UI gets a client for an account without knowing the providers (the registry's
/// client factories, providers/ProviderRegistry.h). What each provider needs is in its
/// ProviderProfile.
struct ProviderConnector
{
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

/// Where a token the team's relay handed out is kept, when the admin allows it: apart from the
/// agent's own, so signing out removes exactly these.
inline QString teamAccountTokenKey(const QString &accountId)
{
    return QStringLiteral("team-account/%1/token").arg(accountId);
}

} // namespace inbox
