#pragma once

#include "keychain/KeychainSecretStore.h"
#include "ports/ProviderApi.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace inbox {

class AutoReplier;
class HttpReplyHook;

class CacheDatabase;
class MainWindow;
class OutboxWorker;
class RelayClient;

/// The running desktop: the window, the relay link, a client per connected account (tokens
/// from the keychain) and the outbox worker that sends through them. Settings changes
/// (sign in, sign out, accounts) are applied here without a restart.
class Desktop : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString agentId;
        QUrl relayUrl;    ///< from --relay; else the one saved in Settings
        QByteArray token; ///< with --relay: from INBOX_RELAY_TOKEN
        QUrl sandbox;     ///< demo accounts send through inbox-sandbox here
    };

    Desktop(std::shared_ptr<CacheDatabase> cache, Options options);
    ~Desktop() override;

    MainWindow *window() const { return m_window.get(); }

private:
    void connectRelay(const QUrl &url, const QByteArray &token);
    void disconnectRelay();
    /// Makes a client for every account with a connection and a token in the keychain.
    void reloadAccounts();
    std::shared_ptr<ProviderApi> apiFor(const QString &accountId) const;
    /// Asks every linked-phone account (open-wa) for its session, for the status bar.
    void checkPhones();

    std::shared_ptr<CacheDatabase> m_cache;
    Options m_options;
    QNetworkAccessManager m_network;
    QSettings m_settings;
    KeychainSecretStore m_secrets{QStringLiteral("inbox")};
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RelayClient> m_relay;
    std::unique_ptr<OutboxWorker> m_outbox;
    std::unique_ptr<HttpReplyHook> m_replyHook;
    std::unique_ptr<AutoReplier> m_autoReplier;
    QHash<QString, std::shared_ptr<ProviderApi>> m_clients;
    QHash<QString, std::shared_ptr<ProviderApi>> m_sandboxClients;
};

} // namespace inbox
