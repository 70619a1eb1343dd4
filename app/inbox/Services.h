// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Expected.h"
#include "keychain/KeychainSecretStore.h"
#include "ports/PhoneSession.h"
#include "ports/ProviderApi.h"
#include "sync/StreamFrames.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

namespace inbox {

class AutoAssigner;
class AutoReplier;
class CacheDatabase;
class HttpReplyHook;
class MessageController;
class OutboxWorker;
class RelayClient;
class TeamContext;

/// The inbox's work that needs no window: a provider client per connected account (tokens from
/// the keychain, or the sandbox's demo tokens), the outbox worker that sends through them, the
/// automatic replies, the relay link (teammates are told of every message sent) and the linked
/// phones' sessions. The desktop shows what it reports; `inbox --headless` logs it.
class Services : public QObject
{
    Q_OBJECT
public:
    /// `sandbox`: the demo accounts send through inbox-sandbox there (none when empty).
    Services(std::shared_ptr<CacheDatabase> cache, const QUrl &sandbox, QObject *parent = nullptr);
    ~Services() override;

    /// Starts the outbox, reads the accounts' tokens and asks for the phones' sessions.
    void start();
    /// Signs in to the relay's stream at `url` (any link before is dropped first).
    void connectRelay(const QUrl &url, const QByteArray &token);
    void disconnectRelay();
    /// The headless runner's relay link: it decides and answers like a desktop, but is never
    /// shown to the team as a teammate online.
    void setHeadless(bool headless) { m_headless = headless; }
    /// Makes a client for every account with a connection and a token: the one the team's relay
    /// handed out, or the one in the keychain.
    void reloadAccounts();

    std::shared_ptr<ProviderApi> apiFor(const QString &accountId) const;
    /// The accounts that have a client now.
    QStringList connectedAccounts() const;
    RelayClient *relay() const { return m_relay.get(); }
    KeychainSecretStore *secrets() { return &m_secrets; }
    QNetworkAccessManager *network() { return &m_network; }

Q_SIGNALS:
    /// What keeps an account from working, in words; empty once nothing does.
    void accountHealth(const QString &accountId, const QString &problem);
    /// The relay link changed: nullptr first, before the old link goes, then the new one.
    void relayChanged(inbox::RelayClient *relay);
    /// Every account's client is made (after start and after each reloadAccounts).
    void clientsReady();
    void phoneSession(const QString &accountId,
                      const inbox::Expected<inbox::PhoneSessionState, inbox::ProviderError> &state);
    void messageSent(qint64 messageId, const QString &externalId);
    /// An automatic reply was queued in this conversation.
    void autoReplied(qint64 conversationId, const QString &text);

private:
    /// Asks every linked-phone account (open-wa) for its session.
    void checkPhones();
    /// The accounts the relay handed out go into the cache (without their tokens), their
    /// tokens into memory (and the keychain where the admin allows it).
    void adoptTeamAccounts(const QString &org, const QList<stream::TeamAccount> &accounts);
    /// Signed out or revoked: the team's tokens are gone from memory and the keychain, and its
    /// accounts from the clients.
    void forgetTeamAccounts();
    /// The token an account's client is made with, or why there is none.
    QFuture<Expected<QByteArray, QString>> tokenFor(const Account &account);

    std::shared_ptr<CacheDatabase> m_cache;
    QNetworkAccessManager m_network;
    KeychainSecretStore m_secrets{QStringLiteral("inbox")};
    std::unique_ptr<RelayClient> m_relay;
    TeamContext *m_team;
    MessageController *m_messages;
    std::unique_ptr<OutboxWorker> m_outbox;
    std::unique_ptr<HttpReplyHook> m_replyHook;
    std::unique_ptr<AutoReplier> m_autoReplier;
    std::unique_ptr<AutoAssigner> m_autoAssigner;
    bool m_headless = false;
    QHash<QString, std::shared_ptr<ProviderApi>> m_clients;
    QHash<QString, QByteArray> m_teamTokens; ///< by account: what the relay handed out
    QHash<QString, QString> m_teamProblems;  ///< by account: why the relay gave no token
    QSet<QString> m_teamAccounts;            ///< the accounts the team's relay handed out
    /// Counts reloads and sign-outs: a reload that a newer one (or a sign-out) overtook while
    /// it read tokens is dropped, so a token just forgotten never comes back.
    int m_accountsGeneration = 0;
    QHash<QString, std::shared_ptr<ProviderApi>> m_sandboxClients;
    QHash<QString, QString> m_demoProblems; ///< demo accounts without a client, and why
};

} // namespace inbox
