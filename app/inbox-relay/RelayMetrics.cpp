// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayMetrics.h"

#include <QTextStream>

namespace inbox::relay {

namespace {

/// A label value as Prometheus' text format writes it: backslash, quote and newline escaped.
QString escaped(QString value)
{
    return value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

} // namespace

void RelayMetrics::commitTook(double milliseconds)
{
    ++m_commits;
    m_commitSumMs += milliseconds;
    for (std::size_t i = 0; i < bucketsMs.size(); ++i) {
        if (milliseconds <= bucketsMs[i])
            ++m_commitBuckets[i];
    }
}

QByteArray RelayMetrics::doorText(int open, const QMap<QString, quint64> &closed)
{
    QByteArray out;
    QTextStream stream(&out);
    stream << "# HELP relay_http_connections HTTP connections open.\n"
              "# TYPE relay_http_connections gauge\n"
           << "relay_http_connections " << open << '\n';
    stream << "# HELP relay_http_connections_closed_total Connections the relay closed or "
              "refused before an answer, by reason.\n"
              "# TYPE relay_http_connections_closed_total counter\n";
    for (auto it = closed.cbegin(); it != closed.cend(); ++it)
        stream << "relay_http_connections_closed_total{reason=\"" << escaped(it.key()) << "\"} "
               << it.value() << '\n';
    stream.flush();
    return out;
}

QByteArray RelayMetrics::text(int clients, int storeQueue, qint64 clientQueueBytes) const
{
    QByteArray out;
    QTextStream stream(&out);
    auto counter = [&stream](const char *name, const char *help, const char *label,
                             const QMap<QString, quint64> &values) {
        stream << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " counter\n";
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            stream << name << '{' << label << "=\"" << escaped(it.key()) << "\"} " << it.value()
                   << '\n';
    };
    counter("relay_webhooks_received_total", "Webhooks received, by provider.", "provider",
            m_received);
    counter("relay_webhooks_stored_total", "Webhooks stored durably, by provider.", "provider",
            m_stored);
    counter("relay_webhooks_refused_total", "Webhooks refused, by reason.", "reason", m_refused);
    counter("relay_stream_clients_dropped_total", "Stream clients the relay dropped, by reason.",
            "reason", m_dropped);
    stream << "# HELP relay_webhooks_duplicate_total Webhooks acknowledged but already stored.\n"
              "# TYPE relay_webhooks_duplicate_total counter\n"
           << "relay_webhooks_duplicate_total " << m_duplicates << '\n';
    stream << "# HELP relay_team_events_total Team events published.\n"
              "# TYPE relay_team_events_total counter\n"
           << "relay_team_events_total " << m_published << '\n';
    stream << "# HELP relay_clients_connected Stream clients connected.\n"
              "# TYPE relay_clients_connected gauge\n"
           << "relay_clients_connected " << clients << '\n';
    stream << "# HELP relay_store_queue_depth Events waiting for or in a commit.\n"
              "# TYPE relay_store_queue_depth gauge\n"
           << "relay_store_queue_depth " << storeQueue << '\n';
    stream << "# HELP relay_client_queue_bytes Bytes waiting to be sent to stream clients.\n"
              "# TYPE relay_client_queue_bytes gauge\n"
           << "relay_client_queue_bytes " << clientQueueBytes << '\n';
    stream << "# HELP relay_commit_seconds Time to commit a batch durably.\n"
              "# TYPE relay_commit_seconds histogram\n";
    for (std::size_t i = 0; i < bucketsMs.size(); ++i) {
        stream << "relay_commit_seconds_bucket{le=\"" << bucketsMs[i] / 1000.0 << "\"} "
               << m_commitBuckets[i] << '\n';
    }
    stream << "relay_commit_seconds_bucket{le=\"+Inf\"} " << m_commits << '\n'
           << "relay_commit_seconds_sum " << m_commitSumMs / 1000.0 << '\n'
           << "relay_commit_seconds_count " << m_commits << '\n';
    stream.flush();
    return out;
}

} // namespace inbox::relay
