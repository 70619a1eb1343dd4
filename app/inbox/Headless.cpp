// SPDX-License-Identifier: GPL-3.0-or-later
#include "Headless.h"

#include "InboxLog.h"
#include "ProviderRegistry.h"
#include "Services.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/Sql.h"
#include "itemmodels/WhenReady.h"
#include "relay/RelayClient.h"
#include "sync/HistorySync.h"

#include <QSqlQuery>

namespace inbox {

Headless::Headless(std::shared_ptr<CacheDatabase> cache, Options options, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_options(std::move(options))
    , m_services(std::make_unique<Services>(m_cache, m_options.sandbox))
{
    Services *services = m_services.get();
    connect(services, &Services::accountHealth, this,
            [this](const QString &account, const QString &problem) {
                if (m_health.value(account) == problem)
                    return; // said already; the outbox repeats it on every try
                m_health.insert(account, problem);
                if (problem.isEmpty())
                    qCInfo(lcHeadless).noquote() << account << "works again";
                else
                    qCWarning(lcHeadless).noquote() << account + u':' << problem;
            });
    connect(services, &Services::relayChanged, this, [this](RelayClient *relay) {
        if (!relay)
            return;
        connect(relay, &RelayLink::stateChanged, this, &Headless::relayStateChanged);
        connect(relay, &RelayLink::resetRequested, this, [this] {
            syncHistory(m_services->connectedAccounts(),
                        QStringLiteral("the relay no longer has every event this cache missed"));
        });
    });
    connect(services, &Services::autoReplied, this, [](qint64 conversation, const QString &) {
        qCInfo(lcHeadless) << "automatic reply queued in conversation" << conversation;
    });
    connect(
        services, &Services::phoneSession, this,
        [this](const QString &account, const Expected<PhoneSessionState, ProviderError> &session) {
            const QString state = session ? session.value().state : session.error().message();
            if (m_phones.value(account) == state)
                return;
            m_phones.insert(account, state);
            if (session && session.value().connected())
                qCInfo(lcHeadless).noquote() << account + u':' << "the phone is linked";
            else if (session)
                qCWarning(lcHeadless).noquote()
                    << account + u':'
                    << QStringLiteral(
                           "the phone is not linked (%1): scan its QR code in a desktop's Settings")
                           .arg(state);
            else
                qCWarning(lcHeadless).noquote()
                    << account + u':' << "its session cannot be read:" << state;
        });
    connect(services, &Services::clientsReady, this, [this] {
        if (!std::exchange(m_firstClients, false))
            return;
        qCInfo(lcHeadless).noquote() << "accounts:" << m_services->connectedAccounts().join(u", ");
        // An account this cache has no conversation of yet: its history first, so that a
        // returning customer is not greeted as a new one.
        const QStringList accounts = m_services->connectedAccounts();
        m_cache
            ->run([accounts](QSqlDatabase &db) {
                QStringList unseen;
                for (const QString &account : accounts) {
                    QSqlQuery query = sql::prepare(
                        db, QStringLiteral("SELECT 1 FROM conversations WHERE account_id = ? "
                                           "LIMIT 1"));
                    query.addBindValue(account);
                    sql::exec(query);
                    if (!query.next())
                        unseen << account;
                }
                return unseen;
            })
            .then(this, [this](const QStringList &unseen) {
                syncHistory(unseen, QStringLiteral("this cache has no conversation of it yet"));
            });
    });
}

Headless::~Headless() = default;

void Headless::start()
{
    qCInfo(lcHeadless).noquote() << "starting; the relay is" << m_options.relayUrl.toString();
    m_services->start();
    m_services->setHeadless(true);
    m_services->connectRelay(m_options.relayUrl, m_options.token);
}

void Headless::relayStateChanged()
{
    RelayClient *relay = m_services->relay();
    if (!relay)
        return;
    switch (relay->state()) {
    case RelayLink::State::Connected:
        qCInfo(lcHeadless).noquote() << "signed in to the relay as" << relay->agentId() << "of"
                                     << relay->org() << QStringLiteral("(%1)").arg(relay->role());
        break;
    case RelayLink::State::Reconnecting:
        qCWarning(lcHeadless).noquote()
            << "the relay is out of reach; trying again in" << relay->reconnectInSeconds() << "s";
        break;
    case RelayLink::State::SignedOut:
        qCCritical(lcHeadless).noquote()
            << "the relay refused this runner's token (revoked or rotated): give it a new one "
               "(inboxctl relay rotate-token) and start it again";
        Q_EMIT signedOut();
        break;
    case RelayLink::State::Connecting:
        break;
    }
}

void Headless::syncHistory(const QStringList &accounts, const QString &why)
{
    whenReady(
        AccountStore(m_cache).all(), this,
        [this, accounts, why](const QList<Account> &all) {
            const ProviderCatalog catalog = providerCatalog();
            for (const Account &account : all) {
                auto api = m_services->apiFor(account.id);
                if (!accounts.contains(account.id) || !api ||
                    !catalog.capabilitiesOf(account.provider).history ||
                    m_syncing.contains(account.id))
                    continue;
                m_syncing.insert(account.id);
                qCInfo(lcHeadless).noquote() << account.id + u':' << "syncing history," << why;
                auto *sync = new HistorySync(m_cache, account.id, api, 1, this);
                connect(
                    sync, &HistorySync::finished, this,
                    [this, sync, id = account.id](int chats, int messages, const QString &problem) {
                        m_syncing.remove(id);
                        qCInfo(lcHeadless).noquote()
                            << id + u':' << "history synced," << chats << "chats," << messages
                            << "new messages" << (problem.isEmpty() ? QString() : problem);
                        sync->deleteLater();
                    });
                sync->start();
            }
        },
        [](const CacheError &error) { qCWarning(lcHeadless) << error.message(); });
}

} // namespace inbox
