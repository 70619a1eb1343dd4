// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayDirectory.h"

#include "ProviderRegistry.h"
#include "RelaySchema.h"
#include "cache/CacheError.h"
#include "cache/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

namespace inbox::relay {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::relay", text);
}

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

/// The directory's schema steps; append only.
RelaySchema directorySchema()
{
    return {QStringLiteral("directory"),
            {{1,
              "organisations, provider accounts and agents",
              {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS orgs (
                    id TEXT PRIMARY KEY))"),
               QStringLiteral(R"(CREATE TABLE IF NOT EXISTS accounts (
                    org TEXT NOT NULL REFERENCES orgs (id),
                    provider TEXT NOT NULL,
                    account TEXT NOT NULL,
                    verify_token BLOB NOT NULL DEFAULT '',
                    secret BLOB NOT NULL,
                    allow_ips TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (provider, account)))"),
               QStringLiteral(R"(CREATE TABLE IF NOT EXISTS agents (
                    id INTEGER PRIMARY KEY,
                    org TEXT NOT NULL REFERENCES orgs (id),
                    name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    token_hash TEXT NOT NULL UNIQUE,
                    revoked INTEGER NOT NULL DEFAULT 0))")}},
             // The id the desktops know an agent by; agents made before it have their number.
             {2,
              "agent handles",
              {QStringLiteral("ALTER TABLE agents ADD COLUMN handle TEXT"),
               QStringLiteral("UPDATE agents SET handle = CAST(id AS TEXT)"),
               QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS agents_handles ON agents "
                              "(org, handle)")}},
             // What desktops need to call a provider, set once for the team.
             {3,
              "account connections for the team's desktops",
              {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS connections (
                    org TEXT NOT NULL REFERENCES orgs (id),
                    provider TEXT NOT NULL,
                    account TEXT NOT NULL,
                    display_name TEXT NOT NULL,
                    business_phone TEXT NOT NULL DEFAULT '',
                    connection TEXT NOT NULL DEFAULT '{}',
                    sealed_token BLOB NOT NULL,
                    keep_in_keychain INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (provider, account)))")}}},
            [](QSqlDatabase &db) {
                if (!db.tables().contains(QStringLiteral("orgs")))
                    return 0;
                return sqliteHasColumn(db, "agents", "handle") ? 2 : 1;
            },
            {}};
}

/// From SELECT id, org, handle, name, role, revoked.
AgentEntry agentFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            roleFromKey(query.value(4).toString()).value_or(Role::Agent),
            query.value(5).toBool()};
}

QString allowListText(const QList<QPair<QHostAddress, int>> &list)
{
    QStringList entries;
    for (const auto &[address, prefix] : list)
        entries << address.toString() + QLatin1Char('/') + QString::number(prefix);
    return entries.join(QLatin1Char(','));
}

AccountEntry accountFrom(const QSqlQuery &query)
{
    AccountEntry entry;
    entry.org = query.value(0).toString();
    entry.provider = query.value(1).toString();
    entry.account = query.value(2).toString();
    entry.verifyToken = query.value(3).toByteArray();
    entry.secret = query.value(4).toByteArray();
    const QString allow = query.value(5).toString();
    if (!allow.isEmpty())
        entry.allowList = RelayDirectory::parseAllowList(allow.split(QLatin1Char(','))).value();
    return entry;
}

} // namespace

RelayDirectory::RelayDirectory(QSqlDatabase db)
    : m_db(std::move(db))
{}

RelayDirectory::~RelayDirectory()
{
    m_dataVersion.reset();
    m_statements.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Expected<std::unique_ptr<RelayDirectory>, QString> RelayDirectory::open(const QString &dataDir)
{
    const bool folderExisted = QFileInfo::exists(dataDir);
    if (!QDir().mkpath(dataDir))
        return tr("cannot create the data folder %1: check the path and its permissions")
            .arg(dataDir);
    if (!folderExisted)
        sql::keepToOwner(dataDir);
    const QString path = QDir(dataDir).filePath(QStringLiteral("relay.db"));
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QSQLITE"),
        QStringLiteral("relay-directory-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    std::unique_ptr<RelayDirectory> directory(new RelayDirectory(db));
    if (!directory->m_db.open()) {
        return tr("cannot open %1: %2; check the folder's permissions")
            .arg(path, directory->m_db.lastError().text());
    }
    // Secrets live here: only the relay's user may read the file.
    sql::keepDatabaseToOwner(path);
    try {
        sql::execDirect(directory->m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        migrate(directory->m_db, directorySchema());
    } catch (const CacheError &error) {
        return tr("%1 is not a relay directory: %2").arg(path, error.message());
    }
    try {
        directory->m_dataVersion =
            std::make_unique<sql::SqliteStatement>(directory->m_db, "PRAGMA data_version");
    } catch (const CacheError &error) {
        return tr("%1 is not a relay directory: %2").arg(path, error.message());
    }
    return directory;
}

int RelayDirectory::schemaVersion() const
{
    return relay::schemaVersion(m_db);
}

QSqlQuery &RelayDirectory::statement(const QString &text) const
{
    return m_statements.get(m_db, text);
}

bool RelayDirectory::orgExists(const QString &org) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT 1 FROM orgs WHERE id = ?"));
    query.addBindValue(org);
    sql::exec(query);
    return query.next();
}

std::optional<QString> RelayDirectory::addOrg(const QString &org)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (!valid.match(org).hasMatch())
        return tr("an organisation is 1 to 63 letters, digits, dots, dashes or underscores");
    if (orgExists(org))
        return tr("the organisation %1 exists already").arg(org);
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("INSERT INTO orgs (id) VALUES (?)"));
    query.addBindValue(org);
    sql::exec(query);
    return std::nullopt;
}

std::optional<QString> RelayDirectory::addAccount(const AccountEntry &a)
{
    if (!orgExists(a.org))
        return tr("no organisation %1: add it first with add-org").arg(a.org);
    const ProviderEntry *provider = findProvider(a.provider);
    if (!provider)
        return tr("the provider must be one of %1").arg(providerKeysText());
    if (a.account.isEmpty() || a.account.contains(QLatin1Char('/')))
        return tr("the account id must be non-empty and without \"/\"");
    const QString name = QCoreApplication::translate("inbox", provider->displayName);
    if (a.secret.isEmpty()) {
        return provider->webhook.signsBody()
                   ? tr("%1 accounts need --app-secret (the app's secret in the provider's "
                        "dashboard)")
                         .arg(name)
                   : tr("%1 accounts need --secret (the secret the webhook sends)").arg(name);
    }
    if (provider->webhook.hasHandshake() && a.verifyToken.isEmpty())
        return tr("%1 accounts need --verify-token (the one typed into the provider's webhook "
                  "setup)")
            .arg(name);
    if (account(a.provider, a.account))
        return tr("the %1 account %2 exists already").arg(a.provider, a.account);
    QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"(
        INSERT INTO accounts (org, provider, account, verify_token, secret, allow_ips)
        VALUES (?, ?, ?, ?, ?, ?))"));
    query.addBindValue(a.org);
    query.addBindValue(a.provider);
    query.addBindValue(a.account);
    // An empty QByteArray binds as NULL; the column wants bytes, even none.
    query.addBindValue(a.verifyToken.isEmpty() ? QByteArray("") : a.verifyToken);
    query.addBindValue(a.secret);
    query.addBindValue(sql::text(allowListText(a.allowList)));
    sql::exec(query);
    m_accounts.clear(); // this connection's own writes do not move data_version
    return std::nullopt;
}

namespace {

QString newToken()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString handleFromName(const QString &name)
{
    QString handle;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            handle += c;
        else if (c.isSpace() && !handle.endsWith(QLatin1Char('-')) && !handle.isEmpty())
            handle += QLatin1Char('-');
    }
    return handle;
}

} // namespace

Expected<NewToken, QString> RelayDirectory::addAgent(const QString &org, const QString &name,
                                                     Role role, const QString &handle)
{
    if (!orgExists(org))
        return tr("no organisation %1: add it first with add-org").arg(org);
    if (name.trimmed().isEmpty())
        return tr("the agent needs a name");
    static const QRegularExpression validHandle(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,62}$"));
    const QString id = handle.isEmpty() ? handleFromName(name) : handle;
    if (!validHandle.match(id).hasMatch()) {
        return tr("the agent's id \"%1\" must be 1 to 63 lowercase letters, digits, dots, dashes "
                  "or underscores; give one with --id")
            .arg(id);
    }
    QSqlQuery taken =
        sql::prepare(m_db, QStringLiteral("SELECT name FROM agents WHERE org = ? AND handle = ?"));
    taken.addBindValue(org);
    taken.addBindValue(id);
    sql::exec(taken);
    if (taken.next()) {
        return tr("%1 already has an agent with the id %2 (%3); give another with --id, or "
                  "rotate-token for a new token")
            .arg(org, id, taken.value(0).toString());
    }
    const QString token = newToken();
    QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"(
        INSERT INTO agents (org, name, role, token_hash, handle) VALUES (?, ?, ?, ?, ?))"));
    query.addBindValue(org);
    query.addBindValue(name.trimmed());
    query.addBindValue(roleKey(role));
    query.addBindValue(QString::fromLatin1(tokenHash(token.toLatin1())));
    query.addBindValue(id);
    sql::exec(query);
    return NewToken{token};
}

Expected<NewToken, QString> RelayDirectory::rotateToken(const QString &org, const QString &name)
{
    const QString token = newToken();
    QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"(
        UPDATE agents SET token_hash = ?, revoked = 0 WHERE org = ? AND name = ?)"));
    query.addBindValue(QString::fromLatin1(tokenHash(token.toLatin1())));
    query.addBindValue(org);
    query.addBindValue(name);
    sql::exec(query);
    if (query.numRowsAffected() == 0)
        return tr("no agent %1 in %2; see inboxctl relay list").arg(name, org);
    return NewToken{token};
}

std::optional<QString> RelayDirectory::revokeAgent(const QString &org, const QString &name)
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("UPDATE agents SET revoked = 1 WHERE org = ? AND name = ? AND "
                             "revoked = 0"));
    query.addBindValue(org);
    query.addBindValue(name);
    sql::exec(query);
    if (query.numRowsAffected() == 0)
        return tr("no active agent %1 in %2; see inboxctl relay list").arg(name, org);
    return std::nullopt;
}

bool RelayDirectory::changedElsewhere() const
{
    std::optional<qint64> version;
    try {
        if (m_dataVersion->step())
            version = m_dataVersion->integer(0);
    } catch (const CacheError &) {
        // Not knowing is taken as changed: the accounts are read again.
    }
    m_dataVersion->reset();
    return !version || std::exchange(m_seenVersion, *version) != *version;
}

bool RelayDirectory::changedSinceLastAsked() const
{
    if (!changedElsewhere())
        return false;
    m_accounts.clear(); // what account() keeps is stale too
    return true;
}

std::optional<AccountEntry> RelayDirectory::account(const QString &provider,
                                                    const QString &account) const
{
    // Another process (inboxctl) may have changed the file. Asking is a read transaction, which
    // cost as much as checking the webhook's signature, so while an account is known here it is
    // asked at most every 100 ms; an account not known here is asked about at once.
    const auto key = std::make_pair(provider, account);
    auto known = m_accounts.find(key);
    const bool fresh = known != m_accounts.end() && known->second && m_lastVersionCheck.isValid() &&
                       m_lastVersionCheck.elapsed() < 100;
    if (!fresh) {
        m_lastVersionCheck.start();
        if (changedElsewhere()) {
            m_accounts.clear();
            known = m_accounts.end();
        }
    }
    if (known != m_accounts.end())
        return known->second;
    QSqlQuery &query = statement(QStringLiteral(R"(
        SELECT org, provider, account, verify_token, secret, allow_ips FROM accounts
        WHERE provider = ? AND account = ?)"));
    query.addBindValue(provider);
    query.addBindValue(account);
    sql::exec(query);
    std::optional<AccountEntry> entry;
    if (query.next())
        entry = accountFrom(query);
    query.finish();
    m_accounts.emplace(key, entry);
    return entry;
}

std::optional<AgentEntry> RelayDirectory::agentForToken(const QByteArray &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    // Tokens are 256 random bits: looking one up by its hash gives nothing away.
    QSqlQuery &query = statement(QStringLiteral(R"(
        SELECT id, org, handle, name, role, revoked FROM agents WHERE token_hash = ?)"));
    query.addBindValue(QString::fromLatin1(tokenHash(token)));
    sql::exec(query);
    std::optional<AgentEntry> agent;
    if (query.next() && !query.value(5).toBool())
        agent = agentFrom(query);
    query.finish();
    return agent;
}

QStringList RelayDirectory::orgs() const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT id FROM orgs ORDER BY id"));
    sql::exec(query);
    QStringList list;
    while (query.next())
        list << query.value(0).toString();
    return list;
}

QList<AccountEntry> RelayDirectory::accounts() const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"(
        SELECT org, provider, account, verify_token, secret, allow_ips FROM accounts
        ORDER BY org, provider, account)"));
    sql::exec(query);
    QList<AccountEntry> list;
    while (query.next())
        list << accountFrom(query);
    return list;
}

QList<AgentEntry> RelayDirectory::agents() const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"(
        SELECT id, org, handle, name, role, revoked FROM agents ORDER BY org, name, id)"));
    sql::exec(query);
    QList<AgentEntry> list;
    while (query.next())
        list << agentFrom(query);
    return list;
}

Expected<QList<QPair<QHostAddress, int>>, QString>
RelayDirectory::parseAllowList(const QStringList &entries)
{
    QList<QPair<QHostAddress, int>> list;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        auto subnet = QHostAddress::parseSubnet(entry);
        if (subnet.first.isNull()) {
            const QHostAddress single(entry);
            if (single.isNull())
                return tr("%1 is not an address or a subnet like 203.0.113.0/24").arg(entry);
            subnet = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        list.append(subnet);
    }
    return list;
}

} // namespace inbox::relay
