// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "ModelsLog.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/CannedResponseStore.h"
#include "cache/ConversationStore.h"
#include "cache/LabelStore.h"
#include "cache/LeadStore.h"
#include "cache/MessageStore.h"
#include "cache/OutboxStore.h"
#include "cache/RelayCursorStore.h"
#include "cache/RoutingStore.h"
#include "cache/SavedViewStore.h"
#include "cache/Sql.h"
#include "cache/TemplateStore.h"
#include "domain/Campaign.h"
#include "domain/Conversation.h"
#include "domain/ConversationHistory.h"
#include "domain/PhoneNumber.h"
#include "domain/TeamEvent.h"

#include <QCoreApplication>
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
    QMap<qint64, QList<qint64>> past;          ///< the same, from a provider's history
    QList<std::pair<qint64, qint64>> messages; ///< (conversation, message) changed in place
};

void noteAdded(Changes &changed, const InsertOutcome &outcome, bool past = false)
{
    for (auto it = outcome.byConversation.cbegin(); it != outcome.byConversation.cend(); ++it) {
        (past ? changed.past : changed.added)[it.key()] += it.value();
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

/// The conversation of an account with a customer; an unknown number first gets its lead
/// (`newLead`, when asked, says whether it did).
qint64 conversationIn(QSqlDatabase &db, const QString &accountId, const QString &phone,
                      const QString &customerName, const QDateTime &at, bool *newLead = nullptr,
                      const QString &userId = {})
{
    // A customer known only by a user id is keyed, and its lead named, by it.
    const QString number = phone.isEmpty() ? userId : canonical(phone);
    LeadStore::leadForPhoneIn(db, number, phone.isEmpty() ? customerName : QString(), at,
                              newLead); // "WhatsApp <phone>", once
    return ConversationStore::conversationForIn(db, accountId, number, customerName, at, userId);
}

/// The author of the notes the inbox writes itself.
const QString inboxAuthor = QStringLiteral("WhatsApp");

/// A new number's first message, as the first note on the lead it made: the team reads why the
/// customer came without opening the chat.
void noteFirstMessage(QSqlDatabase &db, const QString &phone, qint64 conversationId,
                      const Message &message)
{
    Note note;
    note.leadId = LeadStore::leadForPhoneIn(db, canonical(phone), QString(), message.createdAt);
    note.conversationId = conversationId;
    note.authorId = inboxAuthor;
    note.createdAt = message.createdAt;
    note.text = message.text.isEmpty()
                    ? QCoreApplication::translate("inbox::SyncEngine", "First message: %1")
                          .arg(kindKey(message.kind))
                    : QCoreApplication::translate("inbox::SyncEngine", "First message: %1")
                          .arg(message.text);
    LeadStore::addNoteIn(db, note);
}

/// Webhook-first providers (UniPile, open-wa) echo our own send, sometimes before the send's
/// answer is in: the echo is then our queued message, not a new one. It takes the provider's id
/// now (the send's answer brings the same id later), so the message is shown once.
bool adoptEcho(QSqlDatabase &db, const QString &accountId, const MessageEvent &event,
               Changes &changed)
{
    if (event.externalId.isEmpty() ||
        MessageStore::idForProviderIn(db, accountId, event.externalId))
        return false;
    const auto adopted =
        MessageStore::adoptEchoIn(db, accountId, canonical(event.to), event.text, event.externalId,
                                  QDateTime::currentDateTimeUtc().addSecs(-10 * 60));
    if (!adopted)
        return false;
    changed.messages.append(*adopted);
    return true;
}

/// New rows may be the messages earlier statuses were waiting for.
void applyEarlyStatuses(QSqlDatabase &db, const InsertOutcome &outcome, Changes &changed)
{
    for (const qint64 id : outcome.insertedIds) {
        if (const auto hit = MessageStore::applyEarlyStatusesIn(db, id))
            changed.messages.append(*hit);
    }
}

void applyMessage(QSqlDatabase &db, const QString &accountId, const MessageEvent &event,
                  SyncReport &report, Changes &changed)
{
    const QString customer = event.direction == Direction::Inbound ? event.from : event.to;
    if (event.kind == QLatin1String("reaction")) {
        const auto target = MessageStore::idForProviderIn(db, accountId, event.replyTo);
        if (!target)
            return;
        // Ours (sent from the inbox or the phone) is the business's; theirs the customer's.
        MessageStore::setReactionIn(db, *target,
                                    event.direction == Direction::Outbound
                                        ? OutboxStore::businessReactor()
                                        : canonical(customer),
                                    event.text, event.timestamp);
        changed.conversations.insert(MessageStore::conversationOfIn(db, *target));
        return;
    }
    if (event.kind == QLatin1String("edit") || event.kind == QLatin1String("revoke")) {
        const auto target = MessageStore::idForProviderIn(db, accountId, event.replyTo);
        if (!target)
            return;
        MessageStore::reviseIn(db, *target,
                               event.kind == QLatin1String("edit") ? std::optional(event.text)
                                                                   : std::nullopt);
        changed.conversations.insert(MessageStore::conversationOfIn(db, *target));
        return;
    }
    if (customer.isEmpty() && event.customerUserId.isEmpty())
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
    bool newLead = false;
    message.conversationId = conversationIn(db, accountId, customer, event.customerName,
                                            message.createdAt, &newLead, event.customerUserId);
    const InsertOutcome outcome = MessageStore::insertIn(db, {message}, event.past);
    if (newLead && event.direction == Direction::Inbound && !outcome.insertedIds.isEmpty())
        noteFirstMessage(db, customer.isEmpty() ? event.customerUserId : customer,
                         message.conversationId, message);
    if (outcome.insertedIds.isEmpty() && event.past && message.media) {
        // A shared history names a media file's id in a later webhook than its message.
        if (const auto filled = MessageStore::fillMediaIn(db, accountId, message))
            changed.messages.append(*filled);
    }
    report.messages += int(outcome.insertedIds.size());
    // A history page tells how far our message got: applied by the one-way rule, to a message
    // just added or one the cache had (a re-sync, Sync status).
    if (event.direction == Direction::Outbound && !event.externalId.isEmpty()) {
        const QString said = event.details.value(QLatin1String("status")).toString();
        const auto status =
            statusFromKey(said == QLatin1String("played") ? QStringLiteral("read") : said);
        if (status && *status != MessageStatus::Queued) {
            const StatusUpdate update{
                *status, message.createdAt, QString(),
                *status == MessageStatus::Failed
                    ? QCoreApplication::translate("inbox", "The provider reports it failed.")
                    : QString()};
            if (const auto hit =
                    MessageStore::applyStatusIn(db, accountId, event.externalId, update)) {
                ++report.statuses;
                changed.conversations.insert(hit->first);
                changed.messages.append(*hit);
            }
        }
    }
    // "STOP": no campaign writes to them again; the chat says so, for the agent.
    if (event.direction == Direction::Inbound && !event.past && !outcome.insertedIds.isEmpty() &&
        !customer.isEmpty() && isOptOutRequest(event.text) &&
        LeadStore::setOptedOutIn(db, canonical(customer), message.createdAt)) {
        const InsertOutcome line = MessageStore::addHistoryIn(
            db, message.conversationId,
            QCoreApplication::translate("inbox",
                                        "The customer opted out: bulk campaigns leave them out."),
            QStringLiteral("optout:%1").arg(event.externalId), message.createdAt);
        noteAdded(changed, line);
    }
    noteAdded(changed, outcome, event.past);
    applyEarlyStatuses(db, outcome, changed);
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
        event.errorCode, *status == MessageStatus::Failed ? event.failureText() : QString()};
    // Providers give a message several ids (WATI's local id, its own): any of them will do.
    const QStringList ids = QStringList{event.externalId} + event.otherIds;
    for (const QString &id : ids) {
        if (!MessageStore::idForProviderIn(db, accountId, id))
            continue;
        if (const auto hit = MessageStore::applyStatusIn(db, accountId, id, update)) {
            ++report.statuses;
            changed.conversations.insert(hit->first);
            changed.messages.append(*hit);
        }
        return;
    }
    // Our reference: a send whose answer was lost (a crash, a timeout) is ours after all.
    if (const auto hit = OutboxStore::settleByReferenceIn(db, accountId, event.reference,
                                                          event.externalId, update)) {
        ++report.statuses;
        changed.conversations.insert(hit->first);
        changed.messages.append(*hit);
        return;
    }
    // Before its message: kept under each id, applied when a message takes one of them.
    for (const QString &id : ids) {
        if (!id.isEmpty())
            MessageStore::keepEarlyStatusIn(db, accountId, id, update);
    }
}

/// The cache's conversation a team event is about.
qint64 conversationIn(QSqlDatabase &db, const ConversationKey &key, const QDateTime &at)
{
    const QString accountId = AccountStore::forRelayIn(db, key.provider, key.account);
    return conversationIn(db, accountId, key.phone, QString(), at);
}

/// Applies one team event through the stores.
class TeamApplier
{
public:
    TeamApplier(QSqlDatabase &db, const TeamEvent &event, qint64 seq, SyncReport &report,
                Changes &changed)
        : m_db(db)
        , m_at(event.stamp.at.isValid() ? event.stamp.at : QDateTime::currentDateTimeUtc())
        , m_author(event.stamp.authorId)
        , m_authorName(event.stamp.authorName.isEmpty() ? event.stamp.authorId
                                                        : event.stamp.authorName)
        , m_historyKey(QStringLiteral("team:%1").arg(seq))
        , m_seq(seq)
        , m_report(report)
        , m_changed(changed)
    {
        AgentStore::ensureIn(db, event.stamp.authorId, event.stamp.authorName);
    }

    void operator()(const team::Assign &e)
    {
        AgentStore::ensureIn(m_db, e.assignee, e.assigneeName);
        const qint64 id = touch(e.conversation);
        ConversationStore::assignIn(m_db, id, e.assignee);
        history(id, history::assigned(m_authorName, e.assignee, e.assigneeName, m_author));
    }
    void operator()(const team::AutoAssign &e)
    {
        AgentStore::ensureIn(m_db, e.assignee, e.assigneeName);
        const qint64 id = touch(e.conversation);
        ConversationStore::assignIn(m_db, id, e.assignee);
        RoutingStore::recordTurnIn(m_db, e.assignee, m_seq);
        const auto name = [this](const QString &agent, const QString &given) {
            if (!given.isEmpty() || agent.isEmpty())
                return given;
            const QString known = AgentStore::nameIn(m_db, agent);
            return known.isEmpty() ? agent : known;
        };
        history(id, history::autoAssigned(name(e.assignee, e.assigneeName), name(e.previous, {})));
        ++m_report.routing; // the teammates' loads changed
    }
    void operator()(const team::Routing &e)
    {
        const QString account = e.provider.isEmpty()
                                    ? QString()
                                    : AccountStore::forRelayIn(m_db, e.provider, e.account);
        if (e.removed)
            RoutingStore::removeRulesIn(m_db, account);
        else
            RoutingStore::setRulesIn(m_db, {account, e.enabled, e.reassignAfterMinutes, m_at});
        ++m_report.routing;
        ++m_report.teamEvents;
    }
    void operator()(const team::Capacity &e)
    {
        AgentStore::ensureIn(m_db, e.agent, QString());
        RoutingStore::setCapacityIn(m_db, e.agent, e.max);
        ++m_report.routing;
        ++m_report.teamEvents;
    }
    void operator()(const team::Unassign &e)
    {
        const qint64 id = touch(e.conversation);
        ConversationStore::assignIn(m_db, id, QString());
        history(id, history::unassigned(m_authorName));
    }
    void operator()(const team::SetStatus &e)
    {
        const qint64 id = touch(e.conversation);
        ConversationStore::setStatusIn(m_db, id, e.status, e.snoozedUntil);
        ConversationStore::recordStatusIn(m_db, id, e.status, m_author, m_at);
        history(id, history::statusChanged(m_authorName, e.status, e.snoozedUntil));
    }
    void operator()(const team::MarkRead &e)
    {
        ConversationStore::markReadIn(m_db, touch(e.conversation));
    }
    void operator()(const team::AddNote &e)
    {
        Note note;
        note.leadId = LeadStore::leadForPhoneIn(m_db, canonical(e.phone), QString(), m_at);
        note.authorId = m_author;
        note.createdAt = m_at;
        note.text = e.text;
        LeadStore::addNoteIn(m_db, note);
        m_report.notes.append({e.phone, m_author, e.text, m_at});
        ++m_report.teamEvents;
    }
    void operator()(const team::EditLead &e)
    {
        const QString phone = canonical(e.phone);
        LeadStore::editIn(m_db, LeadStore::leadForPhoneIn(m_db, phone, QString(), m_at), e.name,
                          e.stage);
        if (e.optedOut)
            LeadStore::setOptedOutIn(m_db, phone, *e.optedOut ? m_at : QDateTime());
        ++m_report.teamEvents;
    }
    void operator()(const team::EditTemplate &e)
    {
        const QString account = AccountStore::forRelayIn(m_db, e.provider, e.account);
        TemplateStore::applyEditIn(m_db, account, e.name, e.language, e.category, e.status,
                                   e.components);
        if (!m_report.templateAccounts.contains(account))
            m_report.templateAccounts << account;
        ++m_report.teamEvents;
    }
    void operator()(const team::SavedReply &e)
    {
        if (e.removed)
            CannedResponseStore::removeIn(m_db, e.shortcut);
        else
            CannedResponseStore::upsertIn(m_db, {e.shortcut, e.text, m_author, m_at});
        ++m_report.cannedResponses;
        ++m_report.teamEvents;
    }
    void operator()(const team::DefineLabel &e)
    {
        if (e.removed)
            LabelStore::removeIn(m_db, e.name);
        else
            LabelStore::defineIn(m_db, {e.name, e.colour});
        ++m_report.labels;
        ++m_report.teamEvents;
    }
    void operator()(const team::SaveView &e)
    {
        if (e.removed)
            SavedViewStore::removeIn(m_db, e.name);
        else
            SavedViewStore::saveIn(m_db, {e.name, e.filter});
        ++m_report.savedViews;
        ++m_report.teamEvents;
    }
    void operator()(const team::LabelConversation &e)
    {
        LabelStore::setOnIn(m_db, touch(e.conversation), e.label, !e.removed);
    }
    void operator()(const team::ClaimAutoReply &e)
    {
        const QString account = AccountStore::forRelayIn(m_db, e.provider, e.account);
        if (AccountStore::claimAutoReplyIn(m_db, account, e.message, e.claim, m_at))
            m_report.autoReplyClaims << e.claim;
        ++m_report.teamEvents;
    }
    void operator()(const team::Outbound &e)
    {
        // A teammate's message: shown in every inbox, one row however often it arrives.
        Message message;
        message.conversationId = conversationIn(m_db, e.conversation, m_at);
        message.accountId =
            AccountStore::forRelayIn(m_db, e.conversation.provider, e.conversation.account);
        message.providerMessageId = e.providerMessageId;
        message.direction = Direction::Outbound;
        message.kind = e.kind;
        message.text = e.text;
        message.senderAgentId = m_author;
        message.createdAt = m_at;
        message.delivery = sentAt(m_at);
        const InsertOutcome outcome = MessageStore::insertIn(m_db, {message});
        noteAdded(m_changed, outcome);
        applyEarlyStatuses(m_db, outcome, m_changed);
        ++m_report.teamEvents;
    }

private:
    /// A line in the chat that says what happened, once per event.
    void history(qint64 conversation, const QString &text)
    {
        noteAdded(m_changed,
                  MessageStore::addHistoryIn(m_db, conversation, text, m_historyKey, m_at));
    }
    /// The conversation's id, noted as changed.
    qint64 touch(const ConversationKey &key)
    {
        const qint64 id = conversationIn(m_db, key, m_at);
        m_changed.conversations.insert(id);
        ++m_report.teamEvents;
        return id;
    }

    QSqlDatabase &m_db;
    QDateTime m_at;
    QString m_author;
    QString m_authorName;
    QString m_historyKey;
    qint64 m_seq;
    SyncReport &m_report;
    Changes &m_changed;
};

void applyTeam(QSqlDatabase &db, const RelayEvent &relayEvent, SyncReport &report, Changes &changed)
{
    const auto event = teamEventFromJson(QJsonDocument::fromJson(relayEvent.body).object());
    if (!event) {
        // The relay checks what it stores; an event it took from a newer desktop may still be
        // one this version does not know. Nothing of it is applied.
        qCWarning(lcModels) << "team event" << relayEvent.seq << "skipped:" << event.error();
        ++report.skipped;
        return;
    }
    std::visit(TeamApplier(db, *event, relayEvent.seq, report, changed), event->body);
}

} // namespace

SyncEngine::SyncEngine(std::shared_ptr<CacheDatabase> cache, QString org, Normaliser normalise)
    : m_cache(std::move(cache))
    , m_org(std::move(org))
    , m_normalise(std::move(normalise))
{}

namespace {

SyncReport applyBatchIn(QSqlDatabase &db, const QString &org, const Normaliser &normalise,
                        const QList<RelayEvent> &events, Changes &changed)
{
    SyncReport report;
    for (const RelayEvent &relayEvent : events) {
        report.cursor = qMax(report.cursor, relayEvent.seq);
        if (relayEvent.provider == QLatin1String("team")) {
            applyTeam(db, relayEvent, report, changed);
            continue;
        }
        const auto normalised = normalise(relayEvent.provider, relayEvent.body);
        if (!normalised) {
            qCWarning(lcModels) << "event" << relayEvent.seq << "of" << relayEvent.provider
                                << "could not be read:" << normalised.error();
            ++report.skipped;
            continue;
        }
        const QString accountId =
            AccountStore::forRelayIn(db, relayEvent.provider, relayEvent.account);
        for (const ProviderEvent &event : normalised.value()) {
            if (const auto *message = std::get_if<MessageEvent>(&event)) {
                applyMessage(db, accountId, *message, report, changed);
            } else if (const auto *status = std::get_if<StatusEvent>(&event)) {
                applyStatus(db, accountId, *status, report, changed);
            } else if (const auto *review = std::get_if<TemplateStatusEvent>(&event)) {
                if (!review->status.isEmpty())
                    TemplateStore::setReviewIn(db, accountId, review->name, review->language,
                                               review->status, review->reason);
                if (!review->category.isEmpty())
                    TemplateStore::setCategoryIn(db, accountId, review->name, review->language,
                                                 review->category);
                if (!report.templateAccounts.contains(accountId))
                    report.templateAccounts << accountId;
            } else if (const auto *health = std::get_if<AccountHealthEvent>(&event)) {
                report.accountHealth.insert(accountId, health->problem);
            } else {
                ++report.skipped;
            }
        }
    }
    if (report.cursor > 0)
        RelayCursorStore::setIn(db, org, report.cursor);
    changed.conversations.remove(0);
    return report;
}

/// Tells the views what a committed sync changed.
void announce(CacheEvents *cacheEvents, const SyncReport &report, const QList<qint64> &changed,
              const QMap<qint64, QList<qint64>> &added, const QMap<qint64, QList<qint64>> &past,
              const QList<std::pair<qint64, qint64>> &statuses)
{
    for (auto it = past.cbegin(); it != past.cend(); ++it)
        Q_EMIT cacheEvents->pastMessagesAdded(it.key(), it.value());
    for (const auto &[conversation, message] : statuses)
        Q_EMIT cacheEvents->messageChanged(conversation, message);
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        Q_EMIT cacheEvents->messagesAdded(it.key(), it.value());
    if (!changed.isEmpty())
        Q_EMIT cacheEvents->conversationsChanged(changed);
    if (report.cannedResponses > 0)
        Q_EMIT cacheEvents->cannedResponsesChanged();
    if (report.labels > 0)
        Q_EMIT cacheEvents->labelsChanged();
    if (report.savedViews > 0)
        Q_EMIT cacheEvents->savedViewsChanged();
    if (report.routing > 0)
        Q_EMIT cacheEvents->routingChanged();
    for (const QString &account : report.templateAccounts)
        Q_EMIT cacheEvents->templatesChanged(account);
    for (const QString &claim : report.autoReplyClaims)
        Q_EMIT cacheEvents->autoReplyClaimed(claim);
    for (const SyncReport::TeamNote &note : report.notes)
        Q_EMIT cacheEvents->teamNoteAdded(note.phone, note.author, note.text, note.at);
    for (auto it = report.accountHealth.cbegin(); it != report.accountHealth.cend(); ++it)
        Q_EMIT cacheEvents->accountHealthReported(it.key(), it.value());
}

} // namespace

QFuture<SyncReport> SyncEngine::apply(const QList<RelayEvent> &events)
{
    // The task owns copies of what it needs: the engine may be gone (a new welcome, a sign-out)
    // before the database thread reaches the batch.
    CacheEvents *cacheEvents = m_cache->events();
    return m_cache->run(
        [org = m_org, normalise = m_normalise, events, cacheEvents](QSqlDatabase &db) {
            Changes changed;
            sql::Transaction transaction(db);
            const SyncReport report = applyBatchIn(db, org, normalise, events, changed);
            transaction.commit();
            announce(cacheEvents, report, changed.conversations.values(), changed.added,
                     changed.past, changed.messages);
            return report;
        });
}

QFuture<SyncReport> SyncEngine::applyMessages(const std::shared_ptr<CacheDatabase> &cache,
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
        announce(cacheEvents, report, changed.conversations.values(), changed.added, changed.past,
                 changed.messages);
        return report;
    });
}

} // namespace inbox
