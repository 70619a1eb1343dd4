#include "Desktop.h"

#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "SettingsDialog.h"
#include "TrayNotifier.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "common/HttpReplyHook.h"
#include "demo/DemoAccounts.h"
#include "itemmodels/WhenReady.h"
#include "ports/TemplateAdmin.h"
#include "relay/RelayClient.h"
#include "sync/AutoReplier.h"
#include "sync/OutboxWorker.h"

#include <QNetworkInformation>
#include <QPointer>
#include <QTimer>

namespace inbox {

Desktop::Desktop(std::shared_ptr<CacheDatabase> cache, Options options)
    : m_cache(std::move(cache))
    , m_options(std::move(options))
{
    m_window = std::make_unique<MainWindow>(m_cache, m_options.agentId, providerCatalog());
    new TrayNotifier(m_cache, m_window.get()); // owned by the window
    m_window->setServices(&m_secrets, providerConnector(&m_network), &m_settings);
    m_window->setTemplateAdmin([this](const QString &accountId) {
        return std::dynamic_pointer_cast<TemplateAdmin>(apiFor(accountId));
    });
    m_window->setProviderApis([this](const QString &accountId) { return apiFor(accountId); });
    connect(m_window.get(), &MainWindow::relaySignIn, this, &Desktop::connectRelay);
    connect(m_window.get(), &MainWindow::relaySignOut, this, &Desktop::disconnectRelay);
    connect(m_window.get(), &MainWindow::accountsChanged, this, &Desktop::reloadAccounts);

    if (!m_options.sandbox.isEmpty()) {
        // The demo's accounts, with the sandbox's published demo tokens.
        for (const demo::DemoAccount &account : demo::accounts()) {
            auto client = makeProviderClient(
                &m_network, demo::throughSandbox(account, m_options.sandbox), account.token);
            if (client)
                m_sandboxClients.insert(account.account.id, std::move(client).value());
            else // the demo table lacks a field its provider needs
                m_window->setAccountHealth(account.account.id, client.error());
        }
    }
    m_outbox = std::make_unique<OutboxWorker>(
        m_cache, [this](const QString &account) { return apiFor(account); });
    connect(m_outbox.get(), &OutboxWorker::accountHealth, m_window.get(),
            &MainWindow::setAccountHealth);
    connect(m_outbox.get(), &OutboxWorker::messageSent, m_window.get(), &MainWindow::messageSent);
    m_outbox->start();
    // Back online: what waits out a backoff goes at once.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        m_outbox->resume();
                });
    }
    m_replyHook = std::make_unique<HttpReplyHook>(&m_network);
    m_autoReplier = std::make_unique<AutoReplier>(m_cache, m_replyHook.get());
    connect(m_autoReplier.get(), &AutoReplier::problem, m_window.get(),
            &MainWindow::setAccountHealth);
    reloadAccounts();
    auto *phones = new QTimer(this);
    phones->setInterval(std::chrono::seconds(30));
    connect(phones, &QTimer::timeout, this, &Desktop::checkPhones);
    phones->start();
    QTimer::singleShot(std::chrono::seconds(1), this, &Desktop::checkPhones);

    if (m_options.relayUrl.isValid()) {
        connectRelay(m_options.relayUrl, m_options.token);
    } else if (const QUrl saved(m_settings.value(SettingsDialog::relayUrlKey()).toString());
               saved.isValid() && !saved.isEmpty()) {
        m_secrets.read(SettingsDialog::relayTokenKey())
            .then(this,
                  [this, saved](const std::optional<QByteArray> &token) {
                      if (token)
                          connectRelay(saved, *token);
                      else
                          m_window->setRelayLink(nullptr);
                  })
            .onFailed(this, [this](const SecretStoreError &) { m_window->setRelayLink(nullptr); });
    } else {
        m_window->setRelayLink(nullptr);
    }
}

Desktop::~Desktop()
{
    // The window holds pointers to the relay link: it goes first.
    m_window.reset();
}

void Desktop::connectRelay(const QUrl &url, const QByteArray &token)
{
    m_window->setRelayLink(nullptr);
    m_relay = std::make_unique<RelayClient>(url, token, m_cache, providerNormaliser());
    connect(m_relay.get(), &RelayLink::stateChanged, this, [this](RelayLink::State state) {
        if (state == RelayLink::State::Connected) // the network is back
            m_outbox->resume();
    });
    m_window->setRelayLink(m_relay.get());
    m_autoReplier->setRelayLink(m_relay.get());
    m_relay->start();
}

void Desktop::disconnectRelay()
{
    m_window->setRelayLink(nullptr);
    m_autoReplier->setRelayLink(nullptr);
    m_relay.reset();
}

void Desktop::reloadAccounts()
{
    whenReady(
        AccountStore(m_cache).all(), this,
        [this](const QList<Account> &accounts) {
            // The new clients replace the old ones all at once, when every token is read; a
            // send in flight keeps its old client alive until its answer is in.
            struct Loading
            {
                QHash<QString, std::shared_ptr<ProviderApi>> clients;
                int pending = 0;
            };
            auto loading = std::make_shared<Loading>();
            const auto done = [this, loading] {
                if (--loading->pending > 0)
                    return;
                m_clients = loading->clients;
                m_outbox->resume(); // what was waiting for its account goes now
                m_window->syncTemplates();
            };
            ++loading->pending; // held until every read has started
            for (const Account &account : accounts) {
                if (account.connection.isEmpty())
                    continue;
                ++loading->pending;
                m_secrets.read(accountTokenKey(account.id))
                    .then(this,
                          [this, account, loading, done](const std::optional<QByteArray> &token) {
                              auto client =
                                  makeProviderClient(&m_network, account, token.value_or(""));
                              // "X is missing: add it in Settings", or nothing wrong.
                              m_window->setAccountHealth(account.id,
                                                         client ? QString() : client.error());
                              if (client)
                                  loading->clients.insert(account.id, std::move(client).value());
                              done();
                          })
                    .onFailed(this, [this, account, done](const SecretStoreError &error) {
                        m_window->setAccountHealth(
                            account.id, tr("its token cannot be read from the keychain: %1")
                                            .arg(error.message()));
                        done();
                    });
            }
            done();
        },
        [this](const CacheError &error) {
            m_window->setAccountHealth(tr("Accounts"),
                                       tr("they cannot be read: %1").arg(error.message()));
        });
}

void Desktop::checkPhones()
{
    QHash<QString, std::shared_ptr<ProviderApi>> clients = m_sandboxClients;
    clients.insert(m_clients); // the account's own connection wins over the demo's
    for (auto it = clients.cbegin(); it != clients.cend(); ++it) {
        auto phone = std::dynamic_pointer_cast<PhoneSession>(it.value());
        if (!phone)
            continue;
        QPointer<MainWindow> window(m_window.get());
        phone->session().then(this, [window, phone, account = it.key()](
                                        const Expected<PhoneSessionState, ProviderError> &state) {
            if (window)
                window->setPhoneSession(account, state);
        });
    }
}

std::shared_ptr<ProviderApi> Desktop::apiFor(const QString &accountId) const
{
    if (auto client = m_clients.value(accountId))
        return client;
    return m_sandboxClients.value(accountId);
}

} // namespace inbox
