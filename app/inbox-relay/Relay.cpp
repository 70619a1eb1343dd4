// SPDX-License-Identifier: GPL-3.0-or-later
#include "Relay.h"

#include "ProviderRegistry.h"
#include "StreamClient.h"
#include "cache/CacheError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QSslServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

#include <simdjson.h>

Q_LOGGING_CATEGORY(lcRelay, "inbox.relay")

namespace inbox::relay {

namespace {

using Status = QHttpServerResponder::StatusCode;

QByteArray answerBody(Status status, const QString &reason)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), int(status)},
                                     {QStringLiteral("reason"), reason}})
        .toJson(QJsonDocument::Compact);
}

/// Every answer carries a short reason in words.
void answer(QHttpServerResponder &responder, Status status, const QString &reason)
{
    responder.write(answerBody(status, reason), "application/json", status);
}

/// The answers every accepted webhook (and the benchmark's baseline) gets, made once.
void answerOk(QHttpServerResponder &responder, const char *reason)
{
    static QHash<const char *, QByteArray> bodies;
    auto body = bodies.find(reason);
    if (body == bodies.end())
        body = bodies.insert(reason, answerBody(Status::Ok, QLatin1String(reason)));
    responder.write(*body, "application/json", Status::Ok);
}

/// Why the body is not a JSON object or array, in words, or nothing when it is one. The relay
/// keeps the bytes as they came and never needs a tree of them: simdjson checks a webhook in half
/// a microsecond, where building a QJsonDocument took eight.
std::optional<QString> jsonProblem(const QByteArray &body)
{
    thread_local simdjson::dom::parser webhookSized;
    // A parser keeps the memory of the largest document it has seen: a rare large body gets its
    // own, given back at once.
    std::optional<simdjson::dom::parser> large;
    simdjson::dom::parser &parser = body.size() <= 256 * 1024 ? webhookSized : large.emplace();
    const auto parsed = parser.parse(body.constData(), size_t(body.size()));
    if (parsed.error() != simdjson::SUCCESS) {
        return Relay::tr("the body is not JSON: %1")
            .arg(QString::fromUtf8(simdjson::error_message(parsed.error())));
    }
    const auto type = parsed.value_unsafe().type();
    if (type != simdjson::dom::element_type::OBJECT && type != simdjson::dom::element_type::ARRAY)
        return Relay::tr("the body is a single JSON value; a webhook is an object or an array");
    return std::nullopt;
}

} // namespace

Relay::Relay(const RelayOptions &options, std::unique_ptr<RelayDirectory> directory,
             std::unique_ptr<EventLog> log)
    : m_options(options)
    , m_directory(std::move(directory))
    , m_log(std::move(log))
{
    DoorLimits door = m_options.door;
    door.maxRequestBytes = m_options.maxBodyBytes + 64 * 1024;
    door.trustedProxies = m_options.trustedProxies;
    m_door = new FrontDoor(door, this);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &Relay::acceptWebSockets);
    connect(m_log.get(), &EventLog::newEvents, this, &Relay::fanOut);
    connect(&m_keepAlive, &QTimer::timeout, this, &Relay::keepAlive);
    m_keepAlive.start(m_options.pingEvery);
    connect(&m_directoryCheck, &QTimer::timeout, this, &Relay::checkDirectory);
    m_directoryCheck.start(m_options.directoryCheckEvery);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { prune(); });
    m_pruneTimer.start(std::chrono::hours(1));
}

Relay::~Relay()
{
    // A client going tells the relay (presence, the lists): not while the relay itself goes.
    m_present.clear();
    const QList<StreamClient *> clients = std::exchange(m_all, {});
    m_clients.clear();
    for (StreamClient *client : clients) {
        client->disconnect(this);
        delete client;
    }
}

Expected<std::unique_ptr<Relay>, QString> Relay::create(const RelayOptions &options)
{
    auto directory = RelayDirectory::open(options.dataDir);
    if (!directory)
        return directory.error();
    auto log = EventLog::open(options.store.isEmpty() ? options.dataDir : options.store);
    if (!log)
        return log.error();
    return std::unique_ptr<Relay>(
        new Relay(options, std::move(directory).value(), std::move(log).value()));
}

quint16 Relay::open(const QHostAddress &address, quint16 port,
                    const std::optional<QSslConfiguration> &tls)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new GuardedServer<QSslServer>(m_door, this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new GuardedServer<QTcpServer>(m_door, this);
    }
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

QSslConfiguration Relay::tlsConfiguration(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

namespace {

/// Who sent the request: the peer, or, when the peer is a proxy the relay trusts, the address
/// that proxy saw, the last in X-Forwarded-For that is not itself a trusted proxy. Anything
/// else in the header was written by the client and is not believed.
QHostAddress sourceOf(const QHttpServerRequest &request,
                      const QList<QPair<QHostAddress, int>> &trusted)
{
    QHostAddress source = request.remoteAddress();
    if (!webhook::isAllowedSource(source, trusted) || trusted.isEmpty())
        return source;
    QByteArrayList hops;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0)
            hops += value.split(',');
    }
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            return source; // not an address: stop at the last one believed
        source = address;
        if (!webhook::isAllowedSource(address, trusted))
            break;
    }
    return source;
}

bool asksToClose(const QHttpServerRequest &request)
{
    for (const QByteArray &option : request.value("Connection").split(',')) {
        if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void Relay::shutDown(std::function<void()> done, std::chrono::milliseconds grace)
{
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcRelay) << "stopping: no new connections; answering what was read";
    for (QTcpServer *server : servers())
        server->close();
    QElapsedTimer waited;
    waited.start();
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, waited, grace, done] {
        if (m_log->queued() > 0 && waited.elapsed() < grace.count())
            return; // a commit, and its answers, are still to come
        poll->deleteLater();
        for (StreamClient *client : QList(m_all))
            client->drop(QWebSocketProtocol::CloseCodeGoingAway, tr("the relay is restarting"));
        // The answers and the close frames go out before the process does.
        QTimer::singleShot(300, this, done);
    });
    poll->start(20);
}

int Relay::prune()
{
    try {
        const int removed = m_log->prune(QDateTime::currentDateTimeUtc() - m_options.retention);
        if (removed > 0)
            qCInfo(lcRelay) << "retention removed" << removed << "events";
        return removed;
    } catch (const CacheError &error) {
        qCWarning(lcRelay) << "retention failed:" << error.message();
        return 0;
    }
}

bool Relay::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (FrontDoor::isRefused(socket))
        return true; // answered at the door; what Qt made of the rest is not a request
    // An answer is written in pieces (status line and headers, then the body): without this,
    // Nagle's algorithm holds the last piece until the client's delayed ACK, about 40 ms on
    // Linux, for every webhook on a kept-alive connection.
    if (!socket->property("inboxLowDelay").toBool()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setProperty("inboxLowDelay", true);
    }
    // Framing (lengths stated twice, or with chunks) was checked at the door, before Qt read.
    const QString path = request.url().path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto method = request.method();
    if (path == QLatin1String("/stream")) {
        // Qt upgrades a WebSocket request only when it is handled here (without an answer);
        // the socket then arrives through newWebSocketConnection.
        if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
            m_door->upgraded(socket);
            return true;
        }
        m_door->requestRead(socket, asksToClose(request));
        QHttpServerResponder responder = makeResponder(request, socket);
        answer(responder, Status::UpgradeRequired, tr("/stream is a WebSocket"));
        return true;
    }
    m_door->requestRead(socket, asksToClose(request));
    if (path == QLatin1String("/healthz")) {
        QHttpServerResponder responder = makeResponder(request, socket);
        try {
            m_log->head(QString());
            answer(responder, Status::Ok, QStringLiteral("ok"));
        } catch (const CacheError &error) {
            answer(responder, Status::ServiceUnavailable, tr("the event store is unavailable"));
        }
        return true;
    }
    if (path == QLatin1String("/baseline") && m_options.benchmarkRoutes) {
        // What the ingest benchmark compares webhooks with: an answer without verifying or
        // storing anything, from the same server.
        QHttpServerResponder responder = makeResponder(request, socket);
        answerOk(responder, "baseline");
        return true;
    }
    if (path == QLatin1String("/metrics")) {
        for (double ms : m_log->takeCommitTimes())
            m_metrics.commitTook(ms);
        qint64 clientBytes = 0;
        for (const StreamClient *client : std::as_const(m_all))
            clientBytes += client->queuedBytes();
        makeResponder(request, socket)
            .write(m_metrics.text(int(m_all.size()), m_log->queued(), clientBytes) +
                       RelayMetrics::doorText(m_door->openConnections(), m_door->closed()),
                   "text/plain; version=0.0.4");
        return true;
    }
    if (parts.size() == 3 && parts[0] == QLatin1String("webhooks")) {
        if (method == QHttpServerRequest::Method::Post) {
            webhook(request, socket, parts[1], parts[2]);
            return true;
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        const ProviderEntry *provider = findProvider(parts[1]);
        const bool handshakes = provider && provider->webhook.hasHandshake();
        if (method == QHttpServerRequest::Method::Get && handshakes) {
            // The subscription handshake (Meta's): echo the challenge for the right verify token.
            if (QUrlQuery(request.url())
                    .queryItemValue(QStringLiteral("hub.challenge"))
                    .isEmpty()) {
                m_metrics.refused(QStringLiteral("handshake"));
                answer(responder, Status::BadRequest,
                       tr("hub.challenge is missing: the subscription check echoes it"));
                return true;
            }
            const auto account = m_directory->account(parts[1], parts[2]);
            const auto challenge = account ? provider->webhook.handshake(QUrlQuery(request.url()),
                                                                         account->verifyToken)
                                           : std::nullopt;
            if (!challenge) {
                m_metrics.refused(QStringLiteral("handshake"));
                answer(responder, Status::Forbidden,
                       tr("the verify token does not match this account"));
                return true;
            }
            responder.write(challenge->toUtf8(), "text/plain");
            return true;
        }
        m_metrics.refused(QStringLiteral("method"));
        responder.write(
            QJsonDocument(QJsonObject{{QStringLiteral("status"), 405},
                                      {QStringLiteral("reason"), tr("webhooks are POSTed here")}}),
            {{"Allow", handshakes ? "GET, POST" : "POST"}}, Status::MethodNotAllowed);
        return true;
    }
    return false;
}

void Relay::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (FrontDoor::isRefused(socket))
        return;
    QHttpServerResponder responder = makeResponder(request, socket);
    answer(responder, Status::NotFound,
           tr("no such route; the relay serves /webhooks/{provider}/{account}, /stream, "
              "/healthz and /metrics"));
}

void Relay::webhook(const QHttpServerRequest &request, QTcpSocket *socket, const QString &provider,
                    const QString &accountId)
{
    // Counted under its name only when it is one the relay knows: the URL is anyone's to write.
    m_metrics.received(findProvider(provider) ? provider : QStringLiteral("other"));
    auto refuse = [&](Status status, const QString &reason, const QString &metric) {
        m_metrics.refused(metric);
        QHttpServerResponder responder = makeResponder(request, socket);
        answer(responder, status, reason);
    };
    const QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes ||
        request.value("Content-Length").toLongLong() > m_options.maxBodyBytes) {
        return refuse(Status::PayloadTooLarge,
                      tr("the body is over %1 MB").arg(m_options.maxBodyBytes / (1024 * 1024)),
                      QStringLiteral("too_large"));
    }
    const ProviderEntry *entry = findProvider(provider);
    const auto account = entry ? m_directory->account(provider, accountId) : std::nullopt;
    if (!account) {
        return refuse(Status::NotFound, tr("no %1 account %2 here").arg(provider, accountId),
                      QStringLiteral("unknown_account"));
    }
    if (!webhook::isAllowedSource(sourceOf(request, m_options.trustedProxies),
                                  account->allowList)) {
        return refuse(Status::Forbidden, tr("this address may not post to this account"),
                      QStringLiteral("source_ip"));
    }
    const WebhookGuard &guard = entry->webhook;
    if (const auto problem = guard.check(request.value(guard.header), body, account->secret)) {
        return refuse(Status::Unauthorized, *problem,
                      guard.signsBody() ? QStringLiteral("signature") : QStringLiteral("secret"));
    }
    if (const auto problem = jsonProblem(body))
        return refuse(Status::BadRequest, *problem, QStringLiteral("not_json"));

    // Answered only once the commit is durable; a sender that hung up meanwhile gets nothing
    // (its retry is then recognised as a duplicate).
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    m_log->append({account->org, provider, accountId, body, QDateTime::currentDateTimeUtc()},
                  [this, responder, alive, provider](const Expected<Appended, QString> &stored) {
                      if (!stored) {
                          qCWarning(lcRelay)
                              << "cannot store a" << provider << "webhook:" << stored.error();
                          m_metrics.refused(QStringLiteral("store_failed"));
                      } else if (stored->duplicate) {
                          m_metrics.duplicate();
                      } else {
                          m_metrics.stored(provider);
                      }
                      if (!alive)
                          return;
                      if (stored) {
                          answerOk(*responder, stored->duplicate ? "duplicate" : "stored");
                      } else {
                          answer(*responder, Status::ServiceUnavailable,
                                 tr("the relay cannot store events right now; retry later"));
                      }
                  });
}

void Relay::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (socket->requestUrl().path() != QLatin1String("/stream")) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          tr("the stream is at /stream"));
            socket.release()->deleteLater();
            continue;
        }
        auto *client = new StreamClient(this, std::move(socket));
        m_all.append(client);
        connect(client, &StreamClient::signedIn, this, &Relay::clientSignedIn);
        connect(client, &StreamClient::ready, this, &Relay::clientReady);
        connect(client, &StreamClient::gone, this, &Relay::clientGone);
    }
}

void Relay::clientReady(StreamClient *client)
{
    QList<StreamClient *> &live = m_clients[client->agent().org];
    if (!live.contains(client))
        live.append(client);
}

void Relay::clientSignedIn(StreamClient *client)
{
    const QString &org = client->agent().org;
    if (!client->isHeadless()) {
        m_present.insert(client);
        Seen &seen = m_presence[org][client->agent().handle];
        if (seen.desktops++ == 0)
            seen.since = QDateTime::currentDateTimeUtc();
    }
    announcePresence(org);
}

bool Relay::isOnline(const QString &org, const QString &handle) const
{
    return m_presence.value(org).value(handle).desktops > 0;
}

void Relay::announcePresence(const QString &org)
{
    QList<AgentEntry> agents;
    try {
        agents = m_directory->agents();
    } catch (const CacheError &error) {
        qCWarning(lcRelay) << "cannot read the directory for presence:" << error.message();
        return;
    }
    QList<stream::TeammatePresence> teammates;
    const QHash<QString, Seen> seen = m_presence.value(org);
    for (const AgentEntry &agent : std::as_const(agents)) {
        if (agent.org != org || agent.revoked)
            continue;
        const Seen entry = seen.value(agent.handle);
        teammates.append({agent.handle, agent.name, roleKey(agent.role), entry.desktops > 0,
                          entry.since.isValid() ? entry.since : m_started});
    }
    const QByteArray frame = stream::presenceFrame(teammates);
    for (StreamClient *client : QList(m_all)) {
        if (client->isSignedIn() && client->agent().org == org)
            client->offerPresence(frame);
    }
}

void Relay::clientGone(StreamClient *client)
{
    if (m_present.remove(client)) {
        Seen &seen = m_presence[client->agent().org][client->agent().handle];
        if (--seen.desktops == 0)
            seen.since = QDateTime::currentDateTimeUtc();
        announcePresence(client->agent().org);
    }
    m_all.removeOne(client);
    m_clients[client->agent().org].removeOne(client);
    client->deleteLater();
}

void Relay::fanOut(const QString &org)
{
    const QList<StreamClient *> live = m_clients.value(org);
    if (live.isEmpty())
        return;
    qint64 from = std::numeric_limits<qint64>::max();
    for (const StreamClient *client : live)
        from = qMin(from, client->cursor());
    // One read for every client of the organisation; each takes what is after its cursor.
    QList<StoredEvent> events;
    try {
        events = m_log->after(org, from, 1000);
    } catch (const CacheError &error) {
        qCWarning(lcRelay) << "cannot read events for the stream:" << error.message();
        return;
    }
    // Each frame made once for all of them.
    QList<EventFrame> frames;
    frames.reserve(events.size());
    for (const StoredEvent &event : std::as_const(events))
        frames.append({event.seq, eventFrame(event)});
    for (StreamClient *client : live)
        client->offer(frames);
}

void Relay::keepAlive()
{
    for (StreamClient *client : QList(m_all)) {
        if (!dropIfRevoked(client))
            client->ping();
    }
}

bool Relay::dropIfRevoked(StreamClient *client)
{
    if (!client->isSignedIn() || m_directory->agentForToken(client->token()))
        return false;
    // Said first, so the desktop signs out (and forgets the team's tokens) rather than retry.
    client->sendError({}, QStringLiteral("unauthorized"),
                      tr("this token was revoked; ask an admin for a new one and sign in again"));
    client->drop(QWebSocketProtocol::CloseCodePolicyViolated, tr("token revoked"));
    return true;
}

void Relay::checkDirectory()
{
    try {
        if (!m_directory->changedSinceLastAsked())
            return;
        QSet<QString> orgs;
        for (StreamClient *client : QList(m_all)) {
            if (!dropIfRevoked(client) && client->isSignedIn())
                orgs.insert(client->agent().org);
        }
        for (const QString &org : std::as_const(orgs)) {
            announceAccounts(org);
            announcePresence(org); // a teammate added, renamed or revoked
        }
    } catch (const CacheError &error) {
        qCWarning(lcRelay) << "cannot read the directory:" << error.message();
    }
}

void Relay::announceAccounts(const QString &org)
{
    const QByteArray frame =
        stream::accountsFrame(m_directory->teamAccounts(org, m_options.secrets.get()));
    for (StreamClient *client : QList(m_all)) {
        if (client->isSignedIn() && client->agent().org == org)
            client->offerAccounts(frame);
    }
}

} // namespace inbox::relay
