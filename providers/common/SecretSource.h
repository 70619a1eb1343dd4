// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"

#include <QByteArray>
#include <QString>

namespace inbox {

/// A secret as a command takes it without it ever being on the command line (where `ps` and the
/// shell's history show it): from a file (its first line, so an editor's final newline does not
/// count), or from an environment variable. `value` is the command-line form, kept for scripts
/// that already use it; when more than one is given, the file wins, then the environment.
/// Nothing at all gives an empty secret; a file that cannot be read, an error in words.
Expected<QByteArray, QString> secretFrom(const QString &file, const char *environment,
                                         const QString &value = {});

} // namespace inbox
