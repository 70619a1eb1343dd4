#include "ProviderRequest.h"

#include "ProvidersLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace inbox {

QJsonObject ProviderResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

/// Everything one send needs across its attempts.
struct ProviderRequest::Call
{
    ProviderRequest request;
    QPointer<QObject> owner;
    std::function<void(const ProviderResponse &)> done;
    int attempts = 0;
};

ProviderRequest::ProviderRequest(QNetworkAccessManager *network, Provider provider, QUrl baseUrl)
    : m_network(network)
    , m_provider(provider)
    , m_base(std::move(baseUrl))
{}

ProviderRequest &ProviderRequest::method(QByteArray verb)
{
    m_method = std::move(verb);
    return *this;
}

ProviderRequest &ProviderRequest::path(const QString &path)
{
    m_path = path;
    return *this;
}

ProviderRequest &ProviderRequest::query(const QUrlQuery &query)
{
    m_query = query;
    return *this;
}

ProviderRequest &ProviderRequest::header(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

ProviderRequest &ProviderRequest::bearer(const QByteArray &token)
{
    return header(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token);
}

ProviderRequest &ProviderRequest::json(const QJsonObject &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
}

ProviderRequest &ProviderRequest::form(QList<FormField> fields)
{
    m_form = std::move(fields);
    return *this;
}

ProviderRequest &ProviderRequest::timeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    return *this;
}

ProviderRequest &ProviderRequest::retry(RetryPolicy policy)
{
    m_policy = policy;
    return *this;
}

ProviderRequest &ProviderRequest::errors(ErrorReader reader)
{
    m_errors = std::move(reader);
    return *this;
}

ProviderRequest &ProviderRequest::jitter(std::function<double()> draw)
{
    m_jitter = std::move(draw);
    return *this;
}

QUrl ProviderRequest::url() const
{
    QUrl url = m_base;
    if (m_path.isEmpty()) { // an absolute URL given by the provider (a media download)
        if (!m_query.isEmpty())
            url.setQuery(m_query);
        return url;
    }
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (m_path.startsWith(QLatin1Char('/')) ? m_path : QLatin1Char('/') + m_path));
    if (!m_query.isEmpty())
        url.setQuery(m_query);
    return url;
}

void ProviderRequest::send(QObject *owner, std::function<void(const ProviderResponse &)> done) const
{
    auto call = std::make_shared<Call>(Call{*this, owner, std::move(done), 0});
    attempt(call);
}

void ProviderRequest::attempt(std::shared_ptr<Call> call)
{
    if (!call->owner)
        return; // the owner is gone: nobody is left to answer
    const ProviderRequest &r = call->request;
    QNetworkRequest request(r.url());
    request.setTransferTimeout(int(r.m_timeout.count()));
    for (const auto &[name, value] : r.m_headers)
        request.setRawHeader(name, value);
    ++call->attempts;
    QNetworkReply *reply = nullptr;
    if (r.m_form.isEmpty()) {
        reply = r.m_network->sendCustomRequest(request, r.m_method, r.m_body);
    } else {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const FormField &field : r.m_form) {
            QHttpPart part;
            QString disposition = QStringLiteral("form-data; name=\"%1\"").arg(field.name);
            if (!field.filePath.isEmpty()) {
                auto *file = new QFile(field.filePath, multipart);
                if (!file->open(QIODevice::ReadOnly)) {
                    delete multipart;
                    ProviderResponse response;
                    response.attempts = call->attempts;
                    ProviderError error;
                    error.provider = r.m_provider;
                    error.title =
                        QCoreApplication::translate("inbox", "Cannot read %1").arg(field.filePath);
                    error.detail = file->errorString();
                    error.advice = QCoreApplication::translate(
                        "inbox", "check that the file still exists and can be read");
                    response.error = error;
                    call->done(response);
                    return;
                }
                disposition +=
                    QStringLiteral("; filename=\"%1\"").arg(QFileInfo(field.filePath).fileName());
                part.setBodyDevice(file);
            } else {
                part.setBody(field.value);
            }
            part.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
            if (!field.contentType.isEmpty())
                part.setHeader(QNetworkRequest::ContentTypeHeader, field.contentType);
            multipart->append(part);
        }
        reply = r.m_network->sendCustomRequest(request, r.m_method, multipart);
        multipart->setParent(reply);
    }
    // The reply must not outlive its owner, and must not call back into it once gone.
    QObject::connect(call->owner, &QObject::destroyed, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QObject::connect(reply, &QNetworkReply::finished, call->owner, [call, reply] {
        const ProviderRequest &sent = call->request;
        ProviderResponse response;
        response.attempts = call->attempts;
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        const bool success = reply->error() == QNetworkReply::NoError &&
                             response.httpStatus >= 200 && response.httpStatus < 300;
        if (success) {
            call->done(response);
            return;
        }
        if (sent.m_policy.mayRetry(call->attempts, response.httpStatus)) {
            const auto retryAfter =
                parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
            const double draw =
                sent.m_jitter ? sent.m_jitter() : QRandomGenerator::global()->generateDouble();
            const auto delay = sent.m_policy.delayFor(call->attempts, retryAfter, draw);
            qCInfo(lcProviders) << sent.m_provider.key() << sent.m_method << sent.m_path << "got"
                                << response.httpStatus << reply->error() << "- retry"
                                << call->attempts + 1 << "in" << delay.count() << "ms";
            QTimer::singleShot(delay, call->owner, [call] { attempt(call); });
            return;
        }
        ProviderError error;
        if (response.httpStatus > 0 && sent.m_errors) {
            error = sent.m_errors(response.httpStatus, response.body);
        } else {
            error.httpStatus = response.httpStatus;
            error.title =
                response.httpStatus > 0
                    ? QCoreApplication::translate("inbox", "HTTP %1").arg(response.httpStatus)
                    : reply->errorString();
            error.retryable = RetryPolicy::isRetryable(response.httpStatus);
            error.advice =
                response.httpStatus > 0
                    ? QCoreApplication::translate("inbox", "the provider refused the request")
                    : QCoreApplication::translate("inbox",
                                                  "the provider could not be reached; check the "
                                                  "connection and the account's address");
        }
        error.provider = sent.m_provider;
        response.error = error;
        call->done(response);
    });
}

} // namespace inbox
