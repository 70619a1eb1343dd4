// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageController.h"

#include "ModelsLog.h"
#include "TeamContext.h"
#include "cache/ConversationStore.h"
#include "cache/MessageStore.h"
#include "cache/OutboxStore.h"
#include "itemmodels/WhenReady.h"

namespace inbox {

MessageController::MessageController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                                     QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_team(team)
{}

QFuture<qint64> MessageController::send(const Message &message)
{
    return OutboxStore(m_cache).enqueue(message);
}

QFuture<bool> MessageController::retry(qint64 messageId)
{
    return OutboxStore(m_cache).retry(messageId, QDateTime::currentDateTimeUtc());
}

QFuture<qint64> MessageController::react(const Message &target, const QString &emoji)
{
    return OutboxStore(m_cache).enqueueReaction(target, emoji, m_team->agentId(),
                                                QDateTime::currentDateTimeUtc());
}

void MessageController::announceSent(qint64 messageId, const QString &externalId)
{
    if (!m_team->relay() || externalId.isEmpty())
        return;
    whenReady(
        MessageStore(m_cache).byIds({messageId}), this,
        [this, externalId](const QList<Message> &found) {
            // Reactions show on their target, which teammates learn of from the provider.
            if (found.isEmpty() || found.first().kind == MessageKind::Reaction)
                return;
            const Message message = found.first();
            whenReady(
                ConversationStore(m_cache).readState(message.conversationId), this,
                [this, message, externalId](const std::optional<ReadState> &state) {
                    if (!state)
                        return;
                    whenReady(
                        m_team->publishOr(TeamEvent{team::Outbound{state->key, externalId,
                                                                   message.kind, message.text},
                                                    {}},
                                          [] { return QtFuture::makeReadyFuture(); }),
                        this,
                        [externalId](const QString &problem) {
                            if (!problem.isEmpty())
                                qCInfo(lcModels)
                                    << "teammates were not told of" << externalId << ":" << problem;
                        },
                        [](const CacheError &error) { qCWarning(lcModels) << error.message(); });
                },
                [](const CacheError &error) { qCWarning(lcModels) << error.message(); });
        },
        [](const CacheError &error) { qCWarning(lcModels) << error.message(); });
}

} // namespace inbox
