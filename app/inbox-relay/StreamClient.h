#pragma once

#include "EventStore.h"
#include "RelayDirectory.h"
#include "domain/TeamEvent.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

#include <memory>

class QWebSocket;

namespace inbox::relay {

class Relay;

/// One desktop on /stream. Its first frame is hello {token, cursor}; it gets welcome {org,
/// agent, role, head}, then every event after its cursor in pages (sent as it reads them, so a
/// long catch-up never piles up in memory), then live events. It may publish team events, which
/// the relay checks against its role, stores and streams to the whole organisation.
class StreamClient : public QObject
{
    Q_OBJECT
public:
    StreamClient(Relay *relay, std::unique_ptr<QWebSocket> socket);
    ~StreamClient() override;

    const AgentEntry &agent() const { return m_agent; }
    const QByteArray &token() const { return m_token; }
    qint64 cursor() const { return m_cursor; }
    bool isLive() const { return m_state == State::Live; }
    qint64 queuedBytes() const;
    /// Live events of its organisation: sends those after its cursor; a client whose queue
    /// is over the limit is dropped (it resumes from its cursor when it reconnects).
    void offer(const QList<StoredEvent> &events);
    void ping();
    void drop(QWebSocketProtocol::CloseCode code, const QString &reason);

Q_SIGNALS:
    void ready(StreamClient *client); ///< caught up: from now on it takes live events
    void gone(StreamClient *client);

private:
    enum class State
    {
        AwaitingHello,
        CatchingUp,
        Live,
        Closed
    };

    void received(const QString &frame);
    void hello(const QJsonObject &frame);
    void publish(const QJsonObject &frame);
    void pump();
    std::optional<AssigneeChange> assigneeChange(const TeamEvent &event) const;
    /// The refusal of a change to a conversation that `holder` has (empty: nobody).
    QString heldByMessage(const QString &holder) const;
    void send(const QByteArray &json);
    void sendError(const QJsonValue &clientId, const QString &code, const QString &message);

    Relay *m_relay;
    std::unique_ptr<QWebSocket> m_socket;
    State m_state = State::AwaitingHello;
    AgentEntry m_agent;
    QByteArray m_token;
    qint64 m_cursor = 0;
    QElapsedTimer m_sinceLastPong;
    QTimer m_helloTimeout;
};

} // namespace inbox::relay
