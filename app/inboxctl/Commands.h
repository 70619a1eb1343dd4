// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace inbox::cli {

/// Runs one inboxctl command line (arguments()[0] is the program). Writes results to `out`,
/// errors to `err`, and returns the exit code: 0 done, 1 failed, 2 wrong usage.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
/// The same on standard output and error.
int run(const QStringList &arguments);

} // namespace inbox::cli
