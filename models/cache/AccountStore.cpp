// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include "CacheDatabase.h"
#include "Sql.h"

#include <QJsonDocument>

namespace inbox {

AccountStore::AccountStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

QFuture<void> AccountStore::upsert(const Account &account)
{
    return m_cache->run([account](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            INSERT INTO accounts (id, provider, display_name, business_phone, relay_account,
                connection)
            VALUES (:id, :provider, :name, :phone, :relay, :connection)
            ON CONFLICT (id) DO UPDATE SET provider = excluded.provider,
                display_name = excluded.display_name, business_phone = excluded.business_phone,
                relay_account = excluded.relay_account, connection = excluded.connection)"));
        query.bindValue(
            QStringLiteral(":connection"),
            QString::fromUtf8(QJsonDocument(account.connection).toJson(QJsonDocument::Compact)));
        query.bindValue(QStringLiteral(":relay"), sql::text(account.relayAccount));
        query.bindValue(QStringLiteral(":id"), account.id);
        query.bindValue(QStringLiteral(":provider"), account.provider.key());
        query.bindValue(QStringLiteral(":name"), account.displayName);
        query.bindValue(QStringLiteral(":phone"), sql::text(account.businessPhone));
        sql::exec(query);
    });
}

QFuture<QList<Account>> AccountStore::all()
{
    return m_cache->run([](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(
            db, QStringLiteral(
                    "SELECT id, provider, display_name, business_phone, relay_account, connection, "
                    "managed_by FROM accounts ORDER BY display_name"));
        sql::exec(query);
        QList<Account> accounts;
        while (query.next()) {
            Account account;
            account.id = query.value(0).toString();
            account.provider = Provider(query.value(1).toString());
            account.displayName = query.value(2).toString();
            account.businessPhone = query.value(3).toString();
            account.relayAccount = query.value(4).toString();
            account.connection = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
            account.managedBy = query.value(6).toString();
            accounts.append(account);
        }
        return accounts;
    });
}

QFuture<void> AccountStore::disconnect(const QString &accountId)
{
    return m_cache->run([accountId](QSqlDatabase &db) {
        QSqlQuery query =
            sql::prepare(db, QStringLiteral("UPDATE accounts SET connection = '{}' WHERE id = ?"));
        query.addBindValue(accountId);
        sql::exec(query);
    });
}

QFuture<QHash<QString, stream::TeamAccount>>
AccountStore::adoptTeam(const QString &org, const QList<stream::TeamAccount> &accounts)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([org, accounts, events](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        QHash<QString, stream::TeamAccount> adopted;
        for (const stream::TeamAccount &team : accounts) {
            const QString id = forRelayIn(db, team.provider, team.account);
            QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
                UPDATE accounts SET display_name = ?, business_phone = ?, connection = ?,
                    managed_by = ?, relay_account = ?
                WHERE id = ?)"));
            query.addBindValue(team.displayName.isEmpty() ? id : team.displayName);
            query.addBindValue(sql::text(team.businessPhone));
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(team.connection).toJson(QJsonDocument::Compact)));
            query.addBindValue(org);
            query.addBindValue(team.account);
            query.addBindValue(id);
            sql::exec(query);
            adopted.insert(id, team);
        }
        // An account the admin removed is no longer reached from here; its history stays.
        QSqlQuery managed = sql::prepare(
            db,
            QStringLiteral("SELECT id FROM accounts WHERE managed_by = ? AND managed_by <> ''"));
        managed.addBindValue(org);
        sql::exec(managed);
        QStringList removed;
        while (managed.next()) {
            if (!adopted.contains(managed.value(0).toString()))
                removed << managed.value(0).toString();
        }
        for (const QString &id : std::as_const(removed)) {
            QSqlQuery query = sql::prepare(
                db, QStringLiteral(
                        "UPDATE accounts SET connection = '{}', managed_by = '' WHERE id = ?"));
            query.addBindValue(id);
            sql::exec(query);
        }
        transaction.commit();
        Q_EMIT events->teamAccountsChanged();
        return adopted;
    });
}

QFuture<QStringList> AccountStore::forgetTeam()
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([events](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        QSqlQuery managed =
            sql::prepare(db, QStringLiteral("SELECT id FROM accounts WHERE managed_by <> ''"));
        sql::exec(managed);
        QStringList ids;
        while (managed.next())
            ids << managed.value(0).toString();
        sql::execDirect(db, QStringLiteral("UPDATE accounts SET connection = '{}', managed_by = '' "
                                           "WHERE managed_by <> ''"));
        transaction.commit();
        if (!ids.isEmpty())
            Q_EMIT events->teamAccountsChanged();
        return ids;
    });
}

AutoReplyRules AccountStore::autoReplyIn(QSqlDatabase &db, const QString &accountId)
{
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("SELECT auto_reply FROM accounts WHERE id = ?"));
    query.addBindValue(accountId);
    sql::exec(query);
    return query.next() ? AutoReplyRules::fromJson(
                              QJsonDocument::fromJson(query.value(0).toByteArray()).object())
                        : AutoReplyRules();
}

QFuture<AutoReplyRules> AccountStore::autoReply(const QString &accountId)
{
    return m_cache->run([accountId](QSqlDatabase &db) { return autoReplyIn(db, accountId); });
}

QFuture<void> AccountStore::setAutoReply(const QString &accountId, const AutoReplyRules &rules)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
    return m_cache->run([accountId, json](QSqlDatabase &db) {
        QSqlQuery query =
            sql::prepare(db, QStringLiteral("UPDATE accounts SET auto_reply = ? WHERE id = ?"));
        query.addBindValue(json);
        query.addBindValue(accountId);
        sql::exec(query);
    });
}

QString AccountStore::forRelayIn(QSqlDatabase &db, const QString &provider,
                                 const QString &relayAccount)
{
    QSqlQuery &find = sql::reused(
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

bool AccountStore::claimAutoReplyIn(QSqlDatabase &db, const QString &accountId,
                                    const QString &messageId, const QString &claim,
                                    const QDateTime &at)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        INSERT OR IGNORE INTO auto_reply_claims (account_id, message_id, claim, claimed_at)
        VALUES (?, ?, ?, ?))"));
    query.addBindValue(accountId);
    query.addBindValue(messageId);
    query.addBindValue(claim);
    query.addBindValue(sql::toDb(at));
    sql::exec(query);
    return query.numRowsAffected() > 0;
}

void AgentStore::ensureIn(QSqlDatabase &db, const QString &id, const QString &name)
{
    QSqlQuery add = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO agents (id, name, role) VALUES (?, ?, 'agent')
        ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE excluded.name <> '')"));
    add.addBindValue(id);
    add.addBindValue(sql::text(name));
    sql::exec(add);
}

QString AgentStore::nameIn(QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT name FROM agents WHERE id = ?"));
    query.addBindValue(id);
    sql::exec(query);
    return query.next() ? query.value(0).toString() : QString();
}

AgentStore::AgentStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

QFuture<void> AgentStore::upsert(const Agent &agent)
{
    return upsert(QList<Agent>{agent});
}

QFuture<void> AgentStore::upsert(const QList<Agent> &agents)
{
    return m_cache->run([agents](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            INSERT INTO agents (id, name, role) VALUES (:id, :name, :role)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role)"));
        for (const Agent &agent : agents) {
            query.bindValue(QStringLiteral(":id"), agent.id);
            query.bindValue(QStringLiteral(":name"), agent.name);
            query.bindValue(QStringLiteral(":role"), roleKey(agent.role));
            sql::exec(query);
        }
        transaction.commit();
    });
}

QFuture<QList<Agent>> AgentStore::all()
{
    return m_cache->run([](QSqlDatabase &db) {
        QSqlQuery query =
            sql::prepare(db, QStringLiteral("SELECT id, name, role FROM agents ORDER BY name"));
        sql::exec(query);
        QList<Agent> agents;
        while (query.next()) {
            agents.append({query.value(0).toString(), query.value(1).toString(),
                           roleFromKey(query.value(2).toString()).value_or(Role::Agent)});
        }
        return agents;
    });
}

} // namespace inbox
