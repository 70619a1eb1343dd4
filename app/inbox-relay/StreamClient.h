// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventStore.h"
#include "RelayDirectory.h"
#include "domain/TeamEvent.h"
#include "sync/StreamFrames.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

#include <memory>

class QWebSocket;

namespace inbox::relay {

class Relay;

/// An event as every client of an organisation is sent it: the frame made once.
struct EventFrame
{
    qint64 seq = 0;
    QString text;
};
/// {"type":"event","seq","provider","account","receivedAt","body"}: the body goes exactly as
/// stored (it was checked to be JSON on the way in), never re-serialised.
QString eventFrame(const StoredEvent &event);

/// One desktop on /stream. Its first frame is hello {token, cursor, headless?}; it gets welcome
/// {org, agent, role, head}, the organisation's accounts, who of the team is online (presence,
/// again whenever that changes), then every event after its cursor, then live events. About a
/// quarter of a megabyte at most waits for it in memory: past that it is fed from the store as it
/// reads, so a burst or a long catch-up never piles up, and a client reading as fast as it can is
/// never dropped. One that stops reading is dropped after the stall timeout. It may publish
/// team events, which the relay checks against its role, stores and streams to the whole
/// organisation.
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
    /// Signed in as the headless runner, which is never a teammate online.
    bool isHeadless() const { return m_headless; }
    /// Past a valid hello: catching up or live.
    bool isSignedIn() const { return m_state == State::CatchingUp || m_state == State::Live; }
    /// Sends the organisation's accounts frame unless this client has it already.
    void offerAccounts(const QByteArray &frame);
    /// Sends the organisation's presence frame unless this client has it already.
    void offerPresence(const QByteArray &frame);
    void sendError(const QJsonValue &clientId, const QString &code, const QString &message);
    qint64 queuedBytes() const;
    /// Live events of its organisation: sends those after its cursor, or, with a quarter of a
    /// megabyte already waiting, leaves them in the store to be sent as it reads.
    void offer(const QList<EventFrame> &events);
    void ping();
    void drop(QWebSocketProtocol::CloseCode code, const QString &reason);

Q_SIGNALS:
    void signedIn(StreamClient *client); ///< its hello was taken
    void ready(StreamClient *client);    ///< caught up: from now on it takes live events
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
    void hello(const stream::Hello &frame);
    void publish(const stream::Publish &frame);
    void setAccount(const stream::SetAccount &frame);
    /// Refuses and drops a request whose token was revoked since the hello.
    bool refusedAsRevoked(const QJsonValue &clientId);
    void pump();
    std::optional<AssigneeChange> assigneeChange(const TeamEvent &event) const;
    /// The refusal of a change to a conversation that `holder` has (empty: nobody).
    QString heldByMessage(const QString &holder) const;
    void send(const QByteArray &json);
    void send(const QString &text);

    Relay *m_relay;
    std::unique_ptr<QWebSocket> m_socket;
    State m_state = State::AwaitingHello;
    AgentEntry m_agent;
    QByteArray m_token;
    qint64 m_cursor = 0;
    QByteArray m_accountsSent; ///< the last accounts frame it was given
    QByteArray m_presenceSent; ///< the last presence frame it was given
    bool m_headless = false;
    QElapsedTimer m_sinceLastPong;
    QElapsedTimer m_sinceProgress; ///< since its queue last shrank, or last filled from empty
    QTimer m_helloTimeout;
};

} // namespace inbox::relay
