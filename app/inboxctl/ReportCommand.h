// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace inbox::cli {

/// inboxctl report --cache PATH --from DATE --to DATE [--by agent|account|provider|day]
/// [--csv FILE]: the team's figures from the cache as JSON lines (a line per group, then the
/// total), the same figures Inbox → Reports shows.
int reportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
QString reportUsage();

} // namespace inbox::cli
