#pragma once

#include "Provider.h"

#include <QString>

namespace inbox {

/// One WhatsApp business number on one provider. Its token lives in the keychain, never here.
struct Account
{
    QString id;
    Provider provider = Provider::Meta;
    QString displayName;
    QString businessPhone; ///< E.164
    /// The id the relay knows the account by: Meta's phone number id, or the id an admin gave
    /// other providers' accounts with inboxctl relay add-account.
    QString relayAccount{};
};

} // namespace inbox
