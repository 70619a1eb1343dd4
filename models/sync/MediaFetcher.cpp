#include "MediaFetcher.h"

#include "cache/CacheDatabase.h"
#include "cache/MessageStore.h"
#include "itemmodels/WhenReady.h"
#include "ports/ProviderApi.h"

#include <QCoreApplication>

namespace inbox {

MediaFetcher::MediaFetcher(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_apiFor(std::move(apiFor))
{}

void MediaFetcher::fetch(qint64 messageId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto asked = m_asked.constFind(messageId);
        asked != m_asked.cend() && asked->secsTo(now) < retryAfterSeconds) {
        return;
    }
    m_asked.insert(messageId, now);
    whenReady(
        MessageStore(m_cache).byIds({messageId}), this,
        [this, messageId](const QList<Message> &messages) {
            if (messages.isEmpty() || !messages.first().media)
                return;
            const Message message = messages.first();
            const std::shared_ptr<ProviderApi> api = m_apiFor(message.accountId);
            if (!api) {
                Q_EMIT failed(messageId, QCoreApplication::translate(
                                             "inbox::MediaFetcher",
                                             "the account %1 is not connected on this computer")
                                             .arg(message.accountId));
                return;
            }
            api->downloadMedia(message.providerMessageId, *message.media, m_cache->mediaFolder())
                .then(this,
                      [this, messageId, api](const Expected<MediaInfo, ProviderError> &media) {
                          if (!media) {
                              Q_EMIT failed(messageId, media.error().message());
                              return;
                          }
                          whenReady(
                              MessageStore(m_cache).setMedia(messageId, media.value()), this,
                              [this, messageId, path = media->localPath] {
                                  Q_EMIT fetched(messageId, path);
                              },
                              [this, messageId](const CacheError &error) {
                                  Q_EMIT failed(messageId, error.message());
                              });
                      });
        },
        [this, messageId](const CacheError &error) { Q_EMIT failed(messageId, error.message()); });
}

} // namespace inbox
