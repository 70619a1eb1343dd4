// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportStore.h"

#include "CacheDatabase.h"
#include "Sql.h"
#include "domain/AutoReply.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace inbox {

namespace {

/// The range as the cache's times: [from 00:00, the day after `to` 00:00) in local time, and
/// the local offset, so that days are the computer's days.
struct Bounds
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 offsetMs = 0;
};

Bounds boundsOf(const ReportQuery &query)
{
    const QDateTime from(query.from, QTime(0, 0));
    const QDateTime to(query.to.addDays(1), QTime(0, 0));
    return {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), qint64(from.offsetFromUtc()) * 1000};
}

/// The SQL of the day a time falls in, as a number of days since 1970 (the computer's days):
/// a division per row, where SQLite's date() would format a text for each of them.
QString dayOf(const char *time)
{
    return QStringLiteral("(%1 + :offset) / 86400000").arg(QLatin1String(time));
}

QString dayText(qint64 daysSince1970)
{
    return QDate(1970, 1, 1).addDays(daysSince1970).toString(Qt::ISODate);
}

/// The group's key for each figure: `agent` names the column of the agent it counts for.
QString keyOf(ReportGrouping by, const char *time, const char *agent)
{
    switch (by) {
    case ReportGrouping::Day:
        return dayOf(time);
    case ReportGrouping::Agent:
        return QStringLiteral("COALESCE(%1, '')").arg(QLatin1String(agent));
    case ReportGrouping::Account:
        return QStringLiteral("c.account_id");
    case ReportGrouping::Provider:
        return QStringLiteral("a.provider");
    }
    return {};
}

QSqlQuery run(QSqlDatabase &db, const QString &text, const Bounds &bounds)
{
    QSqlQuery query = sql::prepare(db, text);
    query.bindValue(QStringLiteral(":from"), bounds.from);
    query.bindValue(QStringLiteral(":to"), bounds.to);
    if (text.contains(QLatin1String(":offset")))
        query.bindValue(QStringLiteral(":offset"), bounds.offsetMs);
    sql::exec(query);
    return query;
}

/// The automatic replies are not responses of the team.
constexpr char notAutomatic[] = "COALESCE(json_extract(r.details, '$.automatic'), 0) = 0";

} // namespace

QString reportGroupingKey(ReportGrouping by)
{
    switch (by) {
    case ReportGrouping::Day:
        return QStringLiteral("day");
    case ReportGrouping::Agent:
        return QStringLiteral("agent");
    case ReportGrouping::Account:
        return QStringLiteral("account");
    case ReportGrouping::Provider:
        return QStringLiteral("provider");
    }
    return {};
}

std::optional<ReportGrouping> reportGroupingFromKey(const QString &key)
{
    for (ReportGrouping by : {ReportGrouping::Day, ReportGrouping::Agent, ReportGrouping::Account,
                              ReportGrouping::Provider}) {
        if (reportGroupingKey(by) == key)
            return by;
    }
    return std::nullopt;
}

DurationFigures DurationFigures::of(QList<qint64> seconds)
{
    DurationFigures figures;
    figures.count = int(seconds.size());
    if (seconds.isEmpty())
        return figures;
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    figures.median = n % 2 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    figures.p90 = seconds[qsizetype(std::ceil(0.9 * double(n))) - 1];
    return figures;
}

QJsonObject toJson(const ReportRow &row)
{
    const auto durations = [](const DurationFigures &figures) {
        QJsonObject json{{QStringLiteral("count"), figures.count}};
        json.insert(QStringLiteral("medianSeconds"),
                    figures.median ? QJsonValue(*figures.median) : QJsonValue());
        json.insert(QStringLiteral("p90Seconds"),
                    figures.p90 ? QJsonValue(*figures.p90) : QJsonValue());
        return json;
    };
    return {{QStringLiteral("key"), row.key},
            {QStringLiteral("label"), row.label},
            {QStringLiteral("opened"), row.opened},
            {QStringLiteral("resolved"), row.resolved},
            {QStringLiteral("messagesIn"), row.messagesIn},
            {QStringLiteral("messagesOut"), row.messagesOut},
            {QStringLiteral("firstResponse"), durations(row.firstResponse)},
            {QStringLiteral("resolution"), durations(row.resolution)}};
}

QStringList reportFigures(const ReportRow &row,
                          const std::function<QString(const std::optional<qint64> &)> &duration)
{
    return {QString::number(row.opened),        QString::number(row.resolved),
            QString::number(row.messagesIn),    QString::number(row.messagesOut),
            duration(row.firstResponse.median), duration(row.firstResponse.p90),
            duration(row.resolution.median),    duration(row.resolution.p90)};
}

QByteArray reportCsv(const Report &report, ReportGrouping by)
{
    const auto field = [](QString text) {
        if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
            text.contains(QLatin1Char('\n'))) {
            text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            text = QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text;
    };
    const auto seconds = [](const std::optional<qint64> &value) {
        return value ? QString::number(*value) : QString();
    };
    QString csv =
        reportGroupingKey(by) + QStringLiteral(",label,opened,resolved,messages_in,messages_out,"
                                               "first_response_median_s,first_response_p90_s,"
                                               "resolution_median_s,resolution_p90_s\r\n");
    QList<ReportRow> rows = report.rows;
    rows.append(report.total);
    for (const ReportRow &row : std::as_const(rows)) {
        csv += (QStringList{field(row.key), field(row.label)} + reportFigures(row, seconds))
                   .join(QLatin1Char(',')) +
               QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

ReportStore::ReportStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

QFuture<Report> ReportStore::report(const ReportQuery &query)
{
    return m_cache->run([query](QSqlDatabase &db) { return reportIn(db, query); });
}

Report ReportStore::reportIn(QSqlDatabase &db, const ReportQuery &query)
{
    const Bounds bounds = boundsOf(query);
    const ReportGrouping by = query.by;
    std::map<QString, ReportRow> rows;
    QHash<QString, QList<qint64>> firstResponses;
    QHash<QString, QList<qint64>> resolutions;
    auto row = [&rows](const QString &key) -> ReportRow & {
        ReportRow &found = rows[key];
        found.key = key;
        return found;
    };

    // The accounts' opening hours: the waits count only the time the business is open.
    QHash<QString, AutoReplyRules> hours;
    if (!query.allHours) {
        QSqlQuery accounts =
            sql::prepare(db, QStringLiteral("SELECT id, auto_reply FROM accounts"));
        sql::exec(accounts);
        while (accounts.next()) {
            const AutoReplyRules rules = AutoReplyRules::fromJson(
                QJsonDocument::fromJson(accounts.value(1).toByteArray()).object());
            if (rules.hasOpeningHours())
                hours.insert(accounts.value(0).toString(), rules);
        }
    }
    const auto waited = [&hours](const QString &account, qint64 fromMs, qint64 toMs) {
        const auto rules = hours.constFind(account);
        if (rules == hours.cend())
            return (toMs - fromMs) / 1000;
        return openSecondsBetween(*rules, QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC),
                                  QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    };

    // Messages: the conversations active since the start, then each one's messages in the
    // range through its (conversation, time) index; never a scan of every message.
    QSqlQuery messages =
        run(db,
            QStringLiteral(R"(
            SELECT %1, m.direction, COUNT(*)
            FROM conversations c
            JOIN accounts a ON a.id = c.account_id
            JOIN messages m ON m.conversation_id = c.id
                AND m.created_at >= :from AND m.created_at < :to
            WHERE c.last_activity_at >= :from AND m.kind <> 'system'
            GROUP BY 1, 2)")
                .arg(keyOf(
                    by, "m.created_at",
                    "CASE m.direction WHEN 'out' THEN m.sender_agent_id ELSE c.assignee_id END")),
            bounds);
    const auto keyIn = [by](const QSqlQuery &query) {
        return by == ReportGrouping::Day ? dayText(query.value(0).toLongLong())
                                         : query.value(0).toString();
    };
    while (messages.next()) {
        ReportRow &r = row(keyIn(messages));
        (messages.value(1).toString() == QLatin1String("in") ? r.messagesIn : r.messagesOut) +=
            messages.value(2).toLongLong();
    }

    // Openings, and the first reply to each.
    QSqlQuery opened = run(db,
                           QStringLiteral(R"(
            SELECT o.first_in, o.account_id, o.provider, o.assignee_id,
                   reply.created_at, reply.sender_agent_id
            FROM (SELECT c.id, c.account_id, a.provider, c.assignee_id,
                         (SELECT MIN(m.created_at) FROM messages m
                          WHERE m.conversation_id = c.id AND m.direction = 'in') AS first_in
                  FROM conversations c JOIN accounts a ON a.id = c.account_id
                  WHERE c.last_activity_at >= :from) o
            LEFT JOIN messages reply ON reply.id = (
                SELECT r.id FROM messages r
                WHERE r.conversation_id = o.id AND r.created_at >= o.first_in
                    AND r.direction = 'out' AND r.kind <> 'system' AND %1
                ORDER BY r.created_at LIMIT 1)
            WHERE o.first_in >= :from AND o.first_in < :to)")
                               .arg(QLatin1String(notAutomatic)),
                           bounds);
    while (opened.next()) {
        const qint64 at = opened.value(0).toLongLong();
        const QString day = dayText((at + bounds.offsetMs) / 86400000);
        const QString account = opened.value(1).toString();
        const QString provider = opened.value(2).toString();
        const auto keyFor = [&](const QString &agent) {
            switch (by) {
            case ReportGrouping::Day:
                return day;
            case ReportGrouping::Agent:
                return agent;
            case ReportGrouping::Account:
                return account;
            case ReportGrouping::Provider:
                return provider;
            }
            return QString();
        };
        ++row(keyFor(opened.value(3).toString())).opened;
        if (!opened.value(4).isNull()) {
            const QString key = keyFor(opened.value(5).toString());
            row(key);
            firstResponses[key] << waited(account, at, opened.value(4).toLongLong());
        }
    }

    // Resolutions, each timed from the first customer message after the one before.
    QSqlQuery resolved = run(db,
                             QStringLiteral(R"(
            SELECT %1, s.at, c.account_id,
                   (SELECT MIN(m.created_at) FROM messages m
                    WHERE m.conversation_id = s.conversation_id AND m.direction = 'in'
                        AND m.created_at > COALESCE(
                            (SELECT MAX(p.at) FROM status_changes p
                             WHERE p.conversation_id = s.conversation_id
                                 AND p.status = 'resolved' AND p.at < s.at), 0)
                        AND m.created_at <= s.at)
            FROM status_changes s
            JOIN conversations c ON c.id = s.conversation_id
            JOIN accounts a ON a.id = c.account_id
            WHERE s.status = 'resolved' AND s.at >= :from AND s.at < :to)")
                                 .arg(keyOf(by, "s.at", "s.actor_id")),
                             bounds);
    while (resolved.next()) {
        const QString key = keyIn(resolved);
        ++row(key).resolved;
        if (!resolved.value(3).isNull())
            resolutions[key] << waited(resolved.value(2).toString(), resolved.value(3).toLongLong(),
                                       resolved.value(1).toLongLong());
    }

    // Names for agents and accounts.
    QHash<QString, QString> names;
    if (by == ReportGrouping::Agent || by == ReportGrouping::Account) {
        QSqlQuery named =
            sql::prepare(db, by == ReportGrouping::Agent
                                 ? QStringLiteral("SELECT id, name FROM agents")
                                 : QStringLiteral("SELECT id, display_name FROM accounts"));
        sql::exec(named);
        while (named.next())
            names.insert(named.value(0).toString(), named.value(1).toString());
    }

    Report report;
    QList<qint64> allFirst;
    QList<qint64> allResolutions;
    for (auto &[key, r] : rows) {
        r.label = names.value(key, key);
        r.firstResponse = DurationFigures::of(firstResponses.value(key));
        r.resolution = DurationFigures::of(resolutions.value(key));
        allFirst += firstResponses.value(key);
        allResolutions += resolutions.value(key);
        report.total.opened += r.opened;
        report.total.resolved += r.resolved;
        report.total.messagesIn += r.messagesIn;
        report.total.messagesOut += r.messagesOut;
        report.rows.append(r);
    }
    if (by != ReportGrouping::Day) {
        std::stable_sort(report.rows.begin(), report.rows.end(),
                         [](const ReportRow &a, const ReportRow &b) {
                             return a.label.localeAwareCompare(b.label) < 0;
                         });
    }
    report.total.key = QStringLiteral("total");
    report.total.label = QStringLiteral("total");
    report.total.firstResponse = DurationFigures::of(allFirst);
    report.total.resolution = DurationFigures::of(allResolutions);
    return report;
}

} // namespace inbox
