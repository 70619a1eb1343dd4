// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpReplyHook.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

namespace inbox {

HttpReplyHook::HttpReplyHook(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

QFuture<Expected<std::optional<QString>, QString>> HttpReplyHook::ask(const QUrl &hook,
                                                                      const QJsonObject &message)
{
    using Result = Expected<std::optional<QString>, QString>;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    QNetworkRequest request(hook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(message).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, promise, hook] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            promise->addResult(
                Result(QCoreApplication::translate("inbox::HttpReplyHook",
                                                   "the reply hook %1 did not answer: %2")
                           .arg(hook.toString(), reply->errorString())));
        } else if (status == 204 || (status == 200 && body.trimmed().isEmpty())) {
            promise->addResult(Result(std::optional<QString>()));
        } else if (status != 200) {
            promise->addResult(
                Result(QCoreApplication::translate("inbox::HttpReplyHook",
                                                   "the reply hook %1 answered HTTP %2")
                           .arg(hook.toString())
                           .arg(status)));
        } else {
            const QJsonDocument answer = QJsonDocument::fromJson(body);
            const QJsonValue text = answer.object().value(QLatin1String("reply"));
            if (!answer.isObject() || (!text.isString() && !text.isUndefined() && !text.isNull())) {
                promise->addResult(
                    Result(QCoreApplication::translate(
                               "inbox::HttpReplyHook",
                               "the reply hook %1 answered without {\"reply\": \"text\"}")
                               .arg(hook.toString())));
            } else {
                const QString words = text.toString().trimmed();
                promise->addResult(
                    Result(words.isEmpty() ? std::optional<QString>() : std::optional(words)));
            }
        }
        promise->finish();
    });
    return promise->future();
}

} // namespace inbox
