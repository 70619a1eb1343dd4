// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <array>

namespace inbox::relay {

/// What /metrics reports, in Prometheus' text format. Labels are the relay's own words: known
/// providers (anything else counts as "other") and fixed reasons; escaped all the same.
class RelayMetrics
{
public:
    void received(const QString &provider) { ++m_received[provider]; }
    void stored(const QString &provider) { ++m_stored[provider]; }
    void refused(const QString &reason) { ++m_refused[reason]; }
    void duplicate() { ++m_duplicates; }
    void published() { ++m_published; }
    void clientDropped(const QString &reason) { ++m_dropped[reason]; }
    void commitTook(double milliseconds);

    /// The exposition text; the gauges are read at the time of the scrape.
    QByteArray text(int clients, int storeQueue, qint64 clientQueueBytes) const;
    /// The front door's part: HTTP connections open, and those it closed, by reason.
    static QByteArray doorText(int open, const QMap<QString, quint64> &closed);

private:
    static constexpr std::array<double, 10> bucketsMs = {1,  2.5, 5,   10,  25,
                                                         50, 100, 250, 500, 1000};
    QMap<QString, quint64> m_received;
    QMap<QString, quint64> m_stored;
    QMap<QString, quint64> m_refused;
    QMap<QString, quint64> m_dropped;
    quint64 m_duplicates = 0;
    quint64 m_published = 0;
    std::array<quint64, bucketsMs.size()> m_commitBuckets{};
    quint64 m_commits = 0;
    double m_commitSumMs = 0;
};

} // namespace inbox::relay
