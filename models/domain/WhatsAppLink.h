// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace inbox {

/// A click-to-chat link: https://wa.me/5511987654321?text=Oi, https://api.whatsapp.com/send?
/// phone=..., or whatsapp://send?phone=...
struct WhatsAppLink
{
    QString phone; ///< canonical E.164
    QString text;  ///< what the link proposes to write, or empty
};

/// The number and text of a click-to-chat link; none when `url` is not one or its number is not
/// a valid phone number.
std::optional<WhatsAppLink> whatsAppLinkOf(const QUrl &url);

} // namespace inbox
