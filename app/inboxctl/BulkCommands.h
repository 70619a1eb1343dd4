// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace inbox::cli {

/// inboxctl bulk check|send|report: a campaign's eligibility check, its crash-safe send and
/// its results, as JSON lines (see the README for the forms).
int bulkCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The usage lines of the bulk commands.
QString bulkUsage();

} // namespace inbox::cli
