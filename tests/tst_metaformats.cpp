// SPDX-License-Identifier: GPL-3.0-or-later
// Everything Meta really sends, in our own fixtures (tests/fixtures/meta_cases) of the shapes its
// webhook reference gives: a shared chat history becomes past messages in the right
// conversations, in order, once, without badges or notifications; customers known by a
// business-scoped user id alone get one conversation, shown by their name, that takes their
// number when it comes; account health, template categories, priced statuses, value-level errors
// and numbers out of range are read without a crash.
#include "ProviderRegistry.h"
#include "TempCache.h"
#include "Waiting.h"
#include "cache/CacheError.h"
#include "domain/PhoneNumber.h"
#include "meta/MetaProvider.h"
#include "meta/MetaWebhook.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace inbox;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(INBOX_FIXTURES_DIR "/meta_cases/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QList<ProviderEvent> parsed(const QString &name)
{
    const auto events = meta::parseWebhook(fixture(name));
    if (!events)
        qFatal("%s: %s", qPrintable(name), qPrintable(events.error()));
    return events.value();
}

template<class T>
QList<T> only(const QList<ProviderEvent> &events)
{
    QList<T> found;
    for (const ProviderEvent &event : events) {
        if (const auto *e = std::get_if<T>(&event))
            found << *e;
    }
    return found;
}

const QString account = QStringLiteral("meta-309912345678901");

/// Feeds fixtures through a sync engine into a fresh cache, as the relay would.
struct Desk
{
    test::TempCache cache;
    SyncEngine sync{cache.db(), QStringLiteral("acme"), providerNormaliser()};
    qint64 seq = 0;

    SyncReport apply(const QString &name)
    {
        return test::waitFor(
            sync.apply({{++seq, QString::fromLatin1(meta::key), QStringLiteral("309912345678901"),
                         QDateTime::currentDateTimeUtc(), fixture(name)}}));
    }
    QVariant scalar(const QString &statement) { return test::scalar(*cache.db(), statement); }
};

} // namespace

class TestMetaFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBatchCutShortIsReplayedExactlyOnceInOrder()
    {
        // 120 webhooks from the relay in one batch; the cache fails at the 71st (a disk that
        // goes away, simulated by a trigger), as a crash would cut the batch short.
        Desk desk;
        QList<RelayEvent> batch;
        for (int n = 1; n <= 120; ++n) {
            const QByteArray body =
                QStringLiteral(
                    R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398",)"
                    R"("changes":[{"field":"messages","value":{"messaging_product":"whatsapp",)"
                    R"("metadata":{"display_phone_number":"15550001111",)"
                    R"("phone_number_id":"309912345678901"},"contacts":[{"profile":)"
                    R"({"name":"Ana %2"},"wa_id":"55119876543%2"}],"messages":[{"from":)"
                    R"("55119876543%2","id":"wamid.BATCH%1","timestamp":"%3","type":"text",)"
                    R"("text":{"body":"message %1"}}]}}]}]})")
                    .arg(n)
                    .arg(n % 7 + 10)
                    .arg(1764000000 + n)
                    .toUtf8();
            batch.append({1000 + n, QString::fromLatin1(meta::key),
                          QStringLiteral("309912345678901"), QDateTime::currentDateTimeUtc(),
                          body});
        }
        desk.cache.db()
            ->run([](QSqlDatabase &db) {
                QSqlQuery(db).exec(QStringLiteral(
                    "CREATE TEMP TRIGGER disk_gone BEFORE INSERT ON messages WHEN "
                    "new.provider_message_id = 'wamid.BATCH71' BEGIN SELECT RAISE(ABORT, 'disk "
                    "I/O error'); END"));
            })
            .waitForFinished();
        bool failed = false;
        try {
            desk.sync.apply(batch).waitForFinished();
        } catch (const CacheError &) {
            failed = true;
        }
        QVERIFY(failed);
        // Nothing of it is kept, not even the cursor: the relay will send it all again.
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM relay_cursor")).toInt(), 0);

        desk.cache.db()
            ->run([](QSqlDatabase &db) {
                QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER temp.disk_gone"));
            })
            .waitForFinished();
        // The replay from the old cursor, then the same events once more (a reconnect that
        // overlaps): each message once, in the relay's order.
        QCOMPARE(test::waitFor(desk.sync.apply(batch)).cursor, 1120);
        test::waitFor(desk.sync.apply(batch.mid(60)));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 120);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(DISTINCT provider_message_id) FROM "
                                            "messages"))
                     .toInt(),
                 120);
        const QString order =
            desk.scalar(QStringLiteral("SELECT group_concat(substr(provider_message_id, 12), ',') "
                                       "FROM (SELECT provider_message_id FROM messages ORDER BY "
                                       "id)"))
                .toString();
        QStringList expected;
        for (int n = 1; n <= 120; ++n)
            expected << QString::number(n);
        QCOMPARE(order, expected.join(QLatin1Char(',')));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT cursor FROM relay_cursor")).toInt(), 1120);
    }

    void aSharedHistoryIsReadAsPastMessages()
    {
        const QList<ProviderEvent> events = parsed(QStringLiteral("history_chunk.json"));
        const QList<MessageEvent> messages = only<MessageEvent>(events);
        QCOMPARE(messages.size(), 4);
        for (const MessageEvent &m : messages)
            QVERIFY(m.past);
        QCOMPARE(messages[0].direction, Direction::Inbound);
        QCOMPARE(messages[0].from, QStringLiteral("+5521987654321"));
        QCOMPARE(messages[1].direction, Direction::Outbound); // the business's, from the app
        QCOMPARE(messages[1].to, QStringLiteral("+5521987654321"));
        QCOMPARE(messages[2].kind, QStringLiteral("unsupported")); // the file comes later
        QCOMPARE(messages[3].from, QStringLiteral("+573004445566"));
        // The business's message was read, as the app knew.
        const QList<StatusEvent> statuses = only<StatusEvent>(events);
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses[0].externalId, QStringLiteral("wamid.HISTORY.OI.2"));
        QCOMPARE(statuses[0].status, QStringLiteral("read"));
        // The progress is a notice.
        QVERIFY(only<NoticeEvent>(events).first().detail.contains(QStringLiteral("40%")));
    }

    void aSharedHistoryLandsInOrderOnceWithoutBadgesOrNotifications()
    {
        Desk desk;
        QSignalSpy live(desk.cache.db()->events(), &CacheEvents::messagesAdded);
        QSignalSpy past(desk.cache.db()->events(), &CacheEvents::pastMessagesAdded);
        QCOMPARE(desk.apply(QStringLiteral("history_chunk.json")).messages, 4);
        QTRY_COMPARE(past.size(), 2); // two conversations
        QCOMPARE(live.size(), 0);     // nothing to notify, nothing to auto-reply to
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 2);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT sum(unread_count) FROM conversations")).toInt(),
                 0);
        const QString oi = QStringLiteral(
            "(SELECT id FROM conversations WHERE customer_phone = '+5521987654321')");
        QCOMPARE(desk.scalar(QStringLiteral("SELECT group_concat(provider_message_id, ' ') FROM "
                                            "(SELECT provider_message_id FROM messages WHERE "
                                            "conversation_id = %1 ORDER BY created_at)")
                                 .arg(oi))
                     .toString(),
                 QStringLiteral("wamid.HISTORY.OI.1 wamid.HISTORY.OI.2 wamid.HISTORY.OI.3"));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT status FROM messages WHERE "
                                            "provider_message_id = 'wamid.HISTORY.OI.2'"))
                     .toString(),
                 QStringLiteral("read"));
        // Meta sends again: nothing twice.
        QCOMPARE(desk.apply(QStringLiteral("history_chunk.json")).messages, 0);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 4);
        // The file of the placeholder comes in its own webhook: the message becomes a picture.
        desk.apply(QStringLiteral("history_media.json"));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT kind || ' ' || json_extract(media, "
                                            "'$.id') FROM messages WHERE "
                                            "provider_message_id = 'wamid.HISTORY.OI.3'"))
                     .toString(),
                 QStringLiteral("image 880011223344556"));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 4);
        QCOMPARE(live.size(), 0);
    }

    void aDeclinedHistoryIsSaidInWords()
    {
        const auto notices = only<NoticeEvent>(parsed(QStringLiteral("history_declined.json")));
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices[0].detail.contains(QStringLiteral("no chat history was shared")));
        QVERIFY(notices[0].detail.contains(QStringLiteral("2593109")));
    }

    void aCustomerKnownByUserIdGetsOneConversationThatTakesTheirNumber()
    {
        const auto first = only<MessageEvent>(parsed(QStringLiteral("username_only.json")));
        QCOMPARE(first.size(), 1);
        QVERIFY(first[0].from.isEmpty());
        QCOMPARE(first[0].customerUserId, QStringLiteral("BR.4417762093318840021"));
        QCOMPARE(first[0].customerName, QStringLiteral("Lucía Prado"));

        Desk desk;
        QCOMPARE(desk.apply(QStringLiteral("username_only.json")).messages, 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT customer_name FROM conversations")).toString(),
                 QStringLiteral("Lucía Prado"));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT name FROM leads")).toString(),
                 QStringLiteral("Lucía Prado"));
        // A later message brings the number too: the same conversation, keyed by it now.
        QCOMPARE(desk.apply(QStringLiteral("username_with_phone.json")).messages, 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT customer_phone FROM conversations")).toString(),
                 QStringLiteral("+5521976543210"));
        // And one with the user id alone still finds it.
        QCOMPARE(desk.apply(QStringLiteral("username_later.json")).messages, 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 3);
    }

    void twoConversationsOfOneCustomerBecomeOne()
    {
        Desk desk;
        // First by user id alone; then, separately, a message from the number alone.
        desk.apply(QStringLiteral("username_only.json"));
        desk.apply(QStringLiteral("number_only.json"));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 2);
        // Now a message with both: one conversation with all three messages and both badges.
        desk.apply(QStringLiteral("username_with_phone.json"));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(DISTINCT conversation_id) FROM "
                                            "messages"))
                     .toInt(),
                 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 3);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT unread_count FROM conversations")).toInt(), 3);
    }

    void messagesSentFromTheBusinessAppAreOurs()
    {
        Desk desk;
        QCOMPARE(desk.apply(QStringLiteral("smb_message_echoes.json")).messages, 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT direction || ' ' || status FROM messages"))
                     .toString(),
                 QStringLiteral("out sent"));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT customer_phone FROM conversations")).toString(),
                 QStringLiteral("+5521987654321"));
    }

    void theAccountsHealthReachesTheStatusBarSignal()
    {
        const auto restricted =
            only<AccountHealthEvent>(parsed(QStringLiteral("account_update_restriction.json")));
        QCOMPARE(restricted.size(), 1);
        QVERIFY(restricted[0].problem.contains(QStringLiteral("RESTRICTED_BIZ_INITIATED")));
        const auto flagged =
            only<AccountHealthEvent>(parsed(QStringLiteral("phone_number_quality_flagged.json")));
        QVERIFY(flagged[0].problem.contains(QStringLiteral("TIER_1K")));
        QVERIFY(only<AccountHealthEvent>(parsed(QStringLiteral("phone_number_quality_unflagged"
                                                               ".json")))[0]
                    .problem.isEmpty());

        Desk desk;
        QSignalSpy health(desk.cache.db()->events(), &CacheEvents::accountHealthReported);
        desk.apply(QStringLiteral("account_update_restriction.json"));
        QTRY_COMPARE(health.size(), 1);
        QCOMPARE(health[0][0].toString(), account);
        QVERIFY(health[0][1].toString().contains(QStringLiteral("restricted")));
        desk.apply(QStringLiteral("account_update_verified.json"));
        QTRY_COMPARE(health.size(), 2);
        QVERIFY(health[1][1].toString().isEmpty()); // well again
    }

    void aTemplatesNewCategoryIsKept()
    {
        Desk desk;
        desk.scalar(QStringLiteral("INSERT INTO accounts (id, provider, display_name, "
                                   "relay_account) VALUES ('%1', 'meta', 'Loja', "
                                   "'309912345678901')")
                        .arg(account));
        desk.scalar(QStringLiteral("INSERT INTO templates (account_id, name, language, category, "
                                   "status, components) VALUES ('%1', 'pedido_enviado', 'pt_BR', "
                                   "'UTILITY', 'APPROVED', '[]')")
                        .arg(account));
        const SyncReport report = desk.apply(QStringLiteral("template_category_update.json"));
        QCOMPARE(report.templateAccounts, QStringList{account});
        QCOMPARE(desk.scalar(QStringLiteral("SELECT category || ' ' || status FROM templates"))
                     .toString(),
                 QStringLiteral("MARKETING APPROVED"));
    }

    void pricedStatusesAndValueErrorsAreReadWithoutLoss()
    {
        const auto statuses = only<StatusEvent>(parsed(QStringLiteral("status_with_pricing.json")));
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses[0].status, QStringLiteral("delivered"));
        QCOMPARE(statuses[0].recipient, QStringLiteral("+5521987654321"));
        const auto errors = only<NoticeEvent>(parsed(QStringLiteral("value_errors.json")));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].detail.contains(QStringLiteral("131000")));
    }

    void numbersNoIntegerHoldsAreReadWithoutUndefinedBehaviour()
    {
        const auto messages = only<MessageEvent>(parsed(QStringLiteral("out_of_range.json")));
        QCOMPARE(messages.size(), 1);
        QVERIFY(!messages[0].timestamp.isValid()); // refused: the arrival time is used
        QVERIFY(messages[0].media);
        QVERIFY(!messages[0].media->providerMediaId.isEmpty());
        Desk desk;
        QCOMPARE(desk.apply(QStringLiteral("out_of_range.json")).messages, 1);
        const qint64 at =
            desk.scalar(QStringLiteral("SELECT created_at FROM messages")).toLongLong();
        QVERIFY(qAbs(at - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }

    void aCanonicalPhoneKeyIsStable_data()
    {
        QTest::addColumn<QString>("input");
        for (const char *input :
             {"+55001920276082", "+5511987654321", "5511987654321", "+55 11 98765-4321",
              "+551187654321", "+14155550100", "+442071838750", "+573001112233", "+8613800138000",
              "+4915112345678", "+919876543210", "+0000", "+999123", "00551198765432"})
            QTest::newRow(input) << QString::fromLatin1(input);
    }
    void aCanonicalPhoneKeyIsStable()
    {
        QFETCH(QString, input);
        const QString key = PhoneNumber::canonicalOf(input);
        if (key.isEmpty())
            return; // not a number: the caller keeps what it was given
        QCOMPARE(PhoneNumber::canonicalOf(key), key);
        QVERIFY2(key.startsWith(QLatin1Char('+')), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestMetaFormats)
#include "tst_metaformats.moc"
