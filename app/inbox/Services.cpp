// SPDX-License-Identifier: GPL-3.0-or-later
#include "Services.h"

#include "ProviderRegistry.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "common/HttpReplyHook.h"
#include "controllers/MessageController.h"
#include "controllers/TeamContext.h"
#include "demo/DemoAccounts.h"
#include "itemmodels/WhenReady.h"
#include "relay/RelayClient.h"
#include "sync/AutoAssigner.h"
#include "sync/AutoReplier.h"
#include "sync/OutboxWorker.h"

#include <QNetworkInformation>
#include <QTimer>

namespace inbox {

Services::Services(std::shared_ptr<CacheDatabase> cache, const QUrl &sandbox, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_team(new TeamContext(QString(), this))
    , m_messages(new MessageController(m_cache, m_team, this))
{
    if (!sandbox.isEmpty()) {
        // The demo's accounts, with the sandbox's published demo tokens.
        for (const demo::DemoAccount &account : demo::accounts()) {
            if (auto client = makeProviderClient(&m_network, demo::throughSandbox(account, sandbox),
                                                 account.token)) {
                m_sandboxClients.insert(account.account.id, std::move(client).value());
            } else { // the demo table lacks a field its provider needs
                m_demoProblems.insert(account.account.id, client.error());
            }
        }
    }
    m_outbox = std::make_unique<OutboxWorker>(
        m_cache, [this](const QString &account) { return apiFor(account); });
    connect(m_outbox.get(), &OutboxWorker::accountHealth, this, &Services::accountHealth);
    connect(m_outbox.get(), &OutboxWorker::messageSent, this, &Services::messageSent);
    // Teammates see what this inbox sent (an agent's message, an automatic reply) in their chats.
    connect(m_outbox.get(), &OutboxWorker::messageSent, m_messages,
            &MessageController::announceSent);
    m_replyHook = std::make_unique<HttpReplyHook>(&m_network);
    m_autoReplier = std::make_unique<AutoReplier>(m_cache, m_replyHook.get());
    connect(m_autoReplier.get(), &AutoReplier::problem, this, &Services::accountHealth);
    connect(m_autoReplier.get(), &AutoReplier::replied, this, &Services::autoReplied);
    m_autoAssigner = std::make_unique<AutoAssigner>(m_cache);
}

Services::~Services()
{
    m_team->setRelayLink(nullptr);
}

void Services::start()
{
    for (auto it = m_demoProblems.cbegin(); it != m_demoProblems.cend(); ++it)
        Q_EMIT accountHealth(it.key(), it.value());
    m_outbox->start();
    // Back online: what waits out a backoff goes at once.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        m_outbox->resume();
                });
    }
    reloadAccounts();
    auto *phones = new QTimer(this);
    phones->setInterval(std::chrono::seconds(30));
    connect(phones, &QTimer::timeout, this, &Services::checkPhones);
    phones->start();
    QTimer::singleShot(std::chrono::seconds(1), this, &Services::checkPhones);
}

void Services::connectRelay(const QUrl &url, const QByteArray &token)
{
    disconnectRelay();
    m_relay = std::make_unique<RelayClient>(url, token, m_cache, providerNormaliser());
    m_relay->setHeadless(m_headless);
    connect(m_relay.get(), &RelayLink::stateChanged, this, [this](RelayLink::State state) {
        if (state == RelayLink::State::Connected) // the network is back
            m_outbox->resume();
        if (state == RelayLink::State::SignedOut) // revoked: the team's tokens go with it
            forgetTeamAccounts();
    });
    connect(m_relay.get(), &RelayLink::teamAccountsChanged, this,
            [this, relay = m_relay.get()](const QList<stream::TeamAccount> &accounts) {
                adoptTeamAccounts(relay->org(), accounts);
            });
    // The team as the relay knows it, for the pickers and the auto-assignment's names.
    connect(m_relay.get(), &RelayLink::presenceChanged, this, [this, relay = m_relay.get()] {
        QList<Agent> team;
        for (const stream::TeammatePresence &teammate : relay->presence())
            team.append(
                {teammate.agent, teammate.name, roleFromKey(teammate.role).value_or(Role::Agent)});
        if (!team.isEmpty())
            AgentStore(m_cache).upsert(team);
    });
    m_autoReplier->setRelayLink(m_relay.get());
    m_autoAssigner->setRelayLink(m_relay.get());
    m_team->setRelayLink(m_relay.get());
    Q_EMIT relayChanged(m_relay.get());
    m_relay->start();
}

void Services::disconnectRelay()
{
    if (!m_relay)
        return;
    Q_EMIT relayChanged(nullptr);
    m_autoReplier->setRelayLink(nullptr);
    m_autoAssigner->setRelayLink(nullptr);
    m_team->setRelayLink(nullptr);
    m_relay.reset();
    forgetTeamAccounts();
}

void Services::adoptTeamAccounts(const QString &org, const QList<stream::TeamAccount> &accounts)
{
    whenReady(
        AccountStore(m_cache).adoptTeam(org, accounts), this,
        [this](const QHash<QString, stream::TeamAccount> &adopted) {
            QHash<QString, QByteArray> tokens;
            m_teamProblems.clear();
            for (auto it = adopted.cbegin(); it != adopted.cend(); ++it) {
                const QString &id = it.key();
                const stream::TeamAccount &team = it.value();
                if (!team.problem.isEmpty())
                    m_teamProblems.insert(id, team.problem);
                if (team.token.isEmpty())
                    continue;
                tokens.insert(id, team.token);
                if (team.keepInKeychain) {
                    m_secrets.write(teamAccountTokenKey(id), team.token)
                        .onFailed(this, [this, id](const SecretStoreError &error) {
                            Q_EMIT accountHealth(
                                id, tr("its token cannot be kept in the keychain (%1); it is "
                                       "held in memory until the inbox quits")
                                        .arg(error.message()));
                        });
                } else {
                    m_secrets.remove(teamAccountTokenKey(id)); // the admin no longer allows it
                }
            }
            // What the admin removed is gone from here too.
            for (auto it = m_teamTokens.cbegin(); it != m_teamTokens.cend(); ++it) {
                if (!adopted.contains(it.key())) {
                    m_clients.remove(it.key());
                    m_secrets.remove(teamAccountTokenKey(it.key()));
                }
            }
            m_teamTokens = tokens;
            reloadAccounts();
        },
        [this](const CacheError &error) {
            Q_EMIT accountHealth(tr("Accounts"),
                                 tr("the team's accounts cannot be kept: %1").arg(error.message()));
        });
}

void Services::forgetTeamAccounts()
{
    // At once, before the cache answers: nothing more goes out with these tokens.
    for (auto it = m_teamTokens.cbegin(); it != m_teamTokens.cend(); ++it)
        m_teamAccounts.insert(it.key());
    for (const QString &id : std::as_const(m_teamAccounts))
        m_clients.remove(id);
    ++m_accountsGeneration;
    m_teamTokens.clear();
    m_teamProblems.clear();
    whenReady(
        AccountStore(m_cache).forgetTeam(), this,
        [this](const QStringList &ids) {
            for (const QString &id : ids)
                m_secrets.remove(teamAccountTokenKey(id));
            reloadAccounts();
        },
        [this](const CacheError &error) {
            Q_EMIT accountHealth(
                tr("Accounts"),
                tr("the team's accounts cannot be forgotten: %1").arg(error.message()));
        });
}

QFuture<Expected<QByteArray, QString>> Services::tokenFor(const Account &account)
{
    using Answer = Expected<QByteArray, QString>;
    const bool team = !account.managedBy.isEmpty();
    if (team) {
        if (const QByteArray token = m_teamTokens.value(account.id); !token.isEmpty())
            return QtFuture::makeReadyFuture(Answer(token));
        if (const QString problem = m_teamProblems.value(account.id); !problem.isEmpty())
            return QtFuture::makeReadyFuture(Answer(problem));
    }
    // The team's token is in the keychain only where the admin allows it.
    const QString key = team ? teamAccountTokenKey(account.id) : accountTokenKey(account.id);
    return m_secrets.read(key)
        .then(this,
              [team](const std::optional<QByteArray> &token) {
                  if (team && token.value_or(QByteArray()).isEmpty()) {
                      return Answer(tr("its token comes from the team's relay: it is here once "
                                       "this inbox is signed in to the relay"));
                  }
                  return Answer(token.value_or(QByteArray()));
              })
        .onFailed(this, [](const SecretStoreError &error) {
            return Answer(
                tr("its token cannot be read from the keychain: %1").arg(error.message()));
        });
}

void Services::reloadAccounts()
{
    whenReady(
        AccountStore(m_cache).all(), this,
        [this](const QList<Account> &accounts) {
            // The new clients replace the old ones all at once, when every token is read; a
            // send in flight keeps its old client alive until its answer is in.
            struct Loading
            {
                QHash<QString, std::shared_ptr<ProviderApi>> clients;
                QSet<QString> team;
                int pending = 0;
                int generation = 0;
            };
            auto loading = std::make_shared<Loading>();
            loading->generation = ++m_accountsGeneration;
            const auto done = [this, loading] {
                if (--loading->pending > 0 || loading->generation != m_accountsGeneration)
                    return;
                m_clients = loading->clients;
                m_teamAccounts = loading->team;
                m_outbox->resume(); // what was waiting for its account goes now
                Q_EMIT clientsReady();
            };
            ++loading->pending; // held until every read has started
            for (const Account &account : accounts) {
                if (account.connection.isEmpty())
                    continue;
                if (!account.managedBy.isEmpty())
                    loading->team.insert(account.id);
                ++loading->pending;
                tokenFor(account).then(this, [this, account, loading,
                                              done](const Expected<QByteArray, QString> &token) {
                    if (!token) {
                        Q_EMIT accountHealth(account.id, token.error());
                        done();
                        return;
                    }
                    auto client = makeProviderClient(&m_network, account, token.value());
                    // "X is missing: add it in Settings", or nothing wrong.
                    Q_EMIT accountHealth(account.id, client ? QString() : client.error());
                    if (client)
                        loading->clients.insert(account.id, std::move(client).value());
                    done();
                });
            }
            done();
        },
        [this](const CacheError &error) {
            Q_EMIT accountHealth(tr("Accounts"),
                                 tr("they cannot be read: %1").arg(error.message()));
        });
}

std::shared_ptr<ProviderApi> Services::apiFor(const QString &accountId) const
{
    if (auto client = m_clients.value(accountId))
        return client;
    return m_sandboxClients.value(accountId);
}

QStringList Services::connectedAccounts() const
{
    QStringList accounts = m_sandboxClients.keys();
    for (const QString &account : m_clients.keys()) {
        if (!accounts.contains(account))
            accounts << account;
    }
    accounts.sort();
    return accounts;
}

void Services::checkPhones()
{
    for (const QString &account : connectedAccounts()) {
        auto phone = std::dynamic_pointer_cast<PhoneSession>(apiFor(account));
        if (!phone)
            continue;
        phone->session().then(
            this, [this, phone, account](const Expected<PhoneSessionState, ProviderError> &state) {
                Q_EMIT phoneSession(account, state);
            });
    }
}

} // namespace inbox
