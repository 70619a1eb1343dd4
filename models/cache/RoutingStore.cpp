// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingStore.h"

#include "CacheDatabase.h"
#include "Sql.h"

#include <QSqlQuery>

namespace inbox {

RoutingStore::RoutingStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

void RoutingStore::setRulesIn(QSqlDatabase &db, const RoutingRules &rules)
{
    // Switched on, the clock starts; left on, it keeps its start.
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO routing (account_id, enabled, reassign_after_minutes, enabled_at)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (account_id) DO UPDATE SET enabled = excluded.enabled,
            reassign_after_minutes = excluded.reassign_after_minutes,
            enabled_at = CASE WHEN routing.enabled AND excluded.enabled THEN routing.enabled_at
                ELSE excluded.enabled_at END)"));
    query.addBindValue(sql::text(rules.accountId));
    query.addBindValue(rules.enabled);
    query.addBindValue(rules.reassignAfterMinutes);
    query.addBindValue(rules.enabledAt.toMSecsSinceEpoch());
    sql::exec(query);
}

void RoutingStore::removeRulesIn(QSqlDatabase &db, const QString &accountId)
{
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("DELETE FROM routing WHERE account_id = ? AND ? <> ''"));
    query.addBindValue(accountId);
    query.addBindValue(accountId);
    sql::exec(query);
}

QFuture<RoutingSettings> RoutingStore::settings()
{
    return m_cache->run([](QSqlDatabase &db) {
        RoutingSettings settings{rulesIn(db), {}, teammatesIn(db)};
        QSqlQuery accounts = sql::prepare(db, QStringLiteral(R"(
            SELECT id, display_name, provider, coalesce(nullif(relay_account, ''), id)
            FROM accounts ORDER BY display_name COLLATE NOCASE, id)"));
        sql::exec(accounts);
        while (accounts.next()) {
            settings.accounts.append({accounts.value(0).toString(), accounts.value(1).toString(),
                                      accounts.value(2).toString(), accounts.value(3).toString()});
        }
        return settings;
    });
}

void RoutingStore::setCapacityIn(QSqlDatabase &db, const QString &agent, std::optional<int> max)
{
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("UPDATE agents SET capacity = ? WHERE id = ?"));
    query.addBindValue(max ? QVariant(*max) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(agent);
    sql::exec(query);
}

void RoutingStore::recordTurnIn(QSqlDatabase &db, const QString &agent, qint64 seq)
{
    QSqlQuery query = sql::prepare(
        db, QStringLiteral("UPDATE agents SET last_turn = max(last_turn, ?) WHERE id = ?"));
    query.addBindValue(seq);
    query.addBindValue(agent);
    sql::exec(query);
}

QList<RoutingRules> RoutingStore::rulesIn(QSqlDatabase &db)
{
    QSqlQuery query = sql::prepare(
        db, QStringLiteral("SELECT account_id, enabled, reassign_after_minutes, enabled_at FROM "
                           "routing ORDER BY account_id"));
    sql::exec(query);
    QList<RoutingRules> rules;
    while (query.next()) {
        rules.append({query.value(0).toString(), query.value(1).toBool(), query.value(2).toInt(),
                      QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC)});
    }
    return rules;
}

QHash<QString, TeammateLoad> RoutingStore::teammatesIn(QSqlDatabase &db)
{
    QHash<QString, TeammateLoad> teammates;
    QSqlQuery agents =
        sql::prepare(db, QStringLiteral("SELECT id, name, role, capacity, last_turn FROM agents"));
    sql::exec(agents);
    while (agents.next()) {
        TeammateLoad load{agents.value(0).toString(),
                          agents.value(1).toString(),
                          agents.value(2).toString(),
                          std::nullopt,
                          0,
                          agents.value(4).toLongLong()};
        if (!agents.value(3).isNull())
            load.capacity = agents.value(3).toInt();
        teammates.insert(load.id, load);
    }
    QSqlQuery open = sql::prepare(db, QStringLiteral(R"(
        SELECT assignee_id, count(*) FROM conversations
        WHERE status IN ('open', 'pending') AND coalesce(assignee_id, '') <> ''
        GROUP BY assignee_id)"));
    sql::exec(open);
    while (open.next()) {
        const auto found = teammates.find(open.value(0).toString());
        if (found != teammates.end())
            found->open = open.value(1).toInt();
    }
    return teammates;
}

QFuture<RoutingSnapshot> RoutingStore::snapshot(const QStringList &online)
{
    return m_cache->run([online](QSqlDatabase &db) {
        RoutingSnapshot snapshot;
        snapshot.rules = rulesIn(db);
        // Each account's own rules, or else the team's.
        std::optional<RoutingRules> team;
        QHash<QString, RoutingRules> own;
        for (const RoutingRules &rules : std::as_const(snapshot.rules)) {
            if (rules.accountId.isEmpty())
                team = rules;
            else
                own.insert(rules.accountId, rules);
        }
        QSqlQuery accounts = sql::prepare(
            db, QStringLiteral("SELECT id, provider, coalesce(nullif(relay_account, ''), id) "
                               "FROM accounts"));
        sql::exec(accounts);
        struct Account
        {
            QString id, provider, relayAccount;
            RoutingRules rules;
        };
        QList<Account> enabled;
        while (accounts.next()) {
            const QString id = accounts.value(0).toString();
            const std::optional<RoutingRules> rules = own.contains(id) ? own.value(id) : team;
            if (rules && rules->enabled)
                enabled.append(
                    {id, accounts.value(1).toString(), accounts.value(2).toString(), *rules});
        }
        accounts.finish();
        if (enabled.isEmpty()) // as it is unless a manager switches it on: nothing more to read
            return snapshot;
        snapshot.teammates = teammatesIn(db);
        // Waiting since the first of the customer's messages after the team's last answer.
        QStringList held(online.size(), QStringLiteral("?"));
        QSqlQuery waiting = sql::prepare(
            db, QStringLiteral(R"(
            SELECT c.customer_phone, coalesce(c.assignee_id, ''),
                coalesce((SELECT min(m.created_at) FROM messages m
                    WHERE m.conversation_id = c.id AND m.direction = 'in' AND m.created_at >
                        coalesce((SELECT max(o.created_at) FROM messages o
                            WHERE o.conversation_id = c.id AND o.direction = 'out'
                                AND o.kind <> 'system'), 0)), c.last_inbound_at)
            FROM conversations c
            WHERE c.account_id = ? AND c.status = 'open' AND c.last_inbound_at >= ?
                AND (coalesce(c.assignee_id, '') = '' OR (? AND c.assignee_id NOT IN (%1))))")
                    .arg(held.isEmpty() ? QStringLiteral("''") : held.join(QLatin1Char(','))));
        for (const Account &account : std::as_const(enabled)) {
            waiting.addBindValue(account.id);
            waiting.addBindValue(
                account.rules.enabledAt.addSecs(-sinceSlackSeconds).toMSecsSinceEpoch());
            waiting.addBindValue(account.rules.reassignAfterMinutes > 0);
            for (const QString &id : online)
                waiting.addBindValue(id);
            sql::exec(waiting);
            while (waiting.next()) {
                snapshot.candidates.append(
                    {{account.provider, account.relayAccount, waiting.value(0).toString()},
                     waiting.value(1).toString(),
                     QDateTime::fromMSecsSinceEpoch(waiting.value(2).toLongLong(), Qt::UTC),
                     account.rules.reassignAfterMinutes});
            }
        }
        return snapshot;
    });
}

} // namespace inbox
