// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace inbox {

/// WhatsApp's formatting as HTML for the chat view: *bold*, _italic_, ~strike~, ```mono```
/// and links made clickable. Everything else is escaped, so a message can never inject markup.
/// Markers count only at word edges, as in WhatsApp ("2*3*4" stays as typed).
QString whatsAppToHtml(const QString &text);

/// The same text without the formatting marks, for one-line previews ("*1234*" -> "1234").
QString whatsAppToPlain(const QString &text);

} // namespace inbox
