// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ProviderApi.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace inbox {

class CacheDatabase;

/// Downloads a received file into the cache's media folder, once: when the chat shows a picture,
/// or when the agent asks for a video, a voice message or a document. The message's media gets
/// its local file, and the bubble repaints. A file already on this computer is not fetched
/// again; a failed download is tried again when the agent asks, or after a while, never on
/// every paint.
class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    MediaFetcher(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor, QObject *parent = nullptr);

    /// The message's file is wanted on this computer (`asked`: the agent clicked for it, so a
    /// recent failure does not hold it back).
    void fetch(qint64 messageId, bool asked = false);

    static constexpr int retryAfterSeconds = 300;

Q_SIGNALS:
    /// A download began (a file already here is not downloaded again).
    void started(qint64 messageId);
    void fetched(qint64 messageId, const QString &localPath);
    void failed(qint64 messageId, const QString &reason);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    ApiLookup m_apiFor;
    QHash<qint64, QDateTime> m_asked; ///< when each message was last asked for
    QSet<qint64> m_busy;              ///< downloads under way
};

} // namespace inbox
