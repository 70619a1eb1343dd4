// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's fakes behave like their providers where the inbox depends on it: a webhook the
// receiver did not answer 200 comes again on the provider's schedule (also after the receiver
// was down), the media a webhook announces is served to the provider's own client, every kind
// a provider's customers send is read back as that kind, and the control routes say themselves.
#include "ProviderRegistry.h"
#include "Sandbox.h"
#include "demo/DemoAccounts.h"
#include "meta/MetaFake.h"
#include "meta/MetaProvider.h"
#include "openwa/OpenWaFake.h"
#include "unipile/UnipileFake.h"
#include "unipile/UnipileProvider.h"
#include "wati/WatiFake.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;
using namespace std::chrono_literals;

namespace {

/// Takes webhooks on a port it keeps; answers `refuse` of them 503 first, and none while down.
class Receiver
{
public:
    Receiver()
    {
        m_server.route(QStringLiteral("/<arg>"), [this](const QUrl &,
                                                        const QHttpServerRequest &request) {
            attempts.append(request.body());
            if (refuse > 0) {
                --refuse;
                return QHttpServerResponse(QHttpServerResponder::StatusCode::ServiceUnavailable);
            }
            bodies.append({request.url().path(), request.body()});
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        m_port = m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    int refuse = 0;
    QList<QByteArray> attempts;
    QList<std::pair<QString, QByteArray>> bodies; ///< answered 200

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

SandboxConfig fast(const Receiver &receiver)
{
    SandboxConfig config;
    config.postTo(receiver.url({}));
    config.webhookRetryScale = 1.0 / 6000; // Meta's first minute: 10 ms
    config.statusStep = 10ms;
    return config;
}

/// The first message event of a webhook body, read by the provider's normaliser.
std::optional<MessageEvent> messageIn(const QString &provider, const QByteArray &body)
{
    const auto events = findProvider(provider)->parse(body);
    if (!events)
        return std::nullopt;
    for (const ProviderEvent &event : events.value()) {
        if (const auto *message = std::get_if<MessageEvent>(&event))
            return *message;
    }
    return std::nullopt;
}

} // namespace

class TestSandboxFakes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWebhookNotAnswered200ComesAgainWithTheSameBytes()
    {
        for (const QString &provider : Sandbox(SandboxConfig{}).providers()) {
            Receiver receiver;
            receiver.refuse = 2;
            Sandbox sandbox(fast(receiver));
            QVERIFY(sandbox.listen());
            sandbox.customerWrites(provider, QStringLiteral("5511987654321"),
                                   QStringLiteral("Joana"), QStringLiteral("Oi"));
            QTRY_COMPARE_WITH_TIMEOUT(receiver.bodies.size(), 1, 10000);
            QCOMPARE(receiver.attempts.size(), 3);
            QCOMPARE(receiver.attempts[0], receiver.attempts[2]);
            QCOMPARE(receiver.bodies[0].second, receiver.attempts[0]);
            QTRY_COMPARE(sandbox.webhooksWaiting(), 0);
        }
    }

    void aMessageSentWhileTheReceiverWasDownArrivesWhenItIsBack()
    {
        // A port with nothing behind it, then a receiver on that very port.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SandboxConfig config;
        config.postTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        config.webhookRetryScale = 1.0 / 600; // Meta's first minute: 100 ms
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen());
        QList<int> statuses;
        connect(&sandbox, &Sandbox::webhookPosted, this,
                [&statuses](const QUrl &, int status) { statuses << status; });
        sandbox.customerWrites(QLatin1String(meta::key), QStringLiteral("5511987654321"),
                               QStringLiteral("Joana"), QStringLiteral("sent while down"));
        QTRY_VERIFY(statuses.size() >= 2); // refused, and refused again
        QVERIFY(!statuses.contains(200));
        QCOMPARE(sandbox.webhooksWaiting(), 1);

        QHttpServer back;
        QByteArray arrived;
        back.route(QStringLiteral("/<arg>"), [&arrived](const QUrl &, const QHttpServerRequest &r) {
            arrived = r.body();
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        QCOMPARE(back.listen(QHostAddress::LocalHost, port), port);
        QTRY_VERIFY_WITH_TIMEOUT(arrived.contains("sent while down"), 15000);
        QTRY_COMPARE(sandbox.webhooksWaiting(), 0);
    }

    void eachProviderGivesUpWhereItDoes()
    {
        // Meta: about seven days of tries, at most an hour apart; WATI: 144 in a day; UniPile:
        // five; open-wa: three.
        std::chrono::minutes metaTotal{0};
        int metaTries = 0;
        while (const auto wait = sandbox::MetaFake::retryAfter(metaTries + 1)) {
            QVERIFY(*wait <= 60min);
            metaTotal += std::chrono::duration_cast<std::chrono::minutes>(*wait);
            ++metaTries;
        }
        QVERIFY(metaTotal <= std::chrono::hours(24 * 7));
        QVERIFY(metaTotal > std::chrono::hours(24 * 7) - 60min);
        QCOMPARE(sandbox::MetaFake::retryAfter(1), std::optional(std::chrono::milliseconds(60s)));
        QVERIFY(sandbox::WatiFake::retryAfter(144) && !sandbox::WatiFake::retryAfter(145));
        QVERIFY(sandbox::UnipileFake::retryAfter(5) && !sandbox::UnipileFake::retryAfter(6));
        QVERIFY(sandbox::OpenWaFake::retryAfter(3) && !sandbox::OpenWaFake::retryAfter(4));
    }

    void theMediaAWebhookAnnouncesIsServedToTheProvidersClient()
    {
        QNetworkAccessManager network;
        QTemporaryDir folder;
        for (const QString &provider : Sandbox(SandboxConfig{}).providers()) {
            Receiver receiver;
            Sandbox sandbox(fast(receiver));
            QVERIFY(sandbox.listen());
            sandbox.customerWrites({provider,
                                    QStringLiteral("5511987654321"),
                                    QStringLiteral("Joana"),
                                    QStringLiteral("image"),
                                    QStringLiteral("the receipt"),
                                    {}});
            QTRY_COMPARE(receiver.bodies.size(), 1);
            const auto message = messageIn(provider, receiver.bodies[0].second);
            QVERIFY2(message && message->media, qPrintable(provider));
            QCOMPARE(message->kind, QStringLiteral("image"));

            const demo::DemoAccount &demo = demo::accountOn(provider);
            QUrl root = sandbox.metaBaseUrl();
            root.setPath({});
            auto client =
                makeProviderClient(&network, demo::throughSandbox(demo, root), demo.token);
            QVERIFY(client);
            auto download =
                client.value()->downloadMedia(message->externalId, *message->media, folder.path());
            QTRY_VERIFY_WITH_TIMEOUT(download.isFinished(), 10000);
            const auto saved = download.result();
            QVERIFY2(saved,
                     saved ? ""
                           : qPrintable(provider + QLatin1String(": ") + saved.error().message()));
            QFile file(saved->localPath);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(saved->localPath));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.size() > 1000);
            QVERIFY2(bytes.startsWith("\xFF\xD8"), qPrintable(provider)); // a JPEG, as announced
        }
    }

    void everyKindACustomerSendsIsReadBackAsThatKind()
    {
        for (const QString &provider : Sandbox(SandboxConfig{}).providers()) {
            Receiver receiver;
            Sandbox sandbox(fast(receiver));
            QVERIFY(sandbox.listen());
            const QStringList kinds = sandbox.customerKinds(provider);
            QVERIFY2(kinds.size() >= 8, qPrintable(provider)); // text and media at least
            const QString first =
                sandbox.customerWrites(provider, QStringLiteral("5511987654321"),
                                       QStringLiteral("Joana"), QStringLiteral("first"));
            QTRY_COMPARE(receiver.bodies.size(), 1);
            for (const QString &kind : kinds) {
                const qsizetype before = receiver.bodies.size();
                sandbox.customerWrites({provider, QStringLiteral("5511987654321"),
                                        QStringLiteral("Joana"), kind, QStringLiteral("Oi"),
                                        kind == QLatin1String("reaction") ? first : QString()});
                QTRY_COMPARE(receiver.bodies.size(), before + 1);
                const auto message = messageIn(provider, receiver.bodies.last().second);
                QVERIFY2(message, qPrintable(provider + QLatin1Char(':') + kind));
                // Meta tells voice notes apart from audio files; so do the others here.
                QCOMPARE(message->kind, kind);
                QCOMPARE(message->from, QStringLiteral("+5511987654321"));
                if (kind == QLatin1String("reaction"))
                    QCOMPARE(message->replyTo, first);
            }
        }
    }

    void aKnownUnipileCustomerIsShownByTheNameGivenNow()
    {
        Receiver receiver;
        Sandbox sandbox(fast(receiver));
        QVERIFY(sandbox.listen());
        // Oliver Bennett is one of the fake's chats from the start.
        sandbox.customerWrites(QLatin1String(unipile::key), QStringLiteral("447700900123"),
                               QStringLiteral("Olly B."), QStringLiteral("new phone, new name"));
        QTRY_COMPARE(receiver.bodies.size(), 1);
        const auto message = messageIn(QLatin1String(unipile::key), receiver.bodies[0].second);
        QVERIFY(message);
        QCOMPARE(message->customerName, QStringLiteral("Olly B."));
    }

    void theControlRoutesListThemselves()
    {
        Sandbox sandbox(SandboxConfig{});
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        QUrl url = sandbox.metaBaseUrl();
        url.setPath(QStringLiteral("/_sandbox"));
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QTRY_VERIFY(reply->isFinished());
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QStringList routes;
        for (const QJsonValue &route : answer.value(QLatin1String("routes")).toArray())
            routes << route.toObject().value(QLatin1String("route")).toString();
        for (const sandbox::ControlRoute &route : sandbox.controlRoutes())
            QVERIFY2(routes.contains(route.route), qPrintable(route.route));
        QVERIFY(routes.contains(QStringLiteral("POST /_sandbox/openwa/link")));
        QCOMPARE(answer.value(QLatin1String("providers")).toArray().size(), 4);
        // An unknown route says where the list is.
        url.setPath(QStringLiteral("/_sandbox/nothing"));
        reply = network.get(QNetworkRequest(url));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QVERIFY(reply->readAll().contains("GET /_sandbox"));
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestSandboxFakes)
#include "tst_sandboxfakes.moc"
