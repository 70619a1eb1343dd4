// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RetryPolicy.h"
#include "domain/Expected.h"
#include "domain/ProviderError.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QPromise>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace inbox {

/// What a provider call came back with: the last answer, or the typed error.
struct ProviderResponse
{
    int httpStatus = 0;
    QByteArray body;
    int attempts = 0;
    std::optional<ProviderError> error;

    bool ok() const { return !error.has_value(); }
    QJsonObject json() const;
};

/// One part of a multipart/form-data body: a text value, or a file read at send time.
struct FormField
{
    QString name;
    QByteArray value;
    QString filePath; ///< when set, the part is this file's bytes
    QByteArray contentType;
};

/// Reads a provider's error answer (status and body) into a typed error.
using ErrorReader = std::function<ProviderError(int httpStatus, const QByteArray &body)>;

/// One provider call, used by every provider: base URL, auth header, JSON body, timeout, retry
/// policy and a lifetime guard. Built with chained setters, then sent; the callback runs once,
/// on the owner's thread, and never after the owner is gone.
class ProviderRequest
{
public:
    ProviderRequest(QNetworkAccessManager *network, Provider provider, QUrl baseUrl);

    ProviderRequest &method(QByteArray verb);
    ProviderRequest &path(const QString &path);
    ProviderRequest &query(const QUrlQuery &query);
    ProviderRequest &header(const QByteArray &name, const QByteArray &value);
    ProviderRequest &bearer(const QByteArray &token);
    ProviderRequest &json(const QJsonObject &body);
    /// A multipart/form-data body, built anew for every attempt (a sent one is consumed).
    ProviderRequest &form(QList<FormField> fields);
    ProviderRequest &timeout(std::chrono::milliseconds timeout);
    ProviderRequest &retry(RetryPolicy policy);
    /// A call that must not take effect twice (sending a message: no provider takes an
    /// idempotency key). It is retried only when the provider surely did not act on it (it
    /// could not be reached, or answered 429 or 503); an answer lost on the way back ends the
    /// call with `outcomeUnknown` set.
    ProviderRequest &atMostOnce();
    ProviderRequest &errors(ErrorReader reader);
    /// The random draw for jitter, in [0, 1]; tests pin it.
    ProviderRequest &jitter(std::function<double()> draw);

    QUrl url() const;
    /// Sends, retrying as the policy says; `done` gets the final response.
    void send(QObject *owner, std::function<void(const ProviderResponse &)> done) const;

private:
    struct Call;
    static void attempt(std::shared_ptr<Call> call);

    QNetworkAccessManager *m_network;
    Provider m_provider;
    QUrl m_base;
    QByteArray m_method = QByteArrayLiteral("GET");
    QString m_path;
    QUrlQuery m_query;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QList<FormField> m_form;
    std::chrono::milliseconds m_timeout{30'000};
    RetryPolicy m_policy;
    bool m_atMostOnce = false;
    ErrorReader m_errors;
    std::function<double()> m_jitter;
};

/// Sends `request` and reads a successful answer with `read`; a failed call gives its typed
/// error. What every provider client's calls come down to.
template<class T>
QFuture<Expected<T, ProviderError>>
fetch(const ProviderRequest &request, QObject *owner,
      std::function<Expected<T, ProviderError>(const ProviderResponse &)> read)
{
    using Result = Expected<T, ProviderError>;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    request.send(owner, [promise, read](const ProviderResponse &response) {
        promise->addResult(response.ok() ? read(response) : Result(*response.error));
        promise->finish();
    });
    return promise->future();
}

} // namespace inbox
