// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayCommands.h"

#include "ProviderRegistry.h"
#include "RelayDirectory.h"
#include "SecretBox.h"
#include "cache/CacheError.h"
#include "common/SecretSource.h"
#include "demo/DemoAccounts.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace inbox::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inboxctl", text);
}

const char relayCommandsAfterAccounts[] =
    R"(  set-connection --org ORG --provider P --account ID --name NAME [--phone E164]
      [--field KEY=VALUE]... [--token-file FILE | $INBOX_ACCOUNT_TOKEN] [--keep-in-keychain]
      [--secrets-key-file FILE | $INBOX_RELAY_SECRETS_KEY]
      (how the team's desktops call the account's API; the token is sealed with the relay's
       key and handed only to signed-in desktops; without a token the stored one stays)
  remove-connection --org ORG --provider P --account ID
  add-demo --org ORG   (the demo's accounts with inbox-sandbox's credentials; keeps those there)
  add-agent --org ORG --name NAME --role agent|manager|admin [--id ID]   (prints the token once)
  rotate-token --org ORG --name NAME   (a new token for the same agent, printed once)
  revoke-agent --org ORG --name NAME
  list
)";

/// The usage, with an add-account line for each way providers prove their webhooks.
QString relayUsage()
{
    QStringList signing, sending;
    for (const ProviderEntry &entry : providerRegistry())
        (entry.webhook.signsBody() ? signing : sending) << entry.key;
    QString usage = QStringLiteral("usage: inboxctl relay --data DIR <command>\n\ncommands:\n"
                                   "  add-org ORG\n");
    if (!signing.isEmpty())
        usage +=
            QStringLiteral("  add-account --org ORG --provider %1 --account ID --verify-token T "
                           "(--app-secret-file FILE | $INBOX_APP_SECRET)\n")
                .arg(signing.join(QLatin1Char('|')));
    if (!sending.isEmpty())
        usage +=
            QStringLiteral("  add-account --org ORG --provider %1 --account ID "
                           "(--secret-file FILE | $INBOX_WEBHOOK_SECRET) [--allow-ip CIDR]...\n")
                .arg(sending.join(QLatin1Char('|')));
    return usage + QString::fromUtf8(relayCommandsAfterAccounts);
}

int usageError(QTextStream &err, const QString &problem)
{
    err << problem << "\n" << relayUsage();
    return 2;
}

} // namespace

int relayCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), tr("relay data folder"),
                                  QStringLiteral("dir"));
    const QCommandLineOption org(QStringLiteral("org"), tr("organisation"), QStringLiteral("org"));
    const QCommandLineOption provider(QStringLiteral("provider"), tr("provider"),
                                      QStringLiteral("name"));
    const QCommandLineOption account(QStringLiteral("account"), tr("account id"),
                                     QStringLiteral("id"));
    const QCommandLineOption verifyToken(QStringLiteral("verify-token"), tr("Meta verify token"),
                                         QStringLiteral("token"));
    const QCommandLineOption appSecret(QStringLiteral("app-secret"), tr("Meta app secret"),
                                       QStringLiteral("secret"));
    const QCommandLineOption secret(QStringLiteral("secret"), tr("webhook secret"),
                                    QStringLiteral("secret"));
    const QCommandLineOption appSecretFile(QStringLiteral("app-secret-file"),
                                           tr("file holding the Meta app secret"),
                                           QStringLiteral("file"));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
                                        tr("file holding the webhook secret"),
                                        QStringLiteral("file"));
    const QCommandLineOption allowIp(QStringLiteral("allow-ip"), tr("allowed source"),
                                     QStringLiteral("cidr"));
    const QCommandLineOption name(QStringLiteral("name"), tr("agent name"), QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"), tr("agent role"), QStringLiteral("role"));
    const QCommandLineOption handle(QStringLiteral("id"), tr("the agent's id on the desktops"),
                                    QStringLiteral("id"));
    const QCommandLineOption phone(QStringLiteral("phone"), tr("the account's business phone"),
                                   QStringLiteral("e164"));
    const QCommandLineOption field(QStringLiteral("field"), tr("a connection field"),
                                   QStringLiteral("key=value"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       tr("file holding the account's API token"),
                                       QStringLiteral("file"));
    const QCommandLineOption keepInKeychain(QStringLiteral("keep-in-keychain"),
                                            tr("desktops may keep the token in their keychain"));
    const QCommandLineOption secretsKey(QStringLiteral("secrets-key-file"),
                                        tr("file holding the relay's secrets key"),
                                        QStringLiteral("file"));
    parser.addOptions({data, org, provider, account, verifyToken, appSecret, secret, appSecretFile,
                       secretFile, allowIp, name, role, handle, phone, field, tokenFile,
                       keepInKeychain, secretsKey});
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    if (!parser.parse(rest))
        return usageError(err, parser.errorText());
    const QStringList words = parser.positionalArguments();
    const QString command = words.value(0);
    if (!parser.isSet(data))
        return usageError(err, tr("relay commands need --data DIR, the relay's data folder"));
    if (command.isEmpty())
        return usageError(err, tr("no relay command given"));

    auto opened = relay::RelayDirectory::open(parser.value(data));
    if (!opened) {
        err << opened.error() << "\n";
        return 1;
    }
    relay::RelayDirectory &directory = *opened.value();
    auto need = [&](std::initializer_list<const QCommandLineOption *> options) -> QString {
        for (const QCommandLineOption *option : options) {
            if (!parser.isSet(*option))
                return tr("%1 needs --%2").arg(command, option->names().first());
        }
        return {};
    };
    auto done = [&](const std::optional<QString> &problem, const QString &ok) {
        if (problem) {
            err << *problem << "\n";
            return 1;
        }
        out << ok << "\n";
        return 0;
    };

    try {
        if (command == QLatin1String("add-org")) {
            if (words.size() != 2)
                return usageError(err, tr("add-org takes one organisation name"));
            return done(directory.addOrg(words[1]), tr("organisation %1 added").arg(words[1]));
        }
        if (command == QLatin1String("add-demo")) {
            if (const QString missing = need({&org}); !missing.isEmpty())
                return usageError(err, missing);
            int added = 0;
            for (const demo::DemoAccount &demo : demo::accounts()) {
                const QString key = demo.account.provider.key();
                if (directory.account(key, demo.account.relayAccount))
                    continue;
                relay::AccountEntry entry;
                entry.org = parser.value(org);
                entry.provider = key;
                entry.account = demo.account.relayAccount;
                entry.secret = demo.secret;
                entry.verifyToken = demo.verifyToken;
                if (const auto problem = directory.addAccount(entry)) {
                    err << *problem << "\n";
                    return 1;
                }
                ++added;
            }
            out << tr("%1 demo account(s) added to %2").arg(added).arg(parser.value(org)) << "\n";
            return 0;
        }
        if (command == QLatin1String("add-account")) {
            if (const QString missing = need({&org, &provider, &account}); !missing.isEmpty())
                return usageError(err, missing);
            relay::AccountEntry entry;
            entry.org = parser.value(org);
            entry.provider = parser.value(provider);
            entry.account = parser.value(account);
            const ProviderEntry *known = findProvider(entry.provider);
            if (!known) {
                return usageError(err, tr("the provider must be one of %1, not %2")
                                           .arg(providerKeysText(), entry.provider));
            }
            const bool signs = known->webhook.signsBody();
            if (signs &&
                (parser.isSet(secret) || parser.isSet(secretFile) || parser.isSet(allowIp))) {
                return usageError(err, tr("%1 accounts take --verify-token and --app-secret "
                                          "(it signs its webhooks; there is no IP list)")
                                           .arg(entry.provider));
            }
            if (!signs && (parser.isSet(appSecret) || parser.isSet(appSecretFile) ||
                           parser.isSet(verifyToken)))
                return usageError(err, tr("%1 accounts take --secret").arg(entry.provider));
            entry.verifyToken = parser.value(verifyToken).toUtf8();
            // Best from a file or the environment: a command line is seen by `ps` and kept in
            // the shell's history.
            const auto given = signs ? secretFrom(parser.value(appSecretFile), "INBOX_APP_SECRET",
                                                  parser.value(appSecret))
                                     : secretFrom(parser.value(secretFile), "INBOX_WEBHOOK_SECRET",
                                                  parser.value(secret));
            if (!given)
                return usageError(err, given.error());
            if (given.value().isEmpty()) {
                return usageError(err, signs ? tr("%1 accounts need the app secret: "
                                                  "--app-secret-file FILE or INBOX_APP_SECRET")
                                                   .arg(entry.provider)
                                             : tr("%1 accounts need the webhook secret: "
                                                  "--secret-file FILE or INBOX_WEBHOOK_SECRET")
                                                   .arg(entry.provider));
            }
            entry.secret = given.value();
            const auto allowList = relay::RelayDirectory::parseAllowList(parser.values(allowIp));
            if (!allowList)
                return usageError(err, allowList.error());
            entry.allowList = allowList.value();
            return done(directory.addAccount(entry),
                        tr("%1 account %2 added to %3; its webhook URL is "
                           "https://<relay>/webhooks/%1/%2")
                            .arg(entry.provider, entry.account, entry.org));
        }
        if (command == QLatin1String("set-connection")) {
            if (const QString missing = need({&org, &provider, &account, &name});
                !missing.isEmpty())
                return usageError(err, missing);
            relay::ConnectionEntry entry{parser.value(org),           parser.value(provider),
                                         parser.value(account),       parser.value(name),
                                         parser.value(phone),         {},
                                         parser.isSet(keepInKeychain)};
            for (const QString &pair : parser.values(field)) {
                const qsizetype equals = pair.indexOf(QLatin1Char('='));
                if (equals <= 0)
                    return usageError(err, tr("--field takes KEY=VALUE, not %1").arg(pair));
                entry.connection.insert(pair.left(equals), pair.mid(equals + 1));
            }
            const auto token = secretFrom(parser.value(tokenFile), "INBOX_ACCOUNT_TOKEN");
            if (!token)
                return usageError(err, token.error());
            const auto box = relay::SecretBox::fromFileOrEnvironment(parser.value(secretsKey));
            if (!box)
                return usageError(err, box.error());
            return done(directory.setConnection(entry, token.value(), box->get()),
                        tr("%1 account %2 of %3 set; signed-in desktops have it within seconds")
                            .arg(entry.provider, entry.account, entry.org));
        }
        if (command == QLatin1String("remove-connection")) {
            if (const QString missing = need({&org, &provider, &account}); !missing.isEmpty())
                return usageError(err, missing);
            return done(directory.removeConnection(parser.value(org), parser.value(provider),
                                                   parser.value(account)),
                        tr("%1 account %2 removed from %3's desktops")
                            .arg(parser.value(provider), parser.value(account), parser.value(org)));
        }
        if (command == QLatin1String("add-agent")) {
            if (const QString missing = need({&org, &name, &role}); !missing.isEmpty())
                return usageError(err, missing);
            const auto agentRole = roleFromKey(parser.value(role));
            if (!agentRole)
                return usageError(err, tr("--role is agent, manager or admin"));
            const auto token = directory.addAgent(parser.value(org), parser.value(name), *agentRole,
                                                  parser.value(handle));
            if (!token) {
                err << token.error() << "\n";
                return 1;
            }
            // The token is shown this once, last on its line; only its hash is kept.
            out << tr("agent %1 (%2) added to %3; token (shown once): %4")
                       .arg(parser.value(name), parser.value(role), parser.value(org), token->token)
                << "\n";
            return 0;
        }
        if (command == QLatin1String("rotate-token")) {
            if (const QString missing = need({&org, &name}); !missing.isEmpty())
                return usageError(err, missing);
            const auto token = directory.rotateToken(parser.value(org), parser.value(name));
            if (!token) {
                err << token.error() << "\n";
                return 1;
            }
            out << tr("agent %1 of %2 has a new token (shown once; the old one no longer works): "
                      "%3")
                       .arg(parser.value(name), parser.value(org), token->token)
                << "\n";
            return 0;
        }
        if (command == QLatin1String("revoke-agent")) {
            if (const QString missing = need({&org, &name}); !missing.isEmpty())
                return usageError(err, missing);
            return done(directory.revokeAgent(parser.value(org), parser.value(name)),
                        tr("agent %1 revoked").arg(parser.value(name)));
        }
        if (command == QLatin1String("list")) {
            for (const QString &id : directory.orgs())
                out << "org " << id << "\n";
            for (const relay::AccountEntry &entry : directory.accounts()) {
                QStringList allowed;
                for (const auto &[address, prefix] : entry.allowList)
                    allowed << address.toString() + QLatin1Char('/') + QString::number(prefix);
                // Secrets are never printed.
                out << "account " << entry.org << " " << entry.provider << " " << entry.account
                    << (allowed.isEmpty()
                            ? QString()
                            : QStringLiteral(" allow ") + allowed.join(QLatin1Char(',')))
                    << "\n";
            }
            for (const relay::ConnectionEntry &entry : directory.connections(QString())) {
                // The token is never printed; the fields are not secret.
                out << "connection " << entry.org << " " << entry.provider << " " << entry.account
                    << " \"" << entry.displayName << "\""
                    << (entry.businessPhone.isEmpty() ? QString()
                                                      : QStringLiteral(" ") + entry.businessPhone)
                    << " fields " << entry.connection.keys().join(QLatin1Char(','))
                    << (entry.keepInKeychain ? " keep-in-keychain" : "") << "\n";
            }
            for (const relay::AgentEntry &agent : directory.agents()) {
                out << "agent " << agent.org << " " << agent.handle << " " << agent.name << " "
                    << roleKey(agent.role) << (agent.revoked ? " revoked" : "") << "\n";
            }
            return 0;
        }
    } catch (const CacheError &error) {
        err << error.message() << "\n";
        return 1;
    }
    return usageError(err, tr("unknown relay command: %1").arg(command));
}

} // namespace inbox::cli
