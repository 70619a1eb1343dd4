// SPDX-License-Identifier: GPL-3.0-or-later
// The live path a busy account takes, end to end: signed Meta webhooks POSTed at a fixed rate
// to a real inbox-relay process, streamed to a desktop's RelayClient and applied by its
// SyncEngine into a real cache, and, in the same run, to a bare WebSocket client that only
// keeps each frame (the relay's own delivery, the baseline).
//
//   bench_stream [--rate N] [--seconds S] [--customers C]
//
// The desktop runs what its window reads meanwhile: the conversation list model, which re-reads
// the changed conversations, and one open chat's message model.
//
// Prints POST -> on the bare client and POST -> committed in the desktop's cache, p50 and p99,
// the ratio of the p99s (target <= 2), and the rate the desktop sustained (target >= 2,000/s at
// a rate that high), with the machine's load average.
#include "ProviderRegistry.h"
#include "RelayDirectory.h"
#include "RelayProcess.h"
#include "StreamProbe.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/ConversationStore.h"
#include "cache/MessageStore.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"
#include "meta/MetaWebhook.h"
#include "relay/RelayClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace inbox;

namespace {

const QByteArray secret = "bench-secret";
const QString account = QStringLiteral("106540352242922");

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QByteArray signedBody(int n, int customers)
{
    const int customer = n % customers;
    return QStringLiteral(
               R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398",)"
               R"("changes":[{"field":"messages","value":{"messaging_product":"whatsapp",)"
               R"("metadata":{"display_phone_number":"15550783881","phone_number_id":"%1"},)"
               R"("contacts":[{"profile":{"name":"Customer %3"},"wa_id":"55119%4"}],)"
               R"("messages":[{"from":"55119%4","id":"wamid.STREAM%2","timestamp":)"
               R"("1795528800","type":"text","text":{"body":"Oi, meu pedido %2 já saiu?"}}]}}]}]})")
        .arg(account)
        .arg(n)
        .arg(customer)
        .arg(80000000 + customer)
        .toUtf8();
}

/// The provider's side of one kept-alive connection: each POST written whole, with Nagle off, as
/// the providers' own HTTP clients send (Qt's client writes headers and body apart, so Nagle
/// and the server's delayed ACK add about 40 ms to every webhook that is not the benchmark's to
/// measure). Only the status line and Content-Length of an answer are read.
class Poster : public QObject
{
public:
    Poster(quint16 port, std::function<void(int status)> answered)
        : m_answered(std::move(answered))
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
    }
    void post(const QString &path, const QByteArray &body, const QByteArray &signature)
    {
        ++m_inFlight;
        m_socket.write("POST " + path.toUtf8() +
                       " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                       "X-Hub-Signature-256: " +
                       signature + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                       "\r\n\r\n" + body);
    }
    int inFlight() const { return m_inFlight; }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : m_buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            const int status = m_buffer.mid(9, 3).toInt();
            m_buffer.remove(0, end + 4 + length);
            --m_inFlight;
            m_answered(status);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_inFlight = 0;
    std::function<void(int)> m_answered;
};

/// Runs the event loop until `done` holds or `timeoutMs` pass. Not QTest::qWaitFor: it sleeps
/// 10 ms between rounds of events, which would add up to 10 ms to every hop measured here.
template<class Done>
bool waitUntil(Done done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("?");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("webhooks a second"),
                                        QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("how long"),
                                           QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("distinct customers writing"),
                                             QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({rateOption, secondsOption, customersOption});
    parser.process(app);
    const int rate = parser.value(rateOption).toInt();
    const double seconds = parser.value(secondsOption).toDouble();
    const int customers = std::max(1, parser.value(customersOption).toInt());
    const int total = int(rate * seconds);

    QTemporaryDir dir;
    QString token;
    {
        auto directory = relay::RelayDirectory::open(dir.filePath(QStringLiteral("relay"))).value();
        directory->addOrg(QStringLiteral("acme"));
        directory->addAccount(
            {QStringLiteral("acme"), QStringLiteral("meta"), account, "v", secret, {}});
        token = directory->addAgent(QStringLiteral("acme"), QStringLiteral("Bench"), Role::Agent)
                    ->token;
    }
    const quint16 port = test::freePort();
    test::RelayProcess relay(QStringLiteral(INBOX_RELAY_BINARY),
                             dir.filePath(QStringLiteral("relay")), port);

    // The desktop: its cache knows the account by the relay's id, as a configured one does.
    auto cache = CacheDatabase::openBlocking(dir.filePath(QStringLiteral("cache.db"))).value();
    Account meta;
    meta.id = QStringLiteral("meta-store");
    meta.provider = Provider(QStringLiteral("meta"));
    meta.displayName = QStringLiteral("Store");
    meta.relayAccount = account;
    meta.connection.insert(QStringLiteral("phoneNumberId"), account);
    AccountStore(cache).upsert(meta).waitForFinished();
    const QUrl stream(QStringLiteral("ws://127.0.0.1:%1/stream").arg(port));
    RelayClient desktop(stream, token.toUtf8(), cache, providerNormaliser());
    // What the window reads while it runs: the conversation list follows every change (its
    // queries share the cache's thread with the sync engine's writes), and one chat is open.
    ConversationListModel list(ConversationStore(cache), cache->events(), providerCatalog());
    std::unique_ptr<MessageListModel> chat;
    QObject::connect(cache->events(), &CacheEvents::messagesAdded, &list, [&](qint64 conversation) {
        if (!chat)
            chat = std::make_unique<MessageListModel>(MessageStore(cache), cache->events(),
                                                      conversation);
    });
    test::StreamProbe bare(port, token, 0);
    desktop.start();
    if (!waitUntil(
            [&] {
                return desktop.state() == RelayLink::State::Connected &&
                       !bare.ofType(QStringLiteral("welcome")).isEmpty();
            },
            10000))
        qFatal("the stream clients did not connect");

    QElapsedTimer clock;
    clock.start();
    QHash<qint64, double> postedAt;           // message number -> ms
    QHash<qint64, qint64> numberOfSeq;        // relay seq -> message number
    QHash<qint64, double> bareAt;             // seq -> ms on the bare client
    QList<std::pair<qint64, double>> commits; // cursor, ms
    int failures = 0;
    QList<double> answeredMs; // POST -> the relay's 200 (after its durable commit)
    QObject::connect(
        &bare.socket, &QWebSocket::textMessageReceived, &bare, [&](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            if (frame.value(QStringLiteral("type")).toString() != QLatin1String("event"))
                return;
            const qint64 seq = frame.value(QStringLiteral("seq")).toInteger();
            bareAt.insert(seq, double(clock.nsecsElapsed()) / 1e6);
            const QString id = frame.value(QStringLiteral("body"))
                                   .toObject()
                                   .value(QStringLiteral("entry"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("changes"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("value"))
                                   .toObject()
                                   .value(QStringLiteral("messages"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
            numberOfSeq.insert(seq, id.mid(12).toLongLong()); // "wamid.STREAM"
        });
    QObject::connect(&desktop, &RelayLink::applied, &desktop, [&](qint64 cursor) {
        commits.append({cursor, double(clock.nsecsElapsed()) / 1e6});
    });

    // The provider's side: one webhook every 1/rate s, as a busy account sends them, over
    // eight kept-alive connections (each answered in order), the least busy one first.
    int sent = 0;
    QList<Poster *> posters;
    QList<QList<double>> waiting;
    for (int i = 0; i < 8; ++i) {
        waiting.append(QList<double>());
        posters.append(new Poster(port, [&, i](int status) {
            answeredMs.append(double(clock.nsecsElapsed()) / 1e6 - waiting[i].takeFirst());
            if (status != 200)
                ++failures;
        }));
    }
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    pace.setInterval(1);
    const QString path = QStringLiteral("/webhooks/meta/") + account;
    QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
        const double now = double(clock.nsecsElapsed()) / 1e6;
        while (sent < total && sent * 1000.0 / rate <= now) {
            const QByteArray body = signedBody(sent, customers);
            const auto least =
                std::min_element(posters.cbegin(), posters.cend(), [](Poster *a, Poster *b) {
                    return a->inFlight() < b->inFlight();
                });
            waiting[least - posters.cbegin()].append(now);
            postedAt.insert(sent, now);
            (*least)->post(path, body, meta::signatureHeader(body, secret));
            ++sent;
        }
        if (sent >= total)
            pace.stop();
    });
    pace.start();
    const bool allIn = waitUntil(
        [&] {
            return sent >= total && !commits.isEmpty() && bareAt.size() >= total - failures &&
                   commits.last().first >= total - failures;
        },
        int(seconds * 1000) + 120000);
    const double end = double(clock.nsecsElapsed()) / 1e6;

    // Each message's times: POST -> the bare client had it; POST -> the desktop committed it.
    QList<double> bareMs;
    QList<double> desktopMs;
    qsizetype next = 0;
    for (auto it = bareAt.cbegin(); it != bareAt.cend(); ++it) {
        const double posted = postedAt.value(numberOfSeq.value(it.key()), -1);
        if (posted < 0)
            continue;
        bareMs.append(it.value() - posted);
    }
    std::sort(commits.begin(), commits.end());
    QList<qint64> seqs = bareAt.keys();
    std::sort(seqs.begin(), seqs.end());
    for (qint64 seq : std::as_const(seqs)) {
        while (next < commits.size() && commits.at(next).first < seq)
            ++next;
        if (next == commits.size())
            break;
        const double posted = postedAt.value(numberOfSeq.value(seq), -1);
        if (posted >= 0)
            desktopMs.append(commits.at(next).second - posted);
    }
    const double firstPost = 0;
    const double lastCommit = commits.isEmpty() ? end : commits.last().second;
    const double sustained =
        1000.0 * double(desktopMs.size()) / std::max(1.0, lastCommit - firstPost);
    const double bareP99 = percentile(bareMs, 0.99);
    const double desktopP99 = percentile(desktopMs, 0.99);
    std::printf("stream at %d webhooks/s for %.0f s (%d customers), load average %s\n", rate,
                seconds, customers, qPrintable(loadAverage()));
    std::printf("  relay: POST answered (stored durably) p50 %.1f ms, p99 %.1f ms\n",
                percentile(answeredMs, 0.5), percentile(answeredMs, 0.99));
    std::printf("  bare client: %lld events, POST -> delivered p50 %.1f ms, p99 %.1f ms\n",
                qint64(bareMs.size()), percentile(bareMs, 0.5), bareP99);
    std::printf(
        "  desktop:     %lld of %d committed%s, POST -> committed p50 %.1f ms, p99 %.1f ms, "
        "%lld commits\n",
        qint64(desktopMs.size()), total, allIn ? "" : " (timed out)", percentile(desktopMs, 0.5),
        desktopP99, qint64(commits.size()));
    std::printf("  ratio of p99s %.2f (target <= 2); sustained %.0f events/s (offered %d/s); "
                "failed POSTs %d\n",
                desktopP99 / std::max(0.001, bareP99), sustained, rate, failures);
    {
        // What the relay says of its commits: how many webhooks each carried, how long each took.
        const test::RelayCommits relayed = test::relayCommits(port);
        std::printf("  relay commits: %.0f for %.0f webhooks (%.1f each), %.2f ms each\n",
                    relayed.commits, relayed.stored,
                    relayed.stored / std::max(1.0, relayed.commits),
                    1000.0 * relayed.seconds / std::max(1.0, relayed.commits));
    }
    // The desktop's own ceiling: a second desktop on a fresh cache catches up on everything the
    // relay holds, as one that was offline does (the relay sends as fast as it reads).
    {
        auto fresh = CacheDatabase::openBlocking(dir.filePath(QStringLiteral("fresh.db"))).value();
        AccountStore(fresh).upsert(meta).waitForFinished();
        ConversationListModel freshList(ConversationStore(fresh), fresh->events(),
                                        providerCatalog());
        RelayClient late(stream, token.toUtf8(), fresh, providerNormaliser());
        qint64 cursor = 0;
        QObject::connect(&late, &RelayLink::applied, &late, [&cursor](qint64 at) { cursor = at; });
        QElapsedTimer catchUp;
        catchUp.start();
        late.start();
        const qint64 head = seqs.isEmpty() ? 0 : seqs.last();
        const bool caught = waitUntil([&] { return cursor >= head; }, 120000);
        const double ms = double(catchUp.nsecsElapsed()) / 1e6;
        std::printf("  catching up: %lld events in %.0f ms, %.0f events/s (target >= 2,000)%s\n",
                    head, ms, 1000.0 * double(head) / std::max(1.0, ms),
                    caught ? "" : " (timed out)");
        late.stop();
    }
    qDeleteAll(posters);
    desktop.stop();
    return allIn ? 0 : 1;
}
