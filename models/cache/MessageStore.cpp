// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageStore.h"

#include "CacheDatabase.h"
#include "SearchQuery.h"
#include "Sql.h"
#include "SqliteStatement.h"

#include <QJsonDocument>

namespace inbox {

namespace {

constexpr int insertColumns = 19;

const QString insertHead = QStringLiteral(
    "INSERT INTO messages (conversation_id, account_id, provider_message_id, direction, kind, "
    "text, media, details, reply_to, sender_agent_id, status, queued_at, sent_at, delivered_at, "
    "read_at, failed_at, failure_code, failure_reason, created_at) VALUES ");
const QString insertTail = QStringLiteral(
    " ON CONFLICT (account_id, provider_message_id) DO NOTHING "
    "RETURNING id, conversation_id, provider_message_id, direction, created_at, kind");

} // namespace

QString MessageStore::insertStatement(int rows)
{
    QString row =
        QStringLiteral("(?") + QStringLiteral(",?").repeated(insertColumns - 1) + QLatin1Char(')');
    QStringList values(rows, row);
    return insertHead + values.join(QLatin1Char(',')) + insertTail;
}

namespace {

/// Compact JSON, or a null string (NULL in the column) for an empty object.
QString jsonOrNull(const QJsonObject &json)
{
    if (json.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void bindMessage(sql::Binder &bind, const Message &m)
{
    bind.integer(m.conversationId);
    bind.text(m.accountId);
    bind.textOrNull(m.providerMessageId);
    bind.text(directionKey(m.direction));
    bind.text(kindKey(m.kind));
    bind.text(m.text);
    bind.textOrNull(m.media ? jsonOrNull(m.media->toJson()) : QString());
    bind.textOrNull(jsonOrNull(m.details));
    bind.textOrNull(m.replyToProviderId);
    bind.textOrNull(m.senderAgentId);
    const DeliveryState d = m.delivery.value_or(DeliveryState{});
    bind.textOrNull(m.delivery ? statusKey(d.status) : QString());
    for (const QDateTime &at : {d.queuedAt, d.sentAt, d.deliveredAt, d.readAt, d.failedAt})
        bind.time(at);
    bind.textOrNull(d.failureCode);
    bind.textOrNull(d.failureReason);
    bind.time(m.createdAt);
}

/// How one insert moved one conversation.
struct ConversationMove
{
    qint64 lastId = 0;
    qint64 lastAt = 0;
    qint64 inboundAt = -1;
    int newInbound = 0;
};

void moveConversations(QSqlDatabase &db, const QMap<qint64, ConversationMove> &moves)
{
    // In an UPDATE every expression reads the old row, so the order of the SET terms is free.
    QSqlQuery &update = sql::reused(db, QStringLiteral(R"(
        UPDATE conversations SET
            last_message_id = CASE WHEN :at >= last_activity_at OR last_message_id IS NULL
                                   THEN :last ELSE last_message_id END,
            last_activity_at = max(last_activity_at, :at),
            last_inbound_at = CASE WHEN :inbound < 0 THEN last_inbound_at
                                   ELSE max(coalesce(last_inbound_at, 0), :inbound) END,
            unread_count = unread_count + :unread,
            status = CASE WHEN :unread > 0 AND status IN ('resolved', 'snoozed') THEN 'open'
                          ELSE status END,
            snoozed_until = CASE WHEN :unread > 0 THEN NULL ELSE snoozed_until END
        WHERE id = :id)"));
    for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
        update.bindValue(QStringLiteral(":at"), it->lastAt);
        update.bindValue(QStringLiteral(":last"), it->lastId);
        update.bindValue(QStringLiteral(":inbound"), it->inboundAt);
        update.bindValue(QStringLiteral(":unread"), it->newInbound);
        update.bindValue(QStringLiteral(":id"), it.key());
        sql::exec(update);
    }
}

const QString selectMessages = QStringLiteral(R"(
    SELECT m.id, m.conversation_id, m.account_id, m.provider_message_id, m.direction, m.kind,
           m.text, m.media, m.details, m.reply_to, m.sender_agent_id, m.status, m.queued_at,
           m.sent_at, m.delivered_at, m.read_at, m.failed_at, m.failure_code, m.failure_reason,
           m.created_at,
           (SELECT group_concat(r.reactor || char(31) || r.emoji || char(31) || r.reacted_at,
                                char(30))
            FROM reactions r WHERE r.message_id = m.id),
           q.id, q.direction, q.kind, q.text, q.sender_agent_id, q.media
    FROM messages m
    LEFT JOIN messages q ON q.account_id = m.account_id AND q.provider_message_id = m.reply_to)");

/// Reaction rows (ours, on their way out) are shown on the message they react to.
const QString notReaction = QStringLiteral(" AND m.kind <> 'reaction'");

Message readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.accountId = q.value(2).toString();
    m.providerMessageId = q.value(3).toString();
    m.direction = directionFromKey(q.value(4).toString()).value_or(Direction::Inbound);
    m.kind = kindFromKey(q.value(5).toString()).value_or(MessageKind::Unsupported);
    m.text = q.value(6).toString();
    if (!q.value(7).isNull())
        m.media = MediaInfo::fromJson(QJsonDocument::fromJson(q.value(7).toByteArray()).object());
    m.details = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    m.replyToProviderId = q.value(9).toString();
    m.senderAgentId = q.value(10).toString();
    if (const auto status = statusFromKey(q.value(11).toString())) {
        DeliveryState d;
        d.status = *status;
        d.queuedAt = sql::timeFromDb(q.value(12));
        d.sentAt = sql::timeFromDb(q.value(13));
        d.deliveredAt = sql::timeFromDb(q.value(14));
        d.readAt = sql::timeFromDb(q.value(15));
        d.failedAt = sql::timeFromDb(q.value(16));
        d.failureCode = q.value(17).toString();
        d.failureReason = q.value(18).toString();
        m.delivery = d;
    }
    m.createdAt = sql::timeFromDb(q.value(19));
    const QString reactions = q.value(20).toString();
    for (const QString &entry : reactions.split(QChar(30), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(QChar(31));
        if (parts.size() == 3)
            m.reactions.append({parts[0], parts[1], sql::timeFromDb(parts[2].toLongLong())});
    }
    if (!q.value(21).isNull() && m.kind != MessageKind::Reaction) {
        QuotedMessage quoted;
        quoted.id = q.value(21).toLongLong();
        quoted.direction = directionFromKey(q.value(22).toString()).value_or(Direction::Inbound);
        quoted.kind = kindFromKey(q.value(23).toString()).value_or(MessageKind::Unsupported);
        quoted.text = q.value(24).toString();
        quoted.senderAgentId = q.value(25).toString();
        if (!q.value(26).isNull())
            quoted.mediaLocalPath =
                MediaInfo::fromJson(QJsonDocument::fromJson(q.value(26).toByteArray()).object())
                    .localPath;
        m.quoted = quoted;
    }
    return m;
}

QList<Message> readAll(QSqlQuery &query)
{
    QList<Message> messages;
    while (query.next())
        messages.append(readMessage(query));
    return messages;
}

} // namespace

MessageStore::MessageStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

InsertOutcome MessageStore::insertIn(QSqlDatabase &db, const QList<Message> &messages, bool past)
{
    InsertOutcome outcome;
    QMap<qint64, ConversationMove> moves;
    // Each row count's statement is prepared once per connection: preparing even the one-row
    // insert cost more than a live webhook's whole insert, and the full one (950 placeholders)
    // about 5 ms. It runs on the connection's own handle: binding 950 values through QtSql
    // cost more than SQLite's work (SqliteStatement).
    for (qsizetype start = 0; start < messages.size(); start += insertRowsPerStatement) {
        const qsizetype count =
            std::min<qsizetype>(insertRowsPerStatement, messages.size() - start);
        sql::SqliteStatement &insert = sql::reusedSqlite(db, insertStatement(int(count)));
        sql::Binder bind(insert, count * insertColumns);
        for (qsizetype i = start; i < start + count; ++i)
            bindMessage(bind, messages.at(i));

        // RETURNING rows come in no promised order: put them back in input order by rowid,
        // which SQLite assigns in the order the rows were inserted.
        QList<std::pair<qint64, qint64>> returned; // id, conversation
        returned.reserve(count);
        while (insert.step()) {
            const qint64 id = insert.integer(0);
            const qint64 conversation = insert.integer(1);
            const qint64 at = insert.integer(4);
            returned.append({id, conversation});
            // Our reactions travel as rows (the outbox sends them) but show on their target,
            // not as the conversation's last message.
            // System lines (the team's history, WhatsApp's notices) neither: no preview, no
            // unread count, and they open no 24-hour window.
            if (insert.textIs(5, "reaction") || insert.textIs(5, "system"))
                continue;
            ConversationMove &move = moves[conversation];
            if (at > move.lastAt || (at == move.lastAt && id > move.lastId)) {
                move.lastAt = at;
                move.lastId = id;
            }
            if (insert.textIs(3, "in")) {
                move.newInbound += past ? 0 : 1;
                move.inboundAt = std::max(move.inboundAt, at);
            }
        }
        std::sort(returned.begin(), returned.end());
        for (const auto &[id, conversation] : returned) {
            outcome.insertedIds.append(id);
            outcome.byConversation[conversation].append(id);
        }
        outcome.duplicates += int(count - returned.size());
    }
    moveConversations(db, moves);
    return outcome;
}

void MessageStore::bulkLoadIn(QSqlDatabase &db, const std::function<void()> &load)
{
    // The trigger comes back exactly as the schema wrote it, so the schema stays identical.
    QSqlQuery trigger = sql::prepare(
        db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = "
                           "'messages_fts_insert'"));
    sql::exec(trigger);
    const QString recreate = trigger.next() ? trigger.value(0).toString() : QString();
    trigger.finish();
    if (!recreate.isEmpty())
        sql::execDirect(db, QStringLiteral("DROP TRIGGER messages_fts_insert"));
    load();
    if (!recreate.isEmpty()) {
        sql::execDirect(
            db, QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"));
        sql::execDirect(db, recreate);
    }
}

namespace {

/// Merges `update` into the one message `find` selects and writes it back; a provider id is
/// stored too when given (the outbox learns it from the send response).
std::optional<std::pair<qint64, qint64>> mergeInto(QSqlDatabase &db, QSqlQuery &find,
                                                   const StatusUpdate &update,
                                                   const QString &providerMessageId)
{
    sql::exec(find);
    if (!find.next())
        return std::nullopt;
    const Message message = readMessage(find);
    find.finish();
    if (!message.delivery)
        return std::nullopt; // inbound messages have no delivery status
    const DeliveryState merged = mergeStatus(*message.delivery, update);
    if (merged == *message.delivery && providerMessageId.isEmpty())
        return std::nullopt;

    QSqlQuery write = sql::prepare(db, QStringLiteral(R"(
        UPDATE messages SET status = :status, queued_at = :queued, sent_at = :sent,
            delivered_at = :delivered, read_at = :read, failed_at = :failed,
            failure_code = :code, failure_reason = :reason,
            provider_message_id = coalesce(:pid, provider_message_id)
        WHERE id = :id)"));
    write.bindValue(QStringLiteral(":status"), statusKey(merged.status));
    write.bindValue(QStringLiteral(":queued"), sql::toDb(merged.queuedAt));
    write.bindValue(QStringLiteral(":sent"), sql::toDb(merged.sentAt));
    write.bindValue(QStringLiteral(":delivered"), sql::toDb(merged.deliveredAt));
    write.bindValue(QStringLiteral(":read"), sql::toDb(merged.readAt));
    write.bindValue(QStringLiteral(":failed"), sql::toDb(merged.failedAt));
    write.bindValue(QStringLiteral(":code"), sql::nullIfEmpty(merged.failureCode));
    write.bindValue(QStringLiteral(":reason"), sql::nullIfEmpty(merged.failureReason));
    write.bindValue(QStringLiteral(":pid"), sql::nullIfEmpty(providerMessageId));
    write.bindValue(QStringLiteral(":id"), message.id);
    sql::exec(write);
    return std::pair{message.conversationId, message.id};
}

} // namespace

std::optional<std::pair<qint64, qint64>>
MessageStore::applyStatusIn(QSqlDatabase &db, const QString &accountId,
                            const QString &providerMessageId, const StatusUpdate &update)
{
    QSqlQuery find = sql::prepare(
        db, selectMessages +
                QStringLiteral(" WHERE m.account_id = :account AND m.provider_message_id = :pid"));
    find.bindValue(QStringLiteral(":account"), accountId);
    find.bindValue(QStringLiteral(":pid"), providerMessageId);
    return mergeInto(db, find, update, QString());
}

std::optional<std::pair<qint64, qint64>>
MessageStore::applyStatusByIdIn(QSqlDatabase &db, qint64 messageId, const StatusUpdate &update,
                                const QString &providerMessageId)
{
    QSqlQuery find = sql::prepare(db, selectMessages + QStringLiteral(" WHERE m.id = :id"));
    find.bindValue(QStringLiteral(":id"), messageId);
    return mergeInto(db, find, update, providerMessageId);
}

InsertOutcome MessageStore::addHistoryIn(QSqlDatabase &db, qint64 conversationId,
                                         const QString &text, const QString &key,
                                         const QDateTime &at)
{
    QSqlQuery account =
        sql::prepare(db, QStringLiteral("SELECT account_id FROM conversations WHERE id = ?"));
    account.addBindValue(conversationId);
    sql::exec(account);
    if (!account.next())
        return {};
    Message line;
    line.conversationId = conversationId;
    line.accountId = account.value(0).toString();
    account.finish();
    line.providerMessageId = key; // one line however often the event is applied
    line.direction = Direction::Outbound;
    line.kind = MessageKind::System;
    line.text = text;
    line.createdAt = at;
    return insertIn(db, {line});
}

std::optional<qint64> MessageStore::idForProviderIn(QSqlDatabase &db, const QString &accountId,
                                                    const QString &providerMessageId)
{
    if (providerMessageId.isEmpty())
        return std::nullopt;
    QSqlQuery find = sql::prepare(db, QStringLiteral("SELECT id FROM messages WHERE account_id = "
                                                     "? AND provider_message_id = ?"));
    find.addBindValue(accountId);
    find.addBindValue(providerMessageId);
    sql::exec(find);
    if (!find.next())
        return std::nullopt;
    return find.value(0).toLongLong();
}

qint64 MessageStore::conversationOfIn(QSqlDatabase &db, qint64 messageId)
{
    QSqlQuery owner =
        sql::prepare(db, QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"));
    owner.addBindValue(messageId);
    sql::exec(owner);
    return owner.next() ? owner.value(0).toLongLong() : 0;
}

std::optional<std::pair<qint64, qint64>>
MessageStore::adoptEchoIn(QSqlDatabase &db, const QString &accountId, const QString &canonicalPhone,
                          const QString &text, const QString &providerMessageId,
                          const QDateTime &since)
{
    QSqlQuery find = sql::prepare(db, QStringLiteral(R"(
        SELECT m.id, m.conversation_id FROM messages m
            JOIN conversations c ON c.id = m.conversation_id
        WHERE m.account_id = ? AND m.direction = 'out' AND m.provider_message_id IS NULL
            AND m.status = 'queued' AND m.text = ? AND c.customer_phone = ? AND m.created_at > ?
        ORDER BY m.id LIMIT 1)"));
    find.addBindValue(accountId);
    find.addBindValue(text);
    find.addBindValue(canonicalPhone);
    find.addBindValue(sql::toDb(since));
    sql::exec(find);
    if (!find.next())
        return std::nullopt;
    const qint64 id = find.value(0).toLongLong();
    const qint64 conversation = find.value(1).toLongLong();
    find.finish();
    QSqlQuery adopt = sql::prepare(
        db, QStringLiteral("UPDATE messages SET provider_message_id = ? WHERE id = ?"));
    adopt.addBindValue(providerMessageId);
    adopt.addBindValue(id);
    sql::exec(adopt);
    return std::pair{conversation, id};
}

std::optional<std::pair<qint64, qint64>>
MessageStore::fillMediaIn(QSqlDatabase &db, const QString &accountId, const Message &message)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        UPDATE messages SET kind = ?, media = ?, text = CASE WHEN ? = '' THEN text ELSE ? END
        WHERE account_id = ? AND provider_message_id = ? AND media IS NULL
        RETURNING conversation_id, id)"));
    query.addBindValue(kindKey(message.kind));
    query.addBindValue(sql::nullIfEmpty(jsonOrNull(message.media.value_or(MediaInfo{}).toJson())));
    query.addBindValue(sql::text(message.text));
    query.addBindValue(sql::text(message.text));
    query.addBindValue(accountId);
    query.addBindValue(message.providerMessageId);
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

void MessageStore::reviseIn(QSqlDatabase &db, qint64 messageId,
                            const std::optional<QString> &editedText)
{
    QSqlQuery query = sql::prepare(
        db, QStringLiteral("UPDATE messages SET text = ?, details = json_set(coalesce(details, "
                           "'{}'), ?, json('true')) WHERE id = ?"));
    query.addBindValue(sql::text(editedText.value_or(QString())));
    query.addBindValue(editedText ? QStringLiteral("$.edited") : QStringLiteral("$.revoked"));
    query.addBindValue(messageId);
    sql::exec(query);
}

QFuture<InsertOutcome> MessageStore::insert(const QList<Message> &messages)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([messages, events](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        InsertOutcome outcome = insertIn(db, messages);
        transaction.commit();
        for (auto it = outcome.byConversation.cbegin(); it != outcome.byConversation.cend(); ++it)
            Q_EMIT events->messagesAdded(it.key(), it.value());
        if (!outcome.byConversation.isEmpty())
            Q_EMIT events->conversationsChanged(outcome.byConversation.keys());
        return outcome;
    });
}

QFuture<bool> MessageStore::applyStatus(const QString &accountId, const QString &providerMessageId,
                                        const StatusUpdate &update)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([=](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        const auto changed = applyStatusIn(db, accountId, providerMessageId, update);
        transaction.commit();
        if (changed) {
            Q_EMIT events->messageChanged(changed->first, changed->second);
            Q_EMIT events->conversationsChanged({changed->first});
        }
        return changed.has_value();
    });
}

void MessageStore::setReactionIn(QSqlDatabase &db, qint64 messageId, const QString &reactor,
                                 const QString &emoji, const QDateTime &at)
{
    QSqlQuery query = sql::prepare(
        db, emoji.isEmpty()
                ? QStringLiteral("DELETE FROM reactions WHERE message_id = :id AND reactor = "
                                 ":reactor")
                : QStringLiteral(R"(
            INSERT INTO reactions (message_id, reactor, emoji, reacted_at)
            VALUES (:id, :reactor, :emoji, :at)
            ON CONFLICT (message_id, reactor) DO UPDATE SET emoji = excluded.emoji,
                reacted_at = excluded.reacted_at WHERE excluded.reacted_at >= reacted_at)"));
    query.bindValue(QStringLiteral(":id"), messageId);
    query.bindValue(QStringLiteral(":reactor"), reactor);
    if (!emoji.isEmpty()) {
        query.bindValue(QStringLiteral(":emoji"), emoji);
        query.bindValue(QStringLiteral(":at"), sql::toDb(at));
    }
    sql::exec(query);
}

QFuture<void> MessageStore::setReaction(qint64 messageId, const QString &reactor,
                                        const QString &emoji, const QDateTime &at)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([=](QSqlDatabase &db) {
        setReactionIn(db, messageId, reactor, emoji, at);
        QSqlQuery owner =
            sql::prepare(db, QStringLiteral("SELECT conversation_id FROM messages WHERE id = :id"));
        owner.bindValue(QStringLiteral(":id"), messageId);
        sql::exec(owner);
        if (owner.next())
            Q_EMIT events->messageChanged(owner.value(0).toLongLong(), messageId);
    });
}

QFuture<QList<Message>> MessageStore::page(qint64 conversationId,
                                           std::optional<MessageCursor> before, int limit)
{
    return m_cache->run([=](QSqlDatabase &db) {
        QString statement =
            selectMessages + QStringLiteral(" WHERE m.conversation_id = :c") + notReaction;
        if (before)
            statement += QStringLiteral(" AND (m.created_at, m.id) < (:at, :id)");
        statement += QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT :limit");
        QSqlQuery query = sql::prepare(db, statement);
        query.bindValue(QStringLiteral(":c"), conversationId);
        if (before) {
            query.bindValue(QStringLiteral(":at"), sql::toDb(before->createdAt));
            query.bindValue(QStringLiteral(":id"), before->id);
        }
        query.bindValue(QStringLiteral(":limit"), limit);
        sql::exec(query);
        return readAll(query);
    });
}

QFuture<void> MessageStore::setMedia(qint64 messageId, const MediaInfo &media)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([messageId, media, events](QSqlDatabase &db) {
        QSqlQuery update = sql::prepare(
            db,
            QStringLiteral("UPDATE messages SET media = ? WHERE id = ? RETURNING conversation_id"));
        update.addBindValue(sql::nullIfEmpty(jsonOrNull(media.toJson())));
        update.addBindValue(messageId);
        sql::exec(update);
        if (update.next())
            Q_EMIT events->messageChanged(update.value(0).toLongLong(), messageId);
    });
}

QFuture<QList<Message>> MessageStore::byIds(const QList<qint64> &ids)
{
    return byIdsIn(ids, notReaction);
}

QFuture<QList<Message>> MessageStore::byIdsWithReactions(const QList<qint64> &ids)
{
    return byIdsIn(ids, {});
}

QFuture<QList<Message>> MessageStore::byIdsIn(const QList<qint64> &ids, const QString &filter)
{
    return m_cache->run([ids, filter](QSqlDatabase &db) {
        QStringList placeholders(ids.size(), QStringLiteral("?"));
        QSqlQuery query = sql::prepare(
            db, selectMessages +
                    QStringLiteral(" WHERE m.id IN (%1)").arg(placeholders.join(QLatin1Char(','))) +
                    filter + QStringLiteral(" ORDER BY m.created_at, m.id"));
        for (qint64 id : ids)
            query.addBindValue(id);
        sql::exec(query);
        return readAll(query);
    });
}

QFuture<QList<SearchHit>> MessageStore::search(const QString &typed, int limit)
{
    const QString fts = ftsQueryFor(typed);
    return m_cache->run([fts, limit](QSqlDatabase &db) {
        QList<SearchHit> hits;
        if (fts.isEmpty())
            return hits;
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT id, conversation_id, text, created_at FROM messages WHERE id IN (
                SELECT rowid FROM messages_fts WHERE messages_fts MATCH :fts
                ORDER BY rowid DESC LIMIT :limit)
            ORDER BY id DESC)"));
        query.bindValue(QStringLiteral(":fts"), fts);
        query.bindValue(QStringLiteral(":limit"), limit);
        sql::exec(query);
        while (query.next()) {
            hits.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toString(), sql::timeFromDb(query.value(3))});
        }
        return hits;
    });
}

} // namespace inbox
