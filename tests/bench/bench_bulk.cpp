// SPDX-License-Identifier: GPL-3.0-or-later
// bench_bulk: a campaign of 10,000 recipients sent by `inboxctl bulk send --rate 80` through
// WATI in the sandbox (real HTTP on loopback), killed with SIGKILL half-way and started again.
// Prints the rate each run kept against its target, and from the sandbox's own request log
// how many numbers were sent twice and how many never. The baseline, in the same process, is
// the same command with no pace to speak of (--rate 1000): the ceiling of the whole path.
//
// BENCH_BULK_RECIPIENTS changes the size (default 10000).
#include "Sandbox.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/TemplateStore.h"
#include "wati/WatiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cstdio>

using namespace inbox;

namespace {

struct Run
{
    int sends = 0;      ///< template sends the sandbox received in this run
    double seconds = 0; ///< from its first send to its last
    int exitCode = -1;
    double rate() const { return seconds > 0 ? (sends - 1) / seconds : 0; }
};

int templateSends(const Sandbox &sandbox)
{
    return int(std::count_if(sandbox.requests().cbegin(), sandbox.requests().cend(),
                             [](const RecordedRequest &request) {
                                 return request.path.contains(QLatin1String("sendTemplateMessage"));
                             }));
}

/// Runs inboxctl until it ends, or kills it once the sandbox has `killAt` sends in all.
Run runInboxctl(const Sandbox &sandbox, const QStringList &arguments, int killAt)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(INBOXCTL_BINARY), arguments);
    process.waitForStarted();
    Run run;
    const int before = templateSends(sandbox);
    int last = before;
    QElapsedTimer clock;
    qint64 firstAt = -1, lastAt = 0;
    while (process.state() != QProcess::NotRunning) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        const int now = templateSends(sandbox);
        if (now != last) {
            if (firstAt < 0) {
                clock.start();
                firstAt = 0;
            }
            lastAt = clock.elapsed();
            last = now;
        }
        if (killAt > 0 && now >= killAt) {
            process.kill(); // SIGKILL: no chance to tidy up
            process.waitForFinished();
            break;
        }
    }
    // Answers already on the wire are still counted.
    for (int i = 0; i < 50; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    run.sends = templateSends(sandbox) - before;
    run.seconds = double(lastAt) / 1000.0;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -9;
    return run;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int recipients = qEnvironmentVariableIntValue("BENCH_BULK_RECIPIENTS") > 0
                               ? qEnvironmentVariableIntValue("BENCH_BULK_RECIPIENTS")
                               : 10000;
    QTemporaryDir dir;
    Sandbox sandbox{SandboxConfig{}};
    if (!sandbox.listen()) {
        std::fprintf(stderr, "the sandbox could not listen\n");
        return 1;
    }
    const QString cachePath = dir.filePath(QStringLiteral("cache.db"));
    {
        auto db = CacheDatabase::openBlocking(cachePath).value();
        Account account;
        account.id = QStringLiteral("wati-main");
        account.provider = Provider(QStringLiteral("wati"));
        account.displayName = QStringLiteral("WATI main");
        account.businessPhone = QStringLiteral("+14155550100");
        account.connection = {{QStringLiteral("baseUrl"), sandbox.watiBaseUrl().toString()}};
        AccountStore(db).upsert(account).waitForFinished();
        QNetworkAccessManager network;
        WatiClient client(&network, WatiAccount{sandbox.watiBaseUrl(), sandbox.config().watiToken,
                                                QStringLiteral("inbox"), account.id});
        auto page = client.listTemplates(QString());
        QTest::qWaitFor([&page] { return page.isFinished(); }, 10000);
        TemplateStore(db)
            .replaceFromProvider(account.id, page.result()->templates)
            .waitForFinished();
    }
    auto writeList = [&dir](const QString &name, int count, int first) {
        QFile csv(dir.filePath(name));
        csv.open(QIODevice::WriteOnly);
        csv.write("phone,name,order_number\n");
        for (int i = 0; i < count; ++i)
            csv.write(QStringLiteral("+49151%1,Customer %2,%3\n")
                          .arg(first + i)
                          .arg(i)
                          .arg(100000 + i)
                          .toUtf8());
        return csv.fileName();
    };
    QFile token(dir.filePath(QStringLiteral("token")));
    token.open(QIODevice::WriteOnly);
    token.write(sandbox.config().watiToken);
    token.close();
    auto command = [&](const QString &csv, const QString &name, const QString &rate) {
        return QStringList{QStringLiteral("bulk"),         QStringLiteral("send"),
                           QStringLiteral("--cache"),      cachePath,
                           QStringLiteral("--account"),    QStringLiteral("wati-main"),
                           QStringLiteral("--template"),   QStringLiteral("order_update"),
                           QStringLiteral("--csv"),        csv,
                           QStringLiteral("--name"),       name,
                           QStringLiteral("--rate"),       rate,
                           QStringLiteral("--daily-cap"),  QStringLiteral("100000"),
                           QStringLiteral("--token-file"), token.fileName()};
    };

    std::printf("bench_bulk: %d recipients through inboxctl and the WATI sandbox; load %s\n",
                recipients, qPrintable(loadAverage()));
    // Baseline: the same path unpaced.
    const int baselineCount = std::min(recipients, 2000);
    const Run ceiling =
        runInboxctl(sandbox,
                    command(writeList(QStringLiteral("ceiling.csv"), baselineCount, 20000000),
                            QStringLiteral("ceiling"), QStringLiteral("1000")),
                    0);
    std::printf("  baseline --rate 1000: %d sends in %.2f s = %.0f/s (the path's ceiling)\n",
                ceiling.sends, ceiling.seconds, ceiling.rate());

    const QString list = writeList(QStringLiteral("list.csv"), recipients, 10000000);
    const int before = templateSends(sandbox);
    const Run first =
        runInboxctl(sandbox, command(list, QStringLiteral("bench"), QStringLiteral("80")),
                    before + recipients / 2);
    const Run second =
        runInboxctl(sandbox, command(list, QStringLiteral("bench"), QStringLiteral("80")), 0);
    std::printf(
        "  run 1 (killed -9 half-way): %d sends in %.2f s = %.2f/s, %.2f%% of the 80/s target\n",
        first.sends, first.seconds, first.rate(), 100.0 * first.rate() / 80.0);
    std::printf(
        "  run 2 (resumed, exit %d):    %d sends in %.2f s = %.2f/s, %.2f%% of the target\n",
        second.exitCode, second.sends, second.seconds, second.rate(), 100.0 * second.rate() / 80.0);
    std::printf("  target / ceiling: %.3f\n", 80.0 / std::max(1.0, ceiling.rate()));

    QHash<QString, int> perNumber;
    for (const RecordedRequest &request : sandbox.requests()) {
        if (!request.path.contains(QLatin1String("sendTemplateMessage")))
            continue;
        const QString number =
            QUrlQuery(request.query).queryItemValue(QStringLiteral("whatsappNumber"));
        if (number.startsWith(QLatin1String("4915110")))
            ++perNumber[number];
    }
    int twice = 0;
    for (const int times : std::as_const(perNumber))
        twice += times > 1 ? 1 : 0;
    const int missed = recipients - int(perNumber.size());
    std::printf("  sandbox log: %d numbers sent, %d sent twice, %d missed\n", int(perNumber.size()),
                twice, missed);
    const bool rateKept =
        std::abs(first.rate() / 80.0 - 1.0) <= 0.02 && std::abs(second.rate() / 80.0 - 1.0) <= 0.02;
    std::printf("  %s\n", twice == 0 && missed == 0 && rateKept && second.exitCode == 0
                              ? "PASS: within 2% of the rate, nobody twice, nobody missed"
                              : "FAIL");
    return twice == 0 && missed == 0 && rateKept && second.exitCode == 0 ? 0 : 1;
}
