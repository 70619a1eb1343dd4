// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistorySync.h"

#include "SyncEngine.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheError.h"

#include <QCoreApplication>

namespace inbox {

HistorySync::HistorySync(std::shared_ptr<CacheDatabase> cache, QString accountId,
                         std::shared_ptr<ProviderApi> api, int pagesPerChat, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_accountId(std::move(accountId))
    , m_api(std::move(api))
    , m_pagesPerChat(qMax(1, pagesPerChat))
{}

void HistorySync::start()
{
    listChats({});
}

QFuture<StatusSyncOutcome> HistorySync::syncStatus(std::shared_ptr<CacheDatabase> cache,
                                                   const QString &accountId,
                                                   std::shared_ptr<ProviderApi> api,
                                                   const QString &phone, QObject *context)
{
    QFuture<Expected<HistoryPage, ProviderError>> asked = api->latestMessages(phone);
    return asked
        .then(
            context,
            [cache, accountId, api](const Expected<HistoryPage, ProviderError> &page) {
                if (!page)
                    return QtFuture::makeReadyFuture(StatusSyncOutcome{0, page.error().message()});
                QList<MessageEvent> messages = page->messages;
                for (MessageEvent &message : messages)
                    message.past = true;
                return SyncEngine::applyMessages(cache, accountId, messages)
                    .then([](const SyncReport &report) {
                        return StatusSyncOutcome{report.statuses, {}};
                    })
                    .onFailed([](const CacheError &error) {
                        return StatusSyncOutcome{0, error.message()};
                    });
            })
        .unwrap();
}

void HistorySync::listChats(const QString &cursor)
{
    m_api->listChats(cursor).then(this, [this](const Expected<ChatPage, ProviderError> &page) {
        if (!page) {
            // Without the list of chats there is nothing to page.
            Q_EMIT finished(m_done, m_messages, page.error().message());
            return;
        }
        m_chats += page->chats;
        Q_EMIT progress(m_done, int(m_chats.size()), m_messages);
        if (!page->nextCursor.isEmpty() && !m_cancelled)
            return listChats(page->nextCursor);
        nextChat();
    });
}

void HistorySync::nextChat()
{
    if (m_cancelled || m_done >= m_chats.size())
        return finish();
    fetch(m_chats.at(m_done), {}, m_pagesPerChat);
}

void HistorySync::fetch(const ChatSummary &chat, const QString &cursor, int pagesLeft)
{
    m_api->fetchHistory(chat.phone, cursor)
        .then(this, [this, chat, pagesLeft](const Expected<HistoryPage, ProviderError> &page) {
            auto chatDone = [this] {
                ++m_done;
                Q_EMIT progress(m_done, int(m_chats.size()), m_messages);
                nextChat();
            };
            if (!page) {
                fail(page.error());
                return chatDone();
            }
            QList<MessageEvent> messages = page->messages;
            // The provider's name for the customer names a conversation that is new.
            for (MessageEvent &message : messages) {
                if (message.customerName.isEmpty() && message.direction == Direction::Inbound)
                    message.customerName = chat.name;
                message.past = true; // seen on the phone already: no badge, no notification
            }
            SyncEngine::applyMessages(m_cache, m_accountId, messages)
                .then(this,
                      [this, chat, pagesLeft, next = page->nextCursor,
                       chatDone](const SyncReport &report) {
                          m_messages += report.messages;
                          if (pagesLeft > 1 && !next.isEmpty() && !m_cancelled)
                              return fetch(chat, next, pagesLeft - 1);
                          chatDone();
                      })
                .onFailed(this, [this](const CacheError &error) {
                    // The cache cannot take them: no point asking for more.
                    m_cancelled = true;
                    Q_EMIT finished(m_done, m_messages, error.message());
                });
        });
}

void HistorySync::fail(const ProviderError &error)
{
    if (m_failures++ == 0)
        m_firstProblem = error.message();
}

void HistorySync::finish()
{
    QString problem;
    if (m_failures > 0) {
        problem = QCoreApplication::translate("inbox::HistorySync", "%n chat(s) failed: %1",
                                              nullptr, m_failures)
                      .arg(m_firstProblem);
    }
    Q_EMIT finished(m_done, m_messages, problem);
}

} // namespace inbox
