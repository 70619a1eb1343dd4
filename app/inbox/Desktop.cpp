// SPDX-License-Identifier: GPL-3.0-or-later
#include "Desktop.h"

#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "Services.h"
#include "SettingsDialog.h"
#include "TrayNotifier.h"
#include "cache/CacheDatabase.h"
#include "ports/TemplateAdmin.h"
#include "relay/RelayClient.h"

#include <QPointer>

namespace inbox {

Desktop::Desktop(std::shared_ptr<CacheDatabase> cache, Options options)
    : m_cache(std::move(cache))
    , m_options(std::move(options))
    , m_services(std::make_unique<Services>(m_cache, m_options.sandbox))
{
    m_window = std::make_unique<MainWindow>(m_cache, m_options.agentId, providerCatalog());
    new TrayNotifier(m_cache, m_window.get()); // owned by the window
    Services *services = m_services.get();
    m_window->setServices(services->secrets(), providerConnector(services->network()), &m_settings);
    m_window->setTemplateAdmin([services](const QString &accountId) {
        return std::dynamic_pointer_cast<TemplateAdmin>(services->apiFor(accountId));
    });
    m_window->setProviderApis(
        [services](const QString &accountId) { return services->apiFor(accountId); });
    connect(m_window.get(), &MainWindow::relaySignIn, services, &Services::connectRelay);
    connect(m_window.get(), &MainWindow::relaySignOut, services, &Services::disconnectRelay);
    connect(m_window.get(), &MainWindow::accountsChanged, services, &Services::reloadAccounts);

    MainWindow *window = m_window.get();
    connect(services, &Services::accountHealth, window, &MainWindow::setAccountHealth);
    connect(services, &Services::clientsReady, window, &MainWindow::syncTemplates);
    connect(services, &Services::relayChanged, window,
            [window](RelayClient *relay) { window->setRelayLink(relay); });
    connect(
        services, &Services::phoneSession, window,
        [window](const QString &account, const Expected<PhoneSessionState, ProviderError> &state) {
            window->setPhoneSession(account, state);
        });
    services->start();

    if (m_options.relayUrl.isValid()) {
        services->connectRelay(m_options.relayUrl, m_options.token);
    } else if (const QUrl saved(m_settings.value(SettingsDialog::relayUrlKey()).toString());
               saved.isValid() && !saved.isEmpty()) {
        QPointer<MainWindow> shown(window);
        services->secrets()
            ->read(SettingsDialog::relayTokenKey())
            .then(this,
                  [services, shown, saved](const std::optional<QByteArray> &token) {
                      if (token)
                          services->connectRelay(saved, *token);
                      else if (shown)
                          shown->setRelayLink(nullptr);
                  })
            .onFailed(this, [shown](const SecretStoreError &) {
                if (shown)
                    shown->setRelayLink(nullptr);
            });
    } else {
        window->setRelayLink(nullptr);
    }
}

Desktop::~Desktop()
{
    // The window holds pointers to the relay link: it goes first.
    m_window.reset();
}

} // namespace inbox
