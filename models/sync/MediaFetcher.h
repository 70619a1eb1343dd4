#pragma once

#include "ports/ProviderApi.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace inbox {

class CacheDatabase;

/// Downloads received pictures into the cache's media folder when the chat shows them, once
/// each: the message's media gets its local file, and the bubble repaints with the picture. A
/// failed download is tried again only after a while, never on every paint.
class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    MediaFetcher(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor, QObject *parent = nullptr);

    /// The message's file is wanted on this computer.
    void fetch(qint64 messageId);

    static constexpr int retryAfterSeconds = 300;

Q_SIGNALS:
    void fetched(qint64 messageId, const QString &localPath);
    void failed(qint64 messageId, const QString &reason);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    ApiLookup m_apiFor;
    QHash<qint64, QDateTime> m_asked; ///< when each message was last asked for
};

} // namespace inbox
