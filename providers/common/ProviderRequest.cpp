// SPDX-License-Identifier: GPL-3.0-or-later
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

#include <cstring>

namespace inbox {

QJsonObject ProviderResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

namespace {

/// A request body read once: it cannot be rewound, so nothing sends it a second time. (Not a
/// QBuffer: Qt reads a QBuffer's bytes directly, and can then send them again.)
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_read + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_read == m_bytes.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, qint64(m_bytes.size()) - m_read);
        std::memcpy(data, m_bytes.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

/// True when the provider surely did not act on the request: it was never delivered (no
/// connection, no name, no TLS), or the answer says it was turned away before any work.
bool surelyNotActedOn(QNetworkReply::NetworkError error, int httpStatus)
{
    if (httpStatus == 429 || httpStatus == 503)
        return true;
    if (httpStatus > 0)
        return false;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

} // namespace

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

ProviderRequest &ProviderRequest::atMostOnce()
{
    m_atMostOnce = true;
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
    if (r.m_form.isEmpty() && r.m_atMostOnce && !r.m_body.isEmpty()) {
        // Qt's HTTP layer sends a request again by itself when the connection closes before
        // the answer; a body that cannot be rewound makes it fail instead (ContentReSendError).
        auto *body = new OneShotBody(r.m_body);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.m_body.size());
        reply = r.m_network->sendCustomRequest(request, r.m_method, body);
        body->setParent(reply);
    } else if (r.m_form.isEmpty()) {
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
        const bool notActedOn = surelyNotActedOn(reply->error(), response.httpStatus);
        const bool outcomeUnknown = sent.m_atMostOnce && !notActedOn &&
                                    (response.httpStatus == 0 || response.httpStatus >= 500);
        if (sent.m_policy.mayRetry(call->attempts, response.httpStatus) && !outcomeUnknown) {
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
        if (outcomeUnknown) {
            error.outcomeUnknown = true;
            error.retryable = false;
            error.advice = QCoreApplication::translate(
                "inbox", "the provider's answer was lost, so the message may or may not have "
                         "been sent; it is not sent again on its own");
        }
        response.error = error;
        call->done(response);
    });
}

} // namespace inbox
