// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayClient.h"

#include "ProvidersLog.h"
#include "cache/CacheDatabase.h"
#include "cache/RelayCursorStore.h"
#include "itemmodels/WhenReady.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace inbox {

RelayClient::RelayClient(QUrl url, QByteArray token, std::shared_ptr<CacheDatabase> cache,
                         Normaliser normalise, QObject *parent)
    : RelayLink(parent)
    , m_url(std::move(url))
    , m_token(std::move(token))
    , m_cache(std::move(cache))
    , m_normalise(std::move(normalise))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RelayClient::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, &RelayClient::sayHello);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RelayClient::received);
    connect(&m_socket, &QWebSocket::disconnected, this, &RelayClient::lost);
}

RelayClient::~RelayClient()
{
    m_stopped = true;
    m_socket.disconnect(this);
    m_socket.abort();
}

void RelayClient::start()
{
    m_stopped = false;
    connectNow();
}

void RelayClient::stop()
{
    m_stopped = true;
    m_retry.stop();
    m_socket.close();
}

int RelayClient::reconnectInSeconds() const
{
    if (m_state != State::Reconnecting)
        return 0;
    return int(qMax<qint64>(0, m_retry.remainingTime() + 999) / 1000);
}

void RelayClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RelayClient::connectNow()
{
    if (m_stopped)
        return;
    setState(m_attempt == 0 ? State::Connecting : State::Reconnecting);
    m_socket.open(m_url);
}

void RelayClient::sayHello()
{
    // The cursor comes from the cache, committed with the events it covers.
    whenReady(
        RelayCursorStore(m_cache).last(), this,
        [this](const std::pair<QString, qint64> &last) {
            m_socket.sendTextMessage(
                QString::fromUtf8(stream::helloFrame(m_token, last.second, m_headless)));
        },
        [this](const CacheError &error) {
            qCWarning(lcProviders) << "cannot read the relay cursor:" << error.message();
            m_socket.abort();
        });
}

void RelayClient::received(const QString &text)
{
    stream::RelayFrame frame = stream::readRelayFrame(text.toUtf8());
    if (auto *event = std::get_if<RelayEvent>(&frame)) {
        m_pending.append(std::move(*event)); // its body may be megabytes
        // Frames that arrive together are applied together, in one transaction.
        if (!m_applying)
            QMetaObject::invokeMethod(this, &RelayClient::applyNext, Qt::QueuedConnection);
        m_applying = true;
    } else if (const auto *welcome = std::get_if<stream::Welcome>(&frame)) {
        m_org = welcome->org;
        m_agentId = welcome->agent;
        m_role = welcome->role;
        m_sync = std::make_unique<SyncEngine>(m_cache, m_org, m_normalise);
        m_attempt = 0;
        setState(State::Connected);
    } else if (auto *accounts = std::get_if<stream::Accounts>(&frame)) {
        m_teamAccounts = std::move(accounts->accounts);
        Q_EMIT teamAccountsChanged(m_teamAccounts);
    } else if (auto *presence = std::get_if<stream::Presence>(&frame)) {
        m_presence = std::move(presence->agents);
        Q_EMIT presenceChanged();
    } else if (std::holds_alternative<stream::Reset>(frame)) {
        Q_EMIT resetRequested();
    } else if (const auto *ack = std::get_if<stream::Ack>(&frame)) {
        answerPublished(ack->clientId, Expected<qint64, QString>(ack->seq));
    } else if (const auto *refusal = std::get_if<stream::Refusal>(&frame)) {
        if (answerPublished(refusal->clientId, Expected<qint64, QString>(refusal->message)))
            return;
        if (refusal->code == QLatin1String("unauthorized")) {
            // A refused token is not retried: the agent signs in again.
            qCWarning(lcProviders) << "the relay refused the token";
            m_stopped = true;
            m_teamAccounts.clear();
            setState(State::SignedOut);
        } else {
            qCWarning(lcProviders)
                << "the relay refused a frame:" << refusal->code << refusal->message;
        }
    } else if (const auto *unreadable = std::get_if<stream::Unreadable>(&frame)) {
        qCWarning(lcProviders) << "ignored a frame from the relay:" << unreadable->why;
    }
}

bool RelayClient::answerPublished(const QJsonValue &clientId, Expected<qint64, QString> answer)
{
    const auto promise = m_published.take(clientId.toString());
    if (!promise)
        return false;
    promise->addResult(std::move(answer));
    promise->finish();
    return true;
}

void RelayClient::applyNext()
{
    if (m_pending.isEmpty() || !m_sync) {
        m_applying = false;
        return;
    }
    const QList<RelayEvent> batch = std::exchange(m_pending, {});
    whenReady(
        m_sync->apply(batch), this,
        [this](const SyncReport &report) {
            Q_EMIT applied(report.cursor);
            applyNext();
        },
        [this](const CacheError &error) {
            // Nothing of the batch was kept; reconnecting replays it from the stored cursor.
            qCWarning(lcProviders) << "cannot apply relay events:" << error.message();
            m_pending.clear();
            m_applying = false;
            m_socket.abort();
        });
}

void RelayClient::lost()
{
    if (!m_presence.isEmpty()) { // not known until the relay says again
        m_presence.clear();
        Q_EMIT presenceChanged();
    }
    for (const auto &promise : std::as_const(m_published)) {
        promise->addResult(Expected<qint64, QString>(
            tr("the connection to the relay was lost before it answered; publish again")));
        promise->finish();
    }
    m_published.clear();
    if (m_stopped)
        return;
    // 1 s, 2 s, 4 s ... up to 30 s, each with up to 20% jitter so desktops do not return at once.
    const qint64 base = qMin<qint64>(30'000, m_firstRetry.count() << qMin(m_attempt, 15));
    const qint64 delay = base + qint64(QRandomGenerator::global()->bounded(base / 5 + 1));
    ++m_attempt;
    m_retry.start(std::chrono::milliseconds(delay));
    setState(State::Reconnecting);
}

QFuture<Expected<qint64, QString>> RelayClient::publish(const QJsonObject &event)
{
    return request(
        [&event](const QString &clientId) { return stream::publishFrame(clientId, event); });
}

QFuture<Expected<qint64, QString>> RelayClient::setAccount(const stream::TeamAccount &account)
{
    return request(
        [&account](const QString &clientId) { return stream::setAccountFrame(clientId, account); });
}

QFuture<Expected<qint64, QString>>
RelayClient::request(const std::function<QByteArray(const QString &clientId)> &frame)
{
    if (m_state != State::Connected) {
        return QtFuture::makeReadyFuture(Expected<qint64, QString>(
            tr("not connected to the relay; try again when the status bar says connected")));
    }
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto promise = std::make_shared<QPromise<Expected<qint64, QString>>>();
    promise->start();
    m_published.insert(clientId, promise);
    m_socket.sendTextMessage(QString::fromUtf8(frame(clientId)));
    return promise->future();
}

} // namespace inbox
