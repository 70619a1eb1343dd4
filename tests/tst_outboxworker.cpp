// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox end to end: a queued message in the cache, sent through MetaClient to a local
// stand-in for the Graph API, and the cache's status afterwards.
#include "Borrowed.h"
#include "ScriptedProvider.h"
#include "TempCache.h"
#include "cache/MessageStore.h"
#include "cache/OutboxStore.h"
#include "meta/MetaClient.h"
#include "sync/OutboxWorker.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace inbox;
using namespace std::chrono_literals;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

const QByteArray accepted = R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.SENT1"}]})";
const QByteArray outsideWindow =
    R"({"error":{"message":"(#131047) Re-engagement message","code":131047,"error_data":{"details":"More than 24 hours"}}})";

struct Fixture
{
    test::TempCache cache;
    test::ScriptedProvider graph;
    QNetworkAccessManager network;
    MetaClient client{
        &network, {QStringLiteral("106540352242922"), QStringLiteral("1"), "token", graph.base()}};
    qint64 conversation = test::makeConversation(*cache.db(), QStringLiteral("meta-store"),
                                                 QStringLiteral("+5511987654321"), {}, t0);

    qint64 queue(const QString &text)
    {
        return OutboxStore(cache.db())
            .enqueue(test::message(conversation, QStringLiteral("meta-store"), {},
                                   Direction::Outbound, text, t0))
            .result();
    }
    Message stored(qint64 id) { return MessageStore(cache.db()).byIds({id}).result().first(); }
    /// Every account sends through the Graph stand-in.
    ApiLookup everyAccount()
    {
        return [this](const QString &) -> std::shared_ptr<ProviderApi> {
            return test::borrowed(&client);
        };
    }
};

} // namespace

class TestOutboxWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimitedThenAcceptedIsOneMessageSent()
    {
        Fixture f;
        f.client.setRetryPolicy({3, 10ms, 20ms});
        f.graph.script({{QHttpServerResponder::StatusCode::TooManyRequests, "{}", "1"},
                        {QHttpServerResponder::StatusCode::Ok, accepted, {}}});
        const qint64 id = f.queue(QStringLiteral("Your order ships today"));
        OutboxWorker worker(
            f.cache.db(),
            [&f](const QString &account) -> std::shared_ptr<ProviderApi> {
                return account == QLatin1String("meta-store") ? test::borrowed(&f.client) : nullptr;
            },
            nullptr, [] { return t0.addSecs(5); });
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        QSignalSpy health(&worker, &OutboxWorker::accountHealth);
        worker.kick();
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.first().at(1).toString(), QStringLiteral("wamid.SENT1"));
        QCOMPARE(health.size(), 1);
        QCOMPARE(health.first().at(0).toString(), QStringLiteral("meta-store"));
        QCOMPARE(health.first().at(1).toString(), QString()); // it works
        const Message message = f.stored(id);
        QCOMPARE(message.delivery->status, MessageStatus::Sent);
        QCOMPARE(message.providerMessageId, QStringLiteral("wamid.SENT1"));
        QCOMPARE(OutboxStore(f.cache.db()).size().result(), 0);
        QCOMPARE(f.graph.seen().size(), 2); // the 429 and the accepted one
        QCOMPARE(QJsonDocument::fromJson(f.graph.seen().last().body)
                     .object()
                     .value(QStringLiteral("to"))
                     .toString(),
                 QStringLiteral("+5511987654321"));
    }

    void refusedIsFailedWithTheProvidersWords()
    {
        Fixture f;
        f.graph.script({{QHttpServerResponder::StatusCode::BadRequest, outsideWindow, {}}});
        const qint64 id = f.queue(QStringLiteral("Are you still there?"));
        OutboxWorker worker(f.cache.db(), f.everyAccount(), nullptr, [] { return t0.addSecs(5); });
        QSignalSpy failed(&worker, &OutboxWorker::messageFailed);
        worker.kick();
        QVERIFY(failed.wait(10000));
        QTRY_COMPARE(f.stored(id).delivery->status, MessageStatus::Failed);
        const Message message = f.stored(id);
        QCOMPARE(message.delivery->failureCode, QStringLiteral("131047"));
        QVERIFY(message.delivery->failureReason.contains(QStringLiteral("template")));
        QCOMPARE(OutboxStore(f.cache.db()).size().result(), 0);
    }

    void unreachableStaysQueuedForLater()
    {
        Fixture f;
        f.client.setRetryPolicy({1, 10ms, 10ms});
        f.graph.script({{QHttpServerResponder::StatusCode::ServiceUnavailable, "{}", {}}});
        const qint64 id = f.queue(QStringLiteral("Typed while Meta was down"));
        OutboxWorker worker(f.cache.db(), f.everyAccount(), nullptr, [] { return t0; });
        QSignalSpy deferred(&worker, &OutboxWorker::messageDeferred);
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        QSignalSpy health(&worker, &OutboxWorker::accountHealth);
        worker.kick();
        QVERIFY(deferred.wait(10000));
        QVERIFY(idle.wait(5000));
        QCOMPARE(health.size(), 1); // the account is in trouble, not just this message
        QVERIFY(health.first().at(1).toString().contains(QStringLiteral("503")));
        QCOMPARE(f.stored(id).delivery->status, MessageStatus::Queued);
        const QList<OutboxEntry> later = OutboxStore(f.cache.db()).due(t0.addSecs(31), 10).result();
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.first().attempts, 1);
        QVERIFY(later.first().lastError.contains(QStringLiteral("503")));
        QVERIFY(OutboxStore(f.cache.db()).due(t0.addSecs(29), 10).result().isEmpty());
    }

    void aMessageWaitsForItsAccountToConnect()
    {
        // A restart with a message queued offline: the worker runs before the accounts (and
        // their tokens) are loaded. The message waits, says why, and goes once they are.
        Fixture f;
        f.graph.script({{QHttpServerResponder::StatusCode::Ok, accepted, {}}});
        const qint64 id = f.queue(QStringLiteral("typed offline"));
        bool loaded = false;
        OutboxWorker worker(
            f.cache.db(),
            [&](const QString &) -> std::shared_ptr<ProviderApi> {
                return loaded ? test::borrowed(&f.client) : nullptr;
            },
            nullptr, [] { return t0.addSecs(5); });
        QSignalSpy deferred(&worker, &OutboxWorker::messageDeferred);
        QSignalSpy health(&worker, &OutboxWorker::accountHealth);
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        worker.kick();
        QVERIFY(deferred.wait(5000));
        QVERIFY(deferred.first().at(1).toString().contains(QStringLiteral("Settings")));
        QVERIFY(health.first().at(1).toString().contains(QStringLiteral("not connected")));
        QCOMPARE(f.stored(id).delivery->status, MessageStatus::Queued);
        QVERIFY(f.graph.seen().isEmpty());
        // The accounts are in: nothing waits out the backoff.
        loaded = true;
        worker.resume();
        QVERIFY(sent.wait(5000));
        QTRY_COMPARE(f.stored(id).delivery->status, MessageStatus::Sent);
        QCOMPARE(f.graph.seen().size(), 1);
    }

    void backOnlineSendsAtOnce()
    {
        Fixture f;
        f.graph.script({{QHttpServerResponder::StatusCode::ServiceUnavailable, "{}", {}},
                        {QHttpServerResponder::StatusCode::Ok, accepted, {}}});
        f.client.setRetryPolicy({1, 10ms, 20ms}); // one try per round: the outbox's own backoff
        const qint64 id = f.queue(QStringLiteral("Typed while Meta was down"));
        OutboxWorker worker(f.cache.db(), f.everyAccount(), nullptr, [] { return t0; });
        QSignalSpy deferred(&worker, &OutboxWorker::messageDeferred);
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        worker.kick();
        QVERIFY(deferred.wait(10000));
        // Its next try is 30 s away; the network comes back now.
        QVERIFY(OutboxStore(f.cache.db()).due(t0, 10).result().isEmpty());
        worker.resume();
        QVERIFY(sent.wait(10000));
        QCOMPARE(f.graph.seen().size(), 2);
        QTRY_COMPARE(f.stored(id).delivery->status, MessageStatus::Sent);
    }

    void requeueDelaysGrowAndStop()
    {
        QCOMPARE(OutboxWorker::requeueDelay(1), 30s);
        QCOMPARE(OutboxWorker::requeueDelay(2), 60s);
        QCOMPARE(OutboxWorker::requeueDelay(5), 480s);
        QCOMPARE(OutboxWorker::requeueDelay(40), 900s);
    }
};

QTEST_GUILESS_MAIN(TestOutboxWorker)
#include "tst_outboxworker.moc"
