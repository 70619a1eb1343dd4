// SPDX-License-Identifier: GPL-3.0-or-later
// The relay process killed with SIGKILL in the middle of a load of signed webhooks, then
// restarted: every webhook that got 200 is in the stream exactly once, in sequence order.
#include "RelayDirectory.h"
#include "RelayProcess.h"
#include "StreamProbe.h"
#include "meta/MetaWebhook.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace inbox;
using inbox::test::StreamProbe;

using inbox::test::freePort;
using inbox::test::RelayProcess;

namespace {

/// A Meta text message; each one different, so none is taken for a duplicate.
QByteArray webhookBody(int n)
{
    return inbox::test::metaTextWebhook(QStringLiteral("wamid.LOAD%1").arg(n),
                                        QStringLiteral("message %1").arg(n));
}

} // namespace

class TestRelayCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAcknowledgedWebhookSurvivesAKill()
    {
        QTemporaryDir dir;
        const QByteArray secret = "crash-secret";
        QString token;
        {
            auto directory = relay::RelayDirectory::open(dir.path()).value();
            directory->addOrg(QStringLiteral("acme"));
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("meta"),
                                   QStringLiteral("106540352242922"),
                                   "v",
                                   secret,
                                   {}});
            token = directory->addAgent(QStringLiteral("acme"), QStringLiteral("Ana"), Role::Agent)
                        ->token;
        }
        const quint16 port = freePort();
        QSet<int> acknowledged;
        constexpr int total = 600;
        {
            RelayProcess relay(QStringLiteral(INBOX_RELAY_BINARY), dir.path(), port);
            QNetworkAccessManager network;
            const QUrl url(
                QStringLiteral("http://127.0.0.1:%1/webhooks/meta/106540352242922").arg(port));
            int finished = 0;
            bool killed = false;
            for (int n = 0; n < total; ++n) {
                QNetworkRequest request(url);
                request.setHeader(QNetworkRequest::ContentTypeHeader,
                                  QByteArrayLiteral("application/json"));
                const QByteArray body = webhookBody(n);
                request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(body, secret));
                QNetworkReply *reply = network.post(request, body);
                QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply, n] {
                    ++finished;
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                        acknowledged.insert(n);
                    reply->deleteLater();
                    // Killed without warning while requests are in flight.
                    if (acknowledged.size() == total / 3 && !killed) {
                        killed = true;
                        ::kill(pid_t(relay.process.processId()), SIGKILL);
                    }
                });
            }
            QVERIFY(QTest::qWaitFor([&] { return finished == total; }, 60000));
            QVERIFY(killed);
        }
        QVERIFY(acknowledged.size() >= total / 3);
        QVERIFY(acknowledged.size() < total);

        RelayProcess restarted(QStringLiteral(INBOX_RELAY_BINARY), dir.path(), port);
        StreamProbe desk(port, token, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.ofType(QStringLiteral("welcome")).isEmpty(), 10000);
        const qint64 head = desk.ofType(QStringLiteral("welcome"))
                                .first()
                                .value(QStringLiteral("head"))
                                .toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(desk.seqs().size(), int(head), 20000);
        QList<qint64> expected;
        for (qint64 seq = 1; seq <= head; ++seq)
            expected.append(seq);
        QCOMPARE(desk.seqs(), expected); // in order, without gaps
        QHash<QString, int> seen;
        for (const QJsonObject &event : desk.ofType(QStringLiteral("event"))) {
            const QString id = event.value(QStringLiteral("body"))
                                   .toObject()
                                   .value(QStringLiteral("entry"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("changes"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("value"))
                                   .toObject()
                                   .value(QStringLiteral("messages"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
            ++seen[id];
        }
        for (int n : std::as_const(acknowledged)) {
            const QString id = QStringLiteral("wamid.LOAD%1").arg(n);
            QVERIFY2(seen.value(id) == 1,
                     qPrintable(id + QStringLiteral(" seen %1 times").arg(seen.value(id))));
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        qInfo("%d of %d acknowledged before the kill; %lld stored, all in order",
              int(acknowledged.size()), total, head);
    }
};

QTEST_GUILESS_MAIN(TestRelayCrash)
#include "tst_relaycrash.moc"
