#include "OutboxStore.h"

#include "CacheDatabase.h"
#include "MessageStore.h"
#include "Sql.h"

namespace inbox {

namespace {

qint64 messageOf(QSqlDatabase &db, qint64 entryId)
{
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("SELECT message_id FROM outbox WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), entryId);
    sql::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

/// Merges a status into a message by its local id (it may have no provider id yet).
qint64 mergeInto(QSqlDatabase &db, qint64 messageId, const StatusUpdate &update,
                 const QString &providerMessageId = QString())
{
    QSqlQuery read = sql::prepare(db, QStringLiteral(R"(
        SELECT conversation_id, status, queued_at, sent_at, delivered_at, read_at, failed_at,
               failure_code, failure_reason
        FROM messages WHERE id = :id)"));
    read.bindValue(QStringLiteral(":id"), messageId);
    sql::exec(read);
    if (!read.next())
        return 0;
    const qint64 conversationId = read.value(0).toLongLong();
    DeliveryState state;
    state.status = statusFromKey(read.value(1).toString()).value_or(MessageStatus::Queued);
    state.queuedAt = sql::timeFromDb(read.value(2));
    state.sentAt = sql::timeFromDb(read.value(3));
    state.deliveredAt = sql::timeFromDb(read.value(4));
    state.readAt = sql::timeFromDb(read.value(5));
    state.failedAt = sql::timeFromDb(read.value(6));
    state.failureCode = read.value(7).toString();
    state.failureReason = read.value(8).toString();
    read.finish();

    const DeliveryState merged = mergeStatus(state, update);
    QSqlQuery write = sql::prepare(db, QStringLiteral(R"(
        UPDATE messages SET status = :status, sent_at = :sent, failed_at = :failed,
            failure_code = :code, failure_reason = :reason,
            provider_message_id = coalesce(:pid, provider_message_id)
        WHERE id = :id)"));
    write.bindValue(QStringLiteral(":status"), statusKey(merged.status));
    write.bindValue(QStringLiteral(":sent"), sql::toDb(merged.sentAt));
    write.bindValue(QStringLiteral(":failed"), sql::toDb(merged.failedAt));
    write.bindValue(QStringLiteral(":code"), sql::nullIfEmpty(merged.failureCode));
    write.bindValue(QStringLiteral(":reason"), sql::nullIfEmpty(merged.failureReason));
    write.bindValue(QStringLiteral(":pid"), sql::nullIfEmpty(providerMessageId));
    write.bindValue(QStringLiteral(":id"), messageId);
    sql::exec(write);
    return conversationId;
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
        QSqlQuery entry = sql::prepare(
            db, QStringLiteral(
                    "INSERT INTO outbox (message_id, next_attempt_at) VALUES (:message, :at)"));
        entry.bindValue(QStringLiteral(":message"), messageId);
        entry.bindValue(QStringLiteral(":at"), sql::toDb(message.createdAt));
        sql::exec(entry);
        transaction.commit();
        Q_EMIT events->messagesAdded(message.conversationId, {messageId});
        Q_EMIT events->conversationsChanged({message.conversationId});
        return messageId;
    });
}

QFuture<QList<OutboxEntry>> OutboxStore::due(const QDateTime &now, int limit)
{
    return m_cache->run([now, limit](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT id, message_id, attempts, next_attempt_at, last_error FROM outbox
            WHERE next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit)"));
        query.bindValue(QStringLiteral(":now"), sql::toDb(now));
        query.bindValue(QStringLiteral(":limit"), limit);
        sql::exec(query);
        QList<OutboxEntry> entries;
        while (query.next()) {
            entries.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                            query.value(2).toInt(), sql::timeFromDb(query.value(3)),
                            query.value(4).toString()});
        }
        return entries;
    });
}

QFuture<void> OutboxStore::markSent(qint64 entryId, const QString &providerMessageId,
                                    const QDateTime &at)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([=](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        const qint64 messageId = messageOf(db, entryId);
        const qint64 conversationId =
            mergeInto(db, messageId, {MessageStatus::Sent, at, {}, {}}, providerMessageId);
        removeEntry(db, entryId);
        transaction.commit();
        if (conversationId > 0) {
            Q_EMIT events->messageChanged(conversationId, messageId);
            Q_EMIT events->conversationsChanged({conversationId});
        }
    });
}

QFuture<void> OutboxStore::reschedule(qint64 entryId, const QDateTime &next, const QString &error)
{
    return m_cache->run([=](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
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
    CacheEvents *events = m_cache->events();
    return m_cache->run([=](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        const qint64 messageId = messageOf(db, entryId);
        const qint64 conversationId =
            mergeInto(db, messageId, {MessageStatus::Failed, at, code, reason});
        removeEntry(db, entryId);
        transaction.commit();
        if (conversationId > 0) {
            Q_EMIT events->messageChanged(conversationId, messageId);
            Q_EMIT events->conversationsChanged({conversationId});
        }
    });
}

QFuture<int> OutboxStore::size()
{
    return m_cache->run([](QSqlDatabase &db) {
        return sql::scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt();
    });
}

} // namespace inbox
