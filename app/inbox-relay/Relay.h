// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventLog.h"
#include "FrontDoor.h"
#include "RelayDirectory.h"
#include "RelayMetrics.h"
#include "SecretBox.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <chrono>
#include <functional>

class QWebSocket;

namespace inbox::relay {

class StreamClient;

/// How a relay runs: where its configuration and events live, and its limits.
struct RelayOptions
{
    QString dataDir;
    QString store; ///< a postgres:// URL for shared mode; empty keeps events in dataDir
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qint64 maxClientFrameBytes = 64 * 1024;
    /// A stream client with something waiting and no byte of it read for this long is dropped
    /// (it resumes from its cursor when it reconnects). Checked at every ping.
    std::chrono::milliseconds clientStallTimeout{60'000};
    std::chrono::hours retention{24 * 30};
    std::chrono::milliseconds pingEvery{30'000};
    /// What a connection may do before anything is checked (FrontDoor); maxRequestBytes is
    /// maxBodyBytes and room for the head.
    DoorLimits door{};
    /// Reverse proxies in front (--trusted-proxy): from these alone the client's address is
    /// taken from X-Forwarded-For, for the accounts' allow-lists.
    QList<QPair<QHostAddress, int>> trustedProxies;
    /// /baseline (an answer without verifying or storing) for the ingest benchmark only.
    bool benchmarkRoutes = false;
    /// Seals and opens the provider tokens the relay hands to desktops; without it, accounts
    /// reach desktops without their tokens.
    std::shared_ptr<const SecretBox> secrets;
    /// How often the directory is checked for what inboxctl changed (accounts handed to
    /// desktops, revoked agents).
    std::chrono::milliseconds directoryCheckEvery{1000};
};

/// inbox-relay: takes provider webhooks for the teams it serves, verifies them, stores them
/// durably and streams them, with the teams' own events, to every connected desktop. HTTP and
/// WebSocket on one port: /webhooks/{provider}/{account}, /stream, /healthz, /metrics.
class Relay : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ~Relay() override;
    static Expected<std::unique_ptr<Relay>, QString> create(const RelayOptions &options);

    const RelayOptions &options() const { return m_options; }
    RelayDirectory &directory() { return *m_directory; }
    EventLog &log() { return *m_log; }
    RelayMetrics &metrics() { return m_metrics; }
    /// Listens on `address`:`port` (0: any free port) behind the relay's FrontDoor, over TLS when
    /// `tls` is given; the port, or 0 when it cannot listen.
    quint16 open(const QHostAddress &address, quint16 port,
                 const std::optional<QSslConfiguration> &tls = std::nullopt);
    FrontDoor &door() { return *m_door; }
    /// A server's TLS settings for `certificate` and its key: TLS 1.2 or later, no client
    /// certificates.
    static QSslConfiguration tlsConfiguration(const QSslCertificate &certificate,
                                              const QSslKey &key);
    /// Stops taking connections, answers every webhook already read once it is durable, closes
    /// the stream's clients with 1001 (going away, so desktops reconnect at once), then calls
    /// `done`: what SIGTERM and SIGINT do. Gives up waiting after `grace`.
    void shutDown(std::function<void()> done,
                  std::chrono::milliseconds grace = std::chrono::seconds(10));
    /// Deletes what is older than the retention; runs hourly by itself.
    int prune();
    /// Whether a desktop of the teammate `handle` (not a headless runner) is on `org`'s stream.
    bool isOnline(const QString &org, const QString &handle) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    friend class StreamClient;

    Relay(const RelayOptions &options, std::unique_ptr<RelayDirectory> directory,
          std::unique_ptr<EventLog> log);
    void webhook(const QHttpServerRequest &request, QTcpSocket *socket, const QString &provider,
                 const QString &account);
    void acceptWebSockets();
    void fanOut(const QString &org);
    void clientSignedIn(StreamClient *client);
    void clientReady(StreamClient *client);
    void clientGone(StreamClient *client);
    void keepAlive();
    /// What inboxctl changed reaches the stream: revoked agents are cut off, and changed
    /// accounts are handed again to their organisation's desktops.
    void checkDirectory();
    /// Sends `org`'s accounts to each of its signed-in desktops that does not have them yet.
    void announceAccounts(const QString &org);
    /// Sends `org`'s teammates and who of them is online to each of its signed-in clients that
    /// does not have it yet.
    void announcePresence(const QString &org);
    /// Cuts off a client whose token no longer signs in (revoked, rotated).
    bool dropIfRevoked(StreamClient *client);

    RelayOptions m_options;
    std::unique_ptr<RelayDirectory> m_directory;
    std::unique_ptr<EventLog> m_log;
    RelayMetrics m_metrics;
    FrontDoor *m_door = nullptr;                     ///< a child, like the listening servers
    QHash<QString, QList<StreamClient *>> m_clients; ///< live clients by organisation
    /// Every client; loops go over a copy, since a client may go (and leave it) meanwhile.
    QList<StreamClient *> m_all;
    /// A teammate's desktops on the stream, and since when it is online (or offline).
    struct Seen
    {
        int desktops = 0;
        QDateTime since;
    };
    QHash<QString, QHash<QString, Seen>> m_presence; ///< by organisation, then handle
    QSet<StreamClient *> m_present;                  ///< the desktops counted in m_presence
    QDateTime m_started = QDateTime::currentDateTimeUtc();
    QTimer m_keepAlive;
    QTimer m_directoryCheck;
    QTimer m_pruneTimer;
    bool m_stopping = false;
};

} // namespace inbox::relay
