#include "StreamClient.h"

#include "Relay.h"
#include "cache/CacheError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcStream, "inbox.relay.stream")

namespace inbox::relay {

namespace {

constexpr int PageSize = 500;
constexpr qint64 PumpBelowBytes = 1024 * 1024;

/// The team events a desktop may publish, and who may publish them.
bool mayPublish(const AgentEntry &agent, const QString &type, const QJsonObject &event)
{
    if (type == QLatin1String("assign") || type == QLatin1String("unassign")) {
        // Managers and admins assign and reassign; an agent may only take a chat for itself.
        return canAssign(agent.role) ||
               (type == QLatin1String("assign") &&
                event.value(QLatin1String("assignee")).toString() == agent.handle);
    }
    if (type == QLatin1String("template"))
        return canEditTemplates(agent.role);
    if (type == QLatin1String("canned")) // the team's saved replies
        return canAssign(agent.role);
    return true;
}

/// {"type":"event","seq","provider","account","receivedAt","body"}: the body goes exactly as
/// stored (it was checked to be JSON on the way in), never re-serialised.
QByteArray eventFrame(const StoredEvent &event)
{
    QByteArray frame = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                                                 {QStringLiteral("seq"), event.seq},
                                                 {QStringLiteral("provider"), event.provider},
                                                 {QStringLiteral("account"), event.account},
                                                 {QStringLiteral("receivedAt"),
                                                  event.receivedAt.toString(Qt::ISODateWithMs)}})
                           .toJson(QJsonDocument::Compact);
    frame.chop(1);
    frame += ",\"body\":" + event.body + '}';
    return frame;
}

const QStringList teamEventTypes = {QStringLiteral("assign"), QStringLiteral("unassign"),
                                    QStringLiteral("status"), QStringLiteral("note"),
                                    QStringLiteral("lead"),   QStringLiteral("template"),
                                    QStringLiteral("read"),   QStringLiteral("outbound"),
                                    QStringLiteral("canned"), QStringLiteral("autoreply")};

} // namespace

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
        if (m_state == State::CatchingUp && queuedBytes() < PumpBelowBytes)
            pump();
    });
    m_sinceLastPong.start();
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
        drop(QWebSocketProtocol::CloseCodeGoingAway, tr("no answer to pings"));
        return;
    }
    m_socket->ping();
}

void StreamClient::send(const QByteArray &json)
{
    m_socket->sendTextMessage(QString::fromUtf8(json));
}

void StreamClient::sendError(const QJsonValue &clientId, const QString &code,
                             const QString &message)
{
    QJsonObject error{{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("message"), message}};
    if (!clientId.isUndefined())
        error.insert(QStringLiteral("clientId"), clientId);
    send(QJsonDocument(error).toJson(QJsonDocument::Compact));
}

void StreamClient::received(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    const QJsonObject frame = document.object();
    const QString type = frame.value(QLatin1String("type")).toString();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        sendError({}, QStringLiteral("bad_frame"),
                  tr("frames are JSON objects: %1").arg(parseError.errorString()));
        if (m_state == State::AwaitingHello)
            drop(QWebSocketProtocol::CloseCodeProtocolError, tr("bad hello"));
        return;
    }
    if (m_state == State::AwaitingHello) {
        if (type != QLatin1String("hello")) {
            sendError({}, QStringLiteral("hello_first"),
                      tr("the first frame is {\"type\":\"hello\",\"token\":...,\"cursor\":...}"));
            drop(QWebSocketProtocol::CloseCodePolicyViolated, tr("hello first"));
            return;
        }
        hello(frame);
    } else if (type == QLatin1String("publish")) {
        publish(frame);
    } else {
        sendError(frame.value(QLatin1String("clientId")), QStringLiteral("unknown_type"),
                  tr("unknown frame type \"%1\"; clients send hello and publish").arg(type));
    }
}

void StreamClient::hello(const QJsonObject &frame)
{
    m_helloTimeout.stop();
    m_token = frame.value(QLatin1String("token")).toString().toUtf8();
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
    m_cursor = qMax<qint64>(0, qint64(frame.value(QLatin1String("cursor")).toDouble()));
    const qint64 head = m_relay->log().head(m_agent.org);
    send(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("welcome")},
                                   {QStringLiteral("org"), m_agent.org},
                                   {QStringLiteral("agent"), m_agent.handle},
                                   {QStringLiteral("name"), m_agent.name},
                                   {QStringLiteral("role"), roleKey(m_agent.role)},
                                   {QStringLiteral("head"), head}})
             .toJson(QJsonDocument::Compact));
    const qint64 pruned = m_relay->log().prunedThrough(m_agent.org);
    if (m_cursor > head) {
        // A cursor from the future: another store, or a reset database. Start again.
        send(QJsonDocument(
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("reset")},
                             {QStringLiteral("reason"), tr("the cursor is ahead of the relay")}})
                 .toJson(QJsonDocument::Compact));
        m_cursor = pruned;
    } else if (m_cursor < pruned) {
        // Never a silent gap: what it missed is gone, so it reloads history from the providers.
        send(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("reset")},
                                       {QStringLiteral("reason"),
                                        tr("events after the cursor are past the retention")}})
                 .toJson(QJsonDocument::Compact));
        m_cursor = pruned;
    }
    qCInfo(lcStream) << "agent" << m_agent.id << "of" << m_agent.org << "connected at cursor"
                     << m_cursor << "head" << head;
    m_state = State::CatchingUp;
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
            send(eventFrame(event));
            m_cursor = event.seq;
        }
    }
}

void StreamClient::offer(const QList<StoredEvent> &events)
{
    if (m_state != State::Live)
        return;
    bool behind = false;
    for (const StoredEvent &event : events) {
        if (event.seq <= m_cursor)
            continue;
        if (event.seq != m_cursor + 1) {
            behind = true; // not contiguous: read from the store instead
            break;
        }
        send(eventFrame(event));
        m_cursor = event.seq;
    }
    if (queuedBytes() > m_relay->options().maxClientQueueBytes) {
        qCInfo(lcStream) << "agent" << m_agent.id << "is not reading; dropped at cursor"
                         << m_cursor;
        drop(QWebSocketProtocol::CloseCodeGoingAway,
             tr("too far behind; reconnect to resume from your cursor"));
        return;
    }
    if (behind) {
        m_state = State::CatchingUp;
        pump();
    }
}

void StreamClient::publish(const QJsonObject &frame)
{
    const QJsonValue clientId = frame.value(QLatin1String("clientId"));
    const QJsonObject event = frame.value(QLatin1String("event")).toObject();
    const QString type = event.value(QLatin1String("type")).toString();
    if (!teamEventTypes.contains(type)) {
        sendError(clientId, QStringLiteral("unknown_event"),
                  tr("team events are %1; \"%2\" is not one")
                      .arg(teamEventTypes.join(QStringLiteral(", ")), type));
        return;
    }
    // Checked again at every publish: a revoked token publishes nothing.
    if (!m_relay->directory().agentForToken(m_token)) {
        sendError(clientId, QStringLiteral("unauthorized"), tr("this token was revoked"));
        drop(QWebSocketProtocol::CloseCodePolicyViolated, tr("unauthorized"));
        return;
    }
    if (!mayPublish(m_agent, type, event)) {
        sendError(clientId, QStringLiteral("forbidden"),
                  type == QLatin1String("template") ? tr("only admins edit templates; ask an admin")
                  : type == QLatin1String("canned")
                      ? tr("only managers and admins edit the team's saved replies")
                      : tr("only managers and admins assign conversations to others; an agent "
                           "may take one for itself"));
        return;
    }
    QJsonObject stamped = event;
    stamped.insert(QStringLiteral("author"),
                   QJsonObject{{QStringLiteral("id"), m_agent.handle},
                               {QStringLiteral("name"), m_agent.name},
                               {QStringLiteral("role"), roleKey(m_agent.role)}});
    stamped.insert(QStringLiteral("at"),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!clientId.isUndefined())
        stamped.insert(QStringLiteral("clientId"), clientId);
    QPointer<StreamClient> self(this);
    m_relay->log().append(
        {m_agent.org, QStringLiteral("team"), QString(),
         QJsonDocument(stamped).toJson(QJsonDocument::Compact), QDateTime::currentDateTimeUtc(),
         false},
        [self, clientId, relay = m_relay](const Expected<Appended, QString> &stored) {
            if (!self)
                return;
            if (!stored) {
                self->sendError(clientId, QStringLiteral("store_failed"),
                                tr("the relay could not store the event; publish it again"));
                return;
            }
            relay->metrics().published();
            self->send(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("ack")},
                                                 {QStringLiteral("clientId"), clientId},
                                                 {QStringLiteral("seq"), stored->seq}})
                           .toJson(QJsonDocument::Compact));
        });
}

} // namespace inbox::relay
