// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"

#include "core/SandboxHttp.h"
#include "meta/MetaFake.h"
#include "meta/MetaProvider.h"
#include "openwa/OpenWaFake.h"
#include "unipile/UnipileFake.h"
#include "unipile/UnipileProvider.h"
#include "wati/WatiFake.h"
#include "wati/WatiProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace inbox {

using sandbox::json;

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

Sandbox::Sandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_core(std::move(config))
{
    m_fakes.push_back(std::make_unique<sandbox::MetaFake>(m_core));
    m_fakes.push_back(std::make_unique<sandbox::WatiFake>(m_core));
    m_fakes.push_back(std::make_unique<sandbox::UnipileFake>(m_core));
    auto openwa = std::make_unique<sandbox::OpenWaFake>(m_core);
    m_openwa = openwa.get();
    m_fakes.push_back(std::move(openwa));
    connect(&m_core.poster, &WebhookPoster::posted, this,
            [this](const QUrl &url, int status, int) { Q_EMIT webhookPosted(url, status); });
    m_server.route(
        QStringLiteral("/<arg>"),
        [this](const QUrl &, const QHttpServerRequest &request) { return answer(request); });
}

Sandbox::~Sandbox() = default;

quint16 Sandbox::listen(const QHostAddress &address, quint16 port)
{
    const quint16 listening = m_server.listen(address, port);
    m_core.base = QUrl(QStringLiteral("http://%1:%2").arg(address.toString()).arg(listening));
    return listening;
}

sandbox::ProviderFake *Sandbox::fake(const QString &provider) const
{
    for (const auto &fake : m_fakes) {
        if (fake->provider() == provider)
            return fake.get();
    }
    return nullptr;
}

QUrl Sandbox::baseUrl(const QString &provider) const
{
    const sandbox::ProviderFake *found = fake(provider);
    return found ? found->baseUrl() : QUrl();
}

QUrl Sandbox::metaBaseUrl() const
{
    return baseUrl(QString::fromLatin1(meta::key));
}

QUrl Sandbox::watiBaseUrl() const
{
    return baseUrl(QString::fromLatin1(wati::key));
}

QUrl Sandbox::unipileBaseUrl() const
{
    return baseUrl(QString::fromLatin1(unipile::key));
}

QUrl Sandbox::openwaBaseUrl() const
{
    return m_openwa->baseUrl();
}

void Sandbox::openwaLink()
{
    m_openwa->link();
}

QStringList Sandbox::providers() const
{
    QStringList keys;
    for (const auto &fake : m_fakes)
        keys << fake->provider();
    return keys;
}

QStringList Sandbox::customerKinds(const QString &provider) const
{
    const sandbox::ProviderFake *found = fake(provider);
    return found ? found->customerKinds() : QStringList();
}

void Sandbox::failNext(const QString &pathPart, int status, const QByteArray &body,
                       const QByteArray &retryAfter, int times)
{
    m_failures.append({pathPart, status, body, retryAfter, times});
}

QHttpServerResponse Sandbox::answer(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    RecordedRequest record{methodName(request.method()),   path,           request.url().query(),
                           request.value("Authorization"), request.body(), 200};
    auto respond = [this, &record](QHttpServerResponse response) {
        record.answeredStatus = int(response.statusCode());
        m_requests.append(record);
        return response;
    };

    if (path == QLatin1String("/_sandbox") || path.startsWith(QLatin1String("/_sandbox/")))
        return respond(control(path, request));

    for (Failure &failure : m_failures) {
        if (failure.times > 0 && path.contains(failure.pathPart)) {
            --failure.times;
            QHttpServerResponse injected("application/json", failure.body,
                                         QHttpServerResponder::StatusCode(failure.status));
            if (!failure.retryAfter.isEmpty())
                injected.setHeader("Retry-After", failure.retryAfter);
            return respond(std::move(injected));
        }
    }
    for (const auto &fake : m_fakes) {
        const QString prefix = fake->prefix() + QLatin1Char('/');
        if (path.startsWith(prefix))
            return respond(fake->answer(path.mid(prefix.size()), request));
    }
    return respond(json({{QStringLiteral("error"),
                          QStringLiteral("no provider is faked under %1; GET /_sandbox lists the "
                                         "routes")
                              .arg(path)}},
                        QHttpServerResponder::StatusCode::NotFound));
}

QList<sandbox::ControlRoute> Sandbox::controlRoutes() const
{
    QList<sandbox::ControlRoute> routes = {
        {QStringLiteral("GET /_sandbox"), QStringLiteral("this list, and each provider's API")},
        {QStringLiteral("POST /_sandbox/inbound"),
         QStringLiteral("customers write: one step or a list of {\"afterMs\", \"provider\", "
                        "\"from\", \"name\", \"kind\", \"text\", \"replyTo\"}")},
        {QStringLiteral("POST /_sandbox/fail"),
         QStringLiteral("the next requests whose path contains \"path\" get \"status\" (and "
                        "\"body\", \"retryAfter\"), \"times\" times")},
        {QStringLiteral("GET /_sandbox/requests"), QStringLiteral("every request received")},
        {QStringLiteral("GET /_sandbox/webhooks"),
         QStringLiteral("how many webhooks wait to be posted again")},
        {QStringLiteral("GET /_sandbox/media/ID"),
         QStringLiteral("a file a webhook announced (Meta's media URL)")},
    };
    for (const auto &fake : m_fakes)
        routes += fake->controlRoutes();
    return routes;
}

QHttpServerResponse Sandbox::control(const QString &path, const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (path == QLatin1String("/_sandbox")) {
        QJsonArray routes, apis;
        for (const sandbox::ControlRoute &route : controlRoutes())
            routes.append(QJsonObject{{QStringLiteral("route"), route.route},
                                      {QStringLiteral("what"), route.what}});
        for (const auto &fake : m_fakes) {
            apis.append(QJsonObject{
                {QStringLiteral("provider"), fake->provider()},
                {QStringLiteral("api"), fake->baseUrl().toString()},
                {QStringLiteral("customers"), QJsonArray::fromStringList(fake->customerKinds())}});
        }
        return json({{QStringLiteral("routes"), routes}, {QStringLiteral("providers"), apis}});
    }
    if (path == QLatin1String("/_sandbox/fail")) {
        failNext(body.value(QLatin1String("path")).toString(),
                 body.value(QLatin1String("status")).toInt(500),
                 QJsonDocument(body.value(QLatin1String("body")).toObject())
                     .toJson(QJsonDocument::Compact),
                 body.value(QLatin1String("retryAfter")).toString().toLatin1(),
                 body.value(QLatin1String("times")).toInt(1));
        return json({{QStringLiteral("ok"), true}});
    }
    if (path == QLatin1String("/_sandbox/inbound")) {
        // One step or a list of them, played like a script.
        const QJsonDocument steps = QJsonDocument::fromJson(request.body());
        const QString problem = playScript(
            steps.isArray() ? request.body()
                            : QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact));
        if (!problem.isEmpty()) {
            return json({{QStringLiteral("ok"), false}, {QStringLiteral("error"), problem}},
                        QHttpServerResponder::StatusCode::BadRequest);
        }
        return json({{QStringLiteral("ok"), true}});
    }
    if (path == QLatin1String("/_sandbox/requests")) {
        QJsonArray list;
        for (const RecordedRequest &r : std::as_const(m_requests)) {
            list.append(QJsonObject{{QStringLiteral("method"), r.method},
                                    {QStringLiteral("path"), r.path},
                                    {QStringLiteral("query"), r.query},
                                    {QStringLiteral("status"), r.answeredStatus},
                                    {QStringLiteral("body"), QString::fromUtf8(r.body)}});
        }
        return json({{QStringLiteral("requests"), list}});
    }
    if (path == QLatin1String("/_sandbox/webhooks"))
        return json({{QStringLiteral("waiting"), m_core.poster.waiting()}});
    if (path.startsWith(QLatin1String("/_sandbox/media/"))) {
        if (const MediaShelf::File *file = m_core.media.find(path.section(QLatin1Char('/'), 3)))
            return QHttpServerResponse(file->mimeType.toLatin1(), file->bytes);
        return json({{QStringLiteral("error"), QStringLiteral("no such media")}},
                    QHttpServerResponder::StatusCode::NotFound);
    }
    // /_sandbox/<provider>/<route>: the fake's own.
    const QString provider = path.section(QLatin1Char('/'), 2, 2);
    if (sandbox::ProviderFake *found = fake(provider)) {
        if (auto answered = found->control(path.section(QLatin1Char('/'), 3), request))
            return std::move(*answered);
    }
    return json({{QStringLiteral("error"),
                  QStringLiteral("no control route %1; GET /_sandbox lists them").arg(path)}},
                QHttpServerResponder::StatusCode::NotFound);
}

QString Sandbox::customerWrites(const sandbox::CustomerMessage &message)
{
    sandbox::ProviderFake *found =
        message.provider.isEmpty() ? m_fakes.front().get() : fake(message.provider);
    return found ? found->customerWrites(message) : QString();
}

QString Sandbox::playScript(const QByteArray &script)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(script, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return QStringLiteral("the script is not a JSON array: %1").arg(error.errorString());
    QList<std::pair<int, sandbox::CustomerMessage>> steps;
    int at = 0;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject step = value.toObject();
        sandbox::CustomerMessage message{
            step.value(QLatin1String("provider")).toString(m_fakes.front()->provider()),
            step.value(QLatin1String("from")).toString(),
            step.value(QLatin1String("name")).toString(),
            step.value(QLatin1String("kind")).toString(QStringLiteral("text")),
            step.value(QLatin1String("text")).toString(),
            step.value(QLatin1String("replyTo")).toString()};
        const qsizetype number = steps.size() + 1;
        const sandbox::ProviderFake *found = fake(message.provider);
        if (!found) {
            return QStringLiteral("step %1: provider must be one of %2")
                .arg(number)
                .arg(providers().join(QStringLiteral(", ")));
        }
        if (!found->customerKinds().contains(message.kind)) {
            return QStringLiteral("step %1: %2 customers cannot send \"%3\"; they send %4")
                .arg(number)
                .arg(message.provider, message.kind,
                     found->customerKinds().join(QStringLiteral(", ")));
        }
        if (message.from.isEmpty() ||
            message.from.contains(QRegularExpression(QStringLiteral("\\D"))))
            return QStringLiteral("step %1: \"from\" must be the customer's digits").arg(number);
        at += step.value(QLatin1String("afterMs")).toInt(0);
        steps.append({at, message});
    }
    for (const auto &[when, message] : steps)
        QTimer::singleShot(when, this, [this, message] { customerWrites(message); });
    return {};
}

} // namespace inbox
