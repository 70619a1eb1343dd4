// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendReconciler.h"

#include "ModelsLog.h"
#include "cache/CacheDatabase.h"
#include "cache/ConversationStore.h"
#include "cache/MessageStore.h"
#include "itemmodels/WhenReady.h"

#include <QCoreApplication>

namespace inbox {

namespace {

/// How far a provider's clock may be behind ours when its history stamps our send.
constexpr qint64 clockSkewSeconds = 120;

} // namespace

std::optional<QString> findOurSend(const QList<MessageEvent> &history, const QString &reference,
                                   const QString &text, const QDateTime &since,
                                   const QSet<QString> &knownIds)
{
    for (const MessageEvent &item : history) {
        if (!reference.isEmpty() && item.reference == reference && !item.externalId.isEmpty())
            return item.externalId;
    }
    // Newest first, as history pages come.
    for (const MessageEvent &item : history) {
        if (item.direction != Direction::Outbound || item.externalId.isEmpty() ||
            knownIds.contains(item.externalId))
            continue;
        if (item.text.trimmed() != text.trimmed())
            continue;
        if (item.timestamp.isValid() && item.timestamp < since.addSecs(-clockSkewSeconds))
            continue;
        return item.externalId;
    }
    return std::nullopt;
}

SendReconciler::SendReconciler(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor,
                               QObject *parent, std::function<QDateTime()> now)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_apiFor(std::move(apiFor))
    , m_now(std::move(now))
{}

void SendReconciler::run(const QDateTime &before, qint64 campaignId)
{
    m_report = {};
    whenReady(
        OutboxStore(m_cache).leftInFlight(before, campaignId), this,
        [this](const QList<OutboxEntry> &left) {
            if (!left.isEmpty())
                qCInfo(lcModels) << left.size() << "sends were in flight when the last run ended";
            next(left);
        },
        [this](const CacheError &error) {
            qCWarning(lcModels) << "outbox unreadable:" << error.message();
            Q_EMIT finished(m_report);
        });
}

void SendReconciler::next(QList<OutboxEntry> left)
{
    if (left.isEmpty()) {
        Q_EMIT finished(m_report);
        return;
    }
    const OutboxEntry entry = left.takeFirst();
    auto continueWith = [this, left] {
        next(left);
    };
    auto onCacheError = [this, continueWith](const CacheError &error) {
        qCWarning(lcModels) << "reconcile step failed:" << error.message();
        continueWith();
    };
    whenReady(
        MessageStore(m_cache).byIdsWithReactions({entry.messageId}), this,
        [=, this](const QList<Message> &messages) {
            if (messages.isEmpty()) {
                continueWith();
                return;
            }
            const Message message = messages.first();
            if (!message.providerMessageId.isEmpty()) {
                // A status webhook named our reference meanwhile: settled already.
                continueWith();
                return;
            }
            whenReady(
                ConversationStore(m_cache).byIds({}, {message.conversationId}), this,
                [=, this](const QList<Conversation> &conversations) {
                    const QString phone =
                        conversations.isEmpty() ? QString() : conversations.first().customerPhone;
                    const std::shared_ptr<ProviderApi> api = m_apiFor(message.accountId);
                    if (!api || phone.isEmpty()) {
                        ProviderError none;
                        none.title = QCoreApplication::translate(
                            "inbox", "the account is not connected, so its history cannot "
                                     "be asked");
                        settleFrom(entry, message, Expected<HistoryPage, ProviderError>(none),
                                   continueWith);
                        return;
                    }
                    whenReady(
                        api->fetchHistory(phone, QString()), this,
                        [=, this](const Expected<HistoryPage, ProviderError> &page) {
                            Q_UNUSED(api);
                            settleFrom(entry, message, page, continueWith);
                        },
                        onCacheError);
                },
                onCacheError);
        },
        onCacheError);
}

void SendReconciler::settleFrom(const OutboxEntry &entry, const Message &message,
                                const Expected<HistoryPage, ProviderError> &page,
                                std::function<void()> continueWith)
{
    auto onCacheError = [continueWith](const CacheError &error) {
        qCWarning(lcModels) << "reconcile step failed:" << error.message();
        continueWith();
    };
    OutboxStore store(m_cache);
    if (!page) {
        ++m_report.unknown;
        const QString reason =
            QCoreApplication::translate("inbox",
                                        "May not have been sent: the inbox stopped before the "
                                        "provider answered, and %1. Check with the customer, "
                                        "or press Send again.")
                .arg(page.error().advice.isEmpty() ? page.error().title : page.error().advice);
        whenReady(store.markOutcomeUnknown(entry.id, reason, m_now()), this, continueWith,
                  onCacheError);
        return;
    }
    const HistoryPage history = page.value();
    const QString accountId = message.accountId;
    // Which of the page's ids the cache already holds: those are other messages.
    auto known = m_cache->run([history, accountId](QSqlDatabase &db) {
        QSet<QString> ids;
        for (const MessageEvent &item : history.messages) {
            if (!item.externalId.isEmpty() &&
                MessageStore::idForProviderIn(db, accountId, item.externalId))
                ids.insert(item.externalId);
        }
        return ids;
    });
    whenReady(
        known, this,
        [=, this](const QSet<QString> &knownIds) {
            OutboxStore outbox(m_cache);
            const auto found = findOurSend(history.messages, entry.reference, message.text,
                                           entry.inFlightAt, knownIds);
            if (found) {
                ++m_report.found;
                whenReady(outbox.markSent(entry.id, *found, m_now()), this, continueWith,
                          onCacheError);
                return;
            }
            // The provider keeps every message it took, and ours is not there.
            ++m_report.resent;
            whenReady(outbox.reschedule(entry.id, m_now(),
                                        QCoreApplication::translate(
                                            "inbox", "not at the provider after a restart; "
                                                     "sent again")),
                      this, continueWith, onCacheError);
        },
        onCacheError);
}

} // namespace inbox
