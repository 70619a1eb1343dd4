// SPDX-License-Identifier: GPL-3.0-or-later
// Cache benchmarks: each figure is printed with its ratio to a baseline measured in the same run.
//
//   bench_cache [--keep DIR] [--ingest N] [--only ingest|open|search|memory]
//
// --keep DIR reuses (or leaves) DIR/200k.db and DIR/2m.db, the seeded caches the search box is
// timed on (seeding both takes about a minute).
#include "ProviderRegistry.h"
#include "cache/CacheDatabase.h"
#include "cache/ConversationStore.h"
#include "cache/MessageStore.h"
#include "cache/ReportStore.h"
#include "cache/Sql.h"
#include "demo/DemoAccounts.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"
#include "seed/DemoSeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace inbox;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

void print(const char *line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

std::shared_ptr<CacheDatabase> openOrDie(const QString &path)
{
    auto opened = CacheDatabase::openBlocking(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message()));
    return opened.value();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

/// The rows both ingest paths write: 100 conversations, texts of 20-200 characters.
QList<Message> ingestRows(const QList<qint64> &conversations, int count)
{
    static const QStringList words = {
        QStringLiteral("order"),   QStringLiteral("delivery"), QStringLiteral("price"),
        QStringLiteral("thanks"),  QStringLiteral("tomorrow"), QStringLiteral("pizza"),
        QStringLiteral("booking"), QStringLiteral("invoice"),  QStringLiteral("refund"),
        QStringLiteral("size"),    QStringLiteral("address"),  QStringLiteral("pedido"),
        QStringLiteral("entrega"), QStringLiteral("obrigado"), QStringLiteral("mañana")};
    QList<Message> rows;
    rows.reserve(count);
    quint32 state = 12345;
    auto next = [&state] {
        return state = state * 1664525u + 1013904223u;
    };
    for (int i = 0; i < count; ++i) {
        Message m;
        m.conversationId = conversations.at(i % conversations.size());
        m.accountId = QStringLiteral("meta-bench");
        m.providerMessageId = QStringLiteral("wamid.BENCH%1").arg(i);
        m.direction = i % 2 ? Direction::Outbound : Direction::Inbound;
        while (m.text.size() < 20 + int(next() % 180))
            m.text += words.at(next() % words.size()) + QLatin1Char(' ');
        m.createdAt = t0.addSecs(i);
        if (m.direction == Direction::Outbound) {
            DeliveryState d;
            d.status = MessageStatus::Delivered;
            d.queuedAt = d.sentAt = d.deliveredAt = m.createdAt;
            m.delivery = d;
        }
        rows.append(m);
    }
    return rows;
}

QList<qint64> makeConversations(CacheDatabase &db)
{
    return db
        .run([](QSqlDatabase &c) {
            sql::execDirect(c, QStringLiteral("INSERT INTO accounts (id, provider, display_name) "
                                              "VALUES ('meta-bench', 'meta', 'Bench')"));
            QList<qint64> ids;
            for (int i = 0; i < 100; ++i)
                ids << ConversationStore::conversationForIn(
                    c, QStringLiteral("meta-bench"), QStringLiteral("+1415555%1").arg(1000 + i), {},
                    t0);
            return ids;
        })
        .result();
}

/// The baseline: the same rows through the sqlite3 C API and the very statement the store runs
/// (MessageStore::insertStatement, 50 rows a statement, duplicates skipped, the inserted rows
/// returned and read), in one transaction, into a cache with the same schema (indexes and FTS
/// trigger included). Values are bound as a C program would: UTF-8 text, integers, NULLs.
double ingestWithCApi(const QString &path, const QList<Message> &rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON",
                 nullptr, nullptr, nullptr);
    std::map<int, sqlite3_stmt *> statements;
    auto statementFor = [&](int count) {
        sqlite3_stmt *&statement = statements[count];
        if (!statement) {
            const QByteArray text = MessageStore::insertStatement(count).toUtf8();
            sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                               &statement, nullptr);
        }
        return statement;
    };
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    qint64 returned = 0;
    constexpr int perStatement = MessageStore::insertRowsPerStatement;
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const int count = int(std::min<qsizetype>(perStatement, rows.size() - start));
        sqlite3_stmt *insert = statementFor(count);
        int column = 0;
        auto bindText = [&](const QByteArray &utf8) {
            sqlite3_bind_text(insert, ++column, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        };
        auto bindTime = [&](const QDateTime &at) {
            if (at.isValid())
                sqlite3_bind_int64(insert, ++column, at.toMSecsSinceEpoch());
            else
                sqlite3_bind_null(insert, ++column);
        };
        for (qsizetype i = start; i < start + count; ++i) {
            const Message &m = rows.at(i);
            const bool out = m.delivery.has_value();
            sqlite3_bind_int64(insert, ++column, m.conversationId);
            bindText(m.accountId.toUtf8());
            bindText(m.providerMessageId.toUtf8());
            sqlite3_bind_text(insert, ++column, out ? "out" : "in", -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, ++column, "text", -1, SQLITE_STATIC);
            bindText(m.text.toUtf8());
            for (int unset = 0; unset < 4; ++unset) // media, details, reply_to, sender
                sqlite3_bind_null(insert, ++column);
            if (out)
                sqlite3_bind_text(insert, ++column, "delivered", -1, SQLITE_STATIC);
            else
                sqlite3_bind_null(insert, ++column);
            const DeliveryState d = m.delivery.value_or(DeliveryState{});
            for (const QDateTime &at : {d.queuedAt, d.sentAt, d.deliveredAt, d.readAt, d.failedAt})
                bindTime(at);
            sqlite3_bind_null(insert, ++column); // failure code
            sqlite3_bind_null(insert, ++column); // failure reason
            bindTime(m.createdAt);
        }
        while (sqlite3_step(insert) == SQLITE_ROW) {
            returned += sqlite3_column_int64(insert, 0) + sqlite3_column_int64(insert, 1) +
                        sqlite3_column_bytes(insert, 2) + sqlite3_column_bytes(insert, 3) +
                        sqlite3_column_int64(insert, 4) + sqlite3_column_bytes(insert, 5);
        }
        sqlite3_reset(insert);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const auto &[count, statement] : statements)
        sqlite3_finalize(statement);
    sqlite3_close(db);
    if (returned == 0)
        qFatal("the baseline inserted nothing");
    return double(rows.size()) / seconds;
}

void benchIngest(int count)
{
    // Fresh caches each round, the two sides interleaved: medians of five rounds.
    QList<double> ours, baseline;
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        auto viaStore = openOrDie(dir.filePath(QStringLiteral("store.db")));
        auto forBaseline = openOrDie(dir.filePath(QStringLiteral("capi.db")));
        const QList<Message> rows = ingestRows(makeConversations(*viaStore), count);
        makeConversations(*forBaseline);
        forBaseline.reset(); // the baseline opens the file itself

        baseline << ingestWithCApi(dir.filePath(QStringLiteral("capi.db")), rows);
        MessageStore store(viaStore);
        QElapsedTimer timer;
        timer.start();
        store.insert(rows).waitForFinished();
        ours << double(rows.size()) / (double(timer.nsecsElapsed()) / 1e9);
    }
    std::printf("ingest: %d messages  store %.0f msg/s  sqlite3 C API, same statement %.0f msg/s  "
                "ratio %.2f (target >= 0.80)\n",
                count, median(ours), median(baseline), median(ours) / median(baseline));
}

struct OpenTimes
{
    double conversationsMs = 0;
    double messagesMs = 0;
};

/// Median time from building each model to its first page, over `rounds` rounds.
OpenTimes timeFirstPages(const std::shared_ptr<CacheDatabase> &db, int rounds)
{
    const qint64 busiest =
        db->run([](QSqlDatabase &c) {
              return sql::scalar(c, QStringLiteral("SELECT conversation_id FROM messages "
                                                   "GROUP BY conversation_id ORDER BY count(*) "
                                                   "DESC LIMIT 1"))
                  .toLongLong();
          }).result();
    QList<double> conversations;
    QList<double> messages;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        {
            ConversationListModel model(ConversationStore(db), db->events(), providerCatalog());
            QSignalSpy loaded(&model, &ConversationListModel::pageLoaded);
            loaded.wait(10000);
            conversations << double(timer.nsecsElapsed()) / 1e6;
        }
        timer.restart();
        {
            MessageListModel model(MessageStore(db), db->events(), busiest);
            QSignalSpy loaded(&model, &MessageListModel::pageLoaded);
            loaded.wait(10000);
            messages << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    return {median(conversations), median(messages)};
}

void benchOpen(const std::shared_ptr<CacheDatabase> &million)
{
    QTemporaryDir dir;
    // Like for like: each model's first page is full in both caches and holds the same kind of
    // seeded messages, so only the size of the tables differs. A 1k cache with 100 conversations
    // for the conversation list; one with 20 conversations (its busiest has well over 50
    // messages) for the message list.
    auto small = openOrDie(dir.filePath(QStringLiteral("small.db")));
    SeedOptions options;
    options.accounts = demo::cacheAccounts();
    options.conversations = 100;
    options.messages = 1000;
    DemoSeeder(small).run(options);
    auto fewConversations = openOrDie(dir.filePath(QStringLiteral("few.db")));
    options.conversations = 20;
    DemoSeeder(fewConversations).run(options);
    timeFirstPages(small, 3); // warm up every path once
    timeFirstPages(fewConversations, 3);
    timeFirstPages(million, 3);
    // Interleaved rounds, so whatever else the machine does weighs on both sides alike.
    QList<double> baseConversations, baseMessages, bigConversations, bigMessages;
    for (int round = 0; round < 41; ++round) {
        baseConversations << timeFirstPages(small, 1).conversationsMs;
        baseMessages << timeFirstPages(fewConversations, 1).messagesMs;
        const OpenTimes times = timeFirstPages(million, 1);
        bigConversations << times.conversationsMs;
        bigMessages << times.messagesMs;
    }
    const OpenTimes base{median(baseConversations), median(baseMessages)};
    const OpenTimes big{median(bigConversations), median(bigMessages)};
    std::printf("open: first page of ConversationListModel %.2f ms (1M) vs %.2f ms (1k)  "
                "ratio %.2f (target <= 1.30)\n",
                big.conversationsMs, base.conversationsMs,
                big.conversationsMs / base.conversationsMs);
    std::printf("open: first page of MessageListModel      %.2f ms (1M) vs %.2f ms (1k)  "
                "ratio %.2f (target <= 1.30)\n",
                big.messagesMs, base.messagesMs, big.messagesMs / base.messagesMs);
}

/// What agents type in the search box: words from messages (common, rare, prefixes, accents),
/// customers' names and parts of numbers, as typed (with spaces, a leading +, 00).
const QStringList searchQueries = {
    QStringLiteral("order"),     QStringLiteral("tracking"),
    QStringLiteral("pedido"),    QStringLiteral("entrega"),
    QStringLiteral("invoice"),   QStringLiteral("table four"),
    QStringLiteral("del"),       QStringLiteral("São Paulo"),
    QStringLiteral("danke"),     QStringLiteral("kak"),
    QStringLiteral("BR2938475"), QStringLiteral("nothingmatches"),
    QStringLiteral("t"),         QStringLiteral("hi"),
    QStringLiteral("photo"),     QStringLiteral("refund please"),
    QStringLiteral("Joana"),     QStringLiteral("Pereira"),
    QStringLiteral("ohan"),      QStringLiteral("Fernández"),
    QStringLiteral("+55 11 96"), QStringLiteral("98123"),
    QStringLiteral("0044 7400"), QStringLiteral("Carmen Mo"),
};

/// The search box as the app runs it: the conversation list's first page for the typed text
/// (ConversationListModel::reload -> ConversationStore::page), each query `rounds` times.
QList<double> timeSearchBox(const std::shared_ptr<CacheDatabase> &db, int rounds)
{
    ConversationStore store(db);
    QList<double> times;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : searchQueries) {
            ConversationFilter filter;
            filter.search = query;
            QElapsedTimer timer;
            timer.start();
            const auto rows =
                store.page(filter, std::nullopt, ConversationListModel::pageSize).result();
            times << double(timer.nsecsElapsed()) / 1e6;
            Q_UNUSED(rows);
        }
    }
    return times;
}

/// The full-text part alone: the newest matching messages from the message index, the same
/// queries, the same page size.
QList<double> timeFullText(const std::shared_ptr<CacheDatabase> &db, int rounds)
{
    MessageStore store(db);
    QList<double> times;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : searchQueries) {
            QElapsedTimer timer;
            timer.start();
            const auto hits = store.search(query, ConversationListModel::pageSize).result();
            times << double(timer.nsecsElapsed()) / 1e6;
            Q_UNUSED(hits);
        }
    }
    return times;
}

void benchSearch(const std::shared_ptr<CacheDatabase> &small,
                 const std::shared_ptr<CacheDatabase> &big)
{
    timeSearchBox(small, 1); // warm both caches' pages
    timeSearchBox(big, 1);
    timeFullText(big, 1);
    timeFullText(small, 1);
    QList<double> atSmall, atBig, fullText, fullTextSmall;
    for (int round = 0; round < 8; ++round) { // interleaved: the machine's noise weighs alike
        atSmall << timeSearchBox(small, 1);
        atBig << timeSearchBox(big, 1);
        fullText << timeFullText(big, 1);
        fullTextSmall << timeFullText(small, 1);
    }
    const double p95Small = percentile(atSmall, 0.95);
    const double p95Big = percentile(atBig, 0.95);
    const double p95Text = percentile(fullText, 0.95);
    std::printf("search box: %lld queries  p50/p95 %.2f/%.2f ms (2M)  %.2f/%.2f ms (200k)  "
                "ratio %.2f (target <= 1.50)\n",
                qint64(atBig.size()), percentile(atBig, 0.5), p95Big, percentile(atSmall, 0.5),
                p95Small, p95Big / p95Small);
    std::printf("search box vs the message index alone (2M): p95 %.2f ms vs %.2f ms  ratio %.2f "
                "(target <= 3.00)\n",
                p95Big, p95Text, p95Big / p95Text);
    std::printf("the message index alone, for scale: p95 %.2f ms (2M) vs %.2f ms (200k)  "
                "ratio %.2f\n",
                p95Text, percentile(fullTextSmall, 0.95),
                p95Text / percentile(fullTextSmall, 0.95));
    // Which queries cost most, so a regression names its cause.
    QList<std::pair<double, QString>> byQuery;
    for (qsizetype q = 0; q < searchQueries.size(); ++q) {
        QList<double> times;
        for (qsizetype at = q; at < atBig.size(); at += searchQueries.size())
            times << atBig.at(at);
        byQuery.append({median(times), searchQueries.at(q)});
    }
    std::sort(byQuery.begin(), byQuery.end(), std::greater<>());
    QStringList slowest;
    for (qsizetype k = 0; k < std::min<qsizetype>(6, byQuery.size()); ++k)
        slowest << QStringLiteral("\"%1\" %2 ms")
                       .arg(byQuery.at(k).second)
                       .arg(byQuery.at(k).first, 0, 'f', 1);
    std::printf("search box: slowest at 2M (median): %s\n",
                qPrintable(slowest.join(QStringLiteral(", "))));
}

/// Resident memory of a child process that opens both models on `path` and waits for them.
qint64 residentKbAfterOpening(const QString &path)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--rss-probe"), path});
    child.waitForFinished(120000);
    return child.readAllStandardOutput().trimmed().toLongLong();
}

int rssProbe(const QString &path)
{
    auto db = openOrDie(path);
    ConversationListModel conversations(ConversationStore(db), db->events(), providerCatalog());
    QSignalSpy conversationsLoaded(&conversations, &ConversationListModel::pageLoaded);
    conversationsLoaded.wait(10000);
    const qint64 first =
        conversations.rowCount() > 0
            ? conversations.index(0).data(ConversationListModel::IdRole).toLongLong()
            : 0;
    MessageListModel messages(MessageStore(db), db->events(), first);
    QSignalSpy messagesLoaded(&messages, &MessageListModel::pageLoaded);
    messagesLoaded.wait(10000);
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            std::printf("%s\n", line.mid(6).trimmed().split(' ').first().constData());
    }
    return 0;
}

void benchMemory(const QString &millionPath)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    openOrDie(empty).reset();
    const qint64 base = residentKbAfterOpening(empty);
    const qint64 big = residentKbAfterOpening(millionPath);
    std::printf("memory: resident after opening the models  %lld KiB (1M) vs %lld KiB (empty)  "
                "ratio %.2f (target <= 1.30)\n",
                big, base, double(big) / double(base));
}

/// Inbox → Reports over the last 30 days of the 2M cache, by day and by agent, against reading
/// the same range's messages once through the same join (what the figures cannot do without).
void benchReport(const std::shared_ptr<CacheDatabase> &big)
{
    const QDate today = QDate::currentDate();
    const ReportQuery byDay{today.addDays(-29), today, ReportGrouping::Day};
    ReportQuery byAgent = byDay;
    byAgent.by = ReportGrouping::Agent;
    const qint64 from = QDateTime(byDay.from, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    const auto readRange = [from, to](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT count(*), sum(m.direction = 'in') FROM conversations c
            JOIN messages m ON m.conversation_id = c.id
                AND m.created_at >= :from AND m.created_at < :to
            WHERE c.last_activity_at >= :from)"));
        query.bindValue(QStringLiteral(":from"), from);
        query.bindValue(QStringLiteral(":to"), to);
        sql::exec(query);
        query.next();
        return query.value(0).toLongLong();
    };
    qint64 inRange = 0;
    Report report;
    QList<double> days, agents, baseline;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer timer;
        timer.start();
        inRange = big->run(readRange).result();
        baseline << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        report = ReportStore(big).report(byDay).result();
        days << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        ReportStore(big).report(byAgent).waitForFinished();
        agents << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("report: 30 days of the 2M cache (%lld messages in range, %d opened, %d resolved): "
                "by day %.1f ms, by agent %.1f ms; reading the range once %.1f ms; ratio %.2f\n",
                inRange, report.total.opened, report.total.resolved, median(days), median(agents),
                median(baseline), median(days) / median(baseline));
}

/// `path`, seeded with `conversations` and `messages` unless it already holds them.
QString seeded(const QString &path, int conversations, int messages)
{
    if (QFile::exists(path))
        return path;
    std::printf("seeding %s: %d conversations, %d messages...\n", qPrintable(path), conversations,
                messages);
    std::fflush(stdout);
    SeedOptions options;
    options.accounts = demo::cacheAccounts();
    options.conversations = conversations;
    options.messages = messages;
    const SeedReport report = DemoSeeder(openOrDie(path)).run(options);
    std::printf("seeded in %.1f s\n", double(report.elapsedMs) / 1000.0);
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("reuse (or leave) DIR/200k.db and DIR/2m.db"),
                                  QStringLiteral("dir"));
    const QCommandLineOption ingest(QStringLiteral("ingest"), QStringLiteral("messages to ingest"),
                                    QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption probe(QStringLiteral("rss-probe"), QStringLiteral("internal"),
                                   QStringLiteral("path"));
    const QCommandLineOption only(
        QStringLiteral("only"), QStringLiteral("one part: ingest, open, search, report or memory"),
        QStringLiteral("part"));
    parser.addOptions({keep, ingest, probe, only});
    parser.process(app);
    if (parser.isSet(probe))
        return rssProbe(parser.value(probe));

    const QString part = parser.value(only);
    auto runs = [&part](const char *name) {
        return part.isEmpty() || part == QLatin1String(name);
    };
    if (runs("ingest"))
        benchIngest(parser.value(ingest).toInt());
    if (part == QLatin1String("ingest"))
        return 0;

    QTemporaryDir scratch;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : scratch.path();
    // The two sizes the search box is compared at: 10,000 conversations with 200,000 messages,
    // and ten times both.
    const QString smallPath = seeded(QDir(dir).filePath(QStringLiteral("200k.db")), 10000, 200000);
    const QString bigPath = seeded(QDir(dir).filePath(QStringLiteral("2m.db")), 100000, 2000000);

    auto big = openOrDie(bigPath);
    if (runs("open"))
        benchOpen(big);
    if (runs("search"))
        benchSearch(openOrDie(smallPath), big);
    if (runs("report"))
        benchReport(big);
    big.reset();
    if (runs("memory"))
        benchMemory(bigPath);
    return 0;
}
