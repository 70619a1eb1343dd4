// SPDX-License-Identifier: GPL-3.0-or-later
// The template editor: validation in words before anything is sent, Submit to a local stand-in
// for the Graph API with the body Meta documents, the review's outcome arriving as a status
// webhook through the sync engine and showing in the list, WATI read-only, admins only.
#include "Borrowed.h"
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "ScriptedProvider.h"
#include "TempCache.h"
#include "TemplateEditor.h"
#include "cache/AccountStore.h"
#include "cache/TemplateStore.h"
#include "controllers/TeamContext.h"
#include "controllers/TemplateController.h"
#include "meta/MetaClient.h"
#include "meta/MetaProvider.h"
#include "relay/RelayClient.h"
#include "sync/SyncEngine.h"
#include "wati/WatiProvider.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace inbox;

namespace {

const QByteArray created = R"({"id":"594425479261596","status":"PENDING","category":"MARKETING"})";

QByteArray review(const QString &event, const QString &reason)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("id"), QStringLiteral("102290129340398")},
                                {QStringLiteral("time"), 1795528800},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("field"),
                                      QStringLiteral("message_template_status_update")},
                                     {QStringLiteral("value"),
                                      QJsonObject{{QStringLiteral("event"), event},
                                                  {QStringLiteral("message_template_id"),
                                                   qint64(594425479261596)},
                                                  {QStringLiteral("message_template_name"),
                                                   QStringLiteral("spring_sale")},
                                                  {QStringLiteral("message_template_language"),
                                                   QStringLiteral("en_US")},
                                                  {QStringLiteral("reason"), reason}}}}}}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestTemplateEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateSubmitAndFollowTheReview()
    {
        test::TempCache cache;
        AccountStore(cache.db())
            .upsert({QStringLiteral("meta-store"), meta::id(), QStringLiteral("Store"),
                     QStringLiteral("+15550783881"), QStringLiteral("106540352242922")})
            .waitForFinished();
        AccountStore(cache.db())
            .upsert({QStringLiteral("wati-support"), wati::id(), QStringLiteral("Support"),
                     QStringLiteral("+15550001111"), QStringLiteral("wati-support")})
            .waitForFinished();
        test::ScriptedProvider graph;
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"),
                                     QStringLiteral("102290129340398"), "token", graph.base()});
        TeamContext team(QStringLiteral("ana"));
        team.setIdentity(QStringLiteral("ana"), Role::Admin);
        TemplateController templates(cache.db(), &team);
        TemplateEditor editor(
            cache.db(), providerCatalog(),
            [&client](const QString &account) -> std::shared_ptr<TemplateAdmin> {
                return account == QLatin1String("meta-store") ? test::borrowed(&client) : nullptr;
            },
            &templates);
        editor.show();
        auto *account = editor.findChild<QComboBox *>(QStringLiteral("templateAccount"));
        QTRY_COMPARE(account->count(), 2);
        account->setCurrentIndex(account->findData(QStringLiteral("meta-store")));
        auto *name = editor.findChild<QLineEdit *>(QStringLiteral("templateName"));
        auto *body = editor.findChild<QPlainTextEdit *>(QStringLiteral("templateBody"));
        auto *samples = editor.findChild<QLineEdit *>(QStringLiteral("templateExamples"));
        auto *category = editor.findChild<QComboBox *>(QStringLiteral("templateCategory"));
        auto *problems = editor.findChild<QLabel *>(QStringLiteral("templateProblems"));
        auto *submit = editor.findChild<QPushButton *>(QStringLiteral("submitTemplate"));
        auto *preview = editor.findChild<QLabel *>(QStringLiteral("templatePreview"));

        name->setText(QStringLiteral("Spring Sale"));
        body->setPlainText(QStringLiteral("Hi {{1}}, *20% off* everything until {{3}}."));
        QVERIFY(problems->text().contains(QStringLiteral("lowercase letters")));
        QVERIFY(problems->text().contains(QStringLiteral("{{2}} is missing")));
        QVERIFY(!submit->isEnabled());

        name->setText(QStringLiteral("spring_sale"));
        body->setPlainText(QStringLiteral("Hi {{1}}, *20% off* everything until {{2}}."));
        category->setCurrentIndex(category->findData(QStringLiteral("MARKETING")));
        QVERIFY(problems->text().contains(QStringLiteral("sample value")));
        QVERIFY(!submit->isEnabled());
        samples->setText(QStringLiteral("Maria, Sunday"));
        QCOMPARE(problems->text(), QString());
        QVERIFY(submit->isEnabled());
        QVERIFY(preview->text().contains(QStringLiteral("<b>20% off</b>")));
        QVERIFY(preview->text().contains(QStringLiteral("Hi Maria")));
        QCOMPARE(graph.seen().size(), 0); // nothing sent while it was invalid

        graph.script({{QHttpServerResponder::StatusCode::Ok, created, {}}});
        QTest::mouseClick(submit, Qt::LeftButton);
        auto *result = editor.findChild<QLabel *>(QStringLiteral("templateResult"));
        QTRY_VERIFY2(result->text().startsWith(QStringLiteral("Submitted")),
                     qPrintable(result->text()));
        QCOMPARE(graph.seen().size(), 1);
        QCOMPARE(graph.seen().first().path,
                 QStringLiteral("/v23.0/102290129340398/message_templates"));
        const QJsonObject sent = QJsonDocument::fromJson(graph.seen().first().body).object();
        QCOMPARE(sent.value(QStringLiteral("name")).toString(), QStringLiteral("spring_sale"));
        QCOMPARE(sent.value(QStringLiteral("category")).toString(), QStringLiteral("MARKETING"));
        QVERIFY(graph.seen().first().body.contains("Maria"));

        auto *list = editor.findChild<QTableWidget *>(QStringLiteral("templateList"));
        QTRY_COMPARE(list->rowCount(), 1);
        QTRY_COMPARE(list->item(0, 3)->text(), QStringLiteral("In review"));
        const QList<MessageTemplate> stored =
            TemplateStore(cache.db()).forAccount(QStringLiteral("meta-store")).result();
        QCOMPARE(stored.first().providerId, QStringLiteral("594425479261596"));

        // Meta's review arrives as a webhook through the relay: the list follows it.
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        sync.apply({{1, QStringLiteral("meta"), QStringLiteral("106540352242922"),
                     QDateTime::currentDateTimeUtc(),
                     review(QStringLiteral("REJECTED"), QStringLiteral("INVALID_FORMAT"))}})
            .waitForFinished();
        QTRY_COMPARE(list->item(0, 3)->text(), QStringLiteral("Rejected"));
        QCOMPARE(list->item(0, 3)->toolTip(), QStringLiteral("INVALID_FORMAT"));
        QTRY_COMPARE(editor.findChild<QLabel *>(QStringLiteral("templateStatus"))->text(),
                     QStringLiteral("Status: Rejected: INVALID_FORMAT"));
        if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
            editor.grab().save(shots + QStringLiteral("/template-editor.png"));

        // WATI's templates are read-only here.
        account->setCurrentIndex(account->findData(QStringLiteral("wati-support")));
        QTRY_VERIFY(!name->isEnabled());
        QVERIFY(!submit->isEnabled());
    }

    void managersAndAdminsSeeTheEditor()
    {
        test::TempCache cache;
        MainWindow window(cache.db(), QStringLiteral("priya"), providerCatalog());
        auto *action = window.findChild<QAction *>(QStringLiteral("templatesAction"));
        window.setIdentity(QStringLiteral("priya"), Role::Agent);
        QVERIFY(!action->isVisible());
        QCOMPARE(window.openTemplateEditor(), nullptr);
        window.setIdentity(QStringLiteral("marco"), Role::Manager);
        QVERIFY(action->isVisible());
        window.setIdentity(QStringLiteral("ana"), Role::Admin);
        QVERIFY(action->isVisible());
        QVERIFY(window.openTemplateEditor());
    }
};

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
