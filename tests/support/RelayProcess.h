// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meta/MetaWebhook.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <memory>

namespace inbox::test {

/// A free port on loopback, for a relay started as its own process.
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// The relay as its own process, as an operator runs it: `binary` (INBOX_RELAY_BINARY) with
/// --data and --listen on loopback, and `extra` arguments. Killed when it goes.
class RelayProcess
{
public:
    RelayProcess(const QString &binary, const QString &dataDir, quint16 port,
                 const QStringList &extra = {})
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(binary,
                      QStringList{QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:%1").arg(port)} +
                          extra);
        if (!process.waitForStarted() || !process.waitForReadyRead(10000))
            qFatal("the relay did not start");
    }
    ~RelayProcess()
    {
        process.kill();
        process.waitForFinished();
    }
    RelayProcess(const RelayProcess &) = delete;
    RelayProcess &operator=(const RelayProcess &) = delete;

    QProcess process;
};

/// A Meta webhook with one text message: `id` makes it a message of its own (a relay takes the
/// same body again for a provider's retry), `text` is what the customer wrote.
inline QByteArray metaTextWebhook(const QString &id, const QString &text,
                                  const QString &phoneNumberId = QStringLiteral("1"))
{
    return QStringLiteral(
               R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398",)"
               R"("changes":[{"field":"messages","value":{"messaging_product":"whatsapp",)"
               R"("metadata":{"display_phone_number":"15550783881","phone_number_id":"%1"},)"
               R"("contacts":[{"profile":{"name":"Joana"},"wa_id":"5511987654321"}],)"
               R"("messages":[{"from":"5511987654321","id":"%2","timestamp":"1795528800",)"
               R"("type":"text","text":{"body":"%3"}}]}}]}]})")
        .arg(phoneNumberId, id, text)
        .toUtf8();
}

/// Posts every body to `url` at once, each signed as Meta signs with `appSecret` (Qt's client
/// keeps six connections busy), and waits for every answer; their HTTP statuses in order, 0
/// for a request that got none within `timeoutMs`.
inline QList<int> postSignedAll(QNetworkAccessManager &network, const QUrl &url,
                                const QList<QByteArray> &bodies, const QByteArray &appSecret,
                                int timeoutMs = 30000)
{
    QList<QNetworkReply *> replies;
    for (const QByteArray &body : bodies) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256", meta::signatureHeader(body, appSecret));
        replies << network.post(request, body);
    }
    [[maybe_unused]] const bool answered = QTest::qWaitFor(
        [&] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](const QNetworkReply *reply) { return reply->isFinished(); });
        },
        timeoutMs);
    QList<int> statuses;
    for (QNetworkReply *reply : std::as_const(replies)) {
        statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    }
    return statuses;
}

/// What a relay's /metrics says of its durable commits so far.
struct RelayCommits
{
    double commits = 0;
    double seconds = 0; ///< spent committing, all together
    double stored = 0;  ///< webhooks stored, all providers
};

inline RelayCommits relayCommits(quint16 port)
{
    QNetworkAccessManager scraper;
    std::unique_ptr<QNetworkReply> reply(scraper.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)))));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        qFatal("no metrics from the relay");
    RelayCommits figures;
    for (const QByteArray &line : reply->readAll().split('\n')) {
        if (line.startsWith("relay_commit_seconds_count "))
            figures.commits = line.split(' ').last().toDouble();
        else if (line.startsWith("relay_commit_seconds_sum "))
            figures.seconds = line.split(' ').last().toDouble();
        else if (line.startsWith("relay_webhooks_stored_total"))
            figures.stored += line.split(' ').last().toDouble();
    }
    return figures;
}

} // namespace inbox::test
