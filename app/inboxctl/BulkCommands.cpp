// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkCommands.h"

#include "ProviderRegistry.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/CampaignStore.h"
#include "cache/CannedResponseStore.h"
#include "cache/ConversationStore.h"
#include "cache/TemplateStore.h"
#include "keychain/KeychainSecretStore.h"
#include "ports/ProviderConnector.h"
#include "sync/CampaignRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace inbox::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inboxctl", text);
}

/// Waits for a future with the event loop running (network replies and keychain jobs report
/// through it).
template<class T>
QFuture<T> settled(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future;
}

QString line(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

/// The views a campaign can take its recipients from, by name.
std::optional<ConversationFilter> viewFilter(const QString &name)
{
    ConversationFilter filter;
    if (name == QLatin1String("all"))
        return filter;
    if (name == QLatin1String("unassigned")) {
        filter.scope = ConversationFilter::Scope::Unassigned;
        return filter;
    }
    if (name == QLatin1String("unread")) {
        filter.unreadOnly = true;
        return filter;
    }
    if (const auto status = conversationStatusFromKey(name)) {
        filter.status = *status;
        return filter;
    }
    return std::nullopt;
}

struct BulkOptions
{
    QString cache, account, content, language, csv, view, name, tokenFile, reportCsv;
    int days = 7;
    int dailyCap = 1000;
    double rate = 0;
};

/// Everything a check or a send needs, read once.
struct Prepared
{
    std::shared_ptr<CacheDatabase> db;
    Account account;
    const ProviderEntry *provider = nullptr;
    QList<CampaignRecipient> recipients;
    Expected<CampaignContent, QString> content = QString();
};

Expected<CampaignContent, QString> findContent(const std::shared_ptr<CacheDatabase> &db,
                                               const Account &account,
                                               const ProviderEntry &provider,
                                               const BulkOptions &options)
{
    if (!provider.can.templates) {
        // open-wa and UniPile have no templates: a saved reply is the message.
        for (const CannedResponse &reply : CannedResponseStore(db).all().result()) {
            if (reply.shortcut == options.content)
                return contentOfSavedReply(reply.shortcut, reply.text);
        }
        return tr("no saved reply /%1: %2 has no templates, so a campaign sends a saved reply; "
                  "add it in the app's Saved replies")
            .arg(options.content, provider.key);
    }
    QStringList languages;
    std::optional<MessageTemplate> chosen;
    for (const MessageTemplate &candidate : TemplateStore(db).forAccount(account.id).result()) {
        if (candidate.name != options.content)
            continue;
        languages.append(candidate.language);
        if (options.language.isEmpty() || candidate.language == options.language)
            chosen = candidate;
    }
    if (languages.size() > 1 && options.language.isEmpty())
        return tr("the template %1 is in %2: choose one with --language")
            .arg(options.content, languages.join(QStringLiteral(", ")));
    if (!chosen) {
        return languages.isEmpty()
                   ? tr("no template %1 on the account %2 (the app syncs them; check the name)")
                         .arg(options.content, account.id)
                   : tr("the template %1 is not in %2, only in %3")
                         .arg(options.content, options.language,
                              languages.join(QStringLiteral(", ")));
    }
    return contentOfTemplate(*chosen);
}

/// Opens the cache, the account, the content and the list; on failure writes one line to
/// `err` and gives nothing.
std::optional<Prepared> prepare(const BulkOptions &options, bool needList, QTextStream &err)
{
    if (!QFileInfo::exists(options.cache)) {
        err << tr("There is no cache file at %1: give the app's cache with --cache.")
                   .arg(options.cache)
            << "\n";
        return std::nullopt;
    }
    auto opened = CacheDatabase::openBlocking(options.cache);
    if (!opened) {
        err << opened.error().message() << "\n";
        return std::nullopt;
    }
    Prepared prepared;
    prepared.db = opened.value();
    try {
        bool found = false;
        for (const Account &account : AccountStore(prepared.db).all().result()) {
            if (account.id == options.account) {
                prepared.account = account;
                found = true;
            }
        }
        if (!found) {
            err << tr("no account %1 in the cache; the accounts are those of the app's Settings")
                       .arg(options.account)
                << "\n";
            return std::nullopt;
        }
        prepared.provider = findProvider(prepared.account.provider);
        if (!prepared.provider) {
            err << tr("the account %1 is on a provider this build does not know")
                       .arg(options.account)
                << "\n";
            return std::nullopt;
        }
        prepared.content = findContent(prepared.db, prepared.account, *prepared.provider, options);
        if (!needList)
            return prepared;
        if (!options.csv.isEmpty()) {
            QFile file(options.csv);
            if (!file.open(QIODevice::ReadOnly)) {
                err << tr("cannot read %1: %2").arg(options.csv, file.errorString()) << "\n";
                return std::nullopt;
            }
            auto list = readRecipientCsv(file.readAll());
            if (!list) {
                err << options.csv << ": " << list.error() << "\n";
                return std::nullopt;
            }
            prepared.recipients = list.value();
        } else {
            const auto filter = viewFilter(options.view);
            if (!filter) {
                err << tr("no view %1: the views are all, open, pending, resolved, snoozed, "
                          "unassigned and unread")
                           .arg(options.view)
                    << "\n";
                return std::nullopt;
            }
            ConversationStore conversations(prepared.db);
            std::optional<ConversationCursor> after;
            int row = 0;
            for (;;) {
                const QList<Conversation> page = conversations.page(*filter, after, 500).result();
                for (const Conversation &conversation : page) {
                    if (conversation.accountId != options.account)
                        continue;
                    prepared.recipients.append(
                        {++row, conversation.customerPhone, {}, conversation.customerName});
                }
                if (page.size() < 500)
                    break;
                after = ConversationCursor{page.last().lastActivityAt, page.last().id};
            }
        }
    } catch (const CacheError &error) {
        err << error.message() << "\n";
        return std::nullopt;
    }
    return prepared;
}

/// The account's token: from --token-file, else from the keychain where the app keeps it.
Expected<QByteArray, QString> tokenFor(const BulkOptions &options)
{
    if (!options.tokenFile.isEmpty()) {
        QFile file(options.tokenFile);
        if (!file.open(QIODevice::ReadOnly))
            return tr("cannot read the token file %1: %2")
                .arg(options.tokenFile, file.errorString());
        const QByteArray token = file.readAll().trimmed();
        if (token.isEmpty())
            return tr("the token file %1 is empty").arg(options.tokenFile);
        return token;
    }
    KeychainSecretStore keychain(QStringLiteral("inbox"));
    try {
        const auto token = settled(keychain.read(accountTokenKey(options.account))).result();
        if (!token || token->isEmpty())
            return tr("no token for %1 in the keychain: connect the account in the app's "
                      "Settings, or give --token-file FILE")
                .arg(options.account);
        return *token;
    } catch (const SecretStoreError &error) {
        return tr("the keychain could not be read (%1): give --token-file FILE")
            .arg(error.message());
    }
}

/// Checks every recipient; the provider is asked whether the account works.
QList<RecipientVerdict> check(const Prepared &prepared, const BulkOptions &options,
                              ProviderApi *api, const QString &connectionProblem)
{
    CampaignFacts facts =
        CampaignStore(prepared.db)
            .facts(options.account, prepared.content ? prepared.content->name : options.content,
                   options.days, QDateTime::currentDateTimeUtc())
            .result();
    facts.content = prepared.content;
    facts.dailyCap = options.dailyCap;
    facts.accountProblem = connectionProblem;
    if (api && connectionProblem.isEmpty()) {
        const auto health = settled(api->checkConnection()).result();
        if (!health)
            facts.accountProblem = health.error().message();
    }
    return checkRecipients(prepared.recipients, facts);
}

void printVerdicts(const QList<RecipientVerdict> &verdicts, QTextStream &out)
{
    for (const RecipientVerdict &verdict : verdicts) {
        out << line({{QStringLiteral("phone"), verdict.phone},
                     {QStringLiteral("eligible"), verdict.eligible},
                     {QStringLiteral("reason"), verdict.eligible ? QString() : verdict.reason}})
            << "\n";
    }
    const CheckSummary summary = summarize(verdicts);
    QJsonObject reasons;
    for (auto it = summary.reasons.cbegin(); it != summary.reasons.cend(); ++it)
        reasons.insert(it.key(), it.value());
    out << line({{QStringLiteral("summary"),
                  QJsonObject{{QStringLiteral("eligible"), summary.eligible},
                              {QStringLiteral("ineligible"), summary.ineligible},
                              {QStringLiteral("reasons"), reasons}}}})
        << "\n";
    out.flush();
}

/// A client for the account, or why there is none.
Expected<std::shared_ptr<ProviderApi>, QString>
clientFor(QNetworkAccessManager *network, const Prepared &prepared, const BulkOptions &options)
{
    const auto token = tokenFor(options);
    if (!token)
        return token.error();
    auto client = makeProviderClient(network, prepared.account, token.value());
    if (!client)
        return client.error();
    return std::shared_ptr<ProviderApi>(std::move(client).value());
}

void printProgress(const CampaignProgress &progress, QTextStream &out)
{
    out << line({{QStringLiteral("sent"), progress.accepted()},
                 {QStringLiteral("failed"), progress.failed + progress.unknown},
                 {QStringLiteral("left"), progress.left()}})
        << "\n";
    out.flush();
}

int send(const BulkOptions &options, QTextStream &out, QTextStream &err)
{
    auto prepared = prepare(options, true, err);
    if (!prepared)
        return 2;
    QNetworkAccessManager network;
    const auto client = clientFor(&network, *prepared, options);
    if (!client) {
        err << client.error() << "\n";
        return 1;
    }
    const std::shared_ptr<ProviderApi> api = client.value();
    CampaignStore store(prepared->db);
    std::optional<Campaign> campaign;
    try {
        campaign = store.byName(options.name).result();
        if (campaign && campaign->accountId != options.account) {
            err << tr("the campaign %1 sends through %2, not %3: choose another --name")
                       .arg(options.name, campaign->accountId, options.account)
                << "\n";
            return 2;
        }
        if (campaign && campaign->state == QLatin1String("cancelled")) {
            err << tr("the campaign %1 was cancelled: choose another --name").arg(options.name)
                << "\n";
            return 1;
        }
        if (!campaign) {
            const QList<RecipientVerdict> verdicts = check(*prepared, options, api.get(), {});
            Campaign made;
            made.name = options.name;
            made.accountId = options.account;
            made.content = prepared->content ? prepared->content.value() : CampaignContent{};
            made.rate = options.rate > 0 ? options.rate : prepared->provider->can.sendsPerSecond;
            made.createdBy = QStringLiteral("inboxctl");
            made.createdAt = QDateTime::currentDateTimeUtc();
            campaign = store.create(made, verdicts).result();
        } else if (options.rate > 0) {
            campaign->rate = options.rate;
        }
    } catch (const CacheError &error) {
        err << error.message() << "\n";
        return 1;
    }
    // Resuming a paused campaign from the command line means: go on.
    campaign->state = QStringLiteral("running");
    CampaignRunner runner(prepared->db, *campaign,
                          [api](const QString &) -> std::shared_ptr<ProviderApi> { return api; });
    QEventLoop loop;
    int code = 0;
    QTimer ticker;
    QObject::connect(&runner, &CampaignRunner::progressed, &loop,
                     [&out](const CampaignProgress &progress) { printProgress(progress, out); });
    QObject::connect(&runner, &CampaignRunner::stopped, &loop, [&](const QString &problem) {
        err << tr("paused: %1; run the same command again to resume").arg(problem) << "\n";
        code = 1;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
    });
    QObject::connect(&runner, &CampaignRunner::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &runner, &CampaignRunner::start);
    loop.exec();
    return code;
}

int report(const BulkOptions &options, QTextStream &out, QTextStream &err)
{
    auto opened = CacheDatabase::openBlocking(options.cache);
    if (!QFileInfo::exists(options.cache) || !opened) {
        err << tr("There is no cache file at %1: give the app's cache with --cache.")
                   .arg(options.cache)
            << "\n";
        return 2;
    }
    const auto db = opened.value();
    try {
        const auto campaign = CampaignStore(db).byName(options.name).result();
        if (!campaign) {
            err << tr("no campaign %1 in this cache").arg(options.name) << "\n";
            return 2;
        }
        const QList<CampaignResult> results = CampaignStore(db).results(campaign->id).result();
        QList<QStringList> rows{{QStringLiteral("phone"), QStringLiteral("name"),
                                 QStringLiteral("status"), QStringLiteral("failure"),
                                 QStringLiteral("replied"), QStringLiteral("sent_at"),
                                 QStringLiteral("delivered_at"), QStringLiteral("read_at")}};
        for (const CampaignResult &result : results) {
            const QString failure = result.failure.isEmpty() ? result.failureCode : result.failure;
            out << line({{QStringLiteral("phone"), result.phone},
                         {QStringLiteral("status"), result.status},
                         {QStringLiteral("failure"), failure},
                         {QStringLiteral("replied"), result.replied}})
                << "\n";
            rows.append({result.phone, result.customerName, result.status, failure,
                         result.replied ? QStringLiteral("yes") : QStringLiteral("no"),
                         result.sentAt.toString(Qt::ISODate),
                         result.deliveredAt.toString(Qt::ISODate),
                         result.readAt.toString(Qt::ISODate)});
        }
        const CampaignProgress progress = CampaignStore(db).progress(campaign->id).result();
        out << line({{QStringLiteral("summary"),
                      QJsonObject{{QStringLiteral("campaign"), campaign->name},
                                  {QStringLiteral("state"), campaign->state},
                                  {QStringLiteral("total"), progress.total},
                                  {QStringLiteral("sent"), progress.sent},
                                  {QStringLiteral("delivered"), progress.delivered},
                                  {QStringLiteral("read"), progress.read},
                                  {QStringLiteral("failed"), progress.failed},
                                  {QStringLiteral("unknown"), progress.unknown},
                                  {QStringLiteral("cancelled"), progress.cancelled},
                                  {QStringLiteral("replied"), progress.replied},
                                  {QStringLiteral("left"), progress.left()}}}})
            << "\n";
        if (!options.reportCsv.isEmpty()) {
            QFile file(options.reportCsv);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(csvRows(rows)) < 0) {
                err << tr("cannot write %1: %2").arg(options.reportCsv, file.errorString()) << "\n";
                return 1;
            }
        }
    } catch (const CacheError &error) {
        err << error.message() << "\n";
        return 1;
    }
    return 0;
}

} // namespace

QString bulkUsage()
{
    return QStringLiteral(
        "  bulk check --cache PATH --account ID --template NAME [--language CODE]\n"
        "             (--csv FILE | --view NAME) [--days N] [--daily-cap N] [--token-file FILE]\n"
        "                     judge each recipient of a campaign, nothing sent\n"
        "  bulk send (the same) --name CAMPAIGN [--rate PER_SECOND]\n"
        "                     send, or resume the campaign of that name\n"
        "  bulk report --cache PATH --name CAMPAIGN [--csv FILE]\n"
        "                     each recipient's result, and a summary\n");
}

int bulkCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString verb = arguments.value(2);
    QCommandLineParser parser;
    const QCommandLineOption cache(QStringLiteral("cache"), tr("cache file"),
                                   QStringLiteral("path"));
    const QCommandLineOption account(QStringLiteral("account"), tr("account"),
                                     QStringLiteral("id"));
    const QCommandLineOption content(QStringLiteral("template"), tr("template or saved reply"),
                                     QStringLiteral("name"));
    const QCommandLineOption language(QStringLiteral("language"), tr("template language"),
                                      QStringLiteral("code"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("CSV file"), QStringLiteral("file"));
    const QCommandLineOption view(QStringLiteral("view"), tr("view"), QStringLiteral("name"));
    const QCommandLineOption days(QStringLiteral("days"), tr("days"), QStringLiteral("n"),
                                  QStringLiteral("7"));
    const QCommandLineOption cap(QStringLiteral("daily-cap"), tr("daily cap"), QStringLiteral("n"),
                                 QStringLiteral("1000"));
    const QCommandLineOption name(QStringLiteral("name"), tr("campaign"), QStringLiteral("name"));
    const QCommandLineOption rate(QStringLiteral("rate"), tr("sends a second"),
                                  QStringLiteral("n"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), tr("token file"),
                                       QStringLiteral("file"));
    parser.addOptions(
        {cache, account, content, language, csv, view, days, cap, name, rate, tokenFile});
    QStringList rest = arguments.mid(3);
    rest.prepend(arguments.value(0));
    auto usage = [&err](const QString &problem) {
        err << problem << "\n" << bulkUsage();
        return 2;
    };
    if (verb != QLatin1String("check") && verb != QLatin1String("send") &&
        verb != QLatin1String("report"))
        return usage(tr("bulk needs check, send or report"));
    if (!parser.parse(rest))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument: %1").arg(parser.positionalArguments().first()));
    BulkOptions options;
    options.cache = parser.value(cache);
    options.name = parser.value(name);
    if (options.cache.isEmpty())
        return usage(tr("bulk %1 needs --cache PATH").arg(verb));
    if (verb == QLatin1String("report")) {
        if (options.name.isEmpty())
            return usage(tr("bulk report needs --name CAMPAIGN"));
        options.reportCsv = parser.value(csv);
        return report(options, out, err);
    }
    options.account = parser.value(account);
    options.content = parser.value(content);
    options.language = parser.value(language);
    options.csv = parser.value(csv);
    options.view = parser.value(view);
    options.tokenFile = parser.value(tokenFile);
    bool daysOk = false, capOk = false, rateOk = true;
    options.days = parser.value(days).toInt(&daysOk);
    options.dailyCap = parser.value(cap).toInt(&capOk);
    if (parser.isSet(rate))
        options.rate = parser.value(rate).toDouble(&rateOk);
    if (options.account.isEmpty() || options.content.isEmpty())
        return usage(tr("bulk %1 needs --account ID and --template NAME").arg(verb));
    if (options.csv.isEmpty() == options.view.isEmpty())
        return usage(tr("give the recipients with one of --csv FILE or --view NAME"));
    if (!daysOk || options.days < 0 || !capOk || options.dailyCap < 0)
        return usage(tr("--days and --daily-cap must be whole numbers of at least 0"));
    if (!rateOk || (parser.isSet(rate) && (options.rate <= 0 || options.rate > 1000)))
        return usage(tr("--rate must be a number of sends a second above 0 and at most 1000"));
    if (verb == QLatin1String("send")) {
        if (options.name.isEmpty())
            return usage(tr("bulk send needs --name CAMPAIGN"));
        return send(options, out, err);
    }
    auto prepared = prepare(options, true, err);
    if (!prepared)
        return 2;
    // The account's health needs its provider; without a token the check says so.
    QNetworkAccessManager network;
    const auto client = clientFor(&network, *prepared, options);
    printVerdicts(check(*prepared, options, client ? client.value().get() : nullptr,
                        client ? QString() : client.error()),
                  out);
    return 0;
}

} // namespace inbox::cli
