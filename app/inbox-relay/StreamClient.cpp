// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamClient.h"

#include "Relay.h"
#include "cache/CacheError.h"
#include "domain/TeamEvent.h"
#include "sync/StreamFrames.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcStream, "inbox.relay.stream")

namespace inbox::relay {

namespace {

/// Read from the store at a time: small, since events may be large and a page is sent only
/// as far as the budget below allows.
constexpr int PageSize = 100;
/// What may wait in memory for one client; past it, events wait in the store.
constexpr qint64 PumpBelowBytes = 256 * 1024;

} // namespace

QString eventFrame(const StoredEvent &event)
{
    return QString::fromUtf8(
        stream::eventFrame(event.seq, event.provider, event.account, event.receivedAt, event.body));
}

StreamClient::StreamClient(Relay *relay, std::unique_ptr<QWebSocket> socket)
    : m_relay(relay)
    , m_socket(std::move(socket))
{
    m_socket->setMaxAllowedIncomingMessageSize(quint64(relay->options().maxClientFrameBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(relay->options().maxClientFrameBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &StreamClient::received);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        drop(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
             tr("frames are JSON text, not binary"));
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_state = State::Closed;
        Q_EMIT gone(this);
    });
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_sinceLastPong.restart(); });
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this] {
        m_sinceProgress.restart();
        if (m_state == State::CatchingUp && queuedBytes() < PumpBelowBytes)
            pump();
    });
    m_sinceLastPong.start();
    m_sinceProgress.start();
    m_helloTimeout.setSingleShot(true);
    connect(&m_helloTimeout, &QTimer::timeout, this, [this] {
        drop(QWebSocketProtocol::CloseCodePolicyViolated, tr("no hello within 10 seconds"));
    });
    m_helloTimeout.start(10'000);
}

StreamClient::~StreamClient() = default;

qint64 StreamClient::queuedBytes() const
{
    return m_socket->bytesToWrite();
}

void StreamClient::drop(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_socket->close(code, reason);
    // A peer that does not answer the close handshake is cut off.
    QTimer::singleShot(2000, m_socket.get(), [socket = m_socket.get()] { socket->abort(); });
}

void StreamClient::ping()
{
    if (m_sinceLastPong.elapsed() > 3 * m_relay->options().pingEvery.count()) {
        m_relay->metrics().clientDropped(QStringLiteral("no_pong"));
        drop(QWebSocketProtocol::CloseCodeGoingAway, tr("no answer to pings"));
        return;
    }
    if (queuedBytes() > 0 &&
        m_sinceProgress.elapsed() > m_relay->options().clientStallTimeout.count()) {
        qCInfo(lcStream) << "agent" << m_agent.id << "stopped reading; dropped at cursor"
                         << m_cursor;
        m_relay->metrics().clientDropped(QStringLiteral("not_reading"));
        drop(QWebSocketProtocol::CloseCodeGoingAway,
             tr("not reading; reconnect to resume from your cursor"));
        return;
    }
    m_socket->ping();
}

void StreamClient::send(const QByteArray &json)
{
    send(QString::fromUtf8(json));
}

void StreamClient::send(const QString &text)
{
    if (queuedBytes() == 0)
        m_sinceProgress.restart(); // the stall clock runs only while something waits
    m_socket->sendTextMessage(text);
}

void StreamClient::sendError(const QJsonValue &clientId, const QString &code,
                             const QString &message)
{
    send(stream::refusalFrame({code, message, clientId}));
}

void StreamClient::received(const QString &text)
{
    const stream::ClientFrame frame = stream::readClientFrame(text.toUtf8());
    const auto *refusal = std::get_if<stream::Refusal>(&frame);
    if (m_state == State::AwaitingHello) {
        if (const auto *hello = std::get_if<stream::Hello>(&frame)) {
            this->hello(*hello);
        } else if (refusal && refusal->code == QLatin1String("bad_frame")) {
            send(stream::refusalFrame(*refusal));
            drop(QWebSocketProtocol::CloseCodeProtocolError, tr("bad hello"));
        } else {
            sendError({}, QStringLiteral("hello_first"),
                      tr("the first frame is {\"type\":\"hello\",\"token\":...,\"cursor\":...}"));
            drop(QWebSocketProtocol::CloseCodePolicyViolated, tr("hello first"));
        }
    } else if (const auto *published = std::get_if<stream::Publish>(&frame)) {
        publish(*published);
    } else if (const auto *account = std::get_if<stream::SetAccount>(&frame)) {
        setAccount(*account);
    } else if (refusal) {
        send(stream::refusalFrame(*refusal));
    } else {
        sendError({}, QStringLiteral("unknown_type"),
                  tr("hello comes once; after it, clients send publish and set_account"));
    }
}

void StreamClient::hello(const stream::Hello &frame)
{
    m_helloTimeout.stop();
    m_token = frame.token;
    const auto agent = m_relay->directory().agentForToken(m_token);
    if (!agent) {
        // Nothing of the organisation's is sent to a socket without a valid token.
        sendError({}, QStringLiteral("unauthorized"),
                  tr("this token is not valid (revoked or mistyped); ask an admin for a new one "
                     "and sign in again"));
        drop(QWebSocketProtocol::CloseCodePolicyViolated, tr("unauthorized"));
        return;
    }
    m_agent = *agent;
    m_cursor = frame.cursor;
    m_headless = frame.headless;
    const qint64 head = m_relay->log().head(m_agent.org);
    send(stream::welcomeFrame(
        {m_agent.org, m_agent.handle, m_agent.name, roleKey(m_agent.role), head}));
    // The accounts before any event, so the desktop can send from its first second.
    offerAccounts(stream::accountsFrame(
        m_relay->directory().teamAccounts(m_agent.org, m_relay->options().secrets.get())));
    // Then who is online (this desktop now too), before any event.
    m_state = State::CatchingUp;
    Q_EMIT signedIn(this);
    const qint64 pruned = m_relay->log().prunedThrough(m_agent.org);
    if (m_cursor > head) {
        // A cursor from the future: another store, or a reset database. Start again.
        send(stream::resetFrame(tr("the cursor is ahead of the relay")));
        m_cursor = pruned;
    } else if (m_cursor < pruned) {
        // Never a silent gap: what it missed is gone, so it reloads history from the providers.
        send(stream::resetFrame(tr("events after the cursor are past the retention")));
        m_cursor = pruned;
    }
    qCInfo(lcStream) << "agent" << m_agent.id << "of" << m_agent.org
                     << (m_headless ? "connected headless at cursor" : "connected at cursor")
                     << m_cursor << "head" << head;
    pump();
}

void StreamClient::pump()
{
    while (m_state == State::CatchingUp && queuedBytes() < PumpBelowBytes) {
        QList<StoredEvent> page;
        try {
            page = m_relay->log().after(m_agent.org, m_cursor, PageSize);
        } catch (const CacheError &error) {
            qCWarning(lcStream) << "cannot read events:" << error.message();
            drop(QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                 tr("the store is unavailable"));
            return;
        }
        if (page.isEmpty()) {
            m_state = State::Live;
            Q_EMIT ready(this);
            return;
        }
        for (const StoredEvent &event : std::as_const(page)) {
            if (queuedBytes() >= PumpBelowBytes)
                return; // the rest is read again when this much has gone
            send(eventFrame(event));
            m_cursor = event.seq;
        }
    }
}

void StreamClient::offer(const QList<EventFrame> &events)
{
    if (m_state != State::Live)
        return;
    bool behind = false;
    for (const EventFrame &event : events) {
        if (event.seq <= m_cursor)
            continue;
        // Not contiguous, or a megabyte already waiting: read from the store as it reads.
        if (event.seq != m_cursor + 1 || queuedBytes() >= PumpBelowBytes) {
            behind = true;
            break;
        }
        send(event.text);
        m_cursor = event.seq;
    }
    if (behind) {
        m_state = State::CatchingUp;
        pump();
    }
}

void StreamClient::publish(const stream::Publish &frame)
{
    const QJsonValue clientId = frame.clientId;
    const QJsonObject &published = frame.event;
    auto parsed = teamEventFromJson(published);
    if (!parsed) {
        const bool known = teamEventTypes().contains(published.value(QLatin1String("type")));
        sendError(clientId, known ? QStringLiteral("bad_event") : QStringLiteral("unknown_event"),
                  parsed.error());
        return;
    }
    TeamEvent event = std::move(parsed).value();
    if (refusedAsRevoked(clientId))
        return;
    if (const QString why = whyNotAllowed(m_agent.role, m_agent.handle, event); !why.isEmpty()) {
        sendError(clientId, QStringLiteral("forbidden"), why);
        return;
    }
    if (const auto *given = std::get_if<team::AutoAssign>(&event.body);
        given && !m_relay->isOnline(m_agent.org, given->assignee)) {
        sendError(clientId, QStringLiteral("forbidden"),
                  tr("%1 is not online; conversations are given automatically only to teammates "
                     "online")
                      .arg(given->assignee));
        return;
    }
    event.stamp = {m_agent.handle, m_agent.name, roleKey(m_agent.role),
                   QDateTime::currentDateTimeUtc(), clientId.toString()};
    IncomingEvent incoming{m_agent.org,
                           QStringLiteral("team"),
                           QString(),
                           QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact),
                           event.stamp.at,
                           false,
                           assigneeChange(event)};
    QPointer<StreamClient> self(this);
    m_relay->log().append(std::move(incoming), [self, clientId, relay = m_relay](
                                                   const Expected<Appended, QString> &stored) {
        if (!self)
            return;
        if (!stored) {
            self->sendError(clientId, QStringLiteral("store_failed"),
                            tr("the relay could not store the event; publish it again"));
            return;
        }
        if (stored->refusedHeldBy) {
            self->sendError(clientId, QStringLiteral("forbidden"),
                            self->heldByMessage(*stored->refusedHeldBy));
            return;
        }
        relay->metrics().published();
        self->send(stream::ackFrame(clientId, stored->seq));
    });
}

bool StreamClient::refusedAsRevoked(const QJsonValue &clientId)
{
    // Checked again at every request: a revoked token publishes and changes nothing.
    if (m_relay->directory().agentForToken(m_token))
        return false;
    sendError(clientId, QStringLiteral("unauthorized"), tr("this token was revoked"));
    drop(QWebSocketProtocol::CloseCodePolicyViolated, tr("unauthorized"));
    return true;
}

void StreamClient::offerAccounts(const QByteArray &frame)
{
    if (frame == m_accountsSent)
        return;
    m_accountsSent = frame;
    send(frame);
}

void StreamClient::offerPresence(const QByteArray &frame)
{
    if (frame == m_presenceSent)
        return;
    m_presenceSent = frame;
    send(frame);
}

void StreamClient::setAccount(const stream::SetAccount &frame)
{
    if (refusedAsRevoked(frame.clientId))
        return;
    if (!canEditAccounts(m_agent.role)) {
        sendError(frame.clientId, QStringLiteral("forbidden"),
                  tr("only admins set up the team's accounts; ask an admin"));
        return;
    }
    const stream::TeamAccount &account = frame.account;
    const ConnectionEntry entry{m_agent.org,           account.provider,      account.account,
                                account.displayName,   account.businessPhone, account.connection,
                                account.keepInKeychain};
    try {
        if (const auto problem = m_relay->directory().setConnection(
                entry, account.token, m_relay->options().secrets.get())) {
            sendError(frame.clientId, QStringLiteral("bad_account"), *problem);
            return;
        }
    } catch (const CacheError &error) {
        qCWarning(lcStream) << "cannot store an account:" << error.message();
        sendError(frame.clientId, QStringLiteral("store_failed"),
                  tr("the relay could not store the account; try again"));
        return;
    }
    // Never the token: who changed which account is enough to trace it.
    qCInfo(lcStream) << "agent" << m_agent.id << "of" << m_agent.org << "set the"
                     << account.provider << "account" << account.account;
    send(stream::ackFrame(frame.clientId, 0));
    m_relay->announceAccounts(m_agent.org);
}

std::optional<AssigneeChange> StreamClient::assigneeChange(const TeamEvent &event) const
{
    // Managers and admins assign anyone; an agent changes only what is free or its own.
    const QString restriction = canAssign(m_agent.role) ? QString() : m_agent.handle;
    if (const auto *assign = std::get_if<team::Assign>(&event.body))
        return AssigneeChange{assign->conversation.text(), assign->assignee, restriction};
    if (const auto *unassign = std::get_if<team::Unassign>(&event.body))
        return AssigneeChange{unassign->conversation.text(), QString(), restriction};
    if (const auto *given = std::get_if<team::AutoAssign>(&event.body))
        return AssigneeChange{given->conversation.text(), given->assignee, QString(),
                              given->previous};
    return std::nullopt;
}

QString StreamClient::heldByMessage(const QString &holder) const
{
    if (holder.isEmpty()) {
        return tr("this conversation is not yours to hand back; a manager or admin can "
                  "reassign it");
    }
    QString name = holder;
    for (const AgentEntry &agent : m_relay->directory().agents()) {
        if (agent.org == m_agent.org && agent.handle == holder)
            name = agent.name;
    }
    return tr("%1 already has this conversation; ask a manager or admin to reassign it").arg(name);
}

} // namespace inbox::relay
