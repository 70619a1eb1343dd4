// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <QString>

namespace inbox {

/// One line that stands for a message in the conversation list: its text, or what it is
/// ("Photo", "Voice message", "Location") with the caption when there is one.
QString previewLine(MessageKind kind, const QString &text);

} // namespace inbox
