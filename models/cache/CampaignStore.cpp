// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignStore.h"

#include "CacheDatabase.h"
#include "ConversationStore.h"
#include "MessageStore.h"
#include "Sql.h"
#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbox {

namespace {

QJsonObject contentToJson(const CampaignContent &content)
{
    return {
        {QStringLiteral("template"), content.isTemplate},
        {QStringLiteral("name"), content.name},
        {QStringLiteral("language"), content.language},
        {QStringLiteral("status"), content.status},
        {QStringLiteral("body"), content.body},
        {QStringLiteral("variables"), QJsonArray::fromStringList(content.variables)},
        {QStringLiteral("parameter_names"), QJsonArray::fromStringList(content.parameterNames)}};
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

CampaignContent contentFromJson(const QJsonObject &json)
{
    CampaignContent content;
    content.isTemplate = json.value(QLatin1String("template")).toBool(true);
    content.name = json.value(QLatin1String("name")).toString();
    content.language = json.value(QLatin1String("language")).toString();
    content.status = json.value(QLatin1String("status")).toString();
    content.body = json.value(QLatin1String("body")).toString();
    content.variables = stringsOf(json.value(QLatin1String("variables")));
    content.parameterNames = stringsOf(json.value(QLatin1String("parameter_names")));
    return content;
}

const QString campaignColumns = QStringLiteral(
    "id, name, account_id, content, rate, state, created_by, created_at FROM campaigns");

Campaign campaignOf(const QSqlQuery &query)
{
    Campaign campaign;
    campaign.id = query.value(0).toLongLong();
    campaign.name = query.value(1).toString();
    campaign.accountId = query.value(2).toString();
    campaign.content =
        contentFromJson(QJsonDocument::fromJson(query.value(3).toByteArray()).object());
    campaign.rate = query.value(4).toDouble();
    campaign.state = query.value(5).toString();
    campaign.createdBy = query.value(6).toString();
    campaign.createdAt = sql::timeFromDb(query.value(7));
    return campaign;
}

std::optional<Campaign> campaignIn(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT ") + campaignColumns +
                                           QStringLiteral(" WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return campaignOf(query);
}

/// The campaign message a recipient receives: the content filled with their values.
Message messageFor(const Campaign &campaign, const QJsonObject &values, qint64 conversationId,
                   const QDateTime &at)
{
    QMap<QString, QString> byName;
    for (auto it = values.begin(); it != values.end(); ++it)
        byName.insert(it.key(), it.value().toString());
    const CampaignContent &content = campaign.content;
    Message message;
    message.conversationId = conversationId;
    message.accountId = campaign.accountId;
    message.direction = Direction::Outbound;
    message.text = renderContent(content, byName);
    message.senderAgentId = campaign.createdBy;
    message.createdAt = at;
    message.details.insert(QStringLiteral("campaign"), campaign.name);
    if (content.isTemplate) {
        message.kind = MessageKind::Template;
        QJsonObject numbered;
        const QList<int> numbers = placeholdersOf(content.body);
        for (qsizetype i = 0; i < content.variables.size() && i < numbers.size(); ++i)
            numbered.insert(QString::number(numbers.at(i)), byName.value(content.variables.at(i)));
        message.details.insert(QStringLiteral("template"),
                               QJsonObject{{QStringLiteral("name"), content.name},
                                           {QStringLiteral("language"), content.language},
                                           {QStringLiteral("values"), numbered},
                                           {QStringLiteral("parameter_names"),
                                            QJsonArray::fromStringList(content.parameterNames)}});
    } else {
        message.kind = MessageKind::Text;
        message.details.insert(QStringLiteral("saved_reply"), content.name);
    }
    DeliveryState queued;
    queued.queuedAt = at;
    message.delivery = queued;
    return message;
}

/// A campaign entry waiting out a retry whose time has come, marked in flight; or nothing.
std::optional<CampaignSend> dueRetryIn(QSqlDatabase &db, qint64 campaignId, const QDateTime &now)
{
    QSqlQuery due = sql::prepare(db, QStringLiteral(R"(
        SELECT o.id, o.message_id, o.attempts, m.kind, m.text, m.details, c.customer_phone,
               m.conversation_id, m.account_id, m.sender_agent_id, m.created_at
        FROM outbox o JOIN messages m ON m.id = o.message_id
            JOIN conversations c ON c.id = m.conversation_id
        WHERE o.campaign_id = :campaign AND o.in_flight_at IS NULL AND o.next_attempt_at <= :now
        ORDER BY o.next_attempt_at, o.id LIMIT 1)"));
    due.bindValue(QStringLiteral(":campaign"), campaignId);
    due.bindValue(QStringLiteral(":now"), sql::toDb(now));
    sql::exec(due);
    if (!due.next())
        return std::nullopt;
    CampaignSend send;
    send.entry.id = due.value(0).toLongLong();
    send.entry.messageId = due.value(1).toLongLong();
    send.entry.attempts = due.value(2).toInt();
    send.entry.campaignId = campaignId;
    send.message.id = send.entry.messageId;
    send.message.kind = kindFromKey(due.value(3).toString()).value_or(MessageKind::Text);
    send.message.text = due.value(4).toString();
    send.message.details = QJsonDocument::fromJson(due.value(5).toByteArray()).object();
    send.phone = due.value(6).toString();
    send.message.conversationId = due.value(7).toLongLong();
    send.message.accountId = due.value(8).toString();
    send.message.senderAgentId = due.value(9).toString();
    send.message.createdAt = sql::timeFromDb(due.value(10));
    send.message.direction = Direction::Outbound;
    due.finish();
    send.entry.reference = OutboxStore::markInFlightIn(db, send.entry.id, now);
    send.entry.inFlightAt = now;
    return send;
}

/// The next pending recipient made into a message and an entry in flight; or nothing.
std::optional<CampaignSend> nextRecipientIn(QSqlDatabase &db, const Campaign &campaign,
                                            const QDateTime &now)
{
    QSqlQuery next = sql::prepare(db, QStringLiteral(R"(
        SELECT position, phone, variables FROM campaign_recipients
        WHERE campaign_id = :campaign AND state = 'pending' ORDER BY position LIMIT 1)"));
    next.bindValue(QStringLiteral(":campaign"), campaign.id);
    sql::exec(next);
    if (!next.next())
        return std::nullopt;
    const int position = next.value(0).toInt();
    const QString phone = next.value(1).toString();
    const QJsonObject stored = QJsonDocument::fromJson(next.value(2).toByteArray()).object();
    next.finish();

    const qint64 conversationId = ConversationStore::conversationForIn(
        db, campaign.accountId, PhoneNumber::canonicalOf(phone),
        stored.value(QLatin1String("customer_name")).toString(), now);
    CampaignSend send;
    send.message =
        messageFor(campaign, stored.value(QLatin1String("values")).toObject(), conversationId, now);
    send.message.id = MessageStore::insertIn(db, {send.message}).insertedIds.value(0);
    if (send.message.id == 0)
        throw CacheError(CacheError::Kind::Query,
                         QStringLiteral("The campaign message was not stored."));
    QSqlQuery entry = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO outbox (message_id, next_attempt_at, campaign_id)
        VALUES (:message, :at, :campaign) RETURNING id)"));
    entry.bindValue(QStringLiteral(":message"), send.message.id);
    entry.bindValue(QStringLiteral(":at"), sql::toDb(now));
    entry.bindValue(QStringLiteral(":campaign"), campaign.id);
    sql::exec(entry);
    entry.next();
    send.entry.id = entry.value(0).toLongLong();
    entry.finish();
    send.entry.messageId = send.message.id;
    send.entry.campaignId = campaign.id;
    send.entry.reference = OutboxStore::markInFlightIn(db, send.entry.id, now);
    send.entry.inFlightAt = now;
    send.phone = sql::scalar(db, QStringLiteral("SELECT customer_phone FROM conversations WHERE "
                                                "id = %1")
                                     .arg(conversationId))
                     .toString();
    QSqlQuery queued = sql::prepare(db, QStringLiteral(R"(
        UPDATE campaign_recipients SET state = 'queued', message_id = :message
        WHERE campaign_id = :campaign AND position = :position)"));
    queued.bindValue(QStringLiteral(":message"), send.message.id);
    queued.bindValue(QStringLiteral(":campaign"), campaign.id);
    queued.bindValue(QStringLiteral(":position"), position);
    sql::exec(queued);
    return send;
}

/// Every recipient with how their message went.
const QString resultQuery = QStringLiteral(R"(
    SELECT r.position, r.phone, r.state, m.status, m.failure_code, m.failure_reason,
           o.id IS NOT NULL, o.in_flight_at IS NOT NULL, m.sent_at, m.delivered_at, m.read_at,
           EXISTS (SELECT 1 FROM messages i WHERE i.conversation_id = m.conversation_id
                   AND i.direction = 'in' AND i.created_at > m.created_at),
           coalesce(c.customer_name, json_extract(r.variables, '$.customer_name'), ''),
           coalesce(m.conversation_id, 0), m.id IS NOT NULL
    FROM campaign_recipients r LEFT JOIN messages m ON m.id = r.message_id
        LEFT JOIN outbox o ON o.message_id = m.id
        LEFT JOIN conversations c ON c.id = m.conversation_id
    WHERE r.campaign_id = :campaign ORDER BY r.position)");

} // namespace

CampaignStore::CampaignStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

QFuture<Campaign> CampaignStore::create(const Campaign &campaign,
                                        const QList<RecipientVerdict> &recipients)
{
    return m_cache->run([campaign, recipients](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        QSqlQuery taken =
            sql::prepare(db, QStringLiteral("SELECT 1 FROM campaigns WHERE name = :name"));
        taken.bindValue(QStringLiteral(":name"), campaign.name);
        sql::exec(taken);
        if (taken.next()) {
            throw CacheError(CacheError::Kind::Query,
                             QCoreApplication::translate(
                                 "inbox", "A campaign named \"%1\" exists: resume it, or choose "
                                          "another name.")
                                 .arg(campaign.name));
        }
        taken.finish();
        QSqlQuery insert = sql::prepare(db, QStringLiteral(R"(
            INSERT INTO campaigns (name, account_id, template_name, language, content, rate,
                                   state, created_by, created_at)
            VALUES (:name, :account, :content_name, :language, :content, :rate, 'running',
                    :by, :at) RETURNING id)"));
        insert.bindValue(QStringLiteral(":name"), campaign.name);
        insert.bindValue(QStringLiteral(":account"), campaign.accountId);
        insert.bindValue(QStringLiteral(":content_name"), sql::text(campaign.content.name));
        insert.bindValue(QStringLiteral(":language"), sql::text(campaign.content.language));
        insert.bindValue(
            QStringLiteral(":content"),
            QJsonDocument(contentToJson(campaign.content)).toJson(QJsonDocument::Compact));
        insert.bindValue(QStringLiteral(":rate"), campaign.rate);
        insert.bindValue(QStringLiteral(":by"), sql::text(campaign.createdBy));
        insert.bindValue(QStringLiteral(":at"), sql::toDb(campaign.createdAt));
        sql::exec(insert);
        insert.next();
        Campaign made = campaign;
        made.id = insert.value(0).toLongLong();
        made.state = QStringLiteral("running");
        insert.finish();
        QSqlQuery recipient = sql::prepare(db, QStringLiteral(R"(
            INSERT INTO campaign_recipients (campaign_id, position, phone, variables, state)
            VALUES (:campaign, :position, :phone, :variables, 'pending'))"));
        int position = 0;
        for (const RecipientVerdict &verdict : recipients) {
            if (!verdict.eligible)
                continue;
            QJsonObject values;
            for (auto it = verdict.values.cbegin(); it != verdict.values.cend(); ++it)
                values.insert(it.key(), it.value());
            recipient.bindValue(QStringLiteral(":campaign"), made.id);
            recipient.bindValue(QStringLiteral(":position"), ++position);
            recipient.bindValue(QStringLiteral(":phone"), verdict.phone);
            recipient.bindValue(
                QStringLiteral(":variables"),
                QJsonDocument(QJsonObject{{QStringLiteral("values"), values},
                                          {QStringLiteral("customer_name"),
                                           verdict.customerName.isEmpty()
                                               ? verdict.values.value(QStringLiteral("name"))
                                               : verdict.customerName},
                                          {QStringLiteral("row"), verdict.row}})
                    .toJson(QJsonDocument::Compact));
            sql::exec(recipient);
        }
        transaction.commit();
        return made;
    });
}

QFuture<std::optional<Campaign>> CampaignStore::byName(const QString &name)
{
    return m_cache->run([name](QSqlDatabase &db) -> std::optional<Campaign> {
        QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT ") + campaignColumns +
                                               QStringLiteral(" WHERE name = :name"));
        query.bindValue(QStringLiteral(":name"), name);
        sql::exec(query);
        if (!query.next())
            return std::nullopt;
        return campaignOf(query);
    });
}

QFuture<QList<Campaign>> CampaignStore::all()
{
    return m_cache->run([](QSqlDatabase &db) {
        QSqlQuery query =
            sql::prepare(db, QStringLiteral("SELECT ") + campaignColumns +
                                 QStringLiteral(" ORDER BY created_at DESC, id DESC"));
        sql::exec(query);
        QList<Campaign> campaigns;
        while (query.next())
            campaigns.append(campaignOf(query));
        return campaigns;
    });
}

QFuture<void> CampaignStore::setState(qint64 campaignId, const QString &state)
{
    return m_cache->run([campaignId, state](QSqlDatabase &db) {
        QSqlQuery update =
            sql::prepare(db, QStringLiteral("UPDATE campaigns SET state = :state WHERE id = :id"));
        update.bindValue(QStringLiteral(":state"), state);
        update.bindValue(QStringLiteral(":id"), campaignId);
        sql::exec(update);
    });
}

QFuture<std::optional<CampaignSend>> CampaignStore::claimNext(qint64 campaignId,
                                                              const QDateTime &now)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([campaignId, now, events](QSqlDatabase &db) -> std::optional<CampaignSend> {
        sql::Transaction transaction(db);
        const auto campaign = campaignIn(db, campaignId);
        if (!campaign || campaign->state != QLatin1String("running"))
            return std::nullopt;
        auto send = dueRetryIn(db, campaignId, now);
        const bool fresh = !send;
        if (fresh)
            send = nextRecipientIn(db, *campaign, now);
        if (!send)
            return std::nullopt;
        transaction.commit();
        if (fresh) {
            Q_EMIT events->messagesAdded(send->message.conversationId, {send->message.id});
            Q_EMIT events->conversationsChanged({send->message.conversationId});
        }
        return send;
    });
}

QFuture<std::optional<QDateTime>> CampaignStore::nextRetry(qint64 campaignId)
{
    return m_cache->run([campaignId](QSqlDatabase &db) -> std::optional<QDateTime> {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT min(next_attempt_at) FROM outbox
            WHERE campaign_id = :campaign AND in_flight_at IS NULL)"));
        query.bindValue(QStringLiteral(":campaign"), campaignId);
        sql::exec(query);
        if (!query.next() || query.value(0).isNull())
            return std::nullopt;
        return sql::timeFromDb(query.value(0));
    });
}

QFuture<CampaignProgress> CampaignStore::progress(qint64 campaignId)
{
    return m_cache->run([campaignId](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, resultQuery);
        query.bindValue(QStringLiteral(":campaign"), campaignId);
        sql::exec(query);
        CampaignProgress progress;
        while (query.next()) {
            ++progress.total;
            const QString state = query.value(2).toString();
            const QString status = query.value(3).toString();
            if (state == QLatin1String("pending"))
                ++progress.pending;
            else if (state == QLatin1String("cancelled"))
                ++progress.cancelled;
            else if (query.value(7).toBool())
                ++progress.inFlight;
            else if (query.value(6).toBool())
                ++progress.waiting;
            else if (status == QLatin1String("sent"))
                ++progress.sent;
            else if (status == QLatin1String("delivered"))
                ++progress.delivered;
            else if (status == QLatin1String("read"))
                ++progress.read;
            else if (status == QLatin1String("failed") &&
                     query.value(4).toString() == OutboxStore::unknownOutcomeCode())
                ++progress.unknown;
            else if (status == QLatin1String("failed") &&
                     query.value(4).toString() == cancelledCode())
                ++progress.cancelled;
            else if (status == QLatin1String("failed") || !query.value(14).toBool())
                ++progress.failed;
            else // queued again by Send again, in the agent's outbox now
                ++progress.waiting;
            if (query.value(11).toBool())
                ++progress.replied;
        }
        return progress;
    });
}

QFuture<QList<CampaignResult>> CampaignStore::results(qint64 campaignId)
{
    return m_cache->run([campaignId](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, resultQuery);
        query.bindValue(QStringLiteral(":campaign"), campaignId);
        sql::exec(query);
        QList<CampaignResult> results;
        while (query.next()) {
            CampaignResult result;
            result.position = query.value(0).toInt();
            result.phone = query.value(1).toString();
            const QString state = query.value(2).toString();
            result.status = state == QLatin1String("queued") ? query.value(3).toString() : state;
            if (result.status.isEmpty())
                result.status = QStringLiteral("failed");
            result.failureCode = query.value(4).toString();
            result.failure = query.value(5).toString();
            if (result.failureCode == cancelledCode())
                result.status = QStringLiteral("cancelled");
            result.sentAt = sql::timeFromDb(query.value(8));
            result.deliveredAt = sql::timeFromDb(query.value(9));
            result.readAt = sql::timeFromDb(query.value(10));
            result.replied = query.value(11).toBool();
            result.customerName = query.value(12).toString();
            result.conversationId = query.value(13).toLongLong();
            results.append(result);
        }
        return results;
    });
}

QFuture<int> CampaignStore::cancel(qint64 campaignId, const QDateTime &at)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([campaignId, at, events](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        QSqlQuery pending = sql::prepare(db, QStringLiteral(R"(
            UPDATE campaign_recipients SET state = 'cancelled'
            WHERE campaign_id = :campaign AND state = 'pending')"));
        pending.bindValue(QStringLiteral(":campaign"), campaignId);
        sql::exec(pending);
        int cancelled = pending.numRowsAffected();
        QSqlQuery waiting = sql::prepare(db, QStringLiteral(R"(
            DELETE FROM outbox WHERE campaign_id = :campaign AND in_flight_at IS NULL
            RETURNING message_id)"));
        waiting.bindValue(QStringLiteral(":campaign"), campaignId);
        sql::exec(waiting);
        QList<qint64> messages;
        while (waiting.next())
            messages.append(waiting.value(0).toLongLong());
        waiting.finish();
        const StatusUpdate update{
            MessageStatus::Failed, at, cancelledCode(),
            QCoreApplication::translate("inbox", "Not sent: the campaign was cancelled.")};
        QSet<qint64> conversations;
        for (const qint64 id : messages) {
            if (const auto changed = MessageStore::applyStatusByIdIn(db, id, update))
                conversations.insert(changed->first);
        }
        cancelled += int(messages.size());
        QSqlQuery state = sql::prepare(
            db, QStringLiteral("UPDATE campaigns SET state = 'cancelled' WHERE id = :id"));
        state.bindValue(QStringLiteral(":id"), campaignId);
        sql::exec(state);
        transaction.commit();
        if (!conversations.isEmpty())
            Q_EMIT events->conversationsChanged(conversations.values());
        return cancelled;
    });
}

QFuture<CampaignFacts> CampaignStore::facts(const QString &accountId, const QString &contentName,
                                            int days, const QDateTime &now)
{
    return m_cache->run([=](QSqlDatabase &db) {
        CampaignFacts facts;
        facts.days = days;
        QSqlQuery opted = sql::prepare(
            db,
            QStringLiteral("SELECT phone, opted_out_at FROM leads WHERE opted_out_at IS NOT NULL"));
        sql::exec(opted);
        while (opted.next())
            facts.optedOut.insert(opted.value(0).toString(), sql::timeFromDb(opted.value(1)));
        // Failed sends never reached the customer: they do not count.
        QSqlQuery recent = sql::prepare(db, QStringLiteral(R"(
            SELECT c.customer_phone, max(m.created_at)
            FROM messages m JOIN conversations c ON c.id = m.conversation_id
            WHERE m.account_id = :account AND m.direction = 'out' AND m.created_at >= :since
                AND coalesce(m.status, '') <> 'failed'
                AND (json_extract(m.details, '$.template.name') = :name
                     OR json_extract(m.details, '$.saved_reply') = :name)
            GROUP BY c.customer_phone)"));
        recent.bindValue(QStringLiteral(":account"), accountId);
        recent.bindValue(QStringLiteral(":since"), sql::toDb(now.addDays(-days)));
        recent.bindValue(QStringLiteral(":name"), contentName);
        sql::exec(recent);
        while (recent.next())
            facts.sentRecently.insert(recent.value(0).toString(), sql::timeFromDb(recent.value(1)));
        recent.finish();
        QSqlQuery today = sql::prepare(db, QStringLiteral(R"(
            SELECT count(*) FROM messages
            WHERE account_id = :account AND direction = 'out' AND created_at >= :since
                AND coalesce(status, '') <> 'failed'
                AND (kind = 'template' OR json_extract(details, '$.campaign') IS NOT NULL))"));
        today.bindValue(QStringLiteral(":account"), accountId);
        today.bindValue(QStringLiteral(":since"), sql::toDb(now.addDays(-1)));
        sql::exec(today);
        facts.sentToday = today.next() ? today.value(0).toInt() : 0;
        return facts;
    });
}

} // namespace inbox
