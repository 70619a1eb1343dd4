// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's webhook port faces the internet: what anyone can send it without a credential.
// A real relay process with small limits, crafted requests on raw sockets: idle and trickling
// connections, bodies far over the limit, ambiguous framing, junk in /metrics labels, and a
// stream cursor out of range. Each case is one that the relay once failed.
#include "EventStore.h"
#include "RelayDirectory.h"
#include "RelayProcess.h"
#include "StreamProbe.h"
#include "meta/MetaWebhook.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>
#include <memory>

using namespace inbox;

namespace {

const QByteArray secret = "guard-secret";
const QString account = QStringLiteral("106540352242922");

/// Resident memory of a process, and its peak, in KiB.
std::pair<qint64, qint64> memoryOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    qint64 rss = 0;
    qint64 peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toLongLong();
            else if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return {rss, peak};
}

/// A relay as an operator runs it, with the limits under test.
struct Relay
{
    explicit Relay(const QStringList &extra = {})
        : token(prepared(dir))
        , port(test::freePort())
        , running(QStringLiteral(INBOX_RELAY_BINARY), dir.path(), port, extra)
    {}

    /// The organisation, its Meta account and an agent, in the data folder; the agent's token.
    static QString prepared(const QTemporaryDir &dir)
    {
        auto directory = relay::RelayDirectory::open(dir.path()).value();
        directory->addOrg(QStringLiteral("acme"));
        directory->addAccount(
            {QStringLiteral("acme"), QStringLiteral("meta"), account, "verify-me", secret, {}});
        return directory->addAgent(QStringLiteral("acme"), QStringLiteral("Ana"), Role::Agent)
            ->token;
    }
    QUrl webhookUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/meta/%2").arg(port).arg(account));
    }
    qint64 pid() const { return running.process.processId(); }

    /// A request through Qt's client; its status, 0 when there was no answer.
    std::pair<int, QByteArray> send(const QByteArray &verb, const QString &path,
                                    const QByteArray &body = {}, bool sign = false)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (sign)
            request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(body, secret));
        std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, verb, body));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {0, {}};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }
    int postSigned(int n)
    {
        const QByteArray body =
            test::metaTextWebhook(QStringLiteral("wamid.GUARD%1").arg(n), QStringLiteral("hi"));
        return send("POST", QStringLiteral("/webhooks/meta/") + account, body, true).first;
    }
    std::unique_ptr<QTcpSocket> raw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (!socket->waitForConnected(5000))
            qFatal("cannot connect to the relay");
        return socket;
    }

    QTemporaryDir dir;
    QString token;
    quint16 port = 0;
    test::RelayProcess running;
    QNetworkAccessManager network;
};

/// Waits until the relay has closed `socket`, reading what it answered meanwhile.
bool closedByRelay(QTcpSocket &socket, int timeoutMs, QByteArray *answer = nullptr)
{
    const bool closed = QTest::qWaitFor(
        [&] {
            if (answer)
                *answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (answer)
        *answer += socket.readAll();
    return closed;
}

QByteArray rawAnswer(Relay &relay, const QByteArray &request)
{
    auto socket = relay.raw();
    socket->write(request);
    QByteArray answer;
    [[maybe_unused]] const bool whole = QTest::qWaitFor(
        [&] {
            answer += socket->readAll();
            return answer.contains("\r\n\r\n") ||
                   socket->state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return answer;
}

} // namespace

class TestRelayGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleCrowdsAndTricklersDoNotKeepWebhooksOut()
    {
        Relay relay({QStringLiteral("--max-connections"), QStringLiteral("40"),
                     QStringLiteral("--max-connections-per-source"), QStringLiteral("30"),
                     QStringLiteral("--request-timeout"), QStringLiteral("1"),
                     QStringLiteral("--idle-timeout"), QStringLiteral("1.5")});
        // More idle sockets than the relay takes from one address, and in total.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 60; ++i)
            idle.push_back(relay.raw());
        QTest::qWait(100);
        // The longest idle make room: webhooks and health checks are answered.
        for (int n = 0; n < 5; ++n)
            QCOMPARE(relay.postSigned(n), 200);
        QCOMPARE(relay.send("GET", QStringLiteral("/healthz")).first, 200);
        // Idle ones are closed once their time is up; so are the ones that trickle.
        auto headers = relay.raw();
        headers->write("POST /webhooks/meta/" + account.toUtf8() + " HTTP/1.1\r\nHost: a\r\n");
        auto body = relay.raw();
        body->write("POST /webhooks/meta/" + account.toUtf8() +
                    " HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n{\"a\":");
        QElapsedTimer timer;
        timer.start();
        QVERIFY(closedByRelay(*headers, 5000));
        QVERIFY(closedByRelay(*body, 5000));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        for (const auto &socket : idle)
            QVERIFY(closedByRelay(*socket, 5000));
        const QByteArray metrics = relay.send("GET", QStringLiteral("/metrics")).second;
        QVERIFY(
            metrics.contains("relay_http_connections_closed_total{reason=\"request_timeout\"} 2"));
        QVERIFY(metrics.contains("relay_http_connections_closed_total{reason=\"idle_timeout\"}"));
    }

    void aTrustedProxyIsHeldOnlyToTheTotal()
    {
        // Behind a reverse proxy every connection comes from the proxy's address.
        Relay relay({QStringLiteral("--max-connections"), QStringLiteral("40"),
                     QStringLiteral("--max-connections-per-source"), QStringLiteral("10"),
                     QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1/32")});
        std::vector<std::unique_ptr<QTcpSocket>> kept;
        for (int i = 0; i < 30; ++i)
            kept.push_back(relay.raw());
        for (int n = 0; n < 3; ++n)
            QCOMPARE(relay.postSigned(n), 200);
        const QByteArray metrics = relay.send("GET", QStringLiteral("/metrics")).second;
        QVERIFY2(!metrics.contains("source_limit"), metrics.constData());
        QVERIFY(!metrics.contains("refused_full"));
        for (const auto &socket : kept)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        // The total still holds: past it, the longest idle make room.
        for (int i = 0; i < 15; ++i)
            kept.push_back(relay.raw());
        const auto closedCount = [&kept] {
            return std::count_if(kept.cbegin(), kept.cend(), [](const auto &socket) {
                return socket->state() != QAbstractSocket::ConnectedState;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(closedCount() >= 5, 5000);
        QCOMPARE(relay.postSigned(3), 200);
    }

    void bodiesOverTheLimitAreRefusedWhileTheyArrive()
    {
        Relay relay;
        // A stated length far over the limit, then bytes for as long as the relay reads them.
        auto huge = relay.raw();
        huge->write("POST /webhooks/meta/" + account.toUtf8() +
                    " HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                    "Content-Length: 5368709120\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'x');
        QByteArray answer;
        // Sent as a streaming client sends: a little ahead of what the network took, and no
        // more once the answer has come (a client that never reads meets a reset, not an answer).
        for (int i = 0;
             i < 64 && answer.isEmpty() && huge->state() == QAbstractSocket::ConnectedState; ++i) {
            huge->write(chunk);
            huge->waitForBytesWritten(1000);
            answer += huge->readAll();
        }
        QVERIFY(closedByRelay(*huge, 5000, &answer));
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());

        // Six concurrent 150 MiB unsigned uploads: each refused, and the relay stays small.
        // Three say their length (refused from the head), three come in chunks (counted).
        const qint64 before = memoryOf(relay.pid()).first;
        std::vector<std::unique_ptr<QTcpSocket>> uploads;
        const QByteArray inChunks = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        for (int i = 0; i < 6; ++i) {
            uploads.push_back(relay.raw());
            uploads.back()->write("POST /webhooks/meta/" + account.toUtf8() +
                                  " HTTP/1.1\r\nHost: a\r\n" +
                                  (i % 2 ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                                         : QByteArray("Content-Length: 157286400\r\n\r\n")));
        }
        QList<QByteArray> answers(6);
        for (int round = 0; round < 150; ++round) {
            bool anyOpen = false;
            for (int i = 0; i < 6; ++i) {
                answers[i] += uploads[i]->readAll();
                if (!answers[i].isEmpty() || uploads[i]->state() != QAbstractSocket::ConnectedState)
                    continue;
                anyOpen = true;
                if (uploads[i]->bytesToWrite() < 2 * chunk.size())
                    uploads[i]->write(i % 2 ? inChunks : chunk);
            }
            if (!anyOpen)
                break;
            QTest::qWait(1);
        }
        for (int i = 0; i < 6; ++i) {
            QVERIFY(closedByRelay(*uploads[i], 5000, &answers[i]));
            QVERIFY2(answers[i].startsWith("HTTP/1.1 413"), answers[i].left(100).constData());
            // One answer, and nothing of the cut request reached the relay's checks.
            QCOMPARE(answers[i].count("HTTP/1.1"), 1);
        }
        const auto [rss, peak] = memoryOf(relay.pid());
        qInfo("relay memory: %lld KiB before the uploads, %lld KiB after, peak %lld KiB", before,
              rss, peak);
        QVERIFY2(peak < before + 150 * 1024, qPrintable(QString::number(peak))); // was 1.4 GB
        // Still serving.
        QCOMPARE(relay.postSigned(1), 200);
    }

    void framingIsStrict()
    {
        Relay relay;
        const QByteArray path = "/webhooks/meta/" + account.toUtf8();
        // Two lengths that disagree, or a length with chunks: refused, and the connection closed.
        for (const QByteArray &headers :
             {QByteArray("Content-Length: 2\r\nContent-Length: 7\r\n"),
              QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n")}) {
            auto socket = relay.raw();
            socket->write("POST " + path + " HTTP/1.1\r\nHost: a\r\n" + headers + "\r\n{}");
            QByteArray answer;
            QVERIFY(closedByRelay(*socket, 5000, &answer));
            QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        }
        // Connection: close is honoured.
        auto closing = relay.raw();
        closing->write("GET /healthz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        QVERIFY(closedByRelay(*closing, 5000, &answer));
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        // Meta's subscription check without its challenge says so.
        const QByteArray handshake = rawAnswer(
            relay,
            "GET " + path +
                "?hub.mode=subscribe&hub.verify_token=verify-me HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY2(handshake.startsWith("HTTP/1.1 400"), handshake.constData());
    }

    void metricsStayValidWhateverTheUrlSays()
    {
        Relay relay;
        QCOMPARE(relay.send("POST", QStringLiteral("/webhooks/ev%22il%0Aline%5C/x"), "{}").first,
                 404);
        for (int i = 0; i < 20; ++i)
            relay.send("POST", QStringLiteral("/webhooks/junk%1/x").arg(i), "{}");
        const auto [status, metrics] = relay.send("GET", QStringLiteral("/metrics"));
        QCOMPARE(status, 200);
        // Prometheus' text format, line by line.
        const QRegularExpression valid(
            QStringLiteral("^(# (HELP|TYPE) .*|[a-zA-Z_:][a-zA-Z0-9_:]*"
                           "(\\{[a-zA-Z_]+=\"([^\"\\\\\\n]|\\\\.)*\"\\})? [-+0-9.eEInf]+)$"));
        for (const QByteArray &line : metrics.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(valid.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        }
        // Labels are the relay's own words: known providers, and "other" for the rest.
        const QRegularExpression provider(QStringLiteral("provider=\"([^\"]*)\""));
        for (auto match = provider.globalMatch(QString::fromUtf8(metrics)); match.hasNext();) {
            const QString label = match.next().captured(1);
            QVERIFY2(QStringList({QStringLiteral("meta"), QStringLiteral("wati"),
                                  QStringLiteral("unipile"), QStringLiteral("openwa"),
                                  QStringLiteral("other")})
                         .contains(label),
                     qPrintable(label));
        }
        QVERIFY(!metrics.contains("junk"));
        QVERIFY(metrics.contains("relay_webhooks_received_total{provider=\"other\"} 21"));
        // The benchmark's unchecked route is not served in production.
        QCOMPARE(relay.send("POST", QStringLiteral("/baseline"), "{}").first, 404);
    }

    void clientsThatDoNotReadHoldLittleMemory()
    {
        // All from one address at once: room for their handshakes.
        Relay relay({QStringLiteral("--max-connections"), QStringLiteral("5000"),
                     QStringLiteral("--max-connections-per-source"), QStringLiteral("5000")});
        // 8 MB of stored events (200 of 40 KB), signed.
        const QString padding(40 * 1024, u'x');
        QList<QByteArray> bodies;
        for (int n = 0; n < 200; ++n)
            bodies << test::metaTextWebhook(QStringLiteral("wamid.BIG%1").arg(n), padding);
        QCOMPARE(test::postSignedAll(relay.network, relay.webhookUrl(), bodies, secret),
                 QList<int>(200, 200));
        const qint64 before = memoryOf(relay.pid()).first;
        // Desktops that reconnect from the start and then read nothing.
        const int count = qEnvironmentVariableIntValue("INBOX_GUARD_CLIENTS") > 0
                              ? qEnvironmentVariableIntValue("INBOX_GUARD_CLIENTS")
                              : 50;
        std::vector<std::unique_ptr<test::StreamProbe>> clients;
        int welcomed = 0;
        for (int i = 0; i < count; ++i) {
            auto client = std::make_unique<test::StreamProbe>(relay.port, relay.token, 0);
            QWebSocket *socket = &client->socket;
            connect(socket, &QWebSocket::textMessageReceived, this, [socket, &welcomed] {
                if (socket->readBufferSize() != 1) {
                    ++welcomed;
                    socket->setReadBufferSize(1); // the welcome, and then next to nothing
                }
            });
            clients.push_back(std::move(client));
        }
        QTRY_VERIFY_WITH_TIMEOUT(welcomed >= count, 120000);
        QTest::qWait(1500); // what the relay queues for them has been queued
        const auto [rss, peak] = memoryOf(relay.pid());
        qInfo("relay memory with %d clients not reading: %lld KiB before, %lld KiB after (%lld KiB "
              "each), peak %lld KiB",
              count, before, rss, (rss - before) / count, peak);
        // About a quarter of a megabyte waits for each (it was the whole 8 MB before).
        QVERIFY2(rss - before < qint64(count) * 2 * 1024, qPrintable(QString::number(rss)));
        // And the relay still answers.
        QCOMPARE(relay.send("GET", QStringLiteral("/healthz")).first, 200);
    }

    void aStopAnswersWhatWasReadAndSaysGoingAway()
    {
        Relay relay;
        test::StreamProbe desk(relay.port, relay.token, 0);
        QTRY_VERIFY(!desk.frames.isEmpty());

        // Webhooks in flight when SIGTERM comes.
        QList<QNetworkReply *> replies;
        int finished = 0;
        for (int n = 0; n < 300; ++n) {
            const QByteArray body =
                test::metaTextWebhook(QStringLiteral("wamid.STOP%1").arg(n), QStringLiteral("hi"));
            QNetworkRequest request(relay.webhookUrl());
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(body, secret));
            QNetworkReply *reply = relay.network.post(request, body);
            connect(reply, &QNetworkReply::finished, this, [&finished] { ++finished; });
            replies << reply;
        }
        QTRY_VERIFY(finished >= 30);
        ::kill(pid_t(relay.pid()), SIGTERM);
        QVERIFY(relay.running.process.waitForFinished(15000));
        QCOMPARE(relay.running.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(relay.running.process.exitCode(), 0);
        QTRY_COMPARE(desk.socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(desk.socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_VERIFY_WITH_TIMEOUT(finished == replies.size(), 15000);
        int acknowledged = 0;
        for (QNetworkReply *reply : std::as_const(replies))
            acknowledged +=
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        qDeleteAll(replies);
        // Everything it stored, it answered; everything it answered, it stored.
        auto store = relay::EventStore::open(relay.dir.path());
        QVERIFY(store);
        QCOMPARE(store.value()->head(QStringLiteral("acme")), qint64(acknowledged));
        QVERIFY(acknowledged >= 30);
    }

    void whatTheRelayKeepsIsForItsUserAlone()
    {
        Relay relay;
        QCOMPARE(relay.postSigned(1), 200);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const char *name : {"events.db", "events.db-wal", "relay.db"}) {
            const QString path = relay.dir.filePath(QLatin1String(name));
            QVERIFY2(QFile::exists(path), name);
            QVERIFY2(!(QFile::permissions(path) & others), name);
        }
        // A data folder the relay makes itself is its user's alone too.
        QTemporaryDir parent;
        const QString made = parent.filePath(QStringLiteral("made/by/the/relay"));
        QVERIFY(relay::RelayDirectory::open(made));
        QVERIFY(!(QFile::permissions(made) & others));
        QVERIFY(!(QFile::permissions(made + QStringLiteral("/relay.db")) & others));
    }

    void aCursorOutOfRangeIsACursorFromTheFuture()
    {
        Relay relay;
        QCOMPARE(relay.postSigned(1), 200);
        for (const double cursor : {1e300, 9223372036854775807.0, -1e300}) {
            test::StreamProbe probe(relay.port, relay.token, cursor);
            const QList<QJsonObject> &frames = probe.frames;
            auto typeOf = [&frames](int i) {
                return frames.value(i).value(QStringLiteral("type")).toString();
            };
            // Past the end: a reset, then the stream from its start; below 0: from the start.
            QTRY_VERIFY(std::any_of(frames.cbegin(), frames.cend(), [](const QJsonObject &f) {
                return f.value(QStringLiteral("type")).toString() == QLatin1String("event");
            }));
            QCOMPARE(typeOf(0), QStringLiteral("welcome"));
            QCOMPARE(typeOf(1), QStringLiteral("accounts"));
            QCOMPARE(typeOf(2), QStringLiteral("presence"));
            QCOMPARE(typeOf(3), cursor > 0 ? QStringLiteral("reset") : QStringLiteral("event"));
            probe.socket.close();
        }
    }
};

QTEST_GUILESS_MAIN(TestRelayGuard)
#include "tst_relayguard.moc"
