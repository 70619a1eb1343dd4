// SPDX-License-Identifier: GPL-3.0-or-later
// Relay benchmarks against the real inbox-relay process; each figure with its ratio to a
// baseline measured in the same run.
//
//   bench_relay [--seconds S] [--clients N]
//
// ingest: signed Meta webhooks from 32 concurrent connections, each answered only after its
//   durable commit, against the same load on the relay's /baseline route (200 without
//   verifying or storing). Target: ratio >= 0.7; median < 250 ms, < 1% over 1 s.
// ingest vs the store alone: the same wrk load at 32 and 128 connections, against the relay's
//   own store in this process at the batch size the relay reached in that round (its /metrics):
//   the ceiling HTTP, signatures and the stream add to. Target: ratio >= 0.7. Also against
//   HTTP alone (/baseline, same load) and the store alone in series: on two cores the load
//   generator, the event loop and the writer share the CPU, so that is what the machine holds.
// fan-out: N (500) stream clients; time from a webhook's POST to every client having it,
//   p50 and p99; the relay's memory per connected client.
#include "EventStore.h"
#include "RelayDirectory.h"
#include "RelayProcess.h"
#include "StreamProbe.h"
#include "meta/MetaWebhook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace inbox;

namespace {

const QByteArray secret = "bench-secret";
const QString account = QStringLiteral("106540352242922");

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

/// CPU seconds the relay has used so far: its event loop (the main thread) and its other threads
/// (the writer); and the machine's busy and total CPU seconds, for how loaded it was.
struct CpuSample
{
    double loop = 0;
    double others = 0;
    double machineBusy = 0;
    double machineTotal = 0;
};

CpuSample cpuSample(qint64 pid)
{
    CpuSample sample;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double seconds = (fields.value(11).toDouble() + fields.value(12).toDouble()) / tick;
        (task.toLongLong() == pid ? sample.loop : sample.others) += seconds;
    }
    QFile machine(QStringLiteral("/proc/stat"));
    if (machine.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = machine.readLine().simplified().split(' ');
        // user nice system idle iowait irq softirq steal (guest time is inside user already)
        for (int i = 1; i < std::min<qsizetype>(fields.size(), 9); ++i) {
            const double seconds = fields[i].toDouble() / tick;
            sample.machineTotal += seconds;
            if (i != 4 && i != 5) // idle and iowait
                sample.machineBusy += seconds;
        }
    }
    return sample;
}

CpuSample operator-(const CpuSample &a, const CpuSample &b)
{
    return {a.loop - b.loop, a.others - b.others, a.machineBusy - b.machineBusy,
            a.machineTotal - b.machineTotal};
}

CpuSample &operator+=(CpuSample &a, const CpuSample &b)
{
    a.loop += b.loop;
    a.others += b.others;
    a.machineBusy += b.machineBusy;
    a.machineTotal += b.machineTotal;
    return a;
}

QByteArray webhook(int n)
{
    return test::metaTextWebhook(QStringLiteral("wamid.BENCH%1").arg(n),
                                 QStringLiteral("Oi, meu pedido %1 já saiu?").arg(n), account);
}

struct Load
{
    double perSecond = 0;
    QList<double> latenciesMs;
    int failures = 0;
};

/// `connections` senders, each with its own connection, posting back to back for `seconds`.
Load run(quint16 port, const QString &path, int connections, double seconds, int &serial)
{
    Load load;
    QList<QNetworkAccessManager *> senders;
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    int inFlight = 0;
    std::function<void(QNetworkAccessManager *)> next = [&](QNetworkAccessManager *sender) {
        if (clock.elapsed() > seconds * 1000)
            return;
        const QByteArray body = webhook(serial++);
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(body, secret));
        QElapsedTimer *started = new QElapsedTimer;
        started->start();
        ++inFlight;
        QNetworkReply *reply = sender->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, sender, [&, reply, sender, started] {
            --inFlight;
            load.latenciesMs.append(double(started->nsecsElapsed()) / 1e6);
            delete started;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++done;
            else
                ++load.failures;
            reply->deleteLater();
            next(sender);
        });
    };
    for (int i = 0; i < connections; ++i) {
        senders.append(new QNetworkAccessManager);
        next(senders.last());
    }
    while (clock.elapsed() <= seconds * 1000 || inFlight > 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    load.perSecond = done / (double(clock.elapsed()) / 1000.0);
    qDeleteAll(senders);
    return load;
}

/// A load from a second process: wrk with 2 threads and 32 connections, each body sent once.
struct WrkRound
{
    bool ran = false;
    double perSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double over1sPercent = 0;
    int errors = 0;
};

/// Writes `count` distinct signed webhooks, "signature<TAB>body" per line, from `first` on.
void writeBodies(const QString &path, int first, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    for (int n = first; n < first + count; ++n) {
        const QByteArray body = webhook(n);
        file.write(meta::signatureHeader(body, secret) + '\t' + body + '\n');
    }
}

WrkRound runWrk(quint16 port, const QString &path, const QString &bodies, double seconds,
                int connections)
{
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"),
              {QStringLiteral("-t2"), QStringLiteral("-c%1").arg(connections),
               QStringLiteral("-d%1s").arg(int(seconds)), QStringLiteral("-s"),
               QStringLiteral(INBOX_BENCH_DIR "/relay_webhooks.lua"),
               QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path), QStringLiteral("--"),
               bodies});
    WrkRound round;
    if (!wrk.waitForFinished(int(seconds * 1000) + 60000) || wrk.exitCode() != 0)
        return round;
    const QString output = QString::fromUtf8(wrk.readAllStandardOutput());
    const QString figures = output.section(QStringLiteral("FIGURES "), 1).section(u'\n', 0, 0);
    QHash<QString, double> values;
    for (const QString &pair : figures.split(u' ', Qt::SkipEmptyParts))
        values.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1).toDouble());
    round.ran = values.contains(QStringLiteral("requests"));
    round.perSecond =
        values.value(QStringLiteral("requests")) / values.value(QStringLiteral("seconds"), 1);
    round.p50Ms = values.value(QStringLiteral("p50")) / 1000.0;
    round.p99Ms = values.value(QStringLiteral("p99")) / 1000.0;
    round.over1sPercent = values.value(QStringLiteral("over1s"));
    round.errors = int(values.value(QStringLiteral("errors")));
    return round;
}

/// The ceiling: the relay's own store (EventStore::append: the same statements, WAL with a full
/// sync at every commit) in this process, `count` of the same webhooks in batches of `batch`,
/// with no HTTP, no signature and no stream. Events per second.
double storeAlonePerSecond(int batch, int count, int &serial)
{
    QTemporaryDir dir;
    auto store = relay::EventStore::open(dir.path());
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < count; done += batch) {
        QList<relay::IncomingEvent> events;
        for (int i = 0; i < batch; ++i) {
            relay::IncomingEvent event;
            event.org = QStringLiteral("acme");
            event.provider = QStringLiteral("meta");
            event.account = account;
            event.body = webhook(serial++);
            event.receivedAt = QDateTime::currentDateTimeUtc();
            events.append(event);
        }
        store.value()->append(events);
    }
    return double(count) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("seconds per ingest round"),
                                           QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("stream clients for fan-out"),
                                           QStringLiteral("n"), QStringLiteral("500"));
    parser.addOptions({secondsOption, clientsOption});
    parser.process(app);
    const double seconds = parser.value(secondsOption).toDouble();
    const int clients = parser.value(clientsOption).toInt();

    QTemporaryDir dir;
    QString token;
    {
        auto directory = relay::RelayDirectory::open(dir.path()).value();
        directory->addOrg(QStringLiteral("acme"));
        directory->addAccount(
            {QStringLiteral("acme"), QStringLiteral("meta"), account, "v", secret, {}});
        token = directory->addAgent(QStringLiteral("acme"), QStringLiteral("Bench"), Role::Agent)
                    ->token;
    }
    const quint16 port = test::freePort();
    // wrk's 128 connections all come from one address, where a provider's come from many.
    test::RelayProcess relay(QStringLiteral(INBOX_RELAY_BINARY), dir.path(), port,
                             {QStringLiteral("--benchmark-routes"),
                              QStringLiteral("--max-connections-per-source"),
                              QStringLiteral("1000")});

    int serial = 0;
    if (!QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty()) {
        // Ingest with wrk from its own process: interleaved rounds, baseline first.
        QList<double> ratios;
        QList<double> medians;
        double worstOver = 0;
        CpuSample baselineCpu;
        CpuSample storedCpu;
        double baselineRequests = 0;
        double storedRequests = 0;
        for (int round = 0; round < 3; ++round) {
            const QString bodies = dir.filePath(QStringLiteral("bodies-%1.txt").arg(round));
            writeBodies(bodies, serial, int(seconds * 40000));
            serial += int(seconds * 40000);
            const CpuSample start = cpuSample(relay.process.processId());
            const WrkRound baseline =
                runWrk(port, QStringLiteral("/baseline"), bodies, seconds, 32);
            const CpuSample middle = cpuSample(relay.process.processId());
            const WrkRound stored =
                runWrk(port, QStringLiteral("/webhooks/meta/") + account, bodies, seconds, 32);
            baselineCpu += middle - start;
            storedCpu += cpuSample(relay.process.processId()) - middle;
            baselineRequests += baseline.perSecond * seconds;
            storedRequests += stored.perSecond * seconds;
            if (!baseline.ran || !stored.ran)
                qFatal("wrk did not run");
            ratios.append(stored.perSecond / baseline.perSecond);
            medians.append(stored.p50Ms);
            worstOver = std::max(worstOver, stored.over1sPercent);
            std::printf("ingest (wrk, 32 connections) round %d: webhooks %.0f/s (durable), "
                        "baseline %.0f/s, ratio %.2f; webhook median %.1f ms, p99 %.1f ms, over "
                        "1 s %.2f%%, errors %d\n",
                        round + 1, stored.perSecond, baseline.perSecond, ratios.last(),
                        stored.p50Ms, stored.p99Ms, stored.over1sPercent, stored.errors);
            std::fflush(stdout);
        }
        // Against the ceiling: the store alone at the batch size the relay itself reached in
        // the same round (its /metrics), at 32 and 128 connections.
        for (const int connections : {32, 128}) {
            QList<double> ceilingRatios;
            QList<double> bothRatios;
            QList<double> rates;
            for (int round = 0; round < 3; ++round) {
                const QString bodies = dir.filePath(QStringLiteral("ceiling-%1.txt").arg(round));
                writeBodies(bodies, serial, int(seconds * 40000));
                serial += int(seconds * 40000);
                const test::RelayCommits before = test::relayCommits(port);
                const WrkRound stored = runWrk(port, QStringLiteral("/webhooks/meta/") + account,
                                               bodies, seconds, connections);
                const test::RelayCommits after = test::relayCommits(port);
                if (!stored.ran)
                    qFatal("wrk did not run");
                const double perCommit =
                    (after.stored - before.stored) / std::max(1.0, after.commits - before.commits);
                const int batch = std::max(1, int(std::lround(perCommit)));
                const double ceiling =
                    storeAlonePerSecond(batch, std::max(2000, batch * 400), serial);
                // The other half of the ceiling: HTTP alone, the same load on /baseline. On
                // two cores the two cannot overlap much, so together they take the sum of
                // their times per request.
                const WrkRound http =
                    runWrk(port, QStringLiteral("/baseline"), bodies, seconds, connections);
                const double both = 1.0 / (1.0 / ceiling + 1.0 / http.perSecond);
                ceilingRatios << stored.perSecond / ceiling;
                bothRatios << stored.perSecond / both;
                rates << stored.perSecond;
                std::printf("ingest vs the store alone (wrk, %d connections) round %d: webhooks "
                            "%.0f/s durable in commits of %.1f; the store alone at %d a commit "
                            "%.0f/s; ratio %.2f; HTTP alone (/baseline) %.0f/s, both in series "
                            "%.0f/s, ratio %.2f; webhook p99 %.1f ms, errors %d\n",
                            connections, round + 1, stored.perSecond, perCommit, batch, ceiling,
                            ceilingRatios.last(), http.perSecond, both, bothRatios.last(),
                            stored.p99Ms, stored.errors);
                std::fflush(stdout);
            }
            std::printf("ingest vs the store alone (%d connections): ratio median %.2f (target >= "
                        "0.7); vs HTTP and the store alone in series %.2f; %.0f webhooks/s, "
                        "%.1fx smee.io's 3.2k/s measured on this machine (target >= 3)\n",
                        connections, percentile(ceilingRatios, 0.5), percentile(bothRatios, 0.5),
                        percentile(rates, 0.5), percentile(rates, 0.5) / 3200.0);
        }
        std::printf("ingest (wrk): ratio median %.2f (target >= 0.7); latency median %.1f ms "
                    "(target < 250), over 1 s at most %.2f%% (target < 1%%)\n",
                    percentile(ratios, 0.5), percentile(medians, 0.5), worstOver);
        // Where the time goes: on a machine with few cores, the load generator, the event loop
        // and the writer share them, and the ratio is bounded by CPU per request.
        std::printf("relay CPU per request (wrk): baseline %.1f us in the event loop; webhook "
                    "%.1f us in the event loop + %.1f us in the writer; machine busy %.0f%% "
                    "(baseline) and %.0f%% (webhooks) of %d cores\n",
                    1e6 * baselineCpu.loop / std::max(1.0, baselineRequests),
                    1e6 * storedCpu.loop / std::max(1.0, storedRequests),
                    1e6 * storedCpu.others / std::max(1.0, storedRequests),
                    100.0 * baselineCpu.machineBusy / std::max(1e-9, baselineCpu.machineTotal),
                    100.0 * storedCpu.machineBusy / std::max(1e-9, storedCpu.machineTotal),
                    QThread::idealThreadCount());
    }

    // Ingest from this process with Qt's own client: interleaved rounds, baseline first.
    QList<double> ratios;
    Load webhooks;
    for (int round = 0; round < 3; ++round) {
        const Load baseline = run(port, QStringLiteral("/baseline"), 32, seconds, serial);
        const Load stored =
            run(port, QStringLiteral("/webhooks/meta/") + account, 32, seconds, serial);
        ratios.append(stored.perSecond / baseline.perSecond);
        std::printf("ingest round %d: webhooks %.0f/s (durable), baseline %.0f/s, ratio %.2f; "
                    "webhook median %.1f ms, p99 %.1f ms, failures %d\n",
                    round + 1, stored.perSecond, baseline.perSecond, ratios.last(),
                    percentile(stored.latenciesMs, 0.5), percentile(stored.latenciesMs, 0.99),
                    stored.failures);
        std::fflush(stdout);
        webhooks.latenciesMs += stored.latenciesMs;
    }
    const qsizetype overOneSecond =
        std::count_if(webhooks.latenciesMs.cbegin(), webhooks.latenciesMs.cend(),
                      [](double ms) { return ms > 1000; });
    std::printf("ingest: ratio median %.2f (target >= 0.7); latency median %.1f ms (target < 250), "
                "over 1 s %.2f%% (target < 1%%) of %lld\n",
                percentile(ratios, 0.5), percentile(webhooks.latenciesMs, 0.5),
                100.0 * double(overOneSecond) / double(webhooks.latenciesMs.size()),
                qint64(webhooks.latenciesMs.size()));

    qint64 head = 0;
    {
        // What the relay says of its commits: how many webhooks each one carried, how long.
        const test::RelayCommits total = test::relayCommits(port);
        std::printf("commits: %.0f for %.0f webhooks (%.1f per commit), %.2f ms each on "
                    "average\n",
                    total.commits, total.stored, total.stored / std::max(1.0, total.commits),
                    1000.0 * total.seconds / std::max(1.0, total.commits));
        head = qint64(total.stored); // one organisation, webhooks only: its head
    }

    // Fan-out: connect the clients, then time each webhook until every client has it.
    const qint64 before = rssKiB(relay.process.processId());
    QList<test::StreamProbe *> probes;
    QNetworkAccessManager network;
    QNetworkRequest headRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port)));
    for (int i = 0; i < clients; ++i) {
        // Cursor at the current head: only new events are timed.
        probes.append(new test::StreamProbe(port, token, head));
    }
    if (!QTest::qWaitFor(
            [&] {
                return std::all_of(probes.cbegin(), probes.cend(), [](test::StreamProbe *p) {
                    return !p->ofType(QStringLiteral("welcome")).isEmpty();
                });
            },
            60000)) {
        qFatal("not every client got its welcome");
    }
    QTest::qWait(500);
    const qint64 after = rssKiB(relay.process.processId());
    QList<double> fanOutMs;
    for (int i = 0; i < 50; ++i) {
        for (test::StreamProbe *probe : std::as_const(probes))
            probe->frames.clear();
        const QByteArray body = webhook(serial++);
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/meta/%2").arg(port).arg(account)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(body, secret));
        QElapsedTimer clock;
        clock.start();
        network.post(request, body);
        if (!QTest::qWaitFor(
                [&] {
                    return std::all_of(probes.cbegin(), probes.cend(), [](test::StreamProbe *p) {
                        return !p->ofType(QStringLiteral("event")).isEmpty();
                    });
                },
                30000)) {
            qFatal("an event did not reach every client");
        }
        fanOutMs.append(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("fan-out to %d clients: p50 %.1f ms, p99 %.1f ms (POST to the last client having "
                "it); relay memory %.1f KiB per client (RSS %lld -> %lld KiB)\n",
                clients, percentile(fanOutMs, 0.5), percentile(fanOutMs, 0.99),
                double(after - before) / clients, before, after);
    qDeleteAll(probes);
    return 0;
}
