// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace inbox::cli {

/// `inboxctl webhook parse --provider P [FILE|-]` and
/// `inboxctl webhook sign --provider meta --secret S [FILE|-]`.
int webhookCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace inbox::cli
