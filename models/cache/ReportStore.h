// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace inbox {

class CacheDatabase;

/// What the figures of a report are grouped by.
enum class ReportGrouping
{
    Day,
    Agent,
    Account,
    Provider
};
QString reportGroupingKey(ReportGrouping by);
std::optional<ReportGrouping> reportGroupingFromKey(const QString &key);

/// Durations in seconds: the median and the 90th percentile (nearest rank), none without data.
struct DurationFigures
{
    int count = 0;
    std::optional<qint64> median;
    std::optional<qint64> p90;

    static DurationFigures of(QList<qint64> seconds);
};

/// One group's figures (a day, an agent, an account or a provider).
struct ReportRow
{
    QString key;   ///< "2026-12-01", the agent's id, the account's id, the provider's key
    QString label; ///< the agent's or the account's name; the key for days and providers
    int opened = 0;
    int resolved = 0;
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
    DurationFigures firstResponse;
    DurationFigures resolution;
};

/// The team's figures from `from` to `to` (both included, in the computer's time zone):
/// - opened: conversations whose customer first wrote in the range;
/// - messages in and out (system lines not counted);
/// - first response: from a conversation's opening to the first reply that is not automatic;
/// - resolved, and resolution: from the first customer message after the previous resolution
///   (or ever) to the resolution.
/// By agent: messages out and first responses by their sender, resolutions by who resolved,
/// messages in and openings by the conversation's assignee (empty: unassigned).
/// Where an account has opening hours (its automatic-reply rules), first response and
/// resolution count only the time inside them, unless `allHours`.
struct ReportQuery
{
    QDate from;
    QDate to;
    ReportGrouping by = ReportGrouping::Day;
    bool allHours = false;
};

struct Report
{
    QList<ReportRow> rows; ///< in the grouping's order: days ascending, else by label
    ReportRow total;
};

/// A row as `inboxctl report` prints it: {"key","label","opened","resolved","messagesIn",
/// "messagesOut","firstResponse":{"count","medianSeconds","p90Seconds"},"resolution":{...}}.
QJsonObject toJson(const ReportRow &row);
/// A row's eight figures in the order tables and CSV show them (opened, resolved, messages in,
/// out, first response median and p90, resolution median and p90), durations as `duration`
/// writes them.
QStringList reportFigures(const ReportRow &row,
                          const std::function<QString(const std::optional<qint64> &)> &duration);
/// The report as CSV: a header, a line per row, then the total (RFC 4180 quoting).
QByteArray reportCsv(const Report &report, ReportGrouping by);

/// Reports from the cache, on its database thread.
class ReportStore
{
public:
    explicit ReportStore(std::shared_ptr<CacheDatabase> cache);

    QFuture<Report> report(const ReportQuery &query);
    static Report reportIn(QSqlDatabase &db, const ReportQuery &query);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
