// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace inbox::schema {

/// The schema version this build writes; a file with a higher user_version is refused.
int latestVersion();

/// Runs every migration above the file's version, each in its own transaction, up to `target`
/// (the latest by default; tests stop earlier to build old files). Throws CacheError.
void migrate(QSqlDatabase &db, int target = -1);

/// Reads PRAGMA user_version.
int versionOf(const QSqlDatabase &db);

} // namespace inbox::schema
