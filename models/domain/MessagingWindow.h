// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Provider.h"

#include <QDateTime>

namespace inbox {

/// WhatsApp's customer-service window: free-form messages are allowed for 24 hours after the
/// customer's last inbound message; outside it only an approved template may be sent.
struct MessagingWindow
{
    bool open = false;
    QDateTime closesAt;     ///< invalid when the customer never wrote
    qint64 secondsLeft = 0; ///< 0 when closed

    static constexpr qint64 lengthSeconds = 24 * 60 * 60;
};

/// The window as it stands at `now`. It is open while now < lastInbound + 24 h; an inbound time
/// in the future (a skewed clock) counts as now, so the window never lasts longer than 24 h.
MessagingWindow messagingWindow(const QDateTime &lastInbound, const QDateTime &now);
/// The same for a conversation on a provider that can do `provider`: always open, with no
/// closing time, where the provider has no window (open-wa, UniPile).
MessagingWindow messagingWindow(const ProviderCapabilities &provider, const QDateTime &lastInbound,
                                const QDateTime &now);

} // namespace inbox
