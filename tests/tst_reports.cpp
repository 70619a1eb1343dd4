// SPDX-License-Identifier: GPL-3.0-or-later
// The reports' figures against a small inbox whose answers were worked out by hand (see each
// conversation's comment), through the store the Reports screen uses and through
// `inboxctl report`, JSON lines and CSV.
#include "Commands.h"
#include "ReportsDialog.h"
#include "TempCache.h"
#include "cache/ReportStore.h"
#include "domain/AutoReply.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace inbox;

namespace {

qint64 at(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), Qt::UTC)
        .toMSecsSinceEpoch();
}

struct Inbox
{
    test::TempCache cache;

    void sql(const QString &statement) { test::scalar(*cache.db(), statement); }
    void conversation(int id, const char *account, const char *assignee, qint64 lastActivity)
    {
        sql(QStringLiteral("INSERT INTO conversations (id, account_id, customer_phone, "
                           "assignee_id, last_activity_at) VALUES (%1, '%2', '+4915100000%1', %3, "
                           "%4)")
                .arg(id)
                .arg(QLatin1String(account),
                     assignee ? QStringLiteral("'%1'").arg(QLatin1String(assignee))
                              : QStringLiteral("NULL"))
                .arg(lastActivity));
    }
    void message(int conversation, const char *direction, qint64 when, const char *sender = nullptr,
                 const char *kind = "text", const char *details = nullptr)
    {
        sql(QStringLiteral("INSERT INTO messages (conversation_id, account_id, direction, kind, "
                           "sender_agent_id, details, created_at) SELECT %1, account_id, '%2', "
                           "'%3', %4, %5, %6 FROM conversations WHERE id = %1")
                .arg(conversation)
                .arg(QLatin1String(direction), QLatin1String(kind),
                     sender ? QStringLiteral("'%1'").arg(QLatin1String(sender))
                            : QStringLiteral("NULL"),
                     details ? QStringLiteral("'%1'").arg(QLatin1String(details))
                             : QStringLiteral("NULL"))
                .arg(when));
    }
    void resolved(int conversation, const char *by, qint64 when)
    {
        sql(QStringLiteral("INSERT INTO status_changes (conversation_id, status, actor_id, at) "
                           "VALUES (%1, 'resolved', '%2', %3)")
                .arg(conversation)
                .arg(QLatin1String(by))
                .arg(when));
    }

    Inbox()
    {
        sql(QStringLiteral("INSERT INTO accounts (id, provider, display_name) VALUES ('meta1', "
                           "'meta', 'Acme Meta'), ('wati1', 'wati', 'Store WATI')"));
        sql(QStringLiteral("INSERT INTO agents (id, name, role) VALUES ('ana', 'Ana Souza', "
                           "'agent'), ('marco', 'Marco Rossi', 'manager')"));
        // A: opened 2 Nov 09:00; the automatic reply is not a response, Ana's at 09:02 is
        // (120 s); resolved by Ana at 09:30 (1800 s).
        conversation(1, "meta1", "ana", at(2, 9, 30));
        message(1, "in", at(2, 9, 0));
        message(1, "out", at(2, 9, 0, 5), nullptr, "text", R"({"automatic":true})");
        message(1, "out", at(2, 9, 2), "ana");
        message(1, "in", at(2, 9, 10));
        message(1, "out", at(2, 9, 20), nullptr, "system");
        resolved(1, "ana", at(2, 9, 30));
        // B: opened 2 Nov 10:00, Marco answers at 10:10 (600 s), resolves 3 Nov 10:00 (86400 s);
        // the customer writes again at 11:00, resolved at 12:00 (3600 s).
        conversation(2, "meta1", "marco", at(3, 12, 0));
        message(2, "in", at(2, 10, 0));
        message(2, "out", at(2, 10, 10), "marco");
        resolved(2, "marco", at(3, 10, 0));
        message(2, "in", at(3, 11, 0));
        message(2, "out", at(3, 11, 5), "marco");
        resolved(2, "marco", at(3, 12, 0));
        // C: the customer first wrote on 1 Nov, before the range: not opened in it.
        conversation(3, "wati1", nullptr, at(3, 8, 30));
        message(3, "in", at(1, 23, 0));
        message(3, "in", at(3, 8, 0));
        message(3, "out", at(3, 8, 30), "ana");
        // D: opened 3 Nov 14:00, no answer yet.
        conversation(4, "wati1", "ana", at(3, 14, 0));
        message(4, "in", at(3, 14, 0));
        // E: after the range.
        conversation(5, "wati1", "ana", at(4, 9, 0));
        message(5, "in", at(4, 9, 0));
        resolved(5, "ana", at(4, 9, 30));
    }
    Report report(ReportGrouping by)
    {
        return ReportStore(cache.db())
            .report({QDate(2026, 11, 2), QDate(2026, 11, 3), by})
            .result();
    }
};

const ReportRow &rowOf(const Report &report, const QString &key)
{
    for (const ReportRow &row : report.rows) {
        if (row.key == key)
            return row;
    }
    qFatal("no row %s", qPrintable(key));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void medianAndP90AreByNearestRank()
    {
        QCOMPARE(DurationFigures::of({}).median, std::nullopt);
        QCOMPARE(*DurationFigures::of({7}).p90, 7);
        QCOMPARE(*DurationFigures::of({600, 120}).median, 360);
        QCOMPARE(*DurationFigures::of({600, 120}).p90, 600);
        const DurationFigures ten = DurationFigures::of({1, 2, 3, 4, 5, 6, 7, 8, 9, 100});
        QCOMPARE(*ten.median, 5); // (5 + 6) / 2, in whole seconds
        QCOMPARE(*ten.p90, 9);
        QCOMPARE(ten.count, 10);
    }

    void byDay()
    {
        Inbox inbox;
        const Report report = inbox.report(ReportGrouping::Day);
        QCOMPARE(report.rows.size(), 2);
        const ReportRow &first = report.rows[0];
        QCOMPARE(first.key, QStringLiteral("2026-11-02"));
        QCOMPARE(first.opened, 2);
        QCOMPARE(first.messagesIn, 3);
        QCOMPARE(first.messagesOut, 3); // the automatic reply is a message out
        QCOMPARE(first.resolved, 1);
        QCOMPARE(*first.firstResponse.median, 360);
        QCOMPARE(*first.firstResponse.p90, 600);
        QCOMPARE(*first.resolution.median, 1800);
        const ReportRow &second = report.rows[1];
        QCOMPARE(second.key, QStringLiteral("2026-11-03"));
        QCOMPARE(second.opened, 1);
        QCOMPARE(second.messagesIn, 3);
        QCOMPARE(second.messagesOut, 2);
        QCOMPARE(second.resolved, 2);
        QCOMPARE(second.firstResponse.count, 0);
        QCOMPARE(*second.resolution.median, 45000);
        QCOMPARE(*second.resolution.p90, 86400);
        QCOMPARE(report.total.opened, 3);
        QCOMPARE(report.total.resolved, 3);
        QCOMPARE(report.total.messagesIn, 6);
        QCOMPARE(report.total.messagesOut, 5);
        QCOMPARE(*report.total.firstResponse.median, 360);
        QCOMPARE(*report.total.resolution.median, 3600);
        QCOMPARE(*report.total.resolution.p90, 86400);
    }

    void byAgent()
    {
        Inbox inbox;
        const Report report = inbox.report(ReportGrouping::Agent);
        const ReportRow &ana = rowOf(report, QStringLiteral("ana"));
        QCOMPARE(ana.label, QStringLiteral("Ana Souza"));
        QCOMPARE(ana.opened, 2);
        QCOMPARE(ana.messagesOut, 2);
        QCOMPARE(ana.messagesIn, 3);
        QCOMPARE(*ana.firstResponse.median, 120);
        QCOMPARE(ana.resolved, 1);
        const ReportRow &marco = rowOf(report, QStringLiteral("marco"));
        QCOMPARE(marco.opened, 1);
        QCOMPARE(marco.messagesOut, 2);
        QCOMPARE(*marco.firstResponse.median, 600);
        QCOMPARE(marco.resolved, 2);
        QCOMPARE(*marco.resolution.median, 45000);
        const ReportRow &nobody = rowOf(report, QString());
        QCOMPARE(nobody.messagesOut, 1); // the automatic reply
        QCOMPARE(nobody.messagesIn, 1);  // C is unassigned
        QCOMPARE(nobody.opened, 0);
    }

    void byAccountAndProvider()
    {
        Inbox inbox;
        const Report accounts = inbox.report(ReportGrouping::Account);
        QCOMPARE(accounts.rows.size(), 2);
        QCOMPARE(accounts.rows[0].label, QStringLiteral("Acme Meta"));
        QCOMPARE(accounts.rows[0].messagesIn, 4);
        QCOMPARE(accounts.rows[0].resolved, 3);
        QCOMPARE(accounts.rows[1].label, QStringLiteral("Store WATI"));
        QCOMPARE(accounts.rows[1].opened, 1);
        QCOMPARE(accounts.rows[1].messagesOut, 1);
        const Report providers = inbox.report(ReportGrouping::Provider);
        QCOMPARE(rowOf(providers, QStringLiteral("meta")).opened, 2);
        QCOMPARE(rowOf(providers, QStringLiteral("wati")).messagesIn, 2);
    }

    void waitsCountOnlyTheOpeningHoursWhereThereAreSome()
    {
        Inbox inbox;
        // Acme Meta is open 09:00-18:00, Monday to Friday, in UTC (2 Nov 2026 is a Monday). B's
        // first resolution: 2 Nov 10:00-18:00 and 3 Nov 09:00-10:00 = 32400 s, not 86400.
        inbox.sql(QStringLiteral(
            R"(UPDATE accounts SET auto_reply = '{"openDays":[1,2,3,4,5],"opensAt":"09:00",)"
            R"("closesAt":"18:00","timeZone":"UTC"}' WHERE id = 'meta1')"));
        const Report report = inbox.report(ReportGrouping::Account);
        const ReportRow &meta = rowOf(report, QStringLiteral("meta1"));
        QCOMPARE(meta.resolution.count, 3); // 1800, 32400, 3600
        QCOMPARE(*meta.resolution.median, 3600);
        QCOMPARE(*meta.resolution.p90, 32400);
        QCOMPARE(*meta.firstResponse.median, 360); // inside the hours: as before
        // WATI has no hours: C's and D's figures are as they were.
        QCOMPARE(rowOf(report, QStringLiteral("wati1")).opened, 1);
        // --all-hours, or allHours: around the clock.
        const Report clock =
            ReportStore(inbox.cache.db())
                .report({QDate(2026, 11, 2), QDate(2026, 11, 3), ReportGrouping::Account, true})
                .result();
        QCOMPARE(*rowOf(clock, QStringLiteral("meta1")).resolution.p90, 86400);

        // The screen counts opening hours by default; unticked, around the clock.
        ReportsDialog dialog(inbox.cache.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(QDate(2026, 11, 3));
        dialog.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(QDate(2026, 11, 2));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("reportTable"));
        QTRY_COMPARE(table->rowCount(), 3);
        QTRY_COMPARE(table->item(2, 8)->text(), QStringLiteral("9 h")); // 32400 s
        auto *hoursOnly = dialog.findChild<QCheckBox *>(QStringLiteral("reportOpeningHours"));
        QVERIFY(hoursOnly->isChecked());
        QTest::mouseClick(hoursOnly, Qt::LeftButton, {}, QPoint(6, hoursOnly->height() / 2));
        QVERIFY(!hoursOnly->isChecked());
        QTRY_COMPARE(table->item(2, 8)->text(), QStringLiteral("1 d"));

        // Hand-worked waits: a Friday 17:30 message answered Monday 09:15 waited 45 minutes;
        // open past midnight (22:00-02:00), 23:00 to 03:00 is three hours; with none, all four.
        AutoReplyRules week;
        week.openDays = {1, 2, 3, 4, 5};
        week.opensAt = QTime(9, 0);
        week.closesAt = QTime(18, 0);
        week.timeZone = QStringLiteral("America/Sao_Paulo");
        const QTimeZone saoPaulo("America/Sao_Paulo");
        QCOMPARE(openSecondsBetween(week, QDateTime(QDate(2026, 11, 6), QTime(17, 30), saoPaulo),
                                    QDateTime(QDate(2026, 11, 9), QTime(9, 15), saoPaulo)),
                 45 * 60);
        AutoReplyRules night;
        night.opensAt = QTime(22, 0);
        night.closesAt = QTime(2, 0);
        night.timeZone = QStringLiteral("UTC");
        QCOMPARE(openSecondsBetween(night, QDateTime(QDate(2026, 11, 6), QTime(23, 0), Qt::UTC),
                                    QDateTime(QDate(2026, 11, 7), QTime(3, 0), Qt::UTC)),
                 3 * 3600);
        QCOMPARE(openSecondsBetween({}, QDateTime(QDate(2026, 11, 6), QTime(23, 0), Qt::UTC),
                                    QDateTime(QDate(2026, 11, 7), QTime(3, 0), Qt::UTC)),
                 4 * 3600);
    }

    void theReportsScreenShowsTheFiguresChartsAndExportsThem()
    {
        Inbox inbox;
        ReportsDialog dialog(inbox.cache.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy shown(&dialog, &ReportsDialog::reportShown);
        // The range typed as a manager would: the last day first, so the range stays valid.
        auto *to = dialog.findChild<QDateEdit *>(QStringLiteral("reportTo"));
        auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("reportFrom"));
        for (auto [edit, day] : {std::pair{to, "2026-11-03"}, std::pair{from, "2026-11-02"}}) {
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(edit, QLatin1String(day));
            QTest::keyClick(edit, Qt::Key_Return);
        }
        QCOMPARE(from->date(), QDate(2026, 11, 2));
        QCOMPARE(to->date(), QDate(2026, 11, 3));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("reportTable"));
        QTRY_COMPARE(table->rowCount(), 3); // two days and the total
        QTRY_COMPARE(dialog.shown().total.messagesIn, 6);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2026-11-02"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("6 min"));
        QCOMPARE(table->item(1, 7)->text(), QStringLiteral("12 h 30 min"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Total"));
        QCOMPARE(table->item(2, 8)->text(), QStringLiteral("1 d"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reportSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Opened 3 · Resolved 3 · Messages in 6, out 5")));
        auto *messages = dialog.findChild<QChartView *>(QStringLiteral("messagesChart"));
        auto *bars = qobject_cast<QBarSeries *>(messages->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        QCOMPARE(bars->barSets()[0]->at(0), 3.0); // in, 2 Nov
        QCOMPARE(bars->barSets()[1]->at(1), 2.0); // out, 3 Nov

        // By agent, from the keyboard.
        auto *by = dialog.findChild<QComboBox *>(QStringLiteral("reportBy"));
        by->setFocus();
        QTest::keyClick(by, Qt::Key_Down);
        QTRY_COMPARE(table->rowCount(), 4);
        QTRY_COMPARE(table->item(1, 0)->text(), QStringLiteral("Ana Souza"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Nobody (unassigned or automatic)"));
        if (const QString dir = qEnvironmentVariable("INBOX_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::keyClick(by, Qt::Key_Up);
            QTRY_COMPARE(table->rowCount(), 3);
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("reports.png")));
            QTest::keyClick(by, Qt::Key_Down);
            QTRY_COMPARE(table->rowCount(), 4);
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agents.csv"));
        QVERIFY(dialog.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 reportCsv(inbox.report(ReportGrouping::Agent), ReportGrouping::Agent));
        QVERIFY(!dialog.exportCsv(dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
    }

    void inboxctlPrintsTheSameFiguresAsJsonLinesAndCsv()
    {
        Inbox inbox;
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        QString printed, problems;
        QTextStream out(&printed), err(&problems);
        const int code = cli::run(
            {QStringLiteral("inboxctl"), QStringLiteral("report"), QStringLiteral("--cache"),
             inbox.cache.path(), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
             QStringLiteral("--to"), QStringLiteral("2026-11-03"), QStringLiteral("--by"),
             QStringLiteral("agent"), QStringLiteral("--csv"), csv},
            out, err);
        out.flush();
        err.flush();
        QCOMPARE(code, 0);
        const QStringList lines = printed.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4); // nobody, Ana, Marco, total
        const QJsonObject ana = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QCOMPARE(ana.value(QStringLiteral("label")).toString(), QStringLiteral("Ana Souza"));
        QCOMPARE(ana.value(QStringLiteral("firstResponse"))
                     .toObject()
                     .value(QStringLiteral("medianSeconds"))
                     .toInt(),
                 120);
        const QJsonObject total = QJsonDocument::fromJson(lines[3].toUtf8())
                                      .object()
                                      .value(QStringLiteral("total"))
                                      .toObject();
        QCOMPARE(total.value(QStringLiteral("messagesIn")).toInt(), 6);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = file.readAll().split('\n');
        QVERIFY(rows[0].startsWith("agent,label,opened,resolved,messages_in,messages_out,"));
        QCOMPARE(rows[2].trimmed(), QByteArray("ana,Ana Souza,2,1,3,2,120,120,1800,1800"));

        // Bad input: said, exit 2, nothing printed.
        for (const QStringList &bad :
             {QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-05"),
                          QStringLiteral("--to"), QStringLiteral("2026-11-01")},
              QStringList{QStringLiteral("--from"), QStringLiteral("yesterday"),
                          QStringLiteral("--to"), QStringLiteral("2026-11-01")},
              QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                          QStringLiteral("--to"), QStringLiteral("2026-11-02"),
                          QStringLiteral("--by"), QStringLiteral("week")}}) {
            QString badOut, badErr;
            QTextStream o(&badOut), e(&badErr);
            QCOMPARE(cli::run(QStringList{QStringLiteral("inboxctl"), QStringLiteral("report"),
                                          QStringLiteral("--cache"), inbox.cache.path()} +
                                  bad,
                              o, e),
                     2);
            e.flush();
            o.flush();
            QVERIFY(badOut.isEmpty());
            QVERIFY(!badErr.isEmpty());
        }
    }
};

int main(int argc, char *argv[])
{
    qputenv("TZ", "UTC"); // days are the computer's days: the fixture's are UTC
    QApplication app(argc, argv);
    TestReports test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reports.moc"
