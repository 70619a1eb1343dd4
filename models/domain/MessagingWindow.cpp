// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagingWindow.h"

#include <algorithm>

namespace inbox {

MessagingWindow messagingWindow(const QDateTime &lastInbound, const QDateTime &now)
{
    MessagingWindow window;
    if (!lastInbound.isValid() || !now.isValid())
        return window;
    const QDateTime opened = std::min(lastInbound, now);
    window.closesAt = opened.addSecs(MessagingWindow::lengthSeconds);
    const qint64 left = now.secsTo(window.closesAt);
    // secsTo truncates: 0.5 s left is still open.
    window.open = now.msecsTo(window.closesAt) > 0;
    window.secondsLeft = window.open ? std::max<qint64>(left, 0) : 0;
    return window;
}

MessagingWindow messagingWindow(const ProviderCapabilities &provider, const QDateTime &lastInbound,
                                const QDateTime &now)
{
    if (!provider.messagingWindow)
        return {true, {}, 0};
    return messagingWindow(lastInbound, now);
}

} // namespace inbox
