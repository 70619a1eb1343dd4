// SPDX-License-Identifier: GPL-3.0-or-later
// Sends that happen exactly once: a send is in flight before its provider is called; an answer
// lost on the way back is never repeated blindly but shown as "may not have been sent"; what a
// crash left in flight is settled from the provider's history (WATI, through the sandbox) or
// from a status webhook that carries our reference (Meta's biz_opaque_callback_data).
#include "Borrowed.h"
#include "ProviderRegistry.h"
#include "Sandbox.h"
#include "TempCache.h"
#include "cache/OutboxStore.h"
#include "meta/MetaClient.h"
#include "sync/OutboxWorker.h"
#include "sync/SendReconciler.h"
#include "sync/SyncEngine.h"
#include "wati/WatiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace inbox;

namespace {

/// A server that reads a whole request and closes the connection without answering: the
/// provider took the send, and its answer is lost on the way back.
class DroppingServer : public QObject
{
public:
    DroppingServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                    if (headEnd < 0)
                        return;
                    const QByteArray head = buffer->left(headEnd).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const int length =
                        at < 0 ? 0 : head.mid(at + 15).split('\r').first().trimmed().toInt();
                    if (buffer->size() < headEnd + 4 + length)
                        return;
                    m_bodies.append(buffer->mid(headEnd + 4, length));
                    socket->abort();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl base() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v23.0").arg(m_server.serverPort()));
    }
    const QList<QByteArray> &bodies() const { return m_bodies; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_bodies;
};

QString statusOf(CacheDatabase &db, qint64 messageId)
{
    return test::scalar(db, QStringLiteral("SELECT status || ':' || coalesce(failure_code, '') "
                                           "FROM messages WHERE id = %1")
                                .arg(messageId))
        .toString();
}

/// A Meta status webhook for `wamid`, echoing our reference as Meta does.
QByteArray metaStatus(const QString &wamid, const QString &status, const QString &reference)
{
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                     {QStringLiteral("phone_number_id"), QStringLiteral("meta-store")}}},
        {QStringLiteral("statuses"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), wamid},
             {QStringLiteral("status"), status},
             {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
             {QStringLiteral("recipient_id"), QStringLiteral("5511987654321")},
             {QStringLiteral("biz_opaque_callback_data"), reference}}}}};
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

int requestsTo(const Sandbox &sandbox, const QString &pathPart)
{
    return int(std::count_if(
        sandbox.requests().cbegin(), sandbox.requests().cend(),
        [&pathPart](const RecordedRequest &request) { return request.path.contains(pathPart); }));
}

} // namespace

class TestExactlyOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLostAnswerIsNeverSentAgain()
    {
        test::TempCache cache;
        DroppingServer meta;
        QNetworkAccessManager network;
        MetaClient client{
            &network, {QStringLiteral("meta-store"), QStringLiteral("1"), "token", meta.base()}};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 conversation =
            test::makeConversation(*cache.db(), QStringLiteral("meta-store"),
                                   QStringLiteral("+5511987654321"), QStringLiteral("Joana"), now);
        OutboxWorker worker{cache.db(), [&client](const QString &) -> std::shared_ptr<ProviderApi> {
                                return test::borrowed(&client);
                            }};
        QSignalSpy failed(&worker, &OutboxWorker::messageFailed);
        worker.start(std::chrono::milliseconds(50));
        const qint64 id = OutboxStore(cache.db())
                              .enqueue(test::message(conversation, QStringLiteral("meta-store"), {},
                                                     Direction::Outbound,
                                                     QStringLiteral("Your table is ready"), now))
                              .result();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*cache.db(), id),
                                  QStringLiteral("failed:unknown_outcome"), 15000);
        QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("May not have been sent")));
        // Several rounds of the worker later, still the one call.
        QTest::qWait(300);
        QCOMPARE(meta.bodies().size(), 1);
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM outbox")).toInt(),
                 0);
        const QString reference =
            test::scalar(
                *cache.db(),
                QStringLiteral("SELECT send_reference FROM messages WHERE id = %1").arg(id))
                .toString();
        QVERIFY(reference.startsWith(QStringLiteral("inbox-")));
        QCOMPARE(QJsonDocument::fromJson(meta.bodies().first())
                     .object()
                     .value(QStringLiteral("biz_opaque_callback_data"))
                     .toString(),
                 reference);

        // Meta took it after all: its status webhook names our reference, and the message is
        // delivered with Meta's id; "may not have been sent" is gone.
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        sync.apply({{1, QStringLiteral("meta"), QStringLiteral("meta-store"), now,
                     metaStatus(QStringLiteral("wamid.LOST"), QStringLiteral("delivered"),
                                reference)}})
            .waitForFinished();
        QCOMPARE(statusOf(*cache.db(), id), QStringLiteral("delivered:"));
        QCOMPARE(
            test::scalar(
                *cache.db(),
                QStringLiteral("SELECT provider_message_id FROM messages WHERE id = %1").arg(id))
                .toString(),
            QStringLiteral("wamid.LOST"));
    }

    void whatACrashLeftInFlightIsSettledFromWatiHistory()
    {
        test::TempCache cache;
        Sandbox sandbox{SandboxConfig{}};
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        WatiClient client{&network,
                          {sandbox.watiBaseUrl(), sandbox.config().watiToken,
                           QStringLiteral("inbox"), QStringLiteral("wati-main")}};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        const qint64 conversation = test::makeConversation(*cache.db(), QStringLiteral("wati-main"),
                                                           QStringLiteral("+5511987654321"),
                                                           QStringLiteral("Joana"), before);
        OutboxStore outbox(cache.db());
        auto queued = [&](const QString &text) {
            return outbox
                .enqueue(test::message(conversation, QStringLiteral("wati-main"), {},
                                       Direction::Outbound, text, before))
                .result();
        };
        // The last run marked both in flight and was killed: the first had reached WATI, the
        // second had not.
        const qint64 reached = queued(QStringLiteral("Your order has shipped"));
        const qint64 lost = queued(QStringLiteral("Your invoice is attached"));
        const QList<OutboxEntry> entries = outbox.due(QDateTime::currentDateTimeUtc(), 10).result();
        QCOMPARE(entries.size(), 2);
        for (const OutboxEntry &entry : entries)
            outbox.markInFlight(entry.id, before).waitForFinished();
        OutgoingMessage delivered;
        delivered.to = QStringLiteral("+5511987654321");
        delivered.text = QStringLiteral("Your order has shipped");
        const QFuture<SendResult> sending = client.send(delivered);
        QTRY_VERIFY(sending.isFinished());
        QVERIFY(sending.result().ok());
        QCOMPARE(requestsTo(sandbox, QStringLiteral("sendSessionMessage")), 1);

        OutboxWorker worker{cache.db(), [&client](const QString &) -> std::shared_ptr<ProviderApi> {
                                return test::borrowed(&client);
                            }};
        QSignalSpy reconciled(&worker, &OutboxWorker::reconciled);
        worker.start(std::chrono::milliseconds(50));
        QTRY_COMPARE(reconciled.size(), 1);
        const auto report = reconciled.first().first().value<ReconcileReport>();
        QCOMPARE(report.found, 1);
        QCOMPARE(report.resent, 1);
        QCOMPARE(report.unknown, 0);
        QTRY_COMPARE(statusOf(*cache.db(), lost).section(QLatin1Char(':'), 0, 0),
                     QStringLiteral("sent"));
        QCOMPARE(statusOf(*cache.db(), reached).section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("sent"));
        // WATI got each message once: the one it had was found, the other sent now.
        QTest::qWait(300);
        QCOMPARE(requestsTo(sandbox, QStringLiteral("sendSessionMessage")), 2);
        QVERIFY(
            !test::scalar(*cache.db(),
                          QStringLiteral("SELECT provider_message_id FROM messages WHERE id = %1")
                              .arg(reached))
                 .toString()
                 .isEmpty());
    }

    void whatACrashLeftInFlightOnMetaMayNotHaveBeenSent()
    {
        test::TempCache cache;
        DroppingServer meta;
        QNetworkAccessManager network;
        MetaClient client{
            &network, {QStringLiteral("meta-store"), QStringLiteral("1"), "token", meta.base()}};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        const qint64 conversation = test::makeConversation(
            *cache.db(), QStringLiteral("meta-store"), QStringLiteral("+5511987654321"),
            QStringLiteral("Joana"), before);
        OutboxStore outbox(cache.db());
        const qint64 id = outbox
                              .enqueue(test::message(conversation, QStringLiteral("meta-store"), {},
                                                     Direction::Outbound,
                                                     QStringLiteral("See you at eight"), before))
                              .result();
        const QString reference =
            outbox.markInFlight(outbox.due(before.addSecs(1), 1).result().first().id, before)
                .result();
        SendReconciler reconciler(cache.db(),
                                  [&client](const QString &) -> std::shared_ptr<ProviderApi> {
                                      return test::borrowed(&client);
                                  });
        QSignalSpy finished(&reconciler, &SendReconciler::finished);
        reconciler.run(QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ReconcileReport>().unknown, 1);
        QCOMPARE(statusOf(*cache.db(), id), QStringLiteral("failed:unknown_outcome"));
        QVERIFY(meta.bodies().isEmpty()); // never sent again on its own

        // An unrelated reference changes nothing; ours settles it.
        SyncEngine sync(cache.db(), QStringLiteral("acme"), providerNormaliser());
        sync.apply({{1, QStringLiteral("meta"), QStringLiteral("meta-store"), before,
                     metaStatus(QStringLiteral("wamid.OTHER"), QStringLiteral("read"),
                                QStringLiteral("inbox-someone-else"))}})
            .waitForFinished();
        QCOMPARE(statusOf(*cache.db(), id), QStringLiteral("failed:unknown_outcome"));
        sync.apply({{2, QStringLiteral("meta"), QStringLiteral("meta-store"), before,
                     metaStatus(QStringLiteral("wamid.KEPT"), QStringLiteral("read"), reference)}})
            .waitForFinished();
        QCOMPARE(statusOf(*cache.db(), id), QStringLiteral("read:"));
    }

    void theHistoryMatchPrefersOurReference()
    {
        const QDateTime since = QDateTime::currentDateTimeUtc();
        MessageEvent older;
        older.direction = Direction::Outbound;
        older.externalId = QStringLiteral("wamid.OLD");
        older.text = QStringLiteral("Hello");
        older.timestamp = since.addSecs(-3600);
        MessageEvent known = older;
        known.externalId = QStringLiteral("wamid.KNOWN");
        known.timestamp = since.addSecs(5);
        MessageEvent inbound = known;
        inbound.direction = Direction::Inbound;
        inbound.externalId = QStringLiteral("wamid.IN");
        MessageEvent ours = known;
        ours.externalId = QStringLiteral("wamid.OURS");
        MessageEvent referenced = older;
        referenced.externalId = QStringLiteral("wamid.REF");
        referenced.reference = QStringLiteral("inbox-1");
        const QSet<QString> knownIds{QStringLiteral("wamid.KNOWN")};
        QCOMPARE(findOurSend({older, known, inbound}, {}, QStringLiteral("Hello"), since, knownIds),
                 std::nullopt);
        QCOMPARE(findOurSend({inbound, known, ours}, {}, QStringLiteral("Hello"), since, knownIds),
                 std::optional(QStringLiteral("wamid.OURS")));
        QCOMPARE(findOurSend({ours, referenced}, QStringLiteral("inbox-1"), QStringLiteral("x"),
                             since, knownIds),
                 std::optional(QStringLiteral("wamid.REF")));
        QCOMPARE(findOurSend({ours}, {}, QStringLiteral("Goodbye"), since, knownIds), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestExactlyOnce)
#include "tst_exactlyonce.moc"
