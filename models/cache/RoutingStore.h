// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AutoAssignment.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace inbox {

class CacheDatabase;

/// The auto-assignment rules of one account, or the team's default (empty accountId).
struct RoutingRules
{
    QString accountId;
    bool enabled = false;
    int reassignAfterMinutes = 0;
    QDateTime enabledAt; ///< only conversations the customer wrote to since then are given
};

/// A teammate's side of the auto-assignment, as the cache has it.
struct TeammateLoad
{
    QString id;
    QString name;
    QString role;
    std::optional<int> capacity;
    int open = 0;
    qint64 lastTurn = 0;
};

/// What the auto-assignment needs from the cache: whom it may give what.
struct RoutingSnapshot
{
    QList<AssignmentCandidate> candidates;
    QHash<QString, TeammateLoad> teammates; ///< by id
    QList<RoutingRules> rules;
};

/// An account as the auto-assignment settings list it.
struct RoutingAccount
{
    QString id;
    QString displayName;
    QString provider;
    QString relayAccount;
};

/// What Inbox → Auto-assignment… shows: the rules, the accounts and the teammates' loads.
struct RoutingSettings
{
    QList<RoutingRules> rules;
    QList<RoutingAccount> accounts;
    QHash<QString, TeammateLoad> teammates;
};

/// The team's auto-assignment settings (from "routing" and "capacity" events), each teammate's
/// last turn, and the conversations they apply to.
class RoutingStore
{
public:
    explicit RoutingStore(std::shared_ptr<CacheDatabase> cache);

    /// The open conversations the rules may give now: unassigned, or held by someone not in
    /// `online`, on accounts whose rules are on, written to by the customer since they were
    /// switched on (less sinceSlackSeconds: providers' times are whole seconds, and their
    /// clocks are not the relay's).
    QFuture<RoutingSnapshot> snapshot(const QStringList &online);
    static constexpr int sinceSlackSeconds = 5 * 60;

    QFuture<RoutingSettings> settings();

    static void setRulesIn(QSqlDatabase &db, const RoutingRules &rules);
    /// The account follows the team's rules again.
    static void removeRulesIn(QSqlDatabase &db, const QString &accountId);
    static void setCapacityIn(QSqlDatabase &db, const QString &agent, std::optional<int> max);
    /// The agent was given a conversation automatically by the event `seq`.
    static void recordTurnIn(QSqlDatabase &db, const QString &agent, qint64 seq);
    static QList<RoutingRules> rulesIn(QSqlDatabase &db);
    static QHash<QString, TeammateLoad> teammatesIn(QSqlDatabase &db);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
