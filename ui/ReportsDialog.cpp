// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsDialog.h"

#include "itemmodels/WhenReady.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace inbox {

namespace {

QChartView *chartView(const QString &name)
{
    auto *view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

/// A bar chart of `sets` over `categories`, its value axis from 0.
QChart *barChart(const QString &title, const QStringList &categories, const QList<QBarSet *> &sets,
                 const QString &unit)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *series = new QBarSeries;
    double highest = 0;
    for (QBarSet *set : sets) {
        series->append(set);
        for (int i = 0; i < set->count(); ++i)
            highest = qMax(highest, set->at(i));
    }
    chart->addSeries(series);
    auto *groups = new QBarCategoryAxis;
    groups->append(categories);
    chart->addAxis(groups, Qt::AlignBottom);
    series->attachAxis(groups);
    auto *values = new QValueAxis;
    // Whole steps of 1, 2 or 5 times a power of ten, about five of them: counts and minutes
    // read as whole numbers, never "2, 2, 3".
    const double rough = qMax(1.0, highest / 5);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double step = rough <= power       ? power
                        : rough <= 2 * power ? 2 * power
                        : rough <= 5 * power ? 5 * power
                                             : 10 * power;
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    values->setRange(0, qMax(step, std::ceil(highest / step) * step));
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(unit);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setVisible(sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace

ReportsDialog::ReportsDialog(std::shared_ptr<CacheDatabase> cache, QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
{
    setWindowTitle(tr("Reports"));
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_from = new QDateEdit(QDate::currentDate().addDays(-29));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_by = new QComboBox;
    m_by->setObjectName(QStringLiteral("reportBy"));
    m_by->addItem(tr("Day"), int(ReportGrouping::Day));
    m_by->addItem(tr("Agent"), int(ReportGrouping::Agent));
    m_by->addItem(tr("Account"), int(ReportGrouping::Account));
    m_by->addItem(tr("Provider"), int(ReportGrouping::Provider));
    auto *fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"));
    toLabel->setBuddy(m_to);
    auto *byLabel = new QLabel(tr("&By"));
    byLabel->setBuddy(m_by);
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportReport"));
    // Enter in a date field takes the date; it must not open the export.
    exportButton->setAutoDefault(false);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addWidget(byLabel);
    controls->addWidget(m_by);
    m_openingHours = new QCheckBox(tr("Opening &hours only"));
    m_openingHours->setObjectName(QStringLiteral("reportOpeningHours"));
    m_openingHours->setToolTip(
        tr("First response and resolution count only the time an account is open (the opening "
           "hours of its automatic replies, in Settings); accounts without hours count every "
           "minute."));
    m_openingHours->setChecked(true);
    controls->addWidget(m_openingHours);
    controls->addStretch();
    controls->addWidget(exportButton);
    layout->addLayout(controls);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *charts = new QHBoxLayout;
    m_messagesChart = chartView(QStringLiteral("messagesChart"));
    m_responseChart = chartView(QStringLiteral("responseChart"));
    charts->addWidget(m_messagesChart);
    charts->addWidget(m_responseChart);
    layout->addLayout(charts, 3);

    m_table = new QTableWidget(0, 9);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Opened"), tr("Resolved"),
                                        tr("Messages in"), tr("Messages out"),
                                        tr("First response\n(median)"), tr("First response\n(p90)"),
                                        tr("Resolution\n(median)"), tr("Resolution\n(p90)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Report figures"));
    layout->addWidget(m_table, 2);
    auto *note = new QLabel(tr("From this computer's copy of the inbox; times in its time zone. "
                               "Automatic replies are not counted as responses."));
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 760);

    connect(m_from, &QDateEdit::dateChanged, this, &ReportsDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsDialog::refresh);
    connect(m_by, &QComboBox::currentIndexChanged, this, &ReportsDialog::refresh);
    connect(m_openingHours, &QCheckBox::toggled, this, &ReportsDialog::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the report"),
            QStringLiteral("report-%1-%2.csv")
                .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    refresh();
}

QString ReportsDialog::duration(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    const qint64 s = *seconds;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    if (s < 86400)
        return s % 3600 >= 60 ? tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60)
                              : tr("%1 h").arg(s / 3600);
    return s % 86400 >= 3600 ? tr("%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600)
                             : tr("%1 d").arg(s / 86400);
}

void ReportsDialog::refresh()
{
    if (m_from->date() > m_to->date()) {
        m_summary->setText(tr("The first day is after the last: choose a range that starts "
                              "before it ends."));
        return;
    }
    const ReportQuery query{m_from->date(), m_to->date(),
                            ReportGrouping(m_by->currentData().toInt()),
                            !m_openingHours->isChecked()};
    const int asked = ++m_asked;
    m_summary->setText(tr("Counting…"));
    whenReady(
        ReportStore(m_cache).report(query), this,
        [this, asked, by = query.by](const Report &report) {
            if (asked == m_asked)
                display(report, by);
        },
        [this](const CacheError &error) {
            m_summary->setText(tr("The figures cannot be read: %1").arg(error.message()));
        });
}

QString ReportsDialog::labelOf(const ReportRow &row, ReportGrouping by) const
{
    if (by == ReportGrouping::Agent && row.key.isEmpty())
        return tr("Nobody (unassigned or automatic)");
    return row.label;
}

void ReportsDialog::display(const Report &report, ReportGrouping by)
{
    m_report = report;
    m_shownBy = by;
    const ReportRow &t = report.total;
    m_summary->setText(
        tr("Opened %1 · Resolved %2 · Messages in %3, out %4 · First response %5 (p90 %6) · "
           "Resolution %7 (p90 %8)")
            .arg(t.opened)
            .arg(t.resolved)
            .arg(t.messagesIn)
            .arg(t.messagesOut)
            .arg(duration(t.firstResponse.median), duration(t.firstResponse.p90),
                 duration(t.resolution.median), duration(t.resolution.p90)));

    QStringList categories;
    auto *in = new QBarSet(tr("Messages in"));
    auto *out = new QBarSet(tr("Messages out"));
    auto *response = new QBarSet(tr("First response, median"));
    in->setColor(QColor(0x25d366));
    out->setColor(QColor(0x34b7f1));
    response->setColor(QColor(0xf0a030));
    for (const ReportRow &row : report.rows) {
        categories << (by == ReportGrouping::Day ? row.key.mid(5) : labelOf(row, by));
        *in << double(row.messagesIn);
        *out << double(row.messagesOut);
        *response << double(row.firstResponse.median.value_or(0)) / 60.0;
    }
    // A view lets go of its old chart without deleting it.
    const auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_messagesChart, barChart(tr("Messages"), categories, {in, out}, tr("messages")));
    replace(m_responseChart,
            barChart(tr("First response (median)"), categories, {response}, tr("minutes")));

    m_table->setRowCount(0);
    QList<ReportRow> rows = report.rows;
    rows.append(t);
    for (const ReportRow &row : std::as_const(rows)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const bool total = r == report.rows.size();
        const QStringList cells = QStringList{total ? tr("Total") : labelOf(row, by)} +
                                  reportFigures(row, &ReportsDialog::duration);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    Q_EMIT reportShown();
}

bool ReportsDialog::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportCsv(m_report, m_shownBy)) < 0 ||
        !file.commit()) {
        m_summary->setText(
            tr("The report could not be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_summary->setText(m_summary->text() + QLatin1Char('\n') + tr("Saved to %1.").arg(path));
    return true;
}

} // namespace inbox
