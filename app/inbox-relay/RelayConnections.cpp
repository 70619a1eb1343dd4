// SPDX-License-Identifier: GPL-3.0-or-later
// RelayDirectory's account connections: what the team's desktops need to call a provider's API,
// set once by an admin and handed out over the authenticated stream.
#include "ProviderRegistry.h"
#include "RelayDirectory.h"
#include "SecretBox.h"
#include "cache/Sql.h"
#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace inbox::relay {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::relay", text);
}

/// What a sealed token is bound to: moved to another account's row, it does not open.
QByteArray sealContext(const QString &org, const QString &provider, const QString &account)
{
    return QStringLiteral("connection/%1/%2/%3").arg(org, provider, account).toUtf8();
}

/// The connection against the provider's fields: every required one there, none unknown, no
/// secret among them (the token goes apart, sealed).
std::optional<QString> checkFields(const ProviderEntry &provider, const QJsonObject &connection)
{
    QStringList known;
    for (const ConnectionField &field : provider.fields()) {
        if (field.secret)
            continue;
        known << field.key;
        if (field.required && connection.value(field.key).toString().trimmed().isEmpty())
            return tr("%1 accounts need the connection field %2 (%3)")
                .arg(provider.key, field.key, field.label);
    }
    for (auto it = connection.begin(); it != connection.end(); ++it) {
        if (!known.contains(it.key())) {
            return tr("%1 is not a connection field of %2 accounts; they have %3")
                .arg(it.key(), provider.key, known.join(QStringLiteral(", ")));
        }
        if (!it.value().isString())
            return tr("the connection field %1 is text").arg(it.key());
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> RelayDirectory::setConnection(const ConnectionEntry &entry,
                                                     const QByteArray &token, const SecretBox *box)
{
    if (!orgExists(entry.org))
        return tr("no organisation %1: add it first with add-org").arg(entry.org);
    const ProviderEntry *provider = findProvider(entry.provider);
    if (!provider)
        return tr("the provider must be one of %1").arg(providerKeysText());
    if (entry.account.isEmpty() || entry.account.contains(QLatin1Char('/')))
        return tr("the account id must be non-empty and without \"/\"");
    if (entry.displayName.trimmed().isEmpty())
        return tr("the account needs a name that agents see (--name)");
    QString phone;
    if (!entry.businessPhone.trimmed().isEmpty()) {
        const auto parsed = PhoneNumber::parse(entry.businessPhone);
        if (!parsed)
            return tr("the business phone %1: %2").arg(entry.businessPhone, parsed.error());
        phone = parsed->e164();
    }
    if (const auto problem = checkFields(*provider, entry.connection))
        return problem;

    QSqlQuery existing = sql::prepare(
        m_db, QStringLiteral("SELECT org, sealed_token FROM connections WHERE provider = ? AND "
                             "account = ?"));
    existing.addBindValue(entry.provider);
    existing.addBindValue(entry.account);
    sql::exec(existing);
    QByteArray sealed;
    if (existing.next()) {
        if (existing.value(0).toString() != entry.org)
            return tr("the %1 account %2 belongs to another organisation")
                .arg(entry.provider, entry.account);
        sealed = existing.value(1).toByteArray();
    }
    existing.finish();
    if (!token.isEmpty()) {
        if (!box) {
            return tr("the relay has no secrets key to seal the token with: give it "
                      "--secrets-key-file FILE or INBOX_RELAY_SECRETS_KEY (make one with "
                      "`openssl rand -base64 32`)");
        }
        sealed = box->seal(token, sealContext(entry.org, entry.provider, entry.account));
    }
    if (sealed.isEmpty())
        return tr("a new account needs its API token (--token-file FILE or INBOX_ACCOUNT_TOKEN)");

    QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"(
        INSERT INTO connections (org, provider, account, display_name, business_phone,
            connection, sealed_token, keep_in_keychain)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (provider, account) DO UPDATE SET display_name = excluded.display_name,
            business_phone = excluded.business_phone, connection = excluded.connection,
            sealed_token = excluded.sealed_token, keep_in_keychain = excluded.keep_in_keychain)"));
    query.addBindValue(entry.org);
    query.addBindValue(entry.provider);
    query.addBindValue(entry.account);
    query.addBindValue(entry.displayName.trimmed());
    query.addBindValue(sql::text(phone));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(entry.connection).toJson(QJsonDocument::Compact)));
    query.addBindValue(sealed);
    query.addBindValue(entry.keepInKeychain ? 1 : 0);
    sql::exec(query);
    return std::nullopt;
}

std::optional<QString> RelayDirectory::removeConnection(const QString &org, const QString &provider,
                                                        const QString &account)
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("DELETE FROM connections WHERE org = ? AND provider = ? AND "
                             "account = ?"));
    query.addBindValue(org);
    query.addBindValue(provider);
    query.addBindValue(account);
    sql::exec(query);
    if (query.numRowsAffected() == 0)
        return tr("%1 has no %2 account %3; see inboxctl relay list").arg(org, provider, account);
    return std::nullopt;
}

namespace {

struct StoredConnection
{
    ConnectionEntry entry;
    QByteArray sealed;
};

QList<StoredConnection> storedConnections(const QSqlDatabase &db, const QString &org)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        SELECT org, provider, account, display_name, business_phone, connection, sealed_token,
            keep_in_keychain
        FROM connections WHERE org = ? OR ? = '' ORDER BY org, display_name, provider, account)"));
    query.addBindValue(sql::text(org));
    query.addBindValue(sql::text(org));
    sql::exec(query);
    QList<StoredConnection> list;
    while (query.next()) {
        ConnectionEntry entry{query.value(0).toString(),
                              query.value(1).toString(),
                              query.value(2).toString(),
                              query.value(3).toString(),
                              query.value(4).toString(),
                              QJsonDocument::fromJson(query.value(5).toByteArray()).object(),
                              query.value(7).toBool()};
        list.append({std::move(entry), query.value(6).toByteArray()});
    }
    return list;
}

} // namespace

QList<ConnectionEntry> RelayDirectory::connections(const QString &org) const
{
    QList<ConnectionEntry> list;
    for (StoredConnection &stored : storedConnections(m_db, org))
        list.append(std::move(stored.entry));
    return list;
}

QList<stream::TeamAccount> RelayDirectory::teamAccounts(const QString &org,
                                                        const SecretBox *box) const
{
    QList<stream::TeamAccount> accounts;
    for (const StoredConnection &stored : storedConnections(m_db, org)) {
        const ConnectionEntry &entry = stored.entry;
        stream::TeamAccount account{entry.provider,       entry.account,
                                    entry.displayName,    entry.businessPhone,
                                    entry.connection,     {},
                                    entry.keepInKeychain, {}};
        if (!box) {
            account.problem = tr("the relay has no secrets key to open its token; an admin "
                                 "starts it with --secrets-key-file");
        } else if (auto token = box->open(stored.sealed,
                                          sealContext(entry.org, entry.provider, entry.account))) {
            account.token = std::move(token).value();
        } else {
            account.problem = tr("the relay cannot open its token: %1; an admin sets it again")
                                  .arg(token.error());
        }
        accounts.append(std::move(account));
    }
    return accounts;
}

} // namespace inbox::relay
