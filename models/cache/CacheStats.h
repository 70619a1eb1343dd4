// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QList>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;

/// What `inboxctl cache stats` prints: the schema version and the rows of every table.
struct CacheStats
{
    int schemaVersion = 0;
    QList<std::pair<QString, qint64>> tableCounts; ///< in schema order
};

QFuture<CacheStats> readCacheStats(const std::shared_ptr<CacheDatabase> &cache);

} // namespace inbox
