// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationStore.h"

#include "CacheDatabase.h"
#include "ConversationSearch.h"
#include "LeadStore.h"
#include "MessageStore.h"
#include "SearchQuery.h"
#include "Sql.h"
#include "domain/ConversationHistory.h"

#include <QHash>
#include <QUuid>

namespace inbox {

namespace {

const QString selectConversations = QStringLiteral(R"(
    SELECT c.id, c.account_id, a.provider, c.customer_phone, c.customer_name, c.lead_id,
           c.assignee_id, ag.name, c.status, c.snoozed_until, c.unread_count,
           c.last_activity_at, c.last_inbound_at, c.last_message_text, c.last_message_kind,
           c.last_message_direction, c.last_message_status,
           (SELECT group_concat(l.label, char(31)) FROM conversation_labels l
            WHERE l.conversation_id = c.id)
    FROM conversations c
    JOIN accounts a ON a.id = c.account_id
    LEFT JOIN agents ag ON ag.id = c.assignee_id)");

Conversation readConversation(const QSqlQuery &query)
{
    Conversation c;
    c.id = query.value(0).toLongLong();
    c.accountId = query.value(1).toString();
    c.provider = Provider(query.value(2).toString());
    c.customerPhone = query.value(3).toString();
    c.customerName = query.value(4).toString();
    c.leadId = query.value(5).toLongLong();
    c.assigneeId = query.value(6).toString();
    c.assigneeName = query.value(7).toString();
    c.status =
        conversationStatusFromKey(query.value(8).toString()).value_or(ConversationStatus::Open);
    c.snoozedUntil = sql::timeFromDb(query.value(9));
    c.unreadCount = query.value(10).toInt();
    c.lastActivityAt = sql::timeFromDb(query.value(11));
    c.lastInboundAt = sql::timeFromDb(query.value(12));
    c.lastMessageText = query.value(13).toString();
    c.lastMessageKind = kindFromKey(query.value(14).toString());
    c.lastMessageDirection = directionFromKey(query.value(15).toString());
    c.lastMessageStatus = statusFromKey(query.value(16).toString());
    if (const QString labels = query.value(17).toString(); !labels.isEmpty()) {
        c.labels = labels.split(QChar(31));
        c.labels.sort(Qt::CaseInsensitive);
    }
    return c;
}

using conversationsearch::Conditions;

/// The WHERE conditions of a filter but its text search, with their values bound by name.
Conditions conditionsFor(const ConversationFilter &filter)
{
    Conditions where;
    switch (filter.scope) {
    case ConversationFilter::Scope::All:
        break;
    case ConversationFilter::Scope::Mine:
        where.clauses << QStringLiteral("c.assignee_id = :me");
        where.values.insert(QStringLiteral(":me"), filter.currentAgentId);
        break;
    case ConversationFilter::Scope::Unassigned:
        where.clauses << QStringLiteral("c.assignee_id IS NULL");
        break;
    }
    if (filter.status) {
        where.clauses << QStringLiteral("c.status = :status");
        where.values.insert(QStringLiteral(":status"), conversationStatusKey(*filter.status));
    }
    if (filter.provider) {
        where.clauses << QStringLiteral("a.provider = :provider");
        where.values.insert(QStringLiteral(":provider"), filter.provider->key());
    }
    if (filter.unreadOnly)
        where.clauses << QStringLiteral("c.unread_count > 0");
    if (!filter.label.isEmpty()) {
        where.clauses << QStringLiteral("EXISTS (SELECT 1 FROM conversation_labels l WHERE "
                                        "l.conversation_id = c.id AND l.label = :label)");
        where.values.insert(QStringLiteral(":label"), filter.label);
    }
    return where;
}

bool isSearching(const ConversationFilter &filter)
{
    return !ftsQueryFor(filter.search).isEmpty();
}

QString idPlaceholders(const QList<qint64> &ids, QVariantMap &values)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString name = QStringLiteral(":id%1").arg(i);
        placeholders << name;
        values.insert(name, ids.at(i));
    }
    return placeholders.join(QLatin1Char(','));
}

QList<Conversation> runSelect(QSqlDatabase &db, const QString &statement, const QVariantMap &values)
{
    // The list re-reads changed rows after every applied webhook: its few shapes of statement
    // (by filter and number of ids) are prepared once. Read to the end before anything else.
    QSqlQuery &query = sql::reused(db, statement);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    sql::exec(query);
    QList<Conversation> rows;
    while (query.next())
        rows.append(readConversation(query));
    query.finish();
    return rows;
}

} // namespace

bool ConversationFilter::acceptsIgnoringSearch(const Conversation &conversation) const
{
    if (scope == Scope::Mine && conversation.assigneeId != currentAgentId)
        return false;
    if (scope == Scope::Unassigned && !conversation.assigneeId.isEmpty())
        return false;
    if (status && conversation.status != *status)
        return false;
    if (provider && conversation.provider != *provider)
        return false;
    if (!label.isEmpty() && !conversation.labels.contains(label))
        return false;
    return !unreadOnly || conversation.unreadCount > 0;
}

ConversationStore::ConversationStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

namespace {

std::optional<qint64> conversationWhere(QSqlDatabase &db, const char *column,
                                        const QString &accountId, const QString &value)
{
    QSqlQuery &find = sql::reused(
        db, QStringLiteral("SELECT id FROM conversations WHERE account_id = ? AND %1 = ?")
                .arg(QLatin1String(column)));
    find.addBindValue(accountId);
    find.addBindValue(value);
    sql::exec(find);
    return find.next() ? std::optional(find.value(0).toLongLong()) : std::nullopt;
}

/// One customer's two conversations become `into`: its messages and notes, its unread count
/// and its latest activity.
void mergeConversation(QSqlDatabase &db, qint64 from, qint64 into)
{
    for (const char *statement :
         {"UPDATE conversations SET "
          "unread_count = unread_count + (SELECT unread_count FROM conversations WHERE id = "
          ":from), "
          "last_message_id = CASE WHEN (SELECT last_activity_at FROM conversations WHERE id = "
          ":from) > last_activity_at THEN (SELECT last_message_id FROM conversations WHERE id = "
          ":from) ELSE last_message_id END, "
          "last_activity_at = max(last_activity_at, (SELECT last_activity_at FROM conversations "
          "WHERE id = :from)), "
          "last_inbound_at = nullif(max(coalesce(last_inbound_at, 0), coalesce((SELECT "
          "last_inbound_at FROM conversations WHERE id = :from), 0)), 0) "
          "WHERE id = :into",
          "UPDATE messages SET conversation_id = :into WHERE conversation_id = :from",
          "UPDATE notes SET conversation_id = :into WHERE conversation_id = :from",
          "DELETE FROM conversations WHERE id = :from"}) {
        QSqlQuery query = sql::prepare(db, QString::fromLatin1(statement));
        query.bindValue(QStringLiteral(":from"), from);
        query.bindValue(QStringLiteral(":into"), into);
        sql::exec(query);
    }
}

} // namespace

qint64 ConversationStore::conversationForIn(QSqlDatabase &db, const QString &accountId,
                                            const QString &canonicalPhone,
                                            const QString &customerName, const QDateTime &at,
                                            const QString &userId)
{
    const auto byPhone = conversationWhere(db, "customer_phone", accountId, canonicalPhone);
    const auto byUser = userId.isEmpty()
                            ? std::nullopt
                            : conversationWhere(db, "customer_user_id", accountId, userId);
    if (byUser && byPhone && *byUser != *byPhone)
        mergeConversation(db, *byUser, *byPhone);
    if (byUser && !byPhone) {
        // Known by its user id until now: the number is its key from here on.
        QSqlQuery renumber = sql::prepare(
            db, QStringLiteral("UPDATE conversations SET customer_phone = ?, lead_id = ? WHERE "
                               "id = ?"));
        renumber.addBindValue(canonicalPhone);
        renumber.addBindValue(LeadStore::leadForPhoneIn(db, canonicalPhone, customerName, at));
        renumber.addBindValue(*byUser);
        sql::exec(renumber);
        return *byUser;
    }
    if (byPhone) {
        if (!userId.isEmpty() && byUser != byPhone) {
            QSqlQuery remember = sql::prepare(
                db, QStringLiteral("UPDATE conversations SET customer_user_id = ? WHERE id = ?"));
            remember.addBindValue(userId);
            remember.addBindValue(*byPhone);
            sql::exec(remember);
        }
        return *byPhone;
    }
    const qint64 leadId = LeadStore::leadForPhoneIn(db, canonicalPhone, customerName, at);
    QSqlQuery &insert = sql::reused(db, QStringLiteral(R"(
        INSERT INTO conversations (account_id, customer_phone, customer_name, lead_id,
                                   last_activity_at, customer_user_id)
        VALUES (:account, :phone, :name, :lead, :at, :user))"));
    insert.bindValue(QStringLiteral(":account"), accountId);
    insert.bindValue(QStringLiteral(":phone"), canonicalPhone);
    insert.bindValue(QStringLiteral(":name"), sql::text(customerName));
    insert.bindValue(QStringLiteral(":lead"), leadId);
    insert.bindValue(QStringLiteral(":at"), sql::toDb(at));
    insert.bindValue(QStringLiteral(":user"), sql::nullIfEmpty(userId));
    sql::exec(insert);
    return insert.lastInsertId().toLongLong();
}

QFuture<QList<Conversation>> ConversationStore::page(const ConversationFilter &filter,
                                                     std::optional<ConversationCursor> after,
                                                     int limit)
{
    return m_cache->run([filter, after, limit](QSqlDatabase &db) {
        Conditions where = conditionsFor(filter);
        if (after) {
            where.clauses << QStringLiteral("(c.last_activity_at, c.id) < (:afterAt, :afterId)");
            where.values.insert(QStringLiteral(":afterAt"), sql::toDb(after->lastActivityAt));
            where.values.insert(QStringLiteral(":afterId"), after->id);
        }
        if (isSearching(filter)) {
            // The search finds the page's conversations; the rows are read like any others.
            const conversationsearch::Page found =
                conversationsearch::pageIn(db, filter.search, where, limit);
            if (found.ids.isEmpty())
                return QList<Conversation>{};
            QVariantMap values;
            const QString statement =
                selectConversations +
                QStringLiteral(" WHERE c.id IN (%1) ORDER BY c.last_activity_at DESC, c.id DESC")
                    .arg(idPlaceholders(found.ids, values));
            QList<Conversation> rows = runSelect(db, statement, values);
            conversationsearch::markIn(db, filter.search, found.newestHit, rows);
            return rows;
        }
        where.values.insert(QStringLiteral(":limit"), limit);
        QString statement = selectConversations;
        if (!where.clauses.isEmpty())
            statement += QStringLiteral(" WHERE ") + where.clauses.join(QStringLiteral(" AND "));
        statement += QStringLiteral(" ORDER BY c.last_activity_at DESC, c.id DESC LIMIT :limit");
        return runSelect(db, statement, where.values);
    });
}

QFuture<QList<Conversation>> ConversationStore::byIds(const ConversationFilter &filter,
                                                      const QList<qint64> &ids)
{
    return m_cache->run([filter, ids](QSqlDatabase &db) {
        Conditions where = conditionsFor(filter);
        where.clauses << QStringLiteral("c.id IN (%1)").arg(idPlaceholders(ids, where.values));
        const QString statement = selectConversations + QStringLiteral(" WHERE ") +
                                  where.clauses.join(QStringLiteral(" AND "));
        QList<Conversation> rows = runSelect(db, statement, where.values);
        if (isSearching(filter)) {
            QList<qint64> passing;
            for (const Conversation &c : std::as_const(rows))
                passing << c.id;
            const QHash<qint64, qint64> matching =
                conversationsearch::matchesIn(db, filter.search, passing);
            rows.removeIf([&](const Conversation &c) { return !matching.contains(c.id); });
            conversationsearch::markIn(db, filter.search, matching, rows);
        }
        return rows;
    });
}

QList<qint64> ConversationStore::idsMatchingIn(QSqlDatabase &db, const ConversationFilter &filter)
{
    const Conditions where = conditionsFor(filter);
    QString statement =
        QStringLiteral("SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id");
    if (!where.clauses.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.clauses.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY c.last_activity_at DESC, c.id DESC");
    QSqlQuery query = sql::prepare(db, statement);
    for (auto it = where.values.cbegin(); it != where.values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    sql::exec(query);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    if (isSearching(filter)) {
        const QHash<qint64, qint64> hits = conversationsearch::matchesIn(db, filter.search, ids);
        ids.removeIf([&hits](qint64 id) { return !hits.contains(id); });
    }
    return ids;
}

QFuture<int> ConversationStore::unreadTotal()
{
    return m_cache->run([](QSqlDatabase &db) {
        return sql::scalar(db, QStringLiteral("SELECT coalesce(sum(unread_count), 0) FROM "
                                              "conversations"))
            .toInt();
    });
}

QFuture<QList<Conversation>> ConversationStore::ofLead(qint64 leadId)
{
    return m_cache->run([leadId](QSqlDatabase &db) {
        return runSelect(db,
                         selectConversations +
                             QStringLiteral(" WHERE c.lead_id = :lead ORDER BY c.last_activity_at "
                                            "DESC, c.id DESC LIMIT 50"),
                         {{QStringLiteral(":lead"), leadId}});
    });
}

namespace {

void updateIn(QSqlDatabase &db, qint64 conversationId, const QString &statement,
              const QVariantMap &values)
{
    QSqlQuery query = sql::prepare(db, statement);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    query.bindValue(QStringLiteral(":id"), conversationId);
    sql::exec(query);
}

} // namespace

void ConversationStore::assignIn(QSqlDatabase &db, qint64 conversationId, const QString &agentId)
{
    updateIn(db, conversationId,
             QStringLiteral("UPDATE conversations SET assignee_id = :agent WHERE id = :id"),
             {{QStringLiteral(":agent"), sql::nullIfEmpty(agentId)}});
}

void ConversationStore::setStatusIn(QSqlDatabase &db, qint64 conversationId,
                                    ConversationStatus status, const QDateTime &snoozedUntil)
{
    updateIn(db, conversationId,
             QStringLiteral("UPDATE conversations SET status = :status, snoozed_until = :until "
                            "WHERE id = :id"),
             {{QStringLiteral(":status"), conversationStatusKey(status)},
              {QStringLiteral(":until"), status == ConversationStatus::Snoozed
                                             ? sql::toDb(snoozedUntil)
                                             : sql::toDb(QDateTime())}});
}

void ConversationStore::recordStatusIn(QSqlDatabase &db, qint64 conversationId,
                                       ConversationStatus status, const QString &actor,
                                       const QDateTime &at)
{
    QSqlQuery &query =
        sql::reused(db, QStringLiteral("INSERT OR IGNORE INTO status_changes (conversation_id, "
                                       "status, actor_id, at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(conversationStatusKey(status));
    query.addBindValue(sql::nullIfEmpty(actor));
    query.addBindValue(sql::toDb(at));
    sql::exec(query);
}

void ConversationStore::markReadIn(QSqlDatabase &db, qint64 conversationId)
{
    updateIn(db, conversationId,
             QStringLiteral("UPDATE conversations SET unread_count = 0 WHERE id = :id"), {});
}

QList<qint64> ConversationStore::wakeSnoozedIn(QSqlDatabase &db, const QDateTime &now,
                                               QMap<qint64, QList<qint64>> *lines)
{
    QSqlQuery due = sql::prepare(db, QStringLiteral("SELECT id FROM conversations WHERE status = "
                                                    "'snoozed' AND snoozed_until <= ?"));
    due.addBindValue(sql::toDb(now));
    sql::exec(due);
    QList<qint64> woken;
    while (due.next())
        woken << due.value(0).toLongLong();
    due.finish();
    for (const qint64 id : std::as_const(woken)) {
        setStatusIn(db, id, ConversationStatus::Open, {});
        const InsertOutcome line = MessageStore::addHistoryIn(
            db, id, history::snoozeEnded(),
            QStringLiteral("wake:%1").arg(sql::toDb(now).toLongLong()), now);
        if (lines)
            lines->insert(line.byConversation);
    }
    return woken;
}

QFuture<std::optional<ReadState>> ConversationStore::readState(qint64 conversationId)
{
    return m_cache->run([conversationId](QSqlDatabase &db) -> std::optional<ReadState> {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT a.provider, coalesce(nullif(a.relay_account, ''), a.id), c.customer_phone,
                   c.account_id, c.unread_count,
                   (SELECT provider_message_id FROM messages WHERE conversation_id = c.id
                        AND direction = 'in' AND provider_message_id IS NOT NULL
                    ORDER BY created_at DESC, id DESC LIMIT 1)
            FROM conversations c JOIN accounts a ON a.id = c.account_id WHERE c.id = ?)"));
        query.addBindValue(conversationId);
        sql::exec(query);
        if (!query.next())
            return std::nullopt;
        ReadState state;
        state.key = {query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString()};
        state.provider = Provider(state.key.provider);
        state.accountId = query.value(3).toString();
        state.unread = query.value(4).toInt();
        state.lastInboundProviderId = query.value(5).toString();
        return state;
    });
}

QFuture<void> ConversationStore::change(qint64 conversationId,
                                        std::function<QString(QSqlDatabase &)> write)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([=](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        const QString history = write(db);
        InsertOutcome line;
        if (!history.isEmpty()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            line = MessageStore::addHistoryIn(
                db, conversationId, history,
                QStringLiteral("local:") + QUuid::createUuid().toString(QUuid::WithoutBraces), now);
        }
        transaction.commit();
        for (auto it = line.byConversation.cbegin(); it != line.byConversation.cend(); ++it)
            Q_EMIT events->messagesAdded(it.key(), it.value());
        Q_EMIT events->conversationsChanged({conversationId});
    });
}

QFuture<void> ConversationStore::assign(qint64 conversationId, const QString &agentId,
                                        const QString &history)
{
    return change(conversationId, [=](QSqlDatabase &db) {
        assignIn(db, conversationId, agentId);
        return history;
    });
}

QFuture<void> ConversationStore::setStatus(qint64 conversationId, ConversationStatus status,
                                           const QDateTime &snoozedUntil, const QString &history)
{
    return change(conversationId, [=](QSqlDatabase &db) {
        setStatusIn(db, conversationId, status, snoozedUntil);
        // Without a relay nobody else is told; the reports still count it (by nobody known).
        recordStatusIn(db, conversationId, status, QString(), QDateTime::currentDateTimeUtc());
        return history;
    });
}

QFuture<void> ConversationStore::markRead(qint64 conversationId)
{
    return change(conversationId, [=](QSqlDatabase &db) {
        markReadIn(db, conversationId);
        return QString();
    });
}

QFuture<QList<qint64>> ConversationStore::wakeSnoozed(const QDateTime &now)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([=](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        QMap<qint64, QList<qint64>> lines;
        const QList<qint64> woken = wakeSnoozedIn(db, now, &lines);
        transaction.commit();
        for (auto it = lines.cbegin(); it != lines.cend(); ++it)
            Q_EMIT events->messagesAdded(it.key(), it.value());
        if (!woken.isEmpty())
            Q_EMIT events->conversationsChanged(woken);
        return woken;
    });
}

} // namespace inbox
