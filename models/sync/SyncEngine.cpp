#include "SyncEngine.h"

#include "ModelsLog.h"
#include "cache/CacheDatabase.h"
#include "cache/CannedResponseStore.h"
#include "cache/ConversationStore.h"
#include "cache/LeadStore.h"
#include "cache/MessageStore.h"
#include "cache/OutboxStore.h"
#include "cache/RelayCursorStore.h"
#include "cache/Sql.h"
#include "domain/Conversation.h"
#include "domain/PhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace inbox {

namespace {

/// What a batch touched, for the item models' live updates.
struct Changes
{
    QSet<qint64> conversations;
    QMap<qint64, QList<qint64>> added;         ///< new message ids by conversation
    QList<std::pair<qint64, qint64>> messages; ///< (conversation, message) changed in place
};

void noteAdded(Changes &changed, const InsertOutcome &outcome)
{
    for (auto it = outcome.byConversation.cbegin(); it != outcome.byConversation.cend(); ++it) {
        changed.added[it.key()] += it.value();
        changed.conversations.insert(it.key());
    }
}

QString canonical(const QString &phone)
{
    const QString parsed = PhoneNumber::canonicalOf(phone);
    return parsed.isEmpty() ? phone : parsed;
}

DeliveryState sentAt(const QDateTime &at)
{
    DeliveryState state;
    state.status = MessageStatus::Sent;
    state.sentAt = at;
    return state;
}

/// The cache's account for the relay's (provider, account), added when it is new.
QString accountIn(QSqlDatabase &db, const QString &provider, const QString &relayAccount)
{
    QSqlQuery find = sql::prepare(
        db, QStringLiteral("SELECT id FROM accounts WHERE provider = ? AND (relay_account = ? OR "
                           "id = ?) ORDER BY relay_account = ? DESC LIMIT 1"));
    find.addBindValue(provider);
    find.addBindValue(relayAccount);
    find.addBindValue(relayAccount);
    find.addBindValue(relayAccount);
    sql::exec(find);
    if (find.next())
        return find.value(0).toString();
    const QString id = provider + QLatin1Char('-') + relayAccount;
    QSqlQuery add = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO accounts (id, provider, display_name, relay_account) VALUES (?, ?, ?, ?)
        ON CONFLICT (id) DO NOTHING)"));
    add.addBindValue(id);
    add.addBindValue(provider);
    add.addBindValue(relayAccount);
    add.addBindValue(relayAccount);
    sql::exec(add);
    return id;
}

/// The conversation of an account with a customer; an unknown number first gets its lead.
qint64 conversationIn(QSqlDatabase &db, const QString &accountId, const QString &phone,
                      const QString &customerName, const QDateTime &at)
{
    const QString number = canonical(phone);
    LeadStore::leadForPhoneIn(db, number, QString(), at); // "WhatsApp <phone>", once
    return ConversationStore::conversationForIn(db, accountId, number, customerName, at);
}

std::optional<qint64> messageIdIn(QSqlDatabase &db, const QString &accountId,
                                  const QString &providerId)
{
    QSqlQuery find = sql::prepare(db, QStringLiteral("SELECT id, conversation_id FROM messages "
                                                     "WHERE account_id = ? AND "
                                                     "provider_message_id = ?"));
    find.addBindValue(accountId);
    find.addBindValue(providerId);
    sql::exec(find);
    if (!find.next())
        return std::nullopt;
    return find.value(0).toLongLong();
}

qint64 conversationOf(QSqlDatabase &db, qint64 messageId)
{
    QSqlQuery owner =
        sql::prepare(db, QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"));
    owner.addBindValue(messageId);
    sql::exec(owner);
    return owner.next() ? owner.value(0).toLongLong() : 0;
}

/// Webhook-first providers (UniPile, open-wa) echo our own send, sometimes before the send's
/// answer is in: the echo is then our queued message, not a new one. It takes the provider's id
/// now (the send's answer brings the same id later), so the message is shown once.
bool adoptEcho(QSqlDatabase &db, const QString &accountId, const MessageEvent &event,
               Changes &changed)
{
    if (event.externalId.isEmpty() || messageIdIn(db, accountId, event.externalId))
        return false;
    QSqlQuery find = sql::prepare(db, QStringLiteral(R"(
        SELECT m.id, m.conversation_id FROM messages m
            JOIN conversations c ON c.id = m.conversation_id
        WHERE m.account_id = ? AND m.direction = 'out' AND m.provider_message_id IS NULL
            AND m.status = 'queued' AND m.text = ? AND c.customer_phone = ? AND m.created_at > ?
        ORDER BY m.id LIMIT 1)"));
    find.addBindValue(accountId);
    find.addBindValue(event.text);
    find.addBindValue(canonical(event.to));
    find.addBindValue(QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000);
    sql::exec(find);
    if (!find.next())
        return false;
    const qint64 id = find.value(0).toLongLong();
    const qint64 conversation = find.value(1).toLongLong();
    find.finish();
    QSqlQuery adopt = sql::prepare(
        db, QStringLiteral("UPDATE messages SET provider_message_id = ? WHERE id = ?"));
    adopt.addBindValue(event.externalId);
    adopt.addBindValue(id);
    sql::exec(adopt);
    changed.messages.append({conversation, id});
    return true;
}

void applyMessage(QSqlDatabase &db, const QString &accountId, const MessageEvent &event,
                  SyncReport &report, Changes &changed)
{
    const QString customer = event.direction == Direction::Inbound ? event.from : event.to;
    if (event.kind == QLatin1String("reaction")) {
        const auto target = messageIdIn(db, accountId, event.replyTo);
        if (!target)
            return;
        // Ours (sent from the inbox or the phone) is the business's; theirs the customer's.
        MessageStore::setReactionIn(db, *target,
                                    event.direction == Direction::Outbound
                                        ? OutboxStore::businessReactor()
                                        : canonical(customer),
                                    event.text, event.timestamp);
        changed.conversations.insert(conversationOf(db, *target));
        return;
    }
    if (event.kind == QLatin1String("edit") || event.kind == QLatin1String("revoke")) {
        const auto target = messageIdIn(db, accountId, event.replyTo);
        if (!target)
            return;
        QSqlQuery query = sql::prepare(
            db, QStringLiteral("UPDATE messages SET text = ?, details = json_set(coalesce("
                               "details, '{}'), ?, json('true')) WHERE id = ?"));
        query.addBindValue(sql::text(event.kind == QLatin1String("edit") ? event.text : QString()));
        query.addBindValue(event.kind == QLatin1String("edit") ? QStringLiteral("$.edited")
                                                               : QStringLiteral("$.revoked"));
        query.addBindValue(*target);
        sql::exec(query);
        changed.conversations.insert(conversationOf(db, *target));
        return;
    }
    if (customer.isEmpty())
        return;
    if (event.direction == Direction::Outbound && adoptEcho(db, accountId, event, changed))
        return;
    Message message;
    message.accountId = accountId;
    message.providerMessageId = event.externalId;
    message.direction = event.direction;
    message.kind = kindFromKey(event.kind).value_or(MessageKind::Unsupported);
    message.text = event.text;
    message.media = event.media;
    message.replyToProviderId = event.replyTo;
    message.createdAt =
        event.timestamp.isValid() ? event.timestamp : QDateTime::currentDateTimeUtc();
    message.details = event.details;
    if (event.direction == Direction::Outbound)
        message.delivery = sentAt(message.createdAt);
    message.conversationId =
        conversationIn(db, accountId, customer, event.customerName, message.createdAt);
    const InsertOutcome outcome = MessageStore::insertIn(db, {message});
    report.messages += int(outcome.insertedIds.size());
    noteAdded(changed, outcome);
}

void applyStatus(QSqlDatabase &db, const QString &accountId, const StatusEvent &event,
                 SyncReport &report, Changes &changed)
{
    const auto status = statusFromKey(
        event.status == QLatin1String("played") ? QStringLiteral("read") : event.status);
    if (!status)
        return;
    StatusUpdate update{
        *status, event.timestamp.isValid() ? event.timestamp : QDateTime::currentDateTimeUtc(),
        event.errorCode, event.errorTitle};
    // Providers give a message several ids (WATI's local id, its own): any of them will do.
    for (const QString &id : QStringList{event.externalId} + event.otherIds) {
        if (const auto hit = MessageStore::applyStatusIn(db, accountId, id, update)) {
            ++report.statuses;
            changed.conversations.insert(hit->first);
            changed.messages.append(*hit);
            return;
        }
    }
}

/// A team event's conversation: {"account": relay account, "provider", "phone"}.
qint64 teamConversationIn(QSqlDatabase &db, const QJsonObject &event, const QDateTime &at)
{
    const QString phone = event.value(QLatin1String("phone")).toString();
    if (phone.isEmpty())
        return 0;
    const QString accountId = accountIn(db, event.value(QLatin1String("provider")).toString(),
                                        event.value(QLatin1String("account")).toString());
    return conversationIn(db, accountId, phone, QString(), at);
}

void ensureAgentIn(QSqlDatabase &db, const QString &id, const QString &name)
{
    QSqlQuery add = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO agents (id, name, role) VALUES (?, ?, 'agent')
        ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE excluded.name <> '')"));
    add.addBindValue(id);
    add.addBindValue(sql::text(name));
    sql::exec(add);
}

void applyTeam(QSqlDatabase &db, const QJsonObject &event, SyncReport &report, Changes &changed)
{
    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject author = event.value(QLatin1String("author")).toObject();
    const QDateTime at =
        QDateTime::fromString(event.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    ensureAgentIn(db, author.value(QLatin1String("id")).toString(),
                  author.value(QLatin1String("name")).toString());
    auto update = [&](const QString &statement, const QVariantList &values) {
        const qint64 conversation = teamConversationIn(db, event, at);
        if (conversation == 0)
            return;
        QSqlQuery query = sql::prepare(db, statement);
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(conversation);
        sql::exec(query);
        changed.conversations.insert(conversation);
        ++report.teamEvents;
    };
    if (type == QLatin1String("assign")) {
        const QString assignee = event.value(QLatin1String("assignee")).toString();
        ensureAgentIn(db, assignee, event.value(QLatin1String("assigneeName")).toString());
        update(QStringLiteral("UPDATE conversations SET assignee_id = ? WHERE id = ?"), {assignee});
    } else if (type == QLatin1String("unassign")) {
        update(QStringLiteral("UPDATE conversations SET assignee_id = NULL WHERE id = ?"), {});
    } else if (type == QLatin1String("status")) {
        const auto status =
            conversationStatusFromKey(event.value(QLatin1String("status")).toString());
        if (!status)
            return;
        const QDateTime until = QDateTime::fromString(
            event.value(QLatin1String("snoozedUntil")).toString(), Qt::ISODateWithMs);
        update(
            QStringLiteral("UPDATE conversations SET status = ?, snoozed_until = ? WHERE id = ?"),
            {conversationStatusKey(*status), sql::toDb(until)});
    } else if (type == QLatin1String("read")) {
        update(QStringLiteral("UPDATE conversations SET unread_count = 0 WHERE id = ?"), {});
    } else if (type == QLatin1String("note")) {
        const QString phone = canonical(event.value(QLatin1String("phone")).toString());
        if (phone.isEmpty())
            return;
        Note note;
        note.leadId = LeadStore::leadForPhoneIn(db, phone, QString(), at);
        note.authorId = author.value(QLatin1String("id")).toString();
        note.createdAt = at;
        note.text = event.value(QLatin1String("text")).toString();
        LeadStore::addNoteIn(db, note);
        ++report.teamEvents;
    } else if (type == QLatin1String("lead")) {
        const QString phone = canonical(event.value(QLatin1String("phone")).toString());
        const qint64 lead = LeadStore::leadForPhoneIn(db, phone, QString(), at);
        for (const char *field : {"name", "stage"}) {
            if (!event.contains(QLatin1String(field)))
                continue;
            QSqlQuery query = sql::prepare(
                db,
                QStringLiteral("UPDATE leads SET %1 = ? WHERE id = ?").arg(QLatin1String(field)));
            query.addBindValue(event.value(QLatin1String(field)).toString());
            query.addBindValue(lead);
            sql::exec(query);
        }
        ++report.teamEvents;
    } else if (type == QLatin1String("template")) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            UPDATE templates SET status = coalesce(?, status),
                components = coalesce(?, components)
            WHERE account_id = ? AND name = ? AND language = ?)"));
        const QJsonValue status = event.value(QLatin1String("status"));
        const QJsonValue components = event.value(QLatin1String("components"));
        query.addBindValue(status.isString() ? QVariant(status.toString())
                                             : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(
            components.isArray()
                ? QVariant(QString::fromUtf8(
                      QJsonDocument(components.toArray()).toJson(QJsonDocument::Compact)))
                : QVariant(QMetaType::fromType<QString>()));
        const QString templateAccount =
            accountIn(db, event.value(QLatin1String("provider")).toString(),
                      event.value(QLatin1String("account")).toString());
        query.addBindValue(templateAccount);
        query.addBindValue(event.value(QLatin1String("name")).toString());
        query.addBindValue(event.value(QLatin1String("language")).toString());
        sql::exec(query);
        if (!report.templateAccounts.contains(templateAccount))
            report.templateAccounts << templateAccount;
        ++report.teamEvents;
    } else if (type == QLatin1String("canned")) {
        // The team's saved replies: {"shortcut", "text"} sets one, {"shortcut", "removed": true}
        // takes it away.
        const QString shortcut = event.value(QLatin1String("shortcut")).toString().trimmed();
        if (shortcut.isEmpty())
            return;
        if (event.value(QLatin1String("removed")).toBool()) {
            CannedResponseStore::removeIn(db, shortcut);
        } else {
            CannedResponseStore::upsertIn(db,
                                          {shortcut, event.value(QLatin1String("text")).toString(),
                                           author.value(QLatin1String("id")).toString(), at});
        }
        ++report.cannedResponses;
        ++report.teamEvents;
    } else if (type == QLatin1String("autoreply")) {
        // Who sends the automatic reply to a message: the first claim in the relay's order.
        QSqlQuery claim = sql::prepare(db, QStringLiteral(R"(
            INSERT OR IGNORE INTO auto_reply_claims (account_id, message_id, claim, claimed_at)
            VALUES (?, ?, ?, ?))"));
        claim.addBindValue(accountIn(db, event.value(QLatin1String("provider")).toString(),
                                     event.value(QLatin1String("account")).toString()));
        claim.addBindValue(event.value(QLatin1String("message")).toString());
        claim.addBindValue(event.value(QLatin1String("claim")).toString());
        claim.addBindValue(sql::toDb(at));
        sql::exec(claim);
        if (claim.numRowsAffected() > 0)
            report.autoReplyClaims << event.value(QLatin1String("claim")).toString();
        ++report.teamEvents;
    } else if (type == QLatin1String("outbound")) {
        // A teammate's message: shown in every inbox, one row however often it arrives.
        const qint64 conversation = teamConversationIn(db, event, at);
        if (conversation == 0)
            return;
        Message message;
        message.conversationId = conversation;
        message.accountId = accountIn(db, event.value(QLatin1String("provider")).toString(),
                                      event.value(QLatin1String("account")).toString());
        message.providerMessageId = event.value(QLatin1String("providerMessageId")).toString();
        message.direction = Direction::Outbound;
        message.kind =
            kindFromKey(event.value(QLatin1String("kind")).toString()).value_or(MessageKind::Text);
        message.text = event.value(QLatin1String("text")).toString();
        message.senderAgentId = author.value(QLatin1String("id")).toString();
        message.createdAt = at;
        message.delivery = sentAt(at);
        if (message.providerMessageId.isEmpty())
            return; // only sent messages are echoed; the sender's own row has the rest
        noteAdded(changed, MessageStore::insertIn(db, {message}));
        ++report.teamEvents;
    }
}

} // namespace

SyncEngine::SyncEngine(std::shared_ptr<CacheDatabase> cache, QString org, Normaliser normalise)
    : m_cache(std::move(cache))
    , m_org(std::move(org))
    , m_normalise(std::move(normalise))
{}

SyncReport SyncEngine::applyIn(QSqlDatabase &db, const QList<RelayEvent> &events,
                               QList<qint64> &changedConversations,
                               QMap<qint64, QList<qint64>> &addedMessages,
                               QList<std::pair<qint64, qint64>> &changedMessages) const
{
    SyncReport report;
    Changes changed;
    for (const RelayEvent &relayEvent : events) {
        report.cursor = qMax(report.cursor, relayEvent.seq);
        if (relayEvent.provider == QLatin1String("team")) {
            applyTeam(db, QJsonDocument::fromJson(relayEvent.body).object(), report, changed);
            continue;
        }
        const auto normalised = m_normalise(relayEvent.provider, relayEvent.body);
        if (!normalised) {
            qCWarning(lcModels) << "event" << relayEvent.seq << "of" << relayEvent.provider
                                << "could not be read:" << normalised.error();
            ++report.skipped;
            continue;
        }
        const QString accountId = accountIn(db, relayEvent.provider, relayEvent.account);
        for (const ProviderEvent &event : normalised.value()) {
            if (const auto *message = std::get_if<MessageEvent>(&event)) {
                applyMessage(db, accountId, *message, report, changed);
            } else if (const auto *status = std::get_if<StatusEvent>(&event)) {
                applyStatus(db, accountId, *status, report, changed);
            } else if (const auto *review = std::get_if<TemplateStatusEvent>(&event)) {
                QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
                    UPDATE templates SET status = ?, status_reason = ? WHERE account_id = ?
                        AND name = ? AND (language = ? OR ? = ''))"));
                query.addBindValue(review->status.toUpper());
                query.addBindValue(sql::text(
                    review->reason == QLatin1String("NONE") ? QString() : review->reason));
                query.addBindValue(accountId);
                query.addBindValue(review->name);
                query.addBindValue(review->language);
                query.addBindValue(review->language);
                sql::exec(query);
                if (!report.templateAccounts.contains(accountId))
                    report.templateAccounts << accountId;
            } else {
                ++report.skipped;
            }
        }
    }
    if (report.cursor > 0)
        RelayCursorStore::setIn(db, m_org, report.cursor);
    changed.conversations.remove(0);
    changedConversations = changed.conversations.values();
    addedMessages = changed.added;
    changedMessages = changed.messages;
    return report;
}

namespace {

/// Tells the views what a committed sync changed.
void announce(CacheEvents *cacheEvents, const SyncReport &report, const QList<qint64> &changed,
              const QMap<qint64, QList<qint64>> &added,
              const QList<std::pair<qint64, qint64>> &statuses)
{
    for (const auto &[conversation, message] : statuses)
        Q_EMIT cacheEvents->messageChanged(conversation, message);
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        Q_EMIT cacheEvents->messagesAdded(it.key(), it.value());
    if (!changed.isEmpty())
        Q_EMIT cacheEvents->conversationsChanged(changed);
    if (report.cannedResponses > 0)
        Q_EMIT cacheEvents->cannedResponsesChanged();
    for (const QString &account : report.templateAccounts)
        Q_EMIT cacheEvents->templatesChanged(account);
    for (const QString &claim : report.autoReplyClaims)
        Q_EMIT cacheEvents->autoReplyClaimed(claim);
}

} // namespace

QFuture<SyncReport> SyncEngine::apply(const QList<RelayEvent> &events)
{
    CacheEvents *cacheEvents = m_cache->events();
    return m_cache->run([this, events, cacheEvents](QSqlDatabase &db) {
        QList<qint64> changed;
        QMap<qint64, QList<qint64>> added;
        QList<std::pair<qint64, qint64>> statuses;
        sql::Transaction transaction(db);
        const SyncReport report = applyIn(db, events, changed, added, statuses);
        transaction.commit();
        announce(cacheEvents, report, changed, added, statuses);
        return report;
    });
}

QFuture<SyncReport> SyncEngine::applyHistory(const std::shared_ptr<CacheDatabase> &cache,
                                             const QString &accountId,
                                             const QList<MessageEvent> &messages)
{
    CacheEvents *cacheEvents = cache->events();
    return cache->run([accountId, messages, cacheEvents](QSqlDatabase &db) {
        SyncReport report;
        Changes changed;
        sql::Transaction transaction(db);
        for (const MessageEvent &message : messages)
            applyMessage(db, accountId, message, report, changed);
        transaction.commit();
        changed.conversations.remove(0);
        announce(cacheEvents, report, changed.conversations.values(), changed.added,
                 changed.messages);
        return report;
    });
}

} // namespace inbox
