#pragma once

#include "domain/Account.h"
#include "domain/Agent.h"
#include "domain/AutoReply.h"

#include <QFuture>
#include <QList>

#include <memory>

class QSqlDatabase;

namespace inbox {

class CacheDatabase;

/// The business accounts the inbox serves (no secrets: those live in the keychain).
class AccountStore
{
public:
    explicit AccountStore(std::shared_ptr<CacheDatabase> cache);

    QFuture<void> upsert(const Account &account);
    QFuture<QList<Account>> all();
    /// Forgets how to reach the account (its conversations stay, as history).
    QFuture<void> disconnect(const QString &accountId);
    /// The account's automatic replies (off when never set).
    QFuture<AutoReplyRules> autoReply(const QString &accountId);
    QFuture<void> setAutoReply(const QString &accountId, const AutoReplyRules &rules);
    static AutoReplyRules autoReplyIn(QSqlDatabase &db, const QString &accountId);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

/// The teammates of the organisation, as the relay announced them.
class AgentStore
{
public:
    explicit AgentStore(std::shared_ptr<CacheDatabase> cache);

    QFuture<void> upsert(const Agent &agent);
    QFuture<QList<Agent>> all();

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
