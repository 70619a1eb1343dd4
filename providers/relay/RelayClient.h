// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/RelayLink.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPromise>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <memory>

namespace inbox {

class CacheDatabase;

/// The relay's stream over a WebSocket: says hello with the cursor stored in the cache, applies
/// events through the sync engine in order (the cursor committed with them), reconnects with
/// backoff (1 s doubling to 30 s, with jitter), and publishes team events with client ids,
/// resolved by the relay's ack or error.
class RelayClient : public RelayLink
{
    Q_OBJECT
public:
    /// `url` is the relay's stream (ws://host:port/stream or wss://...).
    RelayClient(QUrl url, QByteArray token, std::shared_ptr<CacheDatabase> cache,
                Normaliser normalise, QObject *parent = nullptr);
    ~RelayClient() override;

    void start();
    void stop();

    State state() const override { return m_state; }
    int reconnectInSeconds() const override;
    QString org() const override { return m_org; }
    QString agentId() const override { return m_agentId; }
    QString role() const override { return m_role; }
    QFuture<Expected<qint64, QString>> publish(const QJsonObject &event) override;
    QFuture<Expected<qint64, QString>> setAccount(const stream::TeamAccount &account) override;
    QList<stream::TeamAccount> teamAccounts() const override { return m_teamAccounts; }
    QList<stream::TeammatePresence> presence() const override { return m_presence; }
    /// Says hello as the headless runner, never shown online to the team.
    void setHeadless(bool headless) { m_headless = headless; }
    QUrl url() const override { return m_url; }

    /// How long the first retry waits; tests make it short.
    void setFirstRetryDelay(std::chrono::milliseconds delay) { m_firstRetry = delay; }

private:
    void setState(State state);
    void connectNow();
    void sayHello();
    void received(const QString &frame);
    /// Settles the publish with that client id; false when there is none waiting.
    bool answerPublished(const QJsonValue &clientId, Expected<qint64, QString> answer);
    /// Sends `frame` (made with the client id given) and gives the relay's answer to it.
    QFuture<Expected<qint64, QString>>
    request(const std::function<QByteArray(const QString &clientId)> &frame);
    void applyNext();
    void lost();

    QUrl m_url;
    QByteArray m_token;
    std::shared_ptr<CacheDatabase> m_cache;
    Normaliser m_normalise;
    std::unique_ptr<SyncEngine> m_sync;
    QWebSocket m_socket;
    State m_state = State::Connecting;
    QString m_org;
    QString m_agentId;
    QString m_role;
    QList<stream::TeamAccount> m_teamAccounts;
    QList<stream::TeammatePresence> m_presence;
    bool m_headless = false;
    QList<RelayEvent> m_pending;
    bool m_applying = false;
    bool m_stopped = true;
    int m_attempt = 0;
    std::chrono::milliseconds m_firstRetry{1000};
    QTimer m_retry;
    QElapsedTimer m_retryClock;
    QHash<QString, std::shared_ptr<QPromise<Expected<qint64, QString>>>> m_published;
};

} // namespace inbox
