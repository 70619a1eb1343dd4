// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "BulkCommands.h"
#include "ProviderRegistry.h"
#include "RelayCommands.h"
#include "ReportCommand.h"
#include "WebhookCommands.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheStats.h"
#include "demo/DemoAccounts.h"
#include "seed/DemoSeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace inbox::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inboxctl", text);
}

/// The usage; the providers are the registry's.
QString usageText()
{
    QStringList all, signing;
    for (const ProviderEntry &entry : providerRegistry()) {
        all << entry.key;
        if (entry.webhook.signsBody())
            signing << entry.key;
    }
    return QStringLiteral(R"(usage: inboxctl <command> [options]

commands:
  seed --cache PATH --conversations N --messages M
                     fill a new cache with realistic demo data
  cache stats --cache PATH
                     print the schema version and the rows of each table
  webhook parse --provider %1 [FILE|-]
                     print the events of a webhook body, one JSON object per line
  webhook sign --provider %2 --secret S [FILE|-]
                     print the signature header the provider sends with a body
  relay --data DIR add-org|add-account|add-demo|add-agent|rotate-token|revoke-agent|list ...
                     the relay's organisations, accounts and agents (inboxctl relay --data
                     DIR help for the forms)
)")
               .arg(all.join(QLatin1Char('|')), signing.join(QLatin1Char('|'))) +
           bulkUsage() + reportUsage();
}

/// Parses the options after the command words; prints the problem and returns false if wrong.
bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, int commandWords,
                  QTextStream &err)
{
    QStringList rest = arguments.mid(commandWords);
    rest.prepend(arguments.value(0));
    if (!parser.parse(rest)) {
        err << parser.errorText() << "\n" << usageText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("unexpected argument: %1").arg(parser.positionalArguments().first()) << "\n"
            << usageText();
        return false;
    }
    return true;
}

std::shared_ptr<CacheDatabase> openCache(const QString &path, QTextStream &err)
{
    auto opened = CacheDatabase::openBlocking(path);
    if (!opened) {
        err << opened.error().message() << "\n";
        return nullptr;
    }
    return opened.value();
}

int seed(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption cache(QStringLiteral("cache"), tr("cache file"),
                                   QStringLiteral("path"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
                                           tr("number of conversations"), QStringLiteral("n"));
    const QCommandLineOption messages(QStringLiteral("messages"), tr("number of messages"),
                                      QStringLiteral("m"));
    parser.addOptions({cache, conversations, messages});
    if (!parseOptions(parser, arguments, 2, err))
        return 2;
    if (!parser.isSet(cache)) {
        err << tr("seed needs --cache PATH") << "\n" << usageText();
        return 2;
    }
    bool conversationsOk = false;
    bool messagesOk = false;
    SeedOptions options;
    options.conversations = parser.value(conversations).toInt(&conversationsOk);
    options.messages = parser.value(messages).toLongLong(&messagesOk);
    if (!conversationsOk || options.conversations < 1 || !messagesOk || options.messages < 0) {
        err << tr("--conversations must be a whole number of at least 1 and --messages a whole "
                  "number of at least 0")
            << "\n";
        return 2;
    }

    const auto db = openCache(parser.value(cache), err);
    if (!db)
        return 1;
    const CacheStats before = readCacheStats(db).result();
    for (const auto &[table, count] : before.tableCounts) {
        if (table == QLatin1String("messages") && count > 0) {
            err << tr("The cache %1 already holds %2 messages; seed fills a new or empty cache. "
                      "Choose another --cache path.")
                       .arg(db->path())
                       .arg(count)
                << "\n";
            return 1;
        }
    }
    try {
        options.accounts = demo::cacheAccounts();
        const SeedReport report = DemoSeeder(db).run(options);
        out << tr("seeded %1: %2 conversations, %3 messages, %4 templates, %5 notes in %6 s")
                   .arg(db->path())
                   .arg(report.conversations)
                   .arg(report.messages)
                   .arg(report.templates)
                   .arg(report.notes)
                   .arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1)
            << "\n";
    } catch (const CacheError &error) {
        err << error.message() << "\n";
        return 1;
    }
    return 0;
}

int cacheStats(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption cache(QStringLiteral("cache"), tr("cache file"),
                                   QStringLiteral("path"));
    parser.addOption(cache);
    if (!parseOptions(parser, arguments, 3, err))
        return 2;
    if (!parser.isSet(cache)) {
        err << tr("cache stats needs --cache PATH") << "\n" << usageText();
        return 2;
    }
    if (!QFileInfo::exists(parser.value(cache))) {
        err << tr("There is no cache file at %1: check the path, or make one with inboxctl seed.")
                   .arg(parser.value(cache))
            << "\n";
        return 1;
    }
    const auto db = openCache(parser.value(cache), err);
    if (!db)
        return 1;
    try {
        const CacheStats stats = readCacheStats(db).result();
        out << "schema_version: " << stats.schemaVersion << "\n";
        for (const auto &[table, count] : stats.tableCounts)
            out << table << ": " << count << "\n";
    } catch (const CacheError &error) {
        err << error.message() << "\n";
        return 1;
    }
    return 0;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    // Help anywhere (inboxctl -h, inboxctl report --help) is asked for, not a mistake.
    const QStringList words = arguments.mid(1);
    if (command == QLatin1String("help") || words.contains(QLatin1String("-h")) ||
        words.contains(QLatin1String("--help"))) {
        out << usageText();
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QStringLiteral(INBOX_VERSION) << '\n';
        return 0;
    }
    if (command == QLatin1String("seed"))
        return seed(arguments, out, err);
    if (command == QLatin1String("cache") && arguments.value(2) == QLatin1String("stats"))
        return cacheStats(arguments, out, err);
    if (command == QLatin1String("webhook"))
        return webhookCommand(arguments, out, err);
    if (command == QLatin1String("bulk"))
        return bulkCommand(arguments, out, err);
    if (command == QLatin1String("report"))
        return reportCommand(arguments, out, err);
    if (command == QLatin1String("relay"))
        return relayCommand(arguments, out, err);
    err << (command.isEmpty() ? tr("no command given") : tr("unknown command: %1").arg(command))
        << "\n"
        << usageText();
    return 2;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

} // namespace inbox::cli
