// SPDX-License-Identifier: GPL-3.0-or-later
// The request layer against a local HTTP server (Qt HttpServer) standing in for a provider.
#include "ScriptedProvider.h"
#include "common/ProviderRequest.h"
#include "meta/MetaErrors.h"
#include "meta/MetaProvider.h"
#include "wati/WatiProvider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace inbox;
using namespace std::chrono_literals;

namespace {

using test::ScriptedProvider;

ProviderResponse sendAndWait(const ProviderRequest &request, QObject *owner)
{
    std::optional<ProviderResponse> result;
    request.send(owner, [&result](const ProviderResponse &response) { result = response; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        qFatal("no answer within 15 s");
    return *result;
}

RetryPolicy fast()
{
    return RetryPolicy{4, 10ms, 50ms};
}

const QByteArray graph131047 =
    R"({"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,
        "error_data":{"messaging_product":"whatsapp","details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
        "fbtrace_id":"AbC"}})";

} // namespace

class TestProviderRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsMethodPathHeadersAndJson()
    {
        ScriptedProvider provider;
        QNetworkAccessManager network;
        QObject owner;
        provider.script(
            {{QHttpServerResponder::StatusCode::Ok, R"({"messages":[{"id":"wamid.OUT"}]})", {}}});
        const ProviderResponse response = sendAndWait(
            ProviderRequest(&network, meta::id(), provider.base())
                .method("POST")
                .path(QStringLiteral("/106540352242922/messages"))
                .bearer("EAAG-token")
                .json({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                       {QStringLiteral("to"), QStringLiteral("+16505551234")}}),
            &owner);
        QVERIFY(response.ok());
        QCOMPARE(response.attempts, 1);
        QCOMPARE(response.json()
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("wamid.OUT"));
        QCOMPARE(provider.seen().size(), 1);
        const auto &seen = provider.seen().first();
        QCOMPARE(seen.method, QHttpServerRequest::Method::Post);
        QCOMPARE(seen.path, QStringLiteral("/v23.0/106540352242922/messages"));
        QCOMPARE(seen.authorization, QByteArray("Bearer EAAG-token"));
        QCOMPARE(seen.contentType, QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(seen.body).object().value(QStringLiteral("to")).toString(),
                 QStringLiteral("+16505551234"));
    }

    void honoursRetryAfterThenSucceeds()
    {
        ScriptedProvider provider;
        QNetworkAccessManager network;
        QObject owner;
        provider.script({{QHttpServerResponder::StatusCode::TooManyRequests, "{}", "1"},
                         {QHttpServerResponder::StatusCode::Ok, R"({"ok":true})", {}}});
        QElapsedTimer timer;
        timer.start();
        const ProviderResponse response =
            sendAndWait(ProviderRequest(&network, wati::id(), provider.base())
                            .path(QStringLiteral("x"))
                            .retry(fast())
                            .jitter([] { return 0.0; }),
                        &owner);
        QVERIFY(response.ok());
        QCOMPARE(response.attempts, 2);
        QCOMPARE(provider.seen().size(), 2); // one message, sent twice, accepted once
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void serverErrorsRetryWithBackoffUpToTheLimit()
    {
        ScriptedProvider provider;
        QNetworkAccessManager network;
        QObject owner;
        provider.script({{QHttpServerResponder::StatusCode::InternalServerError, "{}", {}},
                         {QHttpServerResponder::StatusCode::BadGateway, "{}", {}},
                         {QHttpServerResponder::StatusCode::ServiceUnavailable, "{}", {}},
                         {QHttpServerResponder::StatusCode::ServiceUnavailable, "{}", {}},
                         {QHttpServerResponder::StatusCode::Ok, "{}", {}}});
        const ProviderResponse response =
            sendAndWait(ProviderRequest(&network, meta::id(), provider.base())
                            .path(QStringLiteral("x"))
                            .retry(fast())
                            .errors(meta::graphError),
                        &owner);
        QVERIFY(!response.ok());
        QCOMPARE(response.attempts, 4); // the policy's limit, not the script's success
        QCOMPARE(response.httpStatus, 503);
        QVERIFY(response.error->retryable);
        QCOMPARE(response.error->provider, meta::id());
    }

    void clientErrorsAreFinalAndInWords()
    {
        ScriptedProvider provider;
        QNetworkAccessManager network;
        QObject owner;
        provider.script({{QHttpServerResponder::StatusCode::BadRequest, graph131047, {}}});
        const ProviderResponse response =
            sendAndWait(ProviderRequest(&network, meta::id(), provider.base())
                            .method("POST")
                            .path(QStringLiteral("x"))
                            .retry(fast())
                            .errors(meta::graphError),
                        &owner);
        QVERIFY(!response.ok());
        QCOMPARE(response.attempts, 1);
        QCOMPARE(response.error->code, QStringLiteral("131047"));
        QVERIFY(!response.error->retryable);
        QVERIFY(response.error->advice.contains(QStringLiteral("template")));
    }

    void aTimeoutIsRetried()
    {
        // A server that accepts and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QNetworkAccessManager network;
        QObject owner;
        QElapsedTimer timer;
        timer.start();
        const ProviderResponse response = sendAndWait(
            ProviderRequest(&network, meta::id(),
                            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())))
                .path(QStringLiteral("x"))
                .timeout(200ms)
                .retry(RetryPolicy{3, 10ms, 20ms}),
            &owner);
        QVERIFY(!response.ok());
        QCOMPARE(response.attempts, 3);
        QCOMPARE(response.httpStatus, 0);
        QVERIFY(response.error->retryable);
        QVERIFY(response.error->advice.contains(QStringLiteral("could not be reached")));
        QVERIFY(timer.elapsed() >= 600);
    }

    void noCallbackOnceTheOwnerIsGone()
    {
        ScriptedProvider provider;
        QNetworkAccessManager network;
        provider.script({{QHttpServerResponder::StatusCode::ServiceUnavailable, "{}", "1"}});
        bool called = false;
        auto *owner = new QObject;
        ProviderRequest(&network, meta::id(), provider.base())
            .path(QStringLiteral("x"))
            .retry(fast())
            .send(owner, [&called](const ProviderResponse &) { called = true; });
        QTRY_COMPARE(provider.seen().size(), 1);
        delete owner; // during the Retry-After wait
        QTest::qWait(1300);
        QVERIFY(!called);
        QCOMPARE(provider.seen().size(), 1); // and no second attempt
    }

    void retryPolicyIsPure()
    {
        const RetryPolicy policy{5, 500ms, 60'000ms};
        QCOMPARE(policy.delayFor(1, std::nullopt, 1.0), 500ms);
        QCOMPARE(policy.delayFor(3, std::nullopt, 1.0), 2000ms);
        QCOMPARE(policy.delayFor(3, std::nullopt, 0.5), 1000ms);
        QCOMPARE(policy.delayFor(20, std::nullopt, 1.0), 60'000ms); // capped
        QCOMPARE(policy.delayFor(1, 7000ms, 0.3), 7000ms);          // never sooner than asked
        QVERIFY(RetryPolicy::isRetryable(0) && RetryPolicy::isRetryable(429) &&
                RetryPolicy::isRetryable(503));
        QVERIFY(!RetryPolicy::isRetryable(400) && !RetryPolicy::isRetryable(401) &&
                !RetryPolicy::isRetryable(404));
        QVERIFY(!policy.mayRetry(5, 503));

        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("120", now), std::optional(120'000ms));
        QCOMPARE(parseRetryAfter("Sun, 22 Nov 2026 10:00:30 GMT", now), std::optional(30'000ms));
        QCOMPARE(parseRetryAfter("soon", now), std::nullopt);
        QCOMPARE(parseRetryAfter("", now), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestProviderRequest)
#include "tst_providerrequest.moc"
