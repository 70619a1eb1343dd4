// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Agent.h"
#include "domain/AutoReply.h"
#include "sync/StreamFrames.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
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
    /// The accounts `org`'s relay handed out, by cache id: each is added or updated with its
    /// name, phone and connection (never its token) and marked as the team's; the team's
    /// accounts no longer among them lose their connection.
    QFuture<QHash<QString, stream::TeamAccount>>
    adoptTeam(const QString &org, const QList<stream::TeamAccount> &accounts);
    /// Signed out: every account the team handed out loses its connection; gives their ids.
    QFuture<QStringList> forgetTeam();
    /// The account's automatic replies (off when never set).
    QFuture<AutoReplyRules> autoReply(const QString &accountId);
    QFuture<void> setAutoReply(const QString &accountId, const AutoReplyRules &rules);
    static AutoReplyRules autoReplyIn(QSqlDatabase &db, const QString &accountId);
    /// The cache's account for the relay's (provider, account), added (named by its id) when
    /// it is new, so that no event of it is lost.
    static QString forRelayIn(QSqlDatabase &db, const QString &provider,
                              const QString &relayAccount);
    /// Records who answers a message automatically: true when this claim is the first.
    static bool claimAutoReplyIn(QSqlDatabase &db, const QString &accountId,
                                 const QString &messageId, const QString &claim,
                                 const QDateTime &at);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

/// The teammates of the organisation, as the relay announced them.
class AgentStore
{
public:
    explicit AgentStore(std::shared_ptr<CacheDatabase> cache);

    QFuture<void> upsert(const Agent &agent);
    /// The team as the relay announced it, in one transaction.
    QFuture<void> upsert(const QList<Agent> &agents);
    QFuture<QList<Agent>> all();
    /// A teammate named in an event: added as an agent when new; a name that is given wins.
    static void ensureIn(QSqlDatabase &db, const QString &id, const QString &name);
    /// The teammate's name, or empty when the cache has none.
    static QString nameIn(QSqlDatabase &db, const QString &id);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
