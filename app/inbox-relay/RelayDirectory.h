// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/Sql.h"
#include "cache/SqliteStatement.h"
#include "domain/Agent.h"
#include "domain/Expected.h"
#include "sync/StreamFrames.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace inbox::relay {

class SecretBox;

/// A provider account whose webhooks the relay takes for an organisation, with what proves a
/// webhook is the provider's: Meta's verify token and app secret, or the shared secret of the
/// others, and an optional source-IP allow-list.
struct AccountEntry
{
    QString org;
    QString provider; ///< meta, wati, unipile, openwa
    QString account;  ///< Meta's phone number id, or the id the admin chose
    QByteArray verifyToken;
    QByteArray secret; ///< Meta's app secret, or the shared webhook secret
    QList<QPair<QHostAddress, int>> allowList;
};

/// How the team's desktops reach a provider account's API, set once by an admin: what Settings
/// asks for (the provider's connection fields) and the token, sealed with the relay's secrets
/// key (SecretBox.h). Desktops get it over the authenticated stream only.
struct ConnectionEntry
{
    QString org;
    QString provider;
    QString account;
    QString displayName;
    QString businessPhone; ///< E.164, or empty
    QJsonObject connection;
    /// Desktops may keep the token in their OS keychain (so they send offline after a restart);
    /// otherwise they hold it in memory only.
    bool keepInKeychain = false;
};

/// A teammate who may connect to the stream. Only a hash of the token is kept.
struct AgentEntry
{
    qint64 id = 0;
    QString org;
    /// How the team's desktops know this agent ("ana"): in the welcome, in authors, assignees.
    QString handle;
    QString name;
    Role role = Role::Agent;
    bool revoked = false;
};

/// A new agent's token, shown once.
struct NewToken
{
    QString token;
};

/// The relay's own configuration: organisations, provider accounts and agents, in DIR/relay.db
/// (SQLite, readable by the relay's user only). inboxctl writes it while the relay runs; the
/// relay keeps the accounts it has looked up and asks SQLite on every request whether another
/// process committed since (PRAGMA data_version), so changes take effect at once, without a
/// restart and without a query per webhook.
class RelayDirectory
{
public:
    ~RelayDirectory();

    /// Opens (and creates) the directory in `dataDir`; the error says what is wrong and what to do.
    static Expected<std::unique_ptr<RelayDirectory>, QString> open(const QString &dataDir);

    /// Each gives the problem in words, or nothing when it is done.
    std::optional<QString> addOrg(const QString &org);
    std::optional<QString> addAccount(const AccountEntry &account);
    /// Adds an agent and gives its new token: shown once, only its hash is kept. The handle
    /// (the id desktops see) is given, or made from the name ("Ana Souza" -> "ana-souza").
    Expected<NewToken, QString> addAgent(const QString &org, const QString &name, Role role,
                                         const QString &handle = {});
    /// A new token for an agent (lost, or leaked): the old one stops working, the agent keeps
    /// its handle, so its conversations stay its own. Lifts a revocation.
    Expected<NewToken, QString> rotateToken(const QString &org, const QString &name);
    /// Revokes the agent's tokens; a connected client of it is dropped at once by the relay.
    std::optional<QString> revokeAgent(const QString &org, const QString &name);

    /// Adds or changes an account's connection. `token` is sealed with `box`; an empty token
    /// keeps the one stored. Refused (in words) when a required field is missing, a field is
    /// unknown, the phone is not a number, or there is a token and no key.
    std::optional<QString> setConnection(const ConnectionEntry &entry, const QByteArray &token,
                                         const SecretBox *box);
    std::optional<QString> removeConnection(const QString &org, const QString &provider,
                                            const QString &account);
    QList<ConnectionEntry> connections(const QString &org) const;
    /// The organisation's accounts as the stream hands them to its desktops, tokens opened
    /// with `box` (none, with the reason, without it).
    QList<stream::TeamAccount> teamAccounts(const QString &org, const SecretBox *box) const;
    /// Whether inboxctl (or another relay) changed the directory since the last call.
    bool changedSinceLastAsked() const;

    /// The directory's schema version (RelaySchema.h).
    int schemaVersion() const;
    std::optional<AccountEntry> account(const QString &provider, const QString &account) const;
    std::optional<AgentEntry> agentForToken(const QByteArray &token) const;
    QStringList orgs() const;
    QList<AccountEntry> accounts() const;
    QList<AgentEntry> agents() const;

    /// "203.0.113.0/24, 198.51.100.7" -> subnets; the error names the entry that is not one.
    static Expected<QList<QPair<QHostAddress, int>>, QString> parseAllowList(const QStringList &);

private:
    explicit RelayDirectory(QSqlDatabase db);
    bool orgExists(const QString &org) const;
    /// The lookups every webhook and hello makes, prepared once.
    QSqlQuery &statement(const QString &text) const;
    /// Whether another connection committed to the file since the last call (or: unknown).
    bool changedElsewhere() const;

    QSqlDatabase m_db;
    mutable sql::PreparedStatements m_statements;
    /// Through SQLite's own API: this check costs a microsecond.
    std::unique_ptr<sql::SqliteStatement> m_dataVersion;
    mutable qint64 m_seenVersion = -1;
    mutable QElapsedTimer m_lastVersionCheck;
    mutable std::map<std::pair<QString, QString>, std::optional<AccountEntry>> m_accounts;
};

} // namespace inbox::relay
