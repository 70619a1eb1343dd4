// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's start and the rows it reads, with a 100k-conversation, 2M-message cache against
// an empty one in the same run.
//
//   bench_start [--keep DIR] [--conversations N] [--messages N] [--runs N]
//
// start: the real `inbox` process, from QProcess::start to the log line the window writes when
//   the loaded conversation list first paints (category inbox.startup). Runs alternate between
//   the big cache and the empty one; medians and their ratio. Target: ratio <= 1.3.
// rows: in this process, the rows the models hold after the list's first page, after opening a
//   conversation, after scrolling the chat to the top once and the list to the bottom once.
//   Target: each step loads at most a page.
// memory: the real window in a child process, resident memory after start and after opening
//   1,000 conversations one after the other, on the big cache and on one holding just those
//   1,000 conversations. Target: ratio <= 1.3.
// --keep DIR reuses (or leaves) DIR/big.db, since seeding two million messages takes a while.
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "cache/CacheDatabase.h"
#include "demo/DemoAccounts.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"
#include "seed/DemoSeeder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace inbox;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

std::shared_ptr<CacheDatabase> openOrDie(const QString &path)
{
    auto opened = CacheDatabase::openBlocking(path);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message()));
    return opened.value();
}

/// Milliseconds from starting `inbox` on the cache to its first paint of the loaded list.
double timeToFirstList(const QString &cache, const QString &home)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("inbox.startup.info=true"));
    env.insert(QStringLiteral("HOME"), home); // no saved relay, no keychain
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels); // the log line comes on stderr
    QElapsedTimer timer;
    timer.start();
    app.start(
        QStringLiteral(INBOX_APP_BINARY),
        {QStringLiteral("--cache"), cache, QStringLiteral("--agent"), QStringLiteral("marco")});
    QByteArray seen;
    double ms = -1;
    while (ms < 0 && app.waitForReadyRead(30000)) {
        seen += app.readAll();
        if (seen.contains("conversation list painted"))
            ms = double(timer.nsecsElapsed()) / 1e6;
    }
    app.kill();
    app.waitForFinished();
    if (ms < 0)
        qFatal("the app did not paint its list: %s", seen.constData());
    return ms;
}

/// VmRSS of this process, in KiB.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

/// In a child process: the window on `path`, then `count` conversations opened one after the
/// other as an agent goes down the list; prints the resident memory after start and after.
int rssProbe(const QString &path, int count)
{
    auto cache = openOrDie(path);
    MainWindow window(cache, QStringLiteral("marco"), providerCatalog());
    window.resize(1024, 640);
    QSignalSpy ready(&window, &MainWindow::contentReady);
    window.show();
    if (!ready.wait(30000))
        qFatal("the list did not load");
    QTest::qWait(200);
    const qint64 atStart = residentKb();
    auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
    for (int i = 0; i < count; ++i) {
        while (window.conversations()->rowCount() <= i) {
            const int had = window.conversations()->rowCount();
            list->scrollToBottom();
            if (!QTest::qWaitFor([&] { return window.conversations()->rowCount() > had; }, 10000))
                qFatal("the list has only %d conversations", had);
        }
        ready.clear();
        window.openConversationAt(i);
        if (!ready.wait(10000))
            qFatal("conversation %d did not load", i);
    }
    QTest::qWait(200);
    std::printf("%lld %lld\n", atStart, residentKb());
    return 0;
}

struct Resident
{
    qint64 atStartKb = 0;
    qint64 afterOpeningKb = 0;
};

Resident residentAfterOpening(const QString &path, int count)
{
    QProcess child;
    child.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--rss-probe"), path, QStringLiteral("--open"), QString::number(count)});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        qFatal("the memory probe failed: %s", child.readAllStandardError().right(400).constData());
    const QList<QByteArray> figures = child.readAllStandardOutput().trimmed().split(' ');
    return {figures.value(0).toLongLong(), figures.value(1).toLongLong()};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("reuse DIR/big.db"),
                                  QStringLiteral("dir"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
                                           QStringLiteral("conversations in the big cache"),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption messages(QStringLiteral("messages"),
                                      QStringLiteral("messages in the big cache"),
                                      QStringLiteral("n"), QStringLiteral("2000000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("starts of each"),
                                  QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption probe(QStringLiteral("rss-probe"), QStringLiteral("internal"),
                                   QStringLiteral("path"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("conversations the memory probe opens"),
                                  QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({keep, conversations, messages, runs, probe, open});
    parser.process(app);
    if (parser.isSet(probe))
        return rssProbe(parser.value(probe), parser.value(open).toInt());

    QTemporaryDir scratch;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : scratch.path();
    QDir().mkpath(dir);
    const QString big = dir + QStringLiteral("/big.db");
    const QString empty = scratch.filePath(QStringLiteral("empty.db"));
    if (!QFile::exists(big)) {
        SeedOptions options;
        options.accounts = demo::cacheAccounts();
        options.conversations = parser.value(conversations).toInt();
        options.messages = parser.value(messages).toLongLong();
        std::printf("seeding %d conversations and %lld messages into %s...\n",
                    options.conversations, options.messages, qPrintable(big));
        std::fflush(stdout);
        const SeedReport report = DemoSeeder(openOrDie(big)).run(options);
        std::printf("seeded in %.1f s\n", double(report.elapsedMs) / 1000.0);
    }
    openOrDie(empty); // made at the latest schema, with no rows

    // Start: alternating, so both see the same machine.
    QList<double> bigMs;
    QList<double> emptyMs;
    for (int run = 0; run < parser.value(runs).toInt(); ++run) {
        emptyMs << timeToFirstList(empty, scratch.path());
        bigMs << timeToFirstList(big, scratch.path());
    }
    const double ratio = median(bigMs) / median(emptyMs);
    std::printf("start to first painted list: %.0f ms (100k conversations, 2M messages) vs "
                "%.0f ms (empty), ratio %.2f (target <= 1.3); medians of %lld runs each\n",
                median(bigMs), median(emptyMs), ratio, qsizetype(bigMs.size()));
    std::fflush(stdout);

    // Memory after an agent has opened 1,000 conversations, against a cache that holds just
    // those 1,000 (20 messages each, as in the big one): what the big cache costs beyond them.
    const int opened = parser.value(open).toInt();
    const QString small = dir + QStringLiteral("/opened-only.db");
    if (!QFile::exists(small)) {
        SeedOptions options;
        options.accounts = demo::cacheAccounts();
        options.conversations = opened;
        options.messages = qint64(opened) * 20;
        DemoSeeder(openOrDie(small)).run(options);
    }
    const Resident bigRss = residentAfterOpening(big, opened);
    const Resident smallRss = residentAfterOpening(small, opened);
    std::printf("memory: resident after start %lld KiB (2M) vs %lld KiB (%d conversations)  "
                "ratio %.2f\n",
                bigRss.atStartKb, smallRss.atStartKb, opened,
                double(bigRss.atStartKb) / double(smallRss.atStartKb));
    std::printf("memory: resident after opening %d conversations %lld KiB (2M) vs %lld KiB  "
                "ratio %.2f (target <= 1.30); opening them added %lld KiB (2M) and %lld KiB\n",
                opened, bigRss.afterOpeningKb, smallRss.afterOpeningKb,
                double(bigRss.afterOpeningKb) / double(smallRss.afterOpeningKb),
                bigRss.afterOpeningKb - bigRss.atStartKb,
                smallRss.afterOpeningKb - smallRss.atStartKb);
    std::fflush(stdout);

    // Rows the models hold at each step.
    auto cache = openOrDie(big);
    MainWindow window(cache, QStringLiteral("marco"), providerCatalog());
    QSignalSpy ready(&window, &MainWindow::contentReady);
    window.show();
    if (!ready.wait(30000))
        qFatal("the list did not load");
    const int listFirst = window.conversations()->rowCount();
    window.openConversationAt(0);
    if (!ready.wait(30000))
        qFatal("the chat did not load");
    QTest::qWait(200);
    const int chatFirst = window.messages()->rowCount();
    auto *chat = window.findChild<QListView *>(QStringLiteral("messageList"));
    chat->verticalScrollBar()->setValue(0); // to the top: one older page
    if (!QTest::qWaitFor([&] { return window.messages()->rowCount() > chatFirst; }, 10000))
        qFatal("scrolling the chat to its top loaded nothing older");
    QTest::qWait(300);
    const int chatScrolled = window.messages()->rowCount();
    auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
    list->scrollToBottom();
    if (!QTest::qWaitFor([&] { return window.conversations()->rowCount() > listFirst; }, 10000))
        qFatal("scrolling the list to its end loaded nothing more");
    QTest::qWait(300);
    const int listScrolled = window.conversations()->rowCount();
    const bool withinPages = listFirst <= ConversationListModel::pageSize &&
                             chatFirst <= MessageListModel::pageSize &&
                             chatScrolled - chatFirst <= MessageListModel::pageSize &&
                             listScrolled - listFirst <= ConversationListModel::pageSize;
    std::printf("rows loaded: list %d at start (page %d), %d after scrolling to its end; chat %d "
                "on open (page %d), %d after scrolling to its top; %s\n",
                listFirst, ConversationListModel::pageSize, listScrolled, chatFirst,
                MessageListModel::pageSize, chatScrolled,
                withinPages ? "each step within a page (target met)" : "MORE THAN A PAGE");
    return 0;
}
