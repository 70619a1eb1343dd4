#include "FrontDoor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcDoor, "inbox.relay.door")

namespace inbox::relay {

FrontDoor::FrontDoor(DoorLimits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    connect(&m_sweep, &QTimer::timeout, this, &FrontDoor::sweep);
    m_sweep.start(std::chrono::milliseconds(std::clamp<qint64>(
        std::min(m_limits.requestTimeout, m_limits.idleTimeout).count() / 4, 50, 1000)));
}

bool FrontDoor::admit(QTcpSocket *socket)
{
    const QHostAddress source = socket->peerAddress();
    // Room is made by closing the longest idle connection, of this source first: a crowd of
    // idle sockets cannot keep a provider's webhook out.
    if (m_perSource.value(source) >= m_limits.maxPerSource) {
        if (QTcpSocket *idle = longestIdle(&source))
            close(idle, "source_limit_idle");
    }
    if (m_open.size() >= m_limits.maxConnections) {
        if (QTcpSocket *idle = longestIdle(nullptr))
            close(idle, "connection_limit_idle");
    }
    if (m_perSource.value(source) >= m_limits.maxPerSource ||
        m_open.size() >= m_limits.maxConnections) {
        ++m_closed[QStringLiteral("refused_full")];
        qCInfo(lcDoor) << "no room for a connection from" << source.toString();
        socket->abort();
        socket->deleteLater();
        return false;
    }
    m_open.insert(socket, {source, State::Idle, m_clock.elapsed(), 0, false});
    ++m_perSource[source];
    // Connected before Qt HttpServer connects its own: the door counts each read first.
    connect(socket, &QIODevice::readyRead, this, [this, socket] { received(socket); });
    connect(socket, &QIODevice::bytesWritten, this, [this, socket] { answered(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    return true;
}

void FrontDoor::received(QTcpSocket *socket)
{
    const auto found = m_open.find(socket);
    if (found == m_open.end())
        return;
    Entry &entry = *found;
    if (entry.state != State::Receiving) {
        entry.state = State::Receiving;
        entry.since = m_clock.elapsed();
        entry.bytes = 0;
    }
    // Qt takes everything it is given at each read, so what is there now is new. A socket
    // reads what the kernel holds at each wake-up (tens of kilobytes), so a body over the
    // limit is cut off within one read of it. (A smaller read buffer would bound it more
    // tightly, but Qt HttpServer 6.4 then stalls on bodies larger than the buffer.)
    entry.bytes += socket->bytesAvailable();
    if (entry.bytes > m_limits.maxRequestBytes)
        refuseTooLarge(socket);
}

void FrontDoor::requestRead(QTcpSocket *socket, bool closeAfterAnswer)
{
    const auto found = m_open.find(socket);
    if (found == m_open.end())
        return;
    found->state = State::Answering;
    found->since = m_clock.elapsed();
    found->closeAfterAnswer = found->closeAfterAnswer || closeAfterAnswer;
}

void FrontDoor::answered(QTcpSocket *socket)
{
    const auto found = m_open.find(socket);
    if (found == m_open.end() || socket->bytesToWrite() > 0 || found->state != State::Answering)
        return;
    if (found->closeAfterAnswer) {
        socket->disconnectFromHost();
        return;
    }
    found->state = State::Idle;
    found->since = m_clock.elapsed();
    found->bytes = 0;
}

void FrontDoor::upgraded(QTcpSocket *socket)
{
    if (m_open.contains(socket)) {
        disconnect(socket, nullptr, this, nullptr);
        forget(socket);
    }
}

void FrontDoor::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<std::pair<QTcpSocket *, const char *>> late;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        const qint64 age = now - it->since;
        if (it->state == State::Receiving && age > m_limits.requestTimeout.count())
            late.append({it.key(), "request_timeout"});
        else if (it->state == State::Idle && age > m_limits.idleTimeout.count())
            late.append({it.key(), "idle_timeout"});
    }
    for (const auto &[socket, reason] : late)
        close(socket, reason);
}

void FrontDoor::close(QTcpSocket *socket, const char *reason)
{
    ++m_closed[QLatin1String(reason)];
    forget(socket);
    disconnect(socket, nullptr, this, nullptr);
    socket->abort(); // Qt HttpServer deletes the socket when it disconnects
}

void FrontDoor::refuseTooLarge(QTcpSocket *socket)
{
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("status"), 413},
                        {QStringLiteral("reason"),
                         tr("the request is over %1 MB").arg(m_limits.maxRequestBytes >> 20)}})
            .toJson(QJsonDocument::Compact);
    // Nothing of it goes on to Qt, and nothing more is read: the answer, then the end.
    socket->skip(socket->bytesAvailable());
    socket->setReadBufferSize(1);
    disconnect(socket, nullptr, this, nullptr);
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                  "Connection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    ++m_closed[QStringLiteral("too_large")];
    forget(socket);
    socket->disconnectFromHost();
}

QTcpSocket *FrontDoor::longestIdle(const QHostAddress *source) const
{
    QTcpSocket *oldest = nullptr;
    qint64 since = std::numeric_limits<qint64>::max();
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        if (it->state != State::Idle || (source && it->source != *source))
            continue;
        if (it->since < since) {
            since = it->since;
            oldest = it.key();
        }
    }
    return oldest;
}

void FrontDoor::forget(QTcpSocket *socket)
{
    const auto found = m_open.find(socket);
    if (found == m_open.end())
        return;
    if (--m_perSource[found->source] <= 0)
        m_perSource.remove(found->source);
    m_open.erase(found);
}

} // namespace inbox::relay
