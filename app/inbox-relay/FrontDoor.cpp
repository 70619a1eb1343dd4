// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrontDoor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcDoor, "inbox.relay.door")

namespace inbox::relay {

namespace {

/// A request's head (request line and headers) is at most this long.
constexpr qsizetype maxHeadBytes = 16 * 1024;
/// How long a refused client's rest is read and dropped before the connection goes.
constexpr int lingerMs = 2000;

} // namespace

FrontDoor::FrontDoor(DoorLimits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    connect(&m_sweep, &QTimer::timeout, this, &FrontDoor::sweep);
    m_sweep.start(std::chrono::milliseconds(std::clamp<qint64>(
        std::min(m_limits.requestTimeout, m_limits.idleTimeout).count() / 4, 50, 1000)));
}

bool FrontDoor::isRefused(const QTcpSocket *socket)
{
    return socket->property(refusedProperty).toBool();
}

bool FrontDoor::admit(QTcpSocket *socket)
{
    const QHostAddress source = socket->peerAddress();
    // Room is made by closing the longest idle connection, of this source first: a crowd of
    // idle sockets cannot keep a provider's webhook out.
    const int cap = capFor(source);
    if (m_perSource.value(source) >= cap) {
        if (QTcpSocket *idle = longestIdle(&source))
            close(idle, "source_limit_idle");
    }
    if (m_open.size() >= m_limits.maxConnections) {
        if (QTcpSocket *idle = longestIdle(nullptr))
            close(idle, "connection_limit_idle");
    }
    if (m_perSource.value(source) >= cap || m_open.size() >= m_limits.maxConnections) {
        ++m_closed[QStringLiteral("refused_full")];
        reportRefused(source);
        socket->abort();
        socket->deleteLater();
        return false;
    }
    m_open.insert(socket, {source, State::Idle, m_clock.elapsed(), 0, {}, false, false});
    ++m_perSource[source];
    // Connected before Qt HttpServer connects its own: the door counts each read first.
    connect(socket, &QIODevice::readyRead, this, [this, socket] { received(socket); });
    connect(socket, &QIODevice::bytesWritten, this, [this, socket] { answered(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    return true;
}

int FrontDoor::capFor(const QHostAddress &source) const
{
    for (const auto &proxy : m_limits.trustedProxies) {
        if (source.isInSubnet(proxy))
            return m_limits.maxConnections;
    }
    return m_limits.maxPerSource;
}

void FrontDoor::reportRefused(const QHostAddress &source)
{
    // A flood of connections is not also a flood of log lines.
    ++m_refusedSinceReport;
    const qint64 now = m_clock.elapsed();
    if (m_lastRefusalReport >= 0 && now - m_lastRefusalReport < 1000)
        return;
    qCInfo(lcDoor).nospace() << "no room for a connection from " << source.toString() << " ("
                             << m_refusedSinceReport << " refused in the last second; limits "
                             << m_limits.maxConnections << " in total, " << m_limits.maxPerSource
                             << " per source)";
    m_lastRefusalReport = now;
    m_refusedSinceReport = 0;
}

void FrontDoor::received(QTcpSocket *socket)
{
    const auto found = m_open.find(socket);
    if (found == m_open.end())
        return;
    Entry &entry = *found;
    if (entry.state != State::Receiving) {
        entry = Entry{entry.source, State::Receiving,      m_clock.elapsed(), 0, {},
                      false,        entry.closeAfterAnswer};
    }
    // Qt takes everything it is given at each read, so what is there now is new. A socket
    // reads what the kernel holds at each wake-up (tens of kilobytes), so a body over the
    // limit is cut off within one read of it.
    const qint64 fresh = socket->bytesAvailable();
    entry.bytes += fresh;
    if (!entry.headChecked) {
        entry.head += socket->peek(std::min<qint64>(fresh, maxHeadBytes - entry.head.size()));
        const qsizetype end = entry.head.indexOf("\r\n\r\n");
        if (end >= 0 || entry.head.size() >= maxHeadBytes) {
            entry.headChecked = true;
            const auto problem =
                end >= 0 ? headProblem(entry.head.left(end))
                         : std::optional(std::pair(431, tr("the request's head is over 16 KB")));
            entry.head.clear();
            if (problem) {
                refuse(socket, problem->first, problem->second,
                       problem->first == 413 ? "too_large" : "framing");
                return;
            }
        }
    }
    if (entry.bytes > m_limits.maxRequestBytes)
        refuse(socket, 413, tr("the request is over %1 MB").arg(m_limits.maxRequestBytes >> 20),
               "too_large");
}

std::optional<std::pair<int, QString>> FrontDoor::headProblem(const QByteArray &head) const
{
    QByteArrayList lengths;
    bool chunked = false;
    const QByteArrayList lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the request line first
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "content-length")
            lengths << line.mid(colon + 1).trimmed();
        else if (name == "transfer-encoding")
            chunked = true;
    }
    if (chunked && !lengths.isEmpty())
        return std::pair(400, tr("Transfer-Encoding and Content-Length together; send one"));
    for (const QByteArray &length : std::as_const(lengths)) {
        if (length != lengths.constFirst())
            return std::pair(400, tr("two different Content-Length headers"));
    }
    if (!lengths.isEmpty()) {
        bool number = false;
        const qint64 stated = lengths.constFirst().toLongLong(&number);
        if (!number || stated < 0)
            return std::pair(400, tr("Content-Length is not a number of bytes"));
        if (stated > m_limits.maxRequestBytes)
            return std::pair(413, tr("the body is over %1 MB").arg(m_limits.maxRequestBytes >> 20));
    }
    return std::nullopt;
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

void FrontDoor::refuse(QTcpSocket *socket, int status, const QString &reason, const char *metric)
{
    static const QHash<int, QByteArray> phrases = {
        {400, "Bad Request"}, {413, "Payload Too Large"}, {431, "Request Header Fields Too Large"}};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                                      {QStringLiteral("reason"), reason}})
                                .toJson(QJsonDocument::Compact);
    ++m_closed[QLatin1String(metric)];
    socket->setProperty(refusedProperty, true);
    forget(socket);
    disconnect(socket, nullptr, this, nullptr);
    // Nothing of it goes on to Qt: what arrives from here is dropped before Qt's turn.
    socket->skip(socket->bytesAvailable());
    connect(socket, &QIODevice::readyRead, this,
            [socket] { socket->skip(socket->bytesAvailable()); });
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + phrases.value(status) +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Once the answer is out, our side is closed for writing and the client's rest drained
    // for a moment; then the connection goes, whatever the client does.
    QPointer<QTcpSocket> alive(socket);
    auto halfClose = [alive] {
        if (alive && alive->bytesToWrite() == 0 && alive->socketDescriptor() >= 0)
            ::shutdown(int(alive->socketDescriptor()), SHUT_WR);
    };
    connect(socket, &QIODevice::bytesWritten, this, halfClose);
    halfClose();
    QTimer::singleShot(lingerMs, socket, [alive] {
        if (alive)
            alive->abort();
    });
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
