// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Provider.h"

#include <QJsonObject>
#include <QString>

namespace inbox {

/// One WhatsApp business number on one provider. Its token lives in the keychain, never here.
struct Account
{
    QString id;
    Provider provider;
    QString displayName;
    QString businessPhone; ///< E.164
    /// The id the relay knows the account by: Meta's phone number id, or the id an admin gave
    /// other providers' accounts with inboxctl relay add-account.
    QString relayAccount{};
    /// How the provider's API is reached, without secrets: {"baseUrl", "phoneNumberId",
    /// "wabaId", ...} as the provider needs (see providers/ProviderRegistry.h). Empty: this
    /// desktop has no connection to the account (it still shows its conversations).
    QJsonObject connection{};
    /// The organisation whose relay hands out this account's connection and token (set up once
    /// by an admin for the whole team); empty when it was set up on this desktop.
    QString managedBy{};
};

} // namespace inbox
