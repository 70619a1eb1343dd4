// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk campaigns: the recipient list and its errors, every eligibility reason, the opt-out
// words, and campaigns sent through WATI in the sandbox (real HTTP): pause, resume, cancel,
// a resume after a kill that sends nobody twice, and inboxctl bulk check, send and report.
#include "Borrowed.h"
#include "Commands.h"
#include "ProviderRegistry.h"
#include "Sandbox.h"
#include "TempCache.h"
#include "WatiDesk.h"
#include "cache/AccountStore.h"
#include "cache/CampaignStore.h"
#include "cache/LeadStore.h"
#include "cache/TemplateStore.h"
#include "domain/Campaign.h"
#include "domain/PhoneNumber.h"
#include "sync/CampaignRunner.h"
#include "sync/SyncEngine.h"
#include "wati/WatiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace inbox;

namespace {

CampaignRecipient recipient(int row, const QString &phone, QMap<QString, QString> values = {})
{
    return {row, phone, std::move(values), {}};
}

CampaignFacts fitFacts()
{
    MessageTemplate order;
    order.name = QStringLiteral("order_update");
    order.language = QStringLiteral("en_US");
    order.status = QStringLiteral("APPROVED");
    TemplateComponent body;
    body.text = QStringLiteral("Hi {{1}}, your order {{2}} is on its way.");
    body.parameterNames = {QStringLiteral("name"), QStringLiteral("order_number")};
    order.components = {body};
    CampaignFacts facts;
    facts.content = contentOfTemplate(order);
    return facts;
}

int requestsTo(const Sandbox &sandbox, const QString &pathPart)
{
    return int(std::count_if(
        sandbox.requests().cbegin(), sandbox.requests().cend(),
        [&pathPart](const RecordedRequest &request) { return request.path.contains(pathPart); }));
}

/// Each number the sandbox was sent a template to, with how many times.
QMap<QString, int> templateSendsByNumber(const Sandbox &sandbox)
{
    QMap<QString, int> sends;
    for (const RecordedRequest &request : sandbox.requests()) {
        if (request.path.contains(QLatin1String("sendTemplateMessage")))
            ++sends[QUrlQuery(request.query).queryItemValue(QStringLiteral("whatsappNumber"))];
    }
    return sends;
}

/// A Meta webhook of a customer's text message, as Meta posts it.
QByteArray metaInbound(const QString &from, const QString &text, const QString &wamid)
{
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                     {QStringLiteral("phone_number_id"), QStringLiteral("meta-store")}}},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Joana")}}},
                                {QStringLiteral("wa_id"), from}}}},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{
             {QStringLiteral("from"), from},
             {QStringLiteral("id"), wamid},
             {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
             {QStringLiteral("type"), QStringLiteral("text")},
             {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}}}}};
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("1")},
             {QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                     {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRecipientListIsReadAsRfc4180()
    {
        const QByteArray csv = "\xEF\xBB\xBFPhone,Name,{{2}}\r\n"
                               "+55 11 98765-4321,\"Okafor, Amaka\",A-1\r\n"
                               "\r\n"
                               "+14155552671,\"Say \"\"hi\"\"\",\"two\nlines\"\n";
        const auto list = readRecipientCsv(csv);
        QVERIFY2(list.hasValue(), qPrintable(list ? QString() : list.error()));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).row, 2);
        QCOMPARE(list->at(0).phone, QStringLiteral("+55 11 98765-4321"));
        QCOMPARE(list->at(0).variables.value(QStringLiteral("name")),
                 QStringLiteral("Okafor, Amaka"));
        QCOMPARE(list->at(0).variables.value(QStringLiteral("2")), QStringLiteral("A-1"));
        QCOMPARE(list->at(1).row, 4); // the blank line is skipped, the numbering is the file's
        QCOMPARE(list->at(1).variables.value(QStringLiteral("name")), QStringLiteral("Say \"hi\""));
        QCOMPARE(list->at(1).variables.value(QStringLiteral("2")), QStringLiteral("two\nlines"));
    }

    void aBadListIsRefusedNamingRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("words");
        QTest::newRow("no phone column")
            << QByteArray("name,city\nAmaka,Lagos\n") << QStringLiteral("row 1: no phone column");
        QTest::newRow("too few fields") << QByteArray("phone,name\n+14155552671,Ann\n+1415\n")
                                        << QStringLiteral("row 3: 1 fields where the header has 2");
        QTest::newRow("stray quote") << QByteArray("phone,name\n+14155552671,An\"n\n")
                                     << QStringLiteral("row 2, column 2: a double quote");
        QTest::newRow("text after quote") << QByteArray("phone,name\n+14155552671,\"Ann\"x\n")
                                          << QStringLiteral("row 2, column 2: text after");
        QTest::newRow("unclosed quote") << QByteArray("phone,name\n+14155552671,\"Ann\n")
                                        << QStringLiteral("row 2, column 2: a double quote is "
                                                          "never closed");
        QTest::newRow("no phone") << QByteArray("name,phone\nAnn, \n")
                                  << QStringLiteral("row 2, column 2 (\"phone\"): no phone number");
        QTest::newRow("not utf-8") << QByteArray("phone,name\n+14155552671,Ann\n+1,Jos\xE9\n")
                                   << QStringLiteral("row 3: the file is not UTF-8");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("the file is empty");
    }
    void aBadListIsRefusedNamingRowAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, words);
        const auto list = readRecipientCsv(csv);
        QVERIFY(!list.hasValue());
        QVERIFY2(list.error().startsWith(words), qPrintable(list.error()));
    }

    void everyReasonIsGivenInOrder()
    {
        CampaignFacts facts = fitFacts();
        const QString opted = PhoneNumber::canonicalOf(QStringLiteral("+4915123456003"));
        const QString recent = PhoneNumber::canonicalOf(QStringLiteral("+4915123456004"));
        facts.optedOut.insert(opted, QDateTime::currentDateTimeUtc());
        facts.sentRecently.insert(recent, QDateTime::currentDateTimeUtc().addDays(-2));
        facts.dailyCap = 3;
        facts.sentToday = 1;
        const QMap<QString, QString> full{{QStringLiteral("name"), QStringLiteral("Ann")},
                                          {QStringLiteral("order_number"), QStringLiteral("7")}};
        const QList<RecipientVerdict> verdicts = checkRecipients(
            {recipient(2, QStringLiteral("+4915123456001"), full),
             recipient(3, QStringLiteral("12"), full),
             recipient(4, QStringLiteral("+49 151 2345 6001"), full),
             recipient(5, QStringLiteral("+4915123456003"), full),
             recipient(6, QStringLiteral("+4915123456004"), full),
             recipient(7, QStringLiteral("+4915123456005"), {{QStringLiteral("name"), {}}}),
             recipient(8, QStringLiteral("+4915123456006"), full),
             recipient(9, QStringLiteral("+4915123456007"), full)},
            facts);
        QStringList reasons;
        for (const RecipientVerdict &verdict : verdicts)
            reasons.append(verdict.eligible ? QStringLiteral("ok") : verdict.reason);
        QCOMPARE(reasons,
                 (QStringList{QStringLiteral("ok"), reason::invalidNumber, reason::duplicate,
                              reason::optedOut, reason::sentRecently, reason::missingVariable,
                              QStringLiteral("ok"), reason::overDailyCap}));
        QCOMPARE(verdicts.at(2).words, QStringLiteral("already in the list at row 2"));
        QVERIFY2(verdicts.at(5).words.contains(QStringLiteral("{{name}}")) &&
                     verdicts.at(5).words.contains(QStringLiteral("{{order_number}}")),
                 qPrintable(verdicts.at(5).words));
        QCOMPARE(verdicts.at(0).phone, QStringLiteral("+4915123456001"));
        QCOMPARE(verdicts.at(0).values.value(QStringLiteral("order_number")), QStringLiteral("7"));
        const CheckSummary summary = summarize(verdicts);
        QCOMPARE(summary.eligible, 2);
        QCOMPARE(summary.ineligible, 6);
        QCOMPARE(summary.reasons.value(reason::duplicate), 1);
    }

    void theAccountAndTheTemplateCanStopEveryone()
    {
        const QList<CampaignRecipient> one{
            recipient(2, QStringLiteral("+4915123456001"),
                      {{QStringLiteral("name"), QStringLiteral("A")},
                       {QStringLiteral("order_number"), QStringLiteral("1")}})};
        CampaignFacts sick = fitFacts();
        sick.accountProblem = QStringLiteral("the token was refused");
        QCOMPARE(checkRecipients(one, sick).first().reason, reason::accountUnhealthy);
        CampaignFacts pending = fitFacts();
        CampaignContent content = pending.content.value();
        content.status = QStringLiteral("PENDING");
        pending.content = content;
        const RecipientVerdict verdict = checkRecipients(one, pending).first();
        QCOMPARE(verdict.reason, reason::templateNotApproved);
        QVERIFY2(verdict.words.contains(QStringLiteral("PENDING")), qPrintable(verdict.words));
        CampaignFacts missing = fitFacts();
        missing.content = QStringLiteral("no template welcome on the account");
        QCOMPARE(checkRecipients(one, missing).first().reason, reason::templateNotApproved);
        // A saved reply (open-wa, UniPile) goes by its {{names}}; a view's name fills {{name}}.
        CampaignFacts reply;
        reply.content = contentOfSavedReply(QStringLiteral("promo"),
                                            QStringLiteral("Hi {{name}}, {{ discount }} off!"));
        CampaignRecipient fromView =
            recipient(1, QStringLiteral("+4915123456001"),
                      {{QStringLiteral("discount"), QStringLiteral("20%")}});
        fromView.customerName = QStringLiteral("Amaka");
        const RecipientVerdict fine = checkRecipients({fromView}, reply).first();
        QVERIFY(fine.eligible);
        QCOMPARE(renderContent(reply.content.value(), fine.values),
                 QStringLiteral("Hi Amaka, 20% off!"));
    }

    void optOutWordsAreTheWholeMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("optOut");
        QTest::newRow("STOP") << QStringLiteral("STOP") << true;
        QTest::newRow("stop.") << QStringLiteral("  stop. ") << true;
        QTest::newRow("unsubscribe") << QStringLiteral("Unsubscribe") << true;
        QTest::newRow("baja") << QStringLiteral("BAJA") << true;
        QTest::newRow("darme de baja") << QStringLiteral("Darme de baja!") << true;
        QTest::newRow("cancelar suscripción") << QStringLiteral("cancelar suscripción") << true;
        QTest::newRow("descadastrar") << QStringLiteral("DESCADASTRAR") << true;
        QTest::newRow("cancelar inscrição") << QStringLiteral("Cancelar inscrição") << true;
        QTest::newRow("sair") << QStringLiteral("Sair") << true;
        QTest::newRow("sentence") << QStringLiteral("please don't stop the deliveries") << false;
        QTest::newRow("stopover") << QStringLiteral("stopover") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void optOutWordsAreTheWholeMessage()
    {
        QFETCH(QString, text);
        QFETCH(bool, optOut);
        QCOMPARE(isOptOutRequest(text), optOut);
    }

    void aCustomerWritingStopIsLeftOut()
    {
        test::TempCache cache;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        test::makeConversation(*cache.db(), QStringLiteral("meta-store"),
                               QStringLiteral("+5511987654321"), QStringLiteral("Joana"), now);
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        sync.apply({{1, QStringLiteral("meta"), QStringLiteral("meta-store"), now,
                     metaInbound(QStringLiteral("5511987654321"), QStringLiteral("Stop sending"),
                                 QStringLiteral("wamid.A"))}})
            .waitForFinished();
        CampaignStore store(cache.db());
        auto facts = [&] {
            return store.facts(QStringLiteral("meta-store"), QStringLiteral("x"), 7, now).result();
        };
        QVERIFY(facts().optedOut.isEmpty()); // a sentence is not an opt-out
        sync.apply({{2, QStringLiteral("meta"), QStringLiteral("meta-store"), now,
                     metaInbound(QStringLiteral("5511987654321"), QStringLiteral("PARE"),
                                 QStringLiteral("wamid.B"))}})
            .waitForFinished();
        const CampaignFacts after = facts();
        QCOMPARE(after.optedOut.size(), 1);
        CampaignFacts check = fitFacts();
        check.optedOut = after.optedOut;
        const QMap<QString, QString> full{{QStringLiteral("name"), QStringLiteral("Joana")},
                                          {QStringLiteral("order_number"), QStringLiteral("7")}};
        QCOMPARE(checkRecipients({recipient(2, QStringLiteral("+55 11 98765-4321"), full)}, check)
                     .first()
                     .reason,
                 reason::optedOut);
        // The chat tells the agent; an agent can take it back.
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages WHERE "
                                                          "kind = 'system' AND text LIKE "
                                                          "'%opted out%'"))
                     .toInt(),
                 1);
        QVERIFY(LeadStore(cache.db())
                    .setOptedOut(PhoneNumber::canonicalOf(QStringLiteral("+5511987654321")), {})
                    .result());
        QVERIFY(facts().optedOut.isEmpty());
    }

    void aHistoryResyncBringsCachedStatusesUpToDate()
    {
        test::TempCache cache;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        test::makeConversation(*cache.db(), QStringLiteral("wati-main"),
                               QStringLiteral("+5511987654321"), QStringLiteral("Joana"), now);
        auto page = [&](const QString &status) {
            MessageEvent sent;
            sent.externalId = QStringLiteral("wamid.OURS");
            sent.direction = Direction::Outbound;
            sent.to = QStringLiteral("+5511987654321");
            sent.kind = QStringLiteral("text");
            sent.text = QStringLiteral("Your order has shipped");
            sent.timestamp = now;
            sent.past = true;
            sent.details.insert(QStringLiteral("status"), status);
            SyncEngine::applyMessages(cache.db(), QStringLiteral("wati-main"), {sent})
                .waitForFinished();
            return test::scalar(*cache.db(), QStringLiteral("SELECT status FROM messages WHERE "
                                                            "provider_message_id = 'wamid.OURS'"))
                .toString();
        };
        QCOMPARE(page(QStringLiteral("sent")), QStringLiteral("sent"));
        QCOMPARE(page(QStringLiteral("read")), QStringLiteral("read"));      // already cached
        QCOMPARE(page(QStringLiteral("delivered")), QStringLiteral("read")); // never backwards
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages WHERE "
                                                          "provider_message_id = 'wamid.OURS'"))
                     .toInt(),
                 1);
    }

    void aCampaignSendsEachRecipientOnceWithItsName()
    {
        test::WatiDesk desk;
        QVERIFY(desk.open());
        const Campaign campaign = desk.make(QStringLiteral("december-orders"), 6, 40);
        CampaignRunner runner(desk.cache.db(), campaign, desk.apis());
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.first().first().toString(), QStringLiteral("done"));
        const QMap<QString, int> sends = templateSendsByNumber(desk.sandbox);
        QCOMPARE(sends.size(), 6);
        for (const int times : sends)
            QCOMPARE(times, 1);
        for (const RecordedRequest &request : desk.sandbox.requests()) {
            if (!request.path.contains(QLatin1String("sendTemplateMessage")))
                continue;
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(body.value(QStringLiteral("broadcast_name")).toString(),
                     QStringLiteral("december-orders"));
            QVERIFY(body.value(QStringLiteral("local_message_id"))
                        .toString()
                        .startsWith(QStringLiteral("inbox-")));
        }
        const CampaignProgress progress =
            CampaignStore(desk.cache.db()).progress(campaign.id).result();
        QCOMPARE(progress.total, 6);
        QCOMPARE(progress.accepted() + progress.failed, 6);
        QCOMPARE(progress.failed, 0);
        QCOMPARE(progress.left(), 0);
        const QList<CampaignResult> results =
            CampaignStore(desk.cache.db()).results(campaign.id).result();
        QCOMPARE(results.first().customerName.isEmpty(), false);
        QVERIFY(results.first().sentAt.isValid());
        // Sent within the week: a second check of the same list refuses everyone.
        const CampaignFacts facts =
            CampaignStore(desk.cache.db())
                .facts(QStringLiteral("wati-main"), QStringLiteral("order_update"), 7,
                       QDateTime::currentDateTimeUtc())
                .result();
        QCOMPARE(facts.sentRecently.size(), 6);
        QCOMPARE(facts.sentToday, 6);
        // A customer answers: the campaign counts them as replied.
        MessageEvent answer;
        answer.externalId = QStringLiteral("wamid.ANSWER");
        answer.direction = Direction::Inbound;
        answer.from = results.first().phone;
        answer.kind = QStringLiteral("text");
        answer.text = QStringLiteral("Thanks! When will it arrive?");
        answer.timestamp = QDateTime::currentDateTimeUtc().addSecs(1);
        SyncEngine::applyMessages(desk.cache.db(), QStringLiteral("wati-main"), {answer})
            .waitForFinished();
        QCOMPARE(CampaignStore(desk.cache.db()).progress(campaign.id).result().replied, 1);
        QVERIFY(CampaignStore(desk.cache.db()).results(campaign.id).result().first().replied);
    }

    void pauseResumeAndCancel()
    {
        test::WatiDesk desk;
        QVERIFY(desk.open());
        const Campaign campaign = desk.make(QStringLiteral("slow"), 30, 10);
        CampaignRunner runner(desk.cache.db(), campaign, desk.apis());
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(templateSendsByNumber(desk.sandbox).size() >= 3, 10000);
        runner.pause();
        QTRY_COMPARE(CampaignStore(desk.cache.db()).progress(campaign.id).result().inFlight, 0);
        const int atPause = int(templateSendsByNumber(desk.sandbox).size());
        QTest::qWait(400); // four sends' worth at this rate: none may go
        QCOMPARE(int(templateSendsByNumber(desk.sandbox).size()), atPause);
        QCOMPARE(CampaignStore(desk.cache.db()).byName(QStringLiteral("slow")).result()->state,
                 QStringLiteral("paused"));
        runner.resume();
        QTRY_VERIFY_WITH_TIMEOUT(templateSendsByNumber(desk.sandbox).size() >= atPause + 2, 10000);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().first().toString(), QStringLiteral("cancelled"));
        const CampaignProgress progress =
            CampaignStore(desk.cache.db()).progress(campaign.id).result();
        const int sent = int(templateSendsByNumber(desk.sandbox).size());
        QCOMPARE(progress.accepted(), sent);
        QCOMPARE(progress.cancelled, 30 - sent);
        QCOMPARE(progress.left(), 0);
        QVERIFY(sent < 30);
        QTest::qWait(300);
        QCOMPARE(int(templateSendsByNumber(desk.sandbox).size()), sent);
    }

    void aResumeAfterAKillSendsNobodyTwice()
    {
        test::WatiDesk desk;
        QVERIFY(desk.open());
        const Campaign campaign = desk.make(QStringLiteral("after-crash"), 8, 50);
        // The killed run had claimed two recipients: the first reached WATI, the second not.
        CampaignStore store(desk.cache.db());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        const auto reached = store.claimNext(campaign.id, before).result();
        const auto lost = store.claimNext(campaign.id, before).result();
        QVERIFY(reached && lost);
        OutgoingMessage message;
        message.to = reached->phone;
        message.kind = MessageKind::Template;
        message.templateName = QStringLiteral("order_update");
        message.templateLanguage = QStringLiteral("en_US");
        message.templateValues = {{1, QStringLiteral("A")}, {2, QStringLiteral("1")}};
        message.templateParameterNames = {QStringLiteral("name"), QStringLiteral("order_number")};
        message.reference = reached->entry.reference;
        const auto sending = desk.client->send(message);
        QTRY_VERIFY(sending.isFinished());
        QVERIFY(sending.result().ok());

        CampaignRunner runner(desk.cache.db(), campaign, desk.apis());
        QSignalSpy reconciled(&runner, &CampaignRunner::reconciled);
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto report = reconciled.first().first().value<ReconcileReport>();
        QCOMPARE(report.found, 1);
        QCOMPARE(report.resent, 1);
        const QMap<QString, int> sends = templateSendsByNumber(desk.sandbox);
        QCOMPARE(sends.size(), 8);
        for (auto it = sends.cbegin(); it != sends.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(store.progress(campaign.id).result().accepted(), 8);
    }

    void inboxctlChecksSendsAndReports()
    {
        test::WatiDesk desk;
        QVERIFY(desk.open());
        const QString csvPath = desk.cache.dir() + QStringLiteral("/list.csv");
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("phone,name,order_number\n"
                  "+4915123457001,Ann,11\n"
                  "+4915123457002,Bo,\n"
                  "+4915123457001,Ann again,12\n"
                  "not a number,Cy,13\n"
                  "+4915123457003,Di,14\n");
        csv.close();
        const QString tokenPath = desk.cache.dir() + QStringLiteral("/token");
        QFile token(tokenPath);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(desk.sandbox.config().watiToken + "\n");
        token.close();
        auto run = [](const QStringList &arguments, QString *out, QString *err) {
            QTextStream outStream(out);
            QTextStream errStream(err);
            return cli::run(QStringList{QStringLiteral("inboxctl")} + arguments, outStream,
                            errStream);
        };
        const QStringList common{QStringLiteral("--cache"),      desk.cache.path(),
                                 QStringLiteral("--account"),    QStringLiteral("wati-main"),
                                 QStringLiteral("--template"),   QStringLiteral("order_update"),
                                 QStringLiteral("--csv"),        csvPath,
                                 QStringLiteral("--token-file"), tokenPath};
        QString out, err;
        QCOMPARE(
            run(QStringList{QStringLiteral("bulk"), QStringLiteral("check")} + common, &out, &err),
            0);
        QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0).toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("phone"), QStringLiteral("+4915123457001")},
                              {QStringLiteral("eligible"), true},
                              {QStringLiteral("reason"), QString()}}));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1).toUtf8())
                     .object()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 reason::missingVariable);
        const QJsonObject summary = QJsonDocument::fromJson(lines.last().toUtf8())
                                        .object()
                                        .value(QStringLiteral("summary"))
                                        .toObject();
        QCOMPARE(summary.value(QStringLiteral("eligible")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("ineligible")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("reasons")).toObject(),
                 (QJsonObject{{reason::missingVariable, 1},
                              {reason::duplicate, 1},
                              {reason::invalidNumber, 1}}));
        QCOMPARE(templateSendsByNumber(desk.sandbox).size(), 0); // a check sends nothing

        out.clear();
        QCOMPARE(run(QStringList{QStringLiteral("bulk"), QStringLiteral("send"),
                                 QStringLiteral("--name"), QStringLiteral("cli-run"),
                                 QStringLiteral("--rate"), QStringLiteral("20")} +
                         common,
                     &out, &err),
                 0);
        lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(QJsonDocument::fromJson(lines.last().toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("sent"), 2},
                              {QStringLiteral("failed"), 0},
                              {QStringLiteral("left"), 0}}));
        QCOMPARE(templateSendsByNumber(desk.sandbox).keys(),
                 (QStringList{QStringLiteral("4915123457001"), QStringLiteral("4915123457003")}));
        // The same command again resumes the finished campaign: nothing more is sent.
        out.clear();
        QCOMPARE(run(QStringList{QStringLiteral("bulk"), QStringLiteral("send"),
                                 QStringLiteral("--name"), QStringLiteral("cli-run")} +
                         common,
                     &out, &err),
                 0);
        QCOMPARE(requestsTo(desk.sandbox, QStringLiteral("sendTemplateMessage")), 2);

        out.clear();
        const QString reportCsv = desk.cache.dir() + QStringLiteral("/report.csv");
        QCOMPARE(run({QStringLiteral("bulk"), QStringLiteral("report"), QStringLiteral("--cache"),
                      desk.cache.path(), QStringLiteral("--name"), QStringLiteral("cli-run"),
                      QStringLiteral("--csv"), reportCsv},
                     &out, &err),
                 0);
        lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines.last().toUtf8())
                     .object()
                     .value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 2);
        QFile written(reportCsv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("phone,name,status,failure,replied"));

        // Bad input: one line on stderr, exit 2.
        err.clear();
        QCOMPARE(run({QStringLiteral("bulk"), QStringLiteral("check"), QStringLiteral("--cache"),
                      desk.cache.path(), QStringLiteral("--account"), QStringLiteral("nope"),
                      QStringLiteral("--template"), QStringLiteral("x"), QStringLiteral("--view"),
                      QStringLiteral("all")},
                     &out, &err),
                 2);
        QVERIFY2(err.startsWith(QStringLiteral("no account nope")), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
