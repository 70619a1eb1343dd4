// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheError.h"
#include "cache/ReportStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace inbox::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inboxctl", text);
}

} // namespace

QString reportUsage()
{
    return QStringLiteral(
        "  report --cache PATH --from YYYY-MM-DD --to YYYY-MM-DD [--by "
        "day|agent|account|provider]\n"
        "         [--csv FILE] [--all-hours]\n"
        "                     the team's figures (opened, resolved, messages in and out, first\n"
        "                     response and resolution: median and p90 in seconds, counting only\n"
        "                     an account's opening hours where it has them, unless --all-hours)\n"
        "                     as JSON lines\n");
}

int reportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption cache(QStringLiteral("cache"), tr("cache file"),
                                   QStringLiteral("path"));
    const QCommandLineOption from(QStringLiteral("from"), tr("first day"), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("last day"), QStringLiteral("date"));
    const QCommandLineOption by(QStringLiteral("by"), tr("grouping"), QStringLiteral("what"),
                                QStringLiteral("day"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("also write CSV"),
                                 QStringLiteral("file"));
    const QCommandLineOption allHours(QStringLiteral("all-hours"),
                                      tr("count waits around the clock, not in opening hours"));
    parser.addOptions({cache, from, to, by, csv, allHours});
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    const auto usage = [&err](const QString &problem) {
        err << problem << "\nusage:\n" << reportUsage();
        return 2;
    };
    if (!parser.parse(rest))
        return usage(parser.errorText());
    for (const QCommandLineOption *needed : {&cache, &from, &to}) {
        if (!parser.isSet(*needed))
            return usage(tr("report needs --%1").arg(needed->names().first()));
    }
    ReportQuery query;
    query.from = QDate::fromString(parser.value(from), Qt::ISODate);
    query.to = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!query.from.isValid() || !query.to.isValid())
        return usage(tr("--from and --to are dates like 2026-12-01"));
    if (query.from > query.to)
        return usage(
            tr("--from (%1) is after --to (%2)").arg(parser.value(from), parser.value(to)));
    const auto grouping = reportGroupingFromKey(parser.value(by));
    if (!grouping)
        return usage(tr("--by is day, agent, account or provider, not %1").arg(parser.value(by)));
    query.by = *grouping;
    query.allHours = parser.isSet(allHours);
    if (!QFileInfo::exists(parser.value(cache))) {
        err << tr("There is no cache file at %1: give the app's cache with --cache.")
                   .arg(parser.value(cache))
            << "\n";
        return 2;
    }
    auto opened = CacheDatabase::openBlocking(parser.value(cache));
    if (!opened) {
        err << opened.error().message() << "\n";
        return 1;
    }
    Report report;
    try {
        report = ReportStore(opened.value()).report(query).result();
    } catch (const CacheError &error) {
        err << error.message() << "\n";
        return 1;
    }
    for (const ReportRow &row : std::as_const(report.rows))
        out << QJsonDocument(toJson(row)).toJson(QJsonDocument::Compact) << "\n";
    out << QJsonDocument(QJsonObject{{QStringLiteral("total"), toJson(report.total)}})
               .toJson(QJsonDocument::Compact)
        << "\n";
    if (parser.isSet(csv)) {
        QSaveFile file(parser.value(csv));
        if (!file.open(QIODevice::WriteOnly) || file.write(reportCsv(report, query.by)) < 0 ||
            !file.commit()) {
            err << tr("cannot write %1: %2").arg(parser.value(csv), file.errorString()) << "\n";
            return 1;
        }
    }
    return 0;
}

} // namespace inbox::cli
