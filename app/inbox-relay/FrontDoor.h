// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <chrono>
#include <optional>

class QTcpSocket;

namespace inbox::relay {

/// What the webhook port lets a connection do before the relay has checked anything.
struct DoorLimits
{
    int maxConnections = 1000; ///< HTTP connections at once, all sources together
    int maxPerSource = 100;    ///< from one address other than a trusted proxy
    /// Reverse proxies (address, prefix length) that carry many clients' connections: held
    /// only to the total, not to the per-source cap.
    QList<QPair<QHostAddress, int>> trustedProxies;
    qint64 maxRequestBytes = 0;                       ///< head and body of one request
    std::chrono::milliseconds requestTimeout{10'000}; ///< from a request's first byte to its last
    std::chrono::milliseconds idleTimeout{60'000};    ///< a kept-alive connection asking nothing
};

/// The relay's own door in front of Qt HttpServer, which reads whatever a connection sends,
/// for as long as it likes, into memory. Every accepted connection passes here before Qt sees
/// it: the door counts connections in total and per source (closing the longest idle first to
/// make room), closes a connection whose request does not arrive whole in time or which sits
/// idle too long, and counts a request's bytes as they arrive, answering 413 and closing as
/// soon as they pass the limit. Qt does the parsing; the door only looks at the head's framing
/// before Qt does: a stated length over the limit (413 before the body is read), two lengths
/// that differ or a length with chunks (400: a proxy in front could read two requests there).
class FrontDoor : public QObject
{
    Q_OBJECT
public:
    explicit FrontDoor(DoorLimits limits, QObject *parent = nullptr);

    /// A connection just accepted; false when there is no room for it (it is then closed).
    bool admit(QTcpSocket *socket);
    /// Qt has read the whole request: what it waits for now is the relay's answer.
    void requestRead(QTcpSocket *socket, bool closeAfterAnswer);
    /// The connection became a WebSocket: the stream's own rules apply from here.
    void upgraded(QTcpSocket *socket);

    /// Set on a connection the door has answered and is closing: what Qt still makes of its
    /// bytes (a request cut short) is not the relay's to answer.
    static constexpr const char *refusedProperty = "inboxRefusedAtTheDoor";
    static bool isRefused(const QTcpSocket *socket);

    int openConnections() const { return int(m_open.size()); }
    /// Connections the door closed or refused, by reason (for /metrics).
    const QMap<QString, quint64> &closed() const { return m_closed; }
    const DoorLimits &limits() const { return m_limits; }

private:
    enum class State
    {
        Idle,      ///< nothing asked since the last answer
        Receiving, ///< a request has started to arrive
        Answering  ///< the request is whole; the relay is answering
    };
    struct Entry
    {
        QHostAddress source;
        State state = State::Idle;
        qint64 since = 0; ///< ms on m_clock when the state began
        qint64 bytes = 0; ///< of the request being received
        QByteArray head;  ///< its head, until the blank line that ends it has come
        bool headChecked = false;
        bool closeAfterAnswer = false;
    };

    void received(QTcpSocket *socket);
    void answered(QTcpSocket *socket);
    void sweep();
    void close(QTcpSocket *socket, const char *reason);
    /// Why a request's head may not go on to Qt, as (status, reason), or nothing.
    std::optional<std::pair<int, QString>> headProblem(const QByteArray &head) const;
    /// Answers `status` itself and closes: the rest of the request is read and dropped for a
    /// moment, so that the client, still sending, gets the answer rather than a reset.
    void refuse(QTcpSocket *socket, int status, const QString &reason, const char *metric);
    /// The longest idle connection (of `source`, when given), or null.
    QTcpSocket *longestIdle(const QHostAddress *source) const;
    int capFor(const QHostAddress &source) const;
    /// Says that connections were refused, at most once a second, with how many since.
    void reportRefused(const QHostAddress &source);
    void forget(QTcpSocket *socket);

    DoorLimits m_limits;
    QHash<QTcpSocket *, Entry> m_open;
    QHash<QHostAddress, int> m_perSource;
    QMap<QString, quint64> m_closed;
    QElapsedTimer m_clock;
    qint64 m_lastRefusalReport = -1;
    quint64 m_refusedSinceReport = 0;
    QTimer m_sweep;
};

/// A listening server (QTcpServer or QSslServer) whose connections go through a FrontDoor on
/// their way to Qt HttpServer, which takes them with nextPendingConnection().
template<class Server>
class GuardedServer : public Server
{
public:
    explicit GuardedServer(FrontDoor *door, QObject *parent = nullptr)
        : Server(parent)
        , m_door(door)
    {}

    QTcpSocket *nextPendingConnection() override
    {
        for (;;) {
            QTcpSocket *socket = Server::nextPendingConnection();
            if (!socket || !m_door || m_door->admit(socket))
                return socket;
        }
    }

private:
    QPointer<FrontDoor> m_door;
};

} // namespace inbox::relay
