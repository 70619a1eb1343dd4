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
};

} // namespace inbox
