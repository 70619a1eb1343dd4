// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxStore.h"

#include "CacheDatabase.h"
#include "MessageStore.h"
#include "Sql.h"

#include <QUuid>

namespace inbox {

namespace {

QList<OutboxEntry> entriesOf(QSqlQuery &query)
{
    sql::exec(query);
    QList<OutboxEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                        query.value(2).toInt(), sql::timeFromDb(query.value(3)),
                        query.value(4).toString(), sql::timeFromDb(query.value(5)),
                        query.value(6).toLongLong(), query.value(7).toString()});
    }
    return entries;
}

qint64 messageOf(QSqlDatabase &db, qint64 entryId)
{
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("SELECT message_id FROM outbox WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), entryId);
    sql::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

void removeEntry(QSqlDatabase &db, qint64 entryId)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("DELETE FROM outbox WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), entryId);
    sql::exec(query);
}

} // namespace

OutboxStore::OutboxStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

namespace {

/// The message's place in the outbox, due at `at`.
void addEntry(QSqlDatabase &db, qint64 messageId, const QDateTime &at)
{
    QSqlQuery entry = sql::prepare(
        db,
        QStringLiteral("INSERT INTO outbox (message_id, next_attempt_at) VALUES (:message, :at)"));
    entry.bindValue(QStringLiteral(":message"), messageId);
    entry.bindValue(QStringLiteral(":at"), sql::toDb(at));
    sql::exec(entry);
}

} // namespace

QFuture<qint64> OutboxStore::enqueue(Message message)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([message, events](QSqlDatabase &db) mutable {
        message.direction = Direction::Outbound;
        DeliveryState queued;
        queued.queuedAt = message.createdAt;
        message.delivery = queued;
        sql::Transaction transaction(db);
        const InsertOutcome outcome = MessageStore::insertIn(db, {message});
        const qint64 messageId = outcome.insertedIds.value(0);
        if (messageId == 0) {
            throw CacheError(CacheError::Kind::Query,
                             QStringLiteral("The message was already sent (same provider id)."));
        }
        addEntry(db, messageId, message.createdAt);
        transaction.commit();
        Q_EMIT events->messagesAdded(message.conversationId, {messageId});
        Q_EMIT events->conversationsChanged({message.conversationId});
        return messageId;
    });
}

QFuture<qint64> OutboxStore::enqueueReaction(const Message &target, const QString &emoji,
                                             const QString &agentId, const QDateTime &at)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([target, emoji, agentId, at, events](QSqlDatabase &db) {
        if (target.providerMessageId.isEmpty()) {
            throw CacheError(CacheError::Kind::Query,
                             QStringLiteral("This message is not sent yet; react once it is."));
        }
        Message reaction;
        reaction.conversationId = target.conversationId;
        reaction.accountId = target.accountId;
        reaction.direction = Direction::Outbound;
        reaction.kind = MessageKind::Reaction;
        reaction.text = emoji;
        reaction.replyToProviderId = target.providerMessageId;
        reaction.senderAgentId = agentId;
        reaction.createdAt = at;
        DeliveryState queued;
        queued.queuedAt = at;
        reaction.delivery = queued;
        sql::Transaction transaction(db);
        const qint64 id = MessageStore::insertIn(db, {reaction}).insertedIds.value(0);
        addEntry(db, id, at);
        MessageStore::setReactionIn(db, target.id, businessReactor(), emoji, at);
        transaction.commit();
        Q_EMIT events->messageChanged(target.conversationId, target.id);
        Q_EMIT events->outboxRefilled();
        return id;
    });
}

QFuture<QList<OutboxEntry>> OutboxStore::due(const QDateTime &now, int limit)
{
    return m_cache->run([now, limit](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT id, message_id, attempts, next_attempt_at, last_error, in_flight_at,
                   campaign_id, NULL FROM outbox
            WHERE next_attempt_at <= :now AND in_flight_at IS NULL AND campaign_id IS NULL
            ORDER BY next_attempt_at, id LIMIT :limit)"));
        query.bindValue(QStringLiteral(":now"), sql::toDb(now));
        query.bindValue(QStringLiteral(":limit"), limit);
        return entriesOf(query);
    });
}

QFuture<QList<OutboxEntry>> OutboxStore::leftInFlight(const QDateTime &before, qint64 campaignId)
{
    return m_cache->run([before, campaignId](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT o.id, o.message_id, o.attempts, o.next_attempt_at, o.last_error,
                   o.in_flight_at, o.campaign_id, m.send_reference
            FROM outbox o JOIN messages m ON m.id = o.message_id
            WHERE o.in_flight_at IS NOT NULL AND o.in_flight_at < :before
                AND coalesce(o.campaign_id, 0) = :campaign ORDER BY o.id)"));
        query.bindValue(QStringLiteral(":before"), sql::toDb(before));
        query.bindValue(QStringLiteral(":campaign"), campaignId);
        return entriesOf(query);
    });
}

QString OutboxStore::markInFlightIn(QSqlDatabase &db, qint64 entryId, const QDateTime &at)
{
    QSqlQuery entry = sql::prepare(
        db, QStringLiteral("UPDATE outbox SET in_flight_at = :at WHERE id = :id RETURNING "
                           "message_id"));
    entry.bindValue(QStringLiteral(":at"), sql::toDb(at));
    entry.bindValue(QStringLiteral(":id"), entryId);
    sql::exec(entry);
    if (!entry.next())
        throw CacheError(CacheError::Kind::Query, QStringLiteral("The outbox entry is gone."));
    const qint64 messageId = entry.value(0).toLongLong();
    entry.finish();
    // One reference per message for all its attempts: a status naming any of them finds it.
    QSqlQuery reference = sql::prepare(db, QStringLiteral(R"(
        UPDATE messages SET send_reference = coalesce(send_reference, :fresh) WHERE id = :id
        RETURNING send_reference)"));
    reference.bindValue(QStringLiteral(":fresh"),
                        QStringLiteral("inbox-") +
                            QUuid::createUuid().toString(QUuid::WithoutBraces));
    reference.bindValue(QStringLiteral(":id"), messageId);
    sql::exec(reference);
    return reference.next() ? reference.value(0).toString() : QString();
}

QFuture<QString> OutboxStore::markInFlight(qint64 entryId, const QDateTime &at)
{
    return m_cache->run([entryId, at](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        const QString reference = markInFlightIn(db, entryId, at);
        transaction.commit();
        return reference;
    });
}

QFuture<void> OutboxStore::markOutcomeUnknown(qint64 entryId, const QString &reason,
                                              const QDateTime &at)
{
    return settle(entryId, {MessageStatus::Failed, at, unknownOutcomeCode(), reason}, QString());
}

std::optional<std::pair<qint64, qint64>>
OutboxStore::settleByReferenceIn(QSqlDatabase &db, const QString &accountId,
                                 const QString &reference, const QString &providerMessageId,
                                 const StatusUpdate &update)
{
    if (reference.isEmpty() || providerMessageId.isEmpty())
        return std::nullopt;
    // Only a send that never had its answer: one that did is found by the provider's id.
    QSqlQuery find = sql::prepare(db, QStringLiteral(R"(
        SELECT id FROM messages WHERE send_reference = :reference AND account_id = :account
            AND direction = 'out' AND coalesce(provider_message_id, '') = '')"));
    find.bindValue(QStringLiteral(":reference"), reference);
    find.bindValue(QStringLiteral(":account"), accountId);
    sql::exec(find);
    if (!find.next())
        return std::nullopt;
    const qint64 messageId = find.value(0).toLongLong();
    find.finish();
    // Our own "may not have been sent" was a guess, not the provider's word: it gives way.
    QSqlQuery lift = sql::prepare(db, QStringLiteral(R"(
        UPDATE messages SET status = 'queued', failed_at = NULL, failure_code = NULL,
            failure_reason = NULL
        WHERE id = :id AND status = 'failed' AND failure_code = :unknown)"));
    lift.bindValue(QStringLiteral(":id"), messageId);
    lift.bindValue(QStringLiteral(":unknown"), unknownOutcomeCode());
    sql::exec(lift);
    auto changed = MessageStore::applyStatusByIdIn(db, messageId, update, providerMessageId);
    if (const auto early = MessageStore::applyEarlyStatusesIn(db, messageId))
        changed = early;
    QSqlQuery done =
        sql::prepare(db, QStringLiteral("DELETE FROM outbox WHERE message_id = :message"));
    done.bindValue(QStringLiteral(":message"), messageId);
    sql::exec(done);
    return changed;
}

QFuture<void> OutboxStore::markSent(qint64 entryId, const QString &providerMessageId,
                                    const QDateTime &at)
{
    return settle(entryId, {MessageStatus::Sent, at, {}, {}}, providerMessageId);
}

QFuture<void> OutboxStore::reschedule(qint64 entryId, const QDateTime &next, const QString &error)
{
    return m_cache->run([=](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
                in_flight_at = NULL
            WHERE id = :id)"));
        query.bindValue(QStringLiteral(":next"), sql::toDb(next));
        query.bindValue(QStringLiteral(":error"), error);
        query.bindValue(QStringLiteral(":id"), entryId);
        sql::exec(query);
    });
}

QFuture<void> OutboxStore::markFailed(qint64 entryId, const QString &code, const QString &reason,
                                      const QDateTime &at)
{
    return settle(entryId, {MessageStatus::Failed, at, code, reason}, QString());
}

QFuture<void> OutboxStore::settle(qint64 entryId, const StatusUpdate &update,
                                  const QString &providerMessageId)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([=](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        const qint64 messageId = messageOf(db, entryId);
        auto changed = MessageStore::applyStatusByIdIn(db, messageId, update, providerMessageId);
        // Delivered or read may have come by webhook before the send's own answer.
        if (const auto early = MessageStore::applyEarlyStatusesIn(db, messageId))
            changed = early;
        removeEntry(db, entryId);
        transaction.commit();
        if (changed) {
            Q_EMIT events->messageChanged(changed->first, changed->second);
            Q_EMIT events->conversationsChanged({changed->first});
        }
    });
}

QFuture<bool> OutboxStore::retry(qint64 messageId, const QDateTime &now)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([=](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        // An explicit new attempt, not a status the provider reported: the merge rules that
        // never move a status backwards do not apply.
        QSqlQuery requeue = sql::prepare(db, QStringLiteral(R"(
            UPDATE messages SET status = 'queued', queued_at = :now, sent_at = NULL,
                delivered_at = NULL, read_at = NULL, failed_at = NULL, failure_code = NULL,
                failure_reason = NULL, provider_message_id = NULL
            WHERE id = :id AND direction = 'out' AND status = 'failed'
                AND NOT EXISTS (SELECT 1 FROM outbox WHERE message_id = :same)
            RETURNING conversation_id)"));
        requeue.bindValue(QStringLiteral(":now"), sql::toDb(now));
        requeue.bindValue(QStringLiteral(":id"), messageId);
        requeue.bindValue(QStringLiteral(":same"), messageId);
        sql::exec(requeue);
        if (!requeue.next())
            return false;
        const qint64 conversationId = requeue.value(0).toLongLong();
        requeue.finish();
        QSqlQuery entry = sql::prepare(
            db, QStringLiteral(
                    "INSERT INTO outbox (message_id, next_attempt_at) VALUES (:message, :at)"));
        entry.bindValue(QStringLiteral(":message"), messageId);
        entry.bindValue(QStringLiteral(":at"), sql::toDb(now));
        sql::exec(entry);
        transaction.commit();
        Q_EMIT events->messageChanged(conversationId, messageId);
        Q_EMIT events->conversationsChanged({conversationId});
        Q_EMIT events->outboxRefilled();
        return true;
    });
}

QFuture<int> OutboxStore::resumeAll(const QDateTime &now)
{
    return m_cache->run([now](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(
            db, QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE next_attempt_at > ?"));
        query.addBindValue(sql::toDb(now));
        query.addBindValue(sql::toDb(now));
        sql::exec(query);
        return query.numRowsAffected();
    });
}

QFuture<int> OutboxStore::size()
{
    return m_cache->run([](QSqlDatabase &db) {
        return sql::scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt();
    });
}

} // namespace inbox
