// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk campaign screen, driven by clicks: a CSV list is checked (a verdict per row, counts
// per reason, nothing sent), then sent through WATI in the sandbox, with the progress bar and
// the results table filling as the sends are taken. With INBOX_SCREENSHOTS=DIR the three
// stages are saved there as PNGs.
#include "CampaignDialog.h"
#include "ProviderRegistry.h"
#include "WatiDesk.h"
#include "sync/CampaignRunner.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace inbox;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("INBOX_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

int templateSends(const Sandbox &sandbox)
{
    return int(std::count_if(sandbox.requests().cbegin(), sandbox.requests().cend(),
                             [](const RecordedRequest &request) {
                                 return request.path.contains(QLatin1String("sendTemplateMessage"));
                             }));
}

QString stateOf(test::WatiDesk &desk, const QString &name)
{
    const auto campaign = CampaignStore(desk.cache.db()).byName(name).result();
    return campaign ? campaign->state : QString();
}

} // namespace

class TestCampaignDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aManagerChecksThenSendsACampaign()
    {
        test::WatiDesk desk;
        QVERIFY(desk.open());
        const QString csvPath = desk.cache.dir() + QStringLiteral("/customers.csv");
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("phone,name,order_number\n"
                  "+4915123459001,Amaka Okafor,A-1001\n"
                  "+4915123459002,Marco Rossi,A-1002\n"
                  "+49 151 2345 9001,Amaka (again),A-1003\n"
                  "12345,Nobody,A-1004\n"
                  "+4915123459003,Priya Nair,\n"
                  "+4915123459004,Joana Silva,A-1006\n");
        csv.close();

        CampaignDialog dialog(desk.cache.db(), providerCatalog(), desk.apis(),
                              QStringLiteral("marco"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *account = dialog.findChild<QComboBox *>(QStringLiteral("campaignAccount"));
        auto *content = dialog.findChild<QComboBox *>(QStringLiteral("campaignContent"));
        QTRY_VERIFY_WITH_TIMEOUT(account->count() == 1, 15000);
        QTRY_VERIFY(content->count() > 0);
        content->setCurrentIndex(
            content->findText(QStringLiteral("order_update"), Qt::MatchStartsWith));
        QVERIFY(content->currentIndex() >= 0);
        auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("campaignFile"));
        file->setFocus();
        QTest::keyClicks(file, csvPath);
        auto *send = dialog.findChild<QPushButton *>(QStringLiteral("campaignSend"));
        QVERIFY(!send->isEnabled()); // nothing to send before a check
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("campaignCheck")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 10000);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Eligible"));
        QCOMPARE(table->item(2, 3)->text(), QStringLiteral("Duplicate in the list"));
        QCOMPARE(table->item(2, 4)->text(), QStringLiteral("already in the list at row 2"));
        QCOMPARE(table->item(3, 3)->text(), QStringLiteral("Invalid number"));
        QCOMPARE(table->item(4, 3)->text(), QStringLiteral("Missing variable"));
        QVERIFY2(dialog.summaryText().startsWith(QStringLiteral("Recipients: 6 · Eligible: 3 · ")),
                 qPrintable(dialog.summaryText()));
        QCOMPARE(send->text(), QStringLiteral("Send to 3"));
        QCOMPARE(templateSends(desk.sandbox), 0);
        screenshot(&dialog, QStringLiteral("campaign-check.png"));

        // A name is needed; then Send.
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(dialog.summaryText().contains(QStringLiteral("name")));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("campaignName")),
                         QStringLiteral("december-orders"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.runner() != nullptr, 15000);
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("campaignProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, 10000);
        screenshot(&dialog, QStringLiteral("campaign-progress.png"));
        // Waited on in the store: the runner may finish before anything could watch it.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(desk, QStringLiteral("december-orders")),
                                  QStringLiteral("done"), 15000);
        QTRY_COMPARE(progress->value(), 3);
        QCOMPARE(progress->maximum(), 3);
        QCOMPARE(templateSends(desk.sandbox), 3);
        QTRY_COMPARE(table->rowCount(), 3);
        QTRY_VERIFY(table->item(0, 2)->text() == QStringLiteral("Sent") ||
                    table->item(0, 2)->text() == QStringLiteral("Delivered"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Amaka Okafor"));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("3 sent")),
                 qPrintable(dialog.summaryText()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("campaignPause"))->isEnabled());
        screenshot(&dialog, QStringLiteral("campaign-results.png"));

        // The same list again: everyone eligible got it minutes ago.
        CampaignDialog again(desk.cache.db(), providerCatalog(), desk.apis(),
                             QStringLiteral("marco"));
        again.show();
        QTRY_VERIFY(again.findChild<QComboBox *>(QStringLiteral("campaignContent"))->count() > 0);
        again.findChild<QComboBox *>(QStringLiteral("campaignContent"))
            ->setCurrentIndex(content->currentIndex());
        again.setRecipientFile(csvPath);
        again.check();
        QTRY_VERIFY2(again.summaryText().contains(QStringLiteral("Sent recently: 3")),
                     qPrintable(again.summaryText()));
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("campaignSend"))->isEnabled());
        QCOMPARE(templateSends(desk.sandbox), 3);
    }

    void aStoppedCampaignResumesFromTheScreen()
    {
        test::WatiDesk desk;
        QVERIFY(desk.open());
        // Left running by an app that was closed: its four recipients are still pending.
        desk.make(QStringLiteral("interrupted"), 4, 50);
        CampaignDialog dialog(desk.cache.db(), providerCatalog(), desk.apis(),
                              QStringLiteral("marco"));
        dialog.show();
        auto *content = dialog.findChild<QComboBox *>(QStringLiteral("campaignContent"));
        QTRY_VERIFY(content->count() > 0);
        const QString csvPath = desk.cache.dir() + QStringLiteral("/one.csv");
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("phone,name,order_number\n+4915123459101,Someone Else,B-1\n");
        csv.close();
        content->setCurrentIndex(
            content->findText(QStringLiteral("order_update"), Qt::MatchStartsWith));
        dialog.setRecipientFile(csvPath);
        dialog.check();
        auto *send = dialog.findChild<QPushButton *>(QStringLiteral("campaignSend"));
        QTRY_VERIFY(send->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("campaignName")),
                         QStringLiteral("interrupted"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(desk, QStringLiteral("interrupted")),
                                  QStringLiteral("done"), 15000);
        // Its own four, not the new list's one.
        QCOMPARE(templateSends(desk.sandbox), 4);
        QTRY_COMPARE(dialog.table()->rowCount(), 4);
    }
};

QTEST_MAIN(TestCampaignDialog)
#include "tst_campaigndialog.moc"
