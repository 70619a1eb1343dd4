#include "WatiClient.h"

#include "common/ProviderRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

namespace inbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::wati", text);
}

ProviderError cannot(const QString &advice)
{
    ProviderError error;
    error.provider = Provider::Wati;
    error.title = tr("Cannot do this through WATI");
    error.advice = advice;
    return error;
}

/// WATI wants numbers as digits with the country code and no "+".
QString digitsOf(const QString &e164)
{
    QString digits = e164;
    digits.remove(QLatin1Char('+'));
    return digits;
}

ProviderError watiError(int httpStatus, const QByteArray &body)
{
    ProviderError error;
    error.provider = Provider::Wati;
    error.httpStatus = httpStatus;
    error.retryable = RetryPolicy::isRetryable(httpStatus);
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    error.title = answer.value(QLatin1String("info")).toString();
    if (error.title.isEmpty())
        error.title = answer.value(QLatin1String("message")).toString();
    if (error.title.isEmpty())
        error.title = tr("WATI answered HTTP %1").arg(httpStatus);
    error.advice = httpStatus == 401 ? tr("the WATI token is wrong or expired; paste a new one in "
                                          "Settings")
                   : error.retryable ? tr("WATI is unavailable; the inbox retries shortly")
                                     : tr("WATI refused the request");
    return error;
}

/// The message id in a WATI answer, wherever this endpoint puts it.
QString idIn(const QJsonObject &answer)
{
    const QJsonObject message = answer.value(QLatin1String("message")).toObject();
    for (const QString &id : {message.value(QLatin1String("whatsappMessageId")).toString(),
                              message.value(QLatin1String("id")).toString(),
                              answer.value(QLatin1String("localMessageId")).toString(),
                              answer.value(QLatin1String("receivers"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("localMessageId"))
                                  .toString()}) {
        if (!id.isEmpty())
            return id;
    }
    return {};
}

} // namespace

WatiClient::WatiClient(QNetworkAccessManager *network, WatiAccount account, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(std::move(account))
{}

std::optional<ProviderError> WatiClient::refusalIn(const QJsonObject &answer)
{
    const QJsonValue result = answer.value(QLatin1String("result"));
    if (!(result.isBool() && !result.toBool()))
        return std::nullopt;
    ProviderError error;
    error.provider = Provider::Wati;
    error.httpStatus = 200;
    error.code = QStringLiteral("result:false");
    error.title = answer.value(QLatin1String("info")).toString();
    if (error.title.isEmpty())
        error.title = tr("WATI did not accept the message");
    error.advice = tr("check the number and the template, then send again");
    return error;
}

QFuture<SendResult> WatiClient::send(const OutgoingMessage &message)
{
    ProviderRequest request(m_network, Provider::Wati, m_account.baseUrl);
    request.method("POST").bearer(m_account.token).retry(m_policy).errors(watiError);
    const QString phone = digitsOf(message.to);
    if (message.kind == MessageKind::Text) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("messageText"), message.text);
        request.path(QStringLiteral("/api/v1/sendSessionMessage/") + phone).query(query);
    } else if (message.kind == MessageKind::Template) {
        QJsonArray parameters;
        for (auto it = message.templateValues.cbegin(); it != message.templateValues.cend(); ++it)
            parameters.append(QJsonObject{{QStringLiteral("name"), QString::number(it.key())},
                                          {QStringLiteral("value"), it.value()}});
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("whatsappNumber"), phone);
        request.path(QStringLiteral("/api/v1/sendTemplateMessage"))
            .query(query)
            .json({{QStringLiteral("template_name"), message.templateName},
                   {QStringLiteral("broadcast_name"), m_account.broadcastName},
                   {QStringLiteral("parameters"), parameters}});
    } else {
        return QtFuture::makeReadyFuture<SendResult>(
            {{},
             cannot(tr("the inbox sends text and templates through WATI so far, "
                       "not %1 messages")
                        .arg(kindKey(message.kind)))});
    }

    auto promise = std::make_shared<QPromise<SendResult>>();
    promise->start();
    request.send(this, [promise](const ProviderResponse &response) {
        SendResult result;
        if (!response.ok()) {
            result.error = response.error;
        } else if (const auto refusal = refusalIn(response.json())) {
            result.error = refusal;
        } else {
            result.externalId = idIn(response.json());
        }
        promise->addResult(result);
        promise->finish();
    });
    return promise->future();
}

QFuture<SendResult> WatiClient::markRead(const QString &)
{
    return QtFuture::makeReadyFuture<SendResult>(
        {{},
         cannot(tr("WATI has no API to mark messages as read; they show as read "
                   "when an operator opens the chat in WATI"))});
}

} // namespace inbox
