// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoReplier.h"

#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/OutboxStore.h"
#include "cache/Sql.h"
#include "domain/MessagingWindow.h"
#include "domain/TeamEvent.h"
#include "ports/RelayLink.h"
#include "ports/ReplyHook.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace inbox {

namespace {

/// The fresh inbound messages among `ids` on accounts with rules, with what the rules need
/// to know of them. One query per batch: a catch-up after days away brings thousands of old
/// messages, and the freshness test leaves them out before any counting is done.
QList<AutoReplier::Candidate> candidatesIn(QSqlDatabase &db, const QList<qint64> &ids)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList placeholders(ids.size(), QStringLiteral("?"));
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        SELECT m.id, m.provider_message_id, m.conversation_id, c.account_id, a.provider,
            coalesce(nullif(a.relay_account, ''), a.id), c.customer_phone,
            coalesce(c.customer_name, ''), m.text, m.kind, m.created_at, a.auto_reply,
            (SELECT count(*) FROM messages WHERE conversation_id = c.id AND direction = 'in'),
            (SELECT count(*) FROM messages WHERE conversation_id = c.id AND direction = 'out'
                AND json_extract(details, '$.automatic') AND created_at > ?)
        FROM messages m JOIN conversations c ON c.id = m.conversation_id
            JOIN accounts a ON a.id = c.account_id
        WHERE m.id IN (%1) AND m.direction = 'in' AND m.created_at > ?
            AND a.auto_reply <> '{}')")
                                           .arg(placeholders.join(QLatin1Char(','))));
    query.addBindValue(now - 3600 * 1000);
    for (qint64 id : ids)
        query.addBindValue(id);
    query.addBindValue(now - qint64(AutoReplier::freshSeconds) * 1000);
    sql::exec(query);
    QList<AutoReplier::Candidate> found;
    while (query.next()) {
        AutoReplier::Candidate c;
        c.messageId = query.value(0).toLongLong();
        c.providerMessageId = query.value(1).toString();
        c.conversationId = query.value(2).toLongLong();
        c.accountId = query.value(3).toString();
        c.provider = query.value(4).toString();
        c.relayAccount = query.value(5).toString();
        c.phone = query.value(6).toString();
        c.name = query.value(7).toString();
        c.text = query.value(8).toString();
        c.kind = query.value(9).toString();
        c.at = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
        c.rules = AutoReplyRules::fromJson(
            QJsonDocument::fromJson(query.value(11).toByteArray()).object());
        c.firstMessage = query.value(12).toInt() == 1;
        c.recentAutomatic = query.value(13).toInt();
        found.append(c);
    }
    return found;
}

} // namespace

AutoReplier::AutoReplier(std::shared_ptr<CacheDatabase> cache, ReplyHook *hook, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_hook(hook)
{
    connect(m_cache->events(), &CacheEvents::messagesAdded, this, &AutoReplier::consider);
    connect(m_cache->events(), &CacheEvents::autoReplyClaimed, this, [this](const QString &claim) {
        if (const auto ours = m_claims.take(claim); !ours.second.isEmpty())
            send(ours.first, ours.second);
    });
}

void AutoReplier::consider(qint64, const QList<qint64> &messageIds)
{
    m_cache
        ->run([messageIds](QSqlDatabase &db) {
            // Within SQLite's limit on bound values, however large the batch.
            QList<Candidate> found;
            for (qsizetype start = 0; start < messageIds.size(); start += 500)
                found += candidatesIn(db, messageIds.mid(start, 500));
            return found;
        })
        .then(this, [this](const QList<Candidate> &candidates) {
            for (const Candidate &candidate : candidates)
                decide(candidate);
        });
}

void AutoReplier::decide(const Candidate &candidate)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!candidate.rules.enabled || candidate.at.secsTo(now) > freshSeconds ||
        candidate.recentAutomatic >= AutoReplyRules::perConversationPerHour) {
        return;
    }
    const InboundForRules inbound{candidate.text, candidate.at, candidate.firstMessage};
    if (candidate.rules.hook.isEmpty() || !m_hook) {
        if (const auto reply = ruleReply(candidate.rules, inbound))
            claimAndSend(candidate, *reply);
        return;
    }
    const QJsonObject message{
        {QStringLiteral("account"), candidate.accountId},
        {QStringLiteral("provider"), candidate.provider},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("phone"), candidate.phone},
                                                 {QStringLiteral("name"), candidate.name}}},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("id"), candidate.providerMessageId},
                     {QStringLiteral("kind"), candidate.kind},
                     {QStringLiteral("text"), candidate.text},
                     {QStringLiteral("at"), candidate.at.toString(Qt::ISODate)}}},
        {QStringLiteral("firstMessage"), candidate.firstMessage},
        {QStringLiteral("open"), isOpen(candidate.rules, candidate.at)}};
    m_hook->ask(candidate.rules.hook, message)
        .then(this,
              [this, candidate, inbound](const Expected<std::optional<QString>, QString> &answer) {
                  if (!answer)
                      Q_EMIT problem(candidate.accountId, answer.error());
                  // The hook's reply first; when it has none (or failed), the rules'.
                  const auto reply = answer && answer.value() ? answer.value()
                                                              : ruleReply(candidate.rules, inbound);
                  if (reply)
                      claimAndSend(candidate, *reply);
              });
}

void AutoReplier::claimAndSend(const Candidate &candidate, const QString &reply)
{
    if (!m_relay || m_relay->state() != RelayLink::State::Connected)
        return send(candidate, reply);
    const QString claim = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_claims.insert(claim, {candidate, reply});
    m_relay
        ->publish(toJson(TeamEvent{team::ClaimAutoReply{candidate.provider, candidate.relayAccount,
                                                        candidate.providerMessageId, claim},
                                   {}}))
        .then(this, [this, claim,
                     account = candidate.accountId](const Expected<qint64, QString> &sequenced) {
            if (!sequenced && m_claims.remove(claim) > 0)
                Q_EMIT problem(
                    account, QCoreApplication::translate(
                                 "inbox::AutoReplier", "the relay refused the automatic reply: %1")
                                 .arg(sequenced.error()));
        });
}

void AutoReplier::send(const Candidate &candidate, const QString &reply)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!messagingWindow(candidate.at, now).open) {
        Q_EMIT problem(
            candidate.accountId,
            QCoreApplication::translate("inbox::AutoReplier",
                                        "no automatic reply to %1: the 24-hour window has closed")
                .arg(candidate.phone));
        return;
    }
    Message message;
    message.conversationId = candidate.conversationId;
    message.accountId = candidate.accountId;
    message.direction = Direction::Outbound;
    message.kind = MessageKind::Text;
    message.text = reply;
    message.details.insert(QStringLiteral("automatic"), true);
    message.createdAt = now;
    OutboxStore(m_cache).enqueue(message).then(this, [this, candidate, reply](qint64) {
        Q_EMIT replied(candidate.conversationId, reply);
    });
}

} // namespace inbox
