// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheDatabase.h"
#include "domain/Message.h"

#include <QTemporaryDir>

#include <memory>

namespace inbox::test {

/// A fresh cache file in its own temporary folder, removed with the object.
class TempCache
{
public:
    TempCache();
    std::shared_ptr<CacheDatabase> db() const { return m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("cache.db")); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<CacheDatabase> m_db;
};

/// Runs `statement` on the cache's thread and returns the first column of the first row.
QVariant scalar(CacheDatabase &db, const QString &statement);

/// An account, and a conversation with a customer on it, ready for messages.
qint64 makeConversation(CacheDatabase &db, const QString &accountId, const QString &phone,
                        const QString &name, const QDateTime &at);

} // namespace inbox::test

namespace inbox::test {

/// A message ready to insert; outbound ones start QUEUED.
Message message(qint64 conversationId, const QString &accountId, const QString &providerId,
                Direction direction, const QString &text, const QDateTime &at);

} // namespace inbox::test
