// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/ProviderError.h"

#include <QFuture>
#include <QString>

namespace inbox {

/// The phone behind a WhatsApp Web session (open-wa), as the connect dialog and the status bar
/// show it.
struct PhoneSessionState
{
    QString state;      ///< WhatsApp Web's: CONNECTED, UNPAIRED, OPENING, PAIRING, CONFLICT, ...
    QString qrCode;     ///< "data:image/png;base64,..." while the phone is not linked
    QString hostNumber; ///< E.164, once connected
    int batteryPercent = -1;
    bool plugged = false;

    bool connected() const { return state == QLatin1String("CONNECTED"); }
};

/// What a provider that runs on a linked phone offers: its session, with the QR code to link it.
/// Implemented by the open-wa client; the connect dialog polls it.
class PhoneSession
{
public:
    virtual ~PhoneSession() = default;
    virtual QFuture<Expected<PhoneSessionState, ProviderError>> session() = 0;
};

} // namespace inbox
