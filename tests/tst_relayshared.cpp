// SPDX-License-Identifier: GPL-3.0-or-later
// Shared mode: two relays on one real PostgreSQL serve one organisation. An event accepted by
// either reaches the clients of both, sequence numbers have no gaps, a duplicate posted to both
// is stored once, and a client may resume on the other relay and miss nothing.
#include "PostgresServer.h"
#include "Relay.h"
#include "StreamProbe.h"
#include "meta/MetaWebhook.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;
using namespace inbox::relay;
using inbox::test::StreamProbe;

namespace {

const QByteArray secret = "shared-secret";
const QString account = QStringLiteral("106540352242922");

QByteArray body(int n)
{
    return QStringLiteral(R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":)"
                          R"([{"field":"messages","value":{"n":%1}}]}]})")
        .arg(n)
        .toUtf8();
}

} // namespace

class TestRelayShared : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoRelaysOneOrganisation()
    {
        test::PostgresServer postgres;
        if (!postgres.problem().isEmpty())
            QSKIP(qPrintable(postgres.problem()));
        QTemporaryDir dir;
        QString token;
        {
            auto directory = RelayDirectory::open(dir.path()).value();
            directory->addOrg(QStringLiteral("acme"));
            directory->addAccount(
                {QStringLiteral("acme"), QStringLiteral("meta"), account, "v", secret, {}});
            token = directory->addAgent(QStringLiteral("acme"), QStringLiteral("Ana"), Role::Agent)
                        ->token;
        }
        RelayOptions options;
        options.dataDir = dir.path();
        options.store = postgres.url();
        auto first = Relay::create(options);
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        auto second = Relay::create(options);
        QVERIFY2(second, second ? "" : qPrintable(second.error()));
        QCOMPARE(first.value()->log().kind(), EventStore::Kind::Postgres);
        const quint16 portA = first.value()->open(QHostAddress::LocalHost, 0);
        const quint16 portB = second.value()->open(QHostAddress::LocalHost, 0);

        StreamProbe onA(portA, token, 0);
        StreamProbe onB(portB, token, 0);
        QTRY_VERIFY(!onA.ofType(QStringLiteral("welcome")).isEmpty() &&
                    !onB.ofType(QStringLiteral("welcome")).isEmpty());

        QNetworkAccessManager network;
        int acknowledged = 0;
        auto post = [&](quint16 port, const QByteArray &bytes) {
            QNetworkRequest request(QUrl(
                QStringLiteral("http://127.0.0.1:%1/webhooks/meta/%2").arg(port).arg(account)));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(bytes, secret));
            QNetworkReply *reply = network.post(request, bytes);
            QObject::connect(reply, &QNetworkReply::finished, &network, [&acknowledged, reply] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    ++acknowledged;
                reply->deleteLater();
            });
        };
        // Both relays take webhooks at the same time.
        constexpr int total = 80;
        for (int n = 0; n < total; ++n)
            post(n % 2 ? portA : portB, body(n));
        QTRY_COMPARE_WITH_TIMEOUT(acknowledged, total, 30000);
        QList<qint64> expected;
        for (qint64 seq = 1; seq <= total; ++seq)
            expected.append(seq);
        QTRY_COMPARE_WITH_TIMEOUT(onA.seqs(), expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(onB.seqs(), expected, 10000);

        // The same body to both relays is stored once.
        post(portA, body(1000));
        post(portB, body(1000));
        QTRY_COMPARE_WITH_TIMEOUT(acknowledged, total + 2, 10000);
        QTRY_COMPARE(onA.seqs().size(), total + 1);
        QTest::qWait(200);
        QCOMPARE(onB.seqs().size(), total + 1);

        // A client leaves relay A at some cursor and resumes on relay B.
        const qint64 cursor = 37;
        StreamProbe resumed(portB, token, cursor);
        QTRY_COMPARE(resumed.seqs().size(), int(total + 1 - cursor));
        QCOMPARE(resumed.seqs().first(), cursor + 1);
        QCOMPARE(resumed.seqs().last(), qint64(total + 1));

        // Two agents on two relays take one conversation at once: the database decides.
        QString lucasToken;
        {
            auto directory = RelayDirectory::open(dir.path()).value();
            lucasToken =
                directory->addAgent(QStringLiteral("acme"), QStringLiteral("Lucas"), Role::Agent)
                    ->token;
        }
        StreamProbe lucas(portB, lucasToken, qint64(total + 1));
        QTRY_VERIFY(!lucas.ofType(QStringLiteral("welcome")).isEmpty());
        const auto take = [](const QString &who) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("assign")},
                               {QStringLiteral("provider"), QStringLiteral("meta")},
                               {QStringLiteral("account"), account},
                               {QStringLiteral("phone"), QStringLiteral("+5511912345678")},
                               {QStringLiteral("assignee"), who}};
        };
        onA.publish(QStringLiteral("ana-takes"), take(QStringLiteral("ana")));
        lucas.publish(QStringLiteral("lucas-takes"), take(QStringLiteral("lucas")));
        QTRY_COMPARE(onA.ofType(QStringLiteral("ack")).size() +
                         lucas.ofType(QStringLiteral("ack")).size(),
                     1);
        QTRY_COMPARE(onA.ofType(QStringLiteral("error")).size() +
                         lucas.ofType(QStringLiteral("error")).size(),
                     1);
        const QJsonObject refused = (onA.ofType(QStringLiteral("error")).isEmpty() ? lucas : onA)
                                        .ofType(QStringLiteral("error"))
                                        .first();
        QVERIFY2(refused.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("already has this conversation")),
                 qPrintable(refused.value(QStringLiteral("message")).toString()));
        QTRY_COMPARE(lucas.seqs().size(), 1); // one assignment, seen on both relays
        QTRY_COMPARE(onA.seqs().size(), total + 2);
    }
};

QTEST_GUILESS_MAIN(TestRelayShared)
#include "tst_relayshared.moc"
