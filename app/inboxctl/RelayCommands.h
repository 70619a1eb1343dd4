// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace inbox::cli {

/// `inboxctl relay --data DIR add-org|add-account|add-agent|revoke-agent|list ...`: the relay's
/// organisations, provider accounts and agents.
int relayCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace inbox::cli
