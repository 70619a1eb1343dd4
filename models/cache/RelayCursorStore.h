// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;

/// Where this desktop stands in the relay's event stream, one cursor per organisation. The sync
/// engine writes it in the same transaction as the events it covers.
class RelayCursorStore
{
public:
    explicit RelayCursorStore(std::shared_ptr<CacheDatabase> cache);

    static void setIn(QSqlDatabase &db, const QString &org, qint64 cursor);
    /// 0 when nothing was received yet.
    QFuture<qint64> cursor(const QString &org);
    /// The organisation this cache last followed and its cursor; ("", 0) when none yet.
    QFuture<std::pair<QString, qint64>> last();

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
