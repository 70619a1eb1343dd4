// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaFetcher.h"

#include "cache/CacheDatabase.h"
#include "cache/MessageStore.h"
#include "itemmodels/WhenReady.h"
#include "ports/ProviderApi.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace inbox {

MediaFetcher::MediaFetcher(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_apiFor(std::move(apiFor))
{}

void MediaFetcher::fetch(qint64 messageId, bool asked)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_busy.contains(messageId))
        return;
    if (const auto last = m_asked.constFind(messageId);
        !asked && last != m_asked.cend() && last->secsTo(now) < retryAfterSeconds) {
        return;
    }
    m_asked.insert(messageId, now);
    m_busy.insert(messageId);
    whenReady(
        MessageStore(m_cache).byIds({messageId}), this,
        [this, messageId](const QList<Message> &messages) {
            if (messages.isEmpty() || !messages.first().media) {
                m_busy.remove(messageId);
                return;
            }
            const Message message = messages.first();
            if (!message.media->localPath.isEmpty() &&
                QFileInfo::exists(message.media->localPath)) {
                m_busy.remove(messageId);
                Q_EMIT fetched(messageId, message.media->localPath); // here already
                return;
            }
            const std::shared_ptr<ProviderApi> api = m_apiFor(message.accountId);
            if (!api) {
                m_busy.remove(messageId);
                Q_EMIT failed(messageId, QCoreApplication::translate(
                                             "inbox::MediaFetcher",
                                             "the account %1 is not connected on this computer")
                                             .arg(message.accountId));
                return;
            }
            Q_EMIT started(messageId);
            api->downloadMedia(message.providerMessageId, *message.media, m_cache->mediaFolder())
                .then(this,
                      [this, messageId, api](const Expected<MediaInfo, ProviderError> &media) {
                          m_busy.remove(messageId);
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
        [this, messageId](const CacheError &error) {
            m_busy.remove(messageId);
            Q_EMIT failed(messageId, error.message());
        });
}

} // namespace inbox
