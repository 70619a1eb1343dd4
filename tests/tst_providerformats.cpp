// SPDX-License-Identifier: GPL-3.0-or-later
// What UniPile and open-wa really send, beyond the first fixtures: edits, deletions and delivery
// reports applied through the sync engine, every open-wa ack level in both envelopes, the phone's
// and the account's health, and a body without its session refused in words.
#include "ProviderRegistry.h"
#include "TempCache.h"
#include "Waiting.h"
#include "openwa/OpenWaProvider.h"
#include "openwa/OpenWaWebhook.h"
#include "sync/SyncEngine.h"
#include "unipile/UnipileProvider.h"
#include "unipile/UnipileWebhook.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace inbox;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(INBOX_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

ProviderEvent first(const QString &provider, const QByteArray &body)
{
    const auto events = findProvider(provider)->parse(body);
    if (!events || events->isEmpty())
        qFatal("nothing read: %s", events ? "" : qPrintable(events.error()));
    return events->first();
}

} // namespace

class TestProviderFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unipileEditsDeletionsAndDeliveriesChangeTheMessage()
    {
        const QString unipile = QString::fromLatin1(unipile::key);
        const auto edited = std::get<MessageEvent>(
            first(unipile, fixture(QStringLiteral("unipile/message_edited.json"))));
        QCOMPARE(edited.kind, QStringLiteral("edit"));
        QCOMPARE(edited.replyTo, QStringLiteral("Zq1mFromMarta0009"));
        const auto delivered = std::get<StatusEvent>(
            first(unipile, fixture(QStringLiteral("unipile/message_delivered.json"))));
        QCOMPARE(delivered.status, QStringLiteral("delivered"));

        // Through the sync engine: Marta's message, then its edit, then its deletion.
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        QJsonObject original =
            QJsonDocument::fromJson(fixture(QStringLiteral("unipile/message_edited.json")))
                .object();
        original.insert(QStringLiteral("event"), QStringLiteral("message_received"));
        original.insert(QStringLiteral("message"), QStringLiteral("A las 9, por favor"));
        const auto now = QDateTime::currentDateTimeUtc();
        const QString account = QStringLiteral("unipile-sales");
        QCOMPARE(test::waitFor(
                     sync.apply({{1, unipile, account, now, QJsonDocument(original).toJson()}}))
                     .messages,
                 1);
        const QString text = QStringLiteral(
            "SELECT text || ' ' || coalesce(json_extract(details, '$.edited'), '') || ' ' || "
            "coalesce(json_extract(details, '$.revoked'), '') FROM messages WHERE "
            "provider_message_id = 'Zq1mFromMarta0009'");
        test::waitFor(sync.apply(
            {{2, unipile, account, now, fixture(QStringLiteral("unipile/message_edited.json"))}}));
        QCOMPARE(test::scalar(*cache.db(), text).toString().simplified(),
                 QStringLiteral("Mejor a las 8, por favor 1"));
        test::waitFor(sync.apply(
            {{3, unipile, account, now, fixture(QStringLiteral("unipile/message_deleted.json"))}}));
        // Deleted for everyone: no text left, marked so.
        QVERIFY(
            test::scalar(*cache.db(), QStringLiteral("SELECT text = '' AND json_extract(details, "
                                                     "'$.revoked') = 1 FROM messages WHERE "
                                                     "provider_message_id = 'Zq1mFromMarta0009'"))
                .toBool());
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(),
                 1);
    }

    void unipileAccountStatusIsTheAccountsHealth()
    {
        const QString unipile = QString::fromLatin1(unipile::key);
        QVERIFY(std::get<AccountHealthEvent>(
                    first(unipile, fixture(QStringLiteral("unipile/account_status_ok.json"))))
                    .problem.isEmpty());
        QVERIFY(std::get<AccountHealthEvent>(
                    first(unipile, fixture(QStringLiteral("unipile/account_status_error.json"))))
                    .problem.contains(QStringLiteral("stopped")));
    }

    void everyOpenWaAckLevelInBothEnvelopes_data()
    {
        QTest::addColumn<int>("ack");
        QTest::addColumn<QString>("status");
        QTest::newRow("-1 error") << -1 << QStringLiteral("failed");
        QTest::newRow("0 clock") << 0 << QString();
        QTest::newRow("1 sent") << 1 << QStringLiteral("sent");
        QTest::newRow("2 received") << 2 << QStringLiteral("delivered");
        QTest::newRow("3 read") << 3 << QStringLiteral("read");
        QTest::newRow("4 played") << 4 << QStringLiteral("played");
        QTest::newRow("1e300") << 0 << QString(); // replaced below by a number no int holds
    }
    void everyOpenWaAckLevelInBothEnvelopes()
    {
        QFETCH(int, ack);
        QFETCH(QString, status);
        const QString id = QStringLiteral("true_573012345678@c.us_3EB0AAAA1111");
        QByteArray v5 =
            QJsonDocument(QJsonObject{{QStringLiteral("sessionId"), QStringLiteral("bistro")},
                                      {QStringLiteral("event"), QStringLiteral("message.ack")},
                                      {QStringLiteral("payload"),
                                       QJsonObject{{QStringLiteral("id"), id},
                                                   {QStringLiteral("to"),
                                                    QStringLiteral("573012345678@c.us")},
                                                   {QStringLiteral("ack"), ack}}}})
                .toJson();
        QByteArray v4 =
            QJsonDocument(QJsonObject{{QStringLiteral("sessionId"), QStringLiteral("bistro")},
                                      {QStringLiteral("event"), QStringLiteral("onAck")},
                                      {QStringLiteral("data"),
                                       QJsonObject{{QStringLiteral("id"), id},
                                                   {QStringLiteral("to"),
                                                    QStringLiteral("573012345678@c.us")},
                                                   {QStringLiteral("ack"), ack}}}})
                .toJson();
        if (QByteArray(QTest::currentDataTag()) == "1e300") {
            v5.replace("\"ack\": 0", "\"ack\": 1e300");
            v4.replace("\"ack\": 0", "\"ack\": 1e300");
            QVERIFY(v5.contains("1e300"));
        }
        for (const QByteArray &body : {v5, v4}) {
            const auto events = openwa::parseWebhook(body);
            QVERIFY2(events, events ? "" : qPrintable(events.error()));
            if (status.isEmpty()) {
                QVERIFY(events->isEmpty()); // pending on the phone: nothing to tell
                continue;
            }
            QCOMPARE(events->size(), 1);
            const auto reported = std::get<StatusEvent>(events->first());
            QCOMPARE(reported.status, status);
            QCOMPARE(reported.externalId, id);
        }
    }

    void thePhonesStateIsTheAccountsHealth()
    {
        const QString openwa = QString::fromLatin1(openwa::key);
        QVERIFY(std::get<AccountHealthEvent>(
                    first(openwa, fixture(QStringLiteral("openwa/v5_state_unpaired.json"))))
                    .problem.contains(QStringLiteral("QR code")));
        QVERIFY(std::get<AccountHealthEvent>(
                    first(openwa, fixture(QStringLiteral("openwa/v4_onStateChanged.json"))))
                    .problem.contains(QStringLiteral("another computer")));
    }

    void anOpenWaBodyWithoutItsSessionIsRefusedInWords()
    {
        const auto refused =
            openwa::parseWebhook(fixture(QStringLiteral("openwa/v5_no_session.json")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("sessionId")),
                 qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("--session-id")));
    }
};

QTEST_GUILESS_MAIN(TestProviderFormats)
#include "tst_providerformats.moc"
