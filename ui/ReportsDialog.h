// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/ReportStore.h"

#include <QDialog>

#include <memory>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace inbox {

class CacheDatabase;

/// Inbox → Reports (managers and admins): the team's figures over a date range, by day,
/// agent, account or provider, from the cache alone: messages in and out and the first
/// response's median as charts, every figure in a table, and the table as CSV.
class ReportsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportsDialog(std::shared_ptr<CacheDatabase> cache, QWidget *parent = nullptr);

    /// Writes what the table shows as CSV (Export CSV… asks where first); false, and the
    /// reason on screen, when it cannot.
    bool exportCsv(const QString &path);
    const Report &shown() const { return m_report; }
    /// "45 s", "6 min", "2 h 5 min", "1 d 3 h"; "–" for none.
    static QString duration(const std::optional<qint64> &seconds);

Q_SIGNALS:
    /// The figures for the range and grouping on screen are in.
    void reportShown();

private:
    void refresh();
    void display(const Report &report, ReportGrouping by);
    /// The group's name as a person reads it (an empty agent: nobody, or automatic).
    QString labelOf(const ReportRow &row, ReportGrouping by) const;

    std::shared_ptr<CacheDatabase> m_cache;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_by = nullptr;
    QCheckBox *m_openingHours = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_messagesChart = nullptr;
    QChartView *m_responseChart = nullptr;
    QTableWidget *m_table = nullptr;
    Report m_report;
    ReportGrouping m_shownBy = ReportGrouping::Day;
    int m_asked = 0; ///< the latest request: an older answer that arrives late is dropped
};

} // namespace inbox
