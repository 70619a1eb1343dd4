#include "Sandbox.h"

#include "SandboxHttp.h"
#include "demo/DemoAccounts.h"
#include "meta/MetaProvider.h"
#include "meta/MetaWebhook.h"
#include "openwa/OpenWaProvider.h"
#include "unipile/UnipileProvider.h"
#include "wati/WatiProvider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace inbox {

using sandbox::json;
using sandbox::seconds;

namespace {

QHttpServerResponse graphError(QHttpServerResponder::StatusCode status, int code,
                               const QString &message)
{
    return json({{QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("message"), message},
                              {QStringLiteral("type"), QStringLiteral("OAuthException")},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("fbtrace_id"), QStringLiteral("AsandboxTrace")}}}},
                status);
}

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

/// The templates a fresh sandbox has, in the shape GET message_templates lists them.
QList<QJsonObject> seedMetaTemplates()
{
    auto body = [](const QString &text) {
        return QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                      {QStringLiteral("text"), text}}};
    };
    return {
        {{QStringLiteral("name"), QStringLiteral("order_update")},
         {QStringLiteral("language"), QStringLiteral("en_US")},
         {QStringLiteral("category"), QStringLiteral("UTILITY")},
         {QStringLiteral("status"), QStringLiteral("APPROVED")},
         {QStringLiteral("id"), QStringLiteral("1192339204654487")},
         {QStringLiteral("components"),
          body(QStringLiteral("Hi {{1}}, your order {{2}} is on its way."))}},
        {{QStringLiteral("name"), QStringLiteral("pedido_enviado")},
         {QStringLiteral("language"), QStringLiteral("pt_BR")},
         {QStringLiteral("category"), QStringLiteral("UTILITY")},
         {QStringLiteral("status"), QStringLiteral("APPROVED")},
         {QStringLiteral("id"), QStringLiteral("1192339204654488")},
         {QStringLiteral("components"),
          body(QStringLiteral("Olá {{1}}, seu pedido {{2}} saiu para entrega."))}},
    };
}

} // namespace

SandboxConfig::SandboxConfig()
{
    const demo::DemoAccount &meta = demo::accountOn(QLatin1String(meta::key));
    metaPhoneNumberId = meta.account.connection.value(QLatin1String("phoneNumberId")).toString();
    metaWabaId = meta.account.connection.value(QLatin1String("wabaId")).toString();
    metaToken = meta.token;
    metaAppSecret = meta.secret;
    const demo::DemoAccount &wati = demo::accountOn(QLatin1String(wati::key));
    watiTenant = wati.sandboxPath.mid(1);
    watiToken = wati.token;
    watiWebhookSecret = wati.secret;
    const demo::DemoAccount &unipile = demo::accountOn(QLatin1String(unipile::key));
    unipileApiKey = unipile.token;
    unipileAccountId = unipile.account.connection.value(QLatin1String("accountId")).toString();
    unipileOwnNumber = unipile.account.businessPhone.mid(1);
    unipileWebhookSecret = unipile.secret;
    const demo::DemoAccount &openwa = demo::accountOn(QLatin1String(openwa::key));
    openwaApiKey = openwa.token;
    openwaHostNumber = openwa.account.businessPhone.mid(1);
}

void SandboxConfig::postTo(const QUrl &relay)
{
    metaWebhookUrl = demo::webhookUrl(demo::accountOn(QLatin1String(meta::key)), relay);
    watiWebhookUrl = demo::webhookUrl(demo::accountOn(QLatin1String(wati::key)), relay);
    unipileWebhookUrl = demo::webhookUrl(demo::accountOn(QLatin1String(unipile::key)), relay);
    openwaWebhookUrl = demo::webhookUrl(demo::accountOn(QLatin1String(openwa::key)), relay);
}

Sandbox::Sandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metaTemplates(seedMetaTemplates())
{
    seedWati();
    seedUnipile();
    m_openwaState =
        m_config.openwaLinked ? QStringLiteral("CONNECTED") : QStringLiteral("UNPAIRED");
    for (const auto &[digits, name, line] :
         {std::tuple{QStringLiteral("573012345678"), QStringLiteral("Valeria Gómez"),
                     QStringLiteral("¿Tienen mesa para cuatro a las 9?")},
          std::tuple{QStringLiteral("573155550123"), QStringLiteral("Diego Ramírez"),
                     QStringLiteral("¿Cuál es el menú del día?")}}) {
        openwaStore(digits, name, false, QStringLiteral("chat"), line);
    }
    m_server.route(
        QStringLiteral("/<arg>"),
        [this](const QUrl &, const QHttpServerRequest &request) { return answer(request); });
}

quint16 Sandbox::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = m_server.listen(address, port);
    return m_port;
}

QUrl Sandbox::metaBaseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2/v23.0").arg(m_address.toString()).arg(m_port));
}

QUrl Sandbox::watiBaseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2/%3")
                    .arg(m_address.toString())
                    .arg(m_port)
                    .arg(m_config.watiTenant));
}

QUrl Sandbox::unipileBaseUrl() const
{
    return QUrl(
        QStringLiteral("http://%1:%2/unipile/api/v1").arg(m_address.toString()).arg(m_port));
}

QUrl Sandbox::openwaBaseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2/openwa").arg(m_address.toString()).arg(m_port));
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

    if (path.startsWith(QLatin1String("/_sandbox/")))
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

    const QString metaPrefix = QStringLiteral("/v23.0/");
    if (path.startsWith(metaPrefix))
        return respond(metaApi(path.mid(metaPrefix.size()), request));
    for (const QString &version : {QStringLiteral("/api/v1/"), QStringLiteral("/api/v2/")}) {
        const QString watiPrefix = QLatin1Char('/') + m_config.watiTenant + version;
        if (path.startsWith(watiPrefix)) {
            if (request.value("Authorization") != "Bearer " + m_config.watiToken) {
                return respond(QHttpServerResponse(QHttpServerResponder::StatusCode::Unauthorized));
            }
            return respond(watiApi(version.mid(5) + path.mid(watiPrefix.size()), request));
        }
    }
    const QString unipilePrefix = QStringLiteral("/unipile/api/v1/");
    if (path.startsWith(unipilePrefix))
        return respond(unipileApi(path.mid(unipilePrefix.size()), request));
    const QString openwaPrefix = QStringLiteral("/openwa/api/");
    if (path.startsWith(openwaPrefix))
        return respond(openwaApi(path.mid(openwaPrefix.size()), request));
    return respond(QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound));
}

QHttpServerResponse Sandbox::metaApi(const QString &path, const QHttpServerRequest &request)
{
    if (request.value("Authorization") != "Bearer " + m_config.metaToken) {
        return graphError(QHttpServerResponder::StatusCode::Unauthorized, 190,
                          QStringLiteral("Error validating access token"));
    }
    if (path == m_config.metaPhoneNumberId + QStringLiteral("/messages") &&
        request.method() == QHttpServerRequest::Method::Post) {
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !body.isObject()) {
            return graphError(QHttpServerResponder::StatusCode::BadRequest, 100,
                              QStringLiteral("(#100) Invalid parameter"));
        }
        return metaMessages(body.object());
    }
    if (path == m_config.metaWabaId + QStringLiteral("/message_templates"))
        return metaTemplates({}, request);
    for (const QJsonObject &t : std::as_const(m_metaTemplates)) {
        if (path == t.value(QLatin1String("id")).toString())
            return metaTemplates(path, request);
    }
    return graphError(QHttpServerResponder::StatusCode::NotFound, 100,
                      QStringLiteral("Unknown path components"));
}

QHttpServerResponse Sandbox::metaTemplates(const QString &templateId,
                                           const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: {
        QJsonArray data;
        for (const QJsonObject &t : std::as_const(m_metaTemplates))
            data.append(t);
        return json({{QStringLiteral("data"), data}});
    }
    case QHttpServerRequest::Method::Delete: {
        const QString name = QUrlQuery(request.url()).queryItemValue(QStringLiteral("name"));
        const auto removed = m_metaTemplates.removeIf([&name](const QJsonObject &t) {
            return t.value(QLatin1String("name")).toString() == name;
        });
        if (removed == 0) {
            return graphError(QHttpServerResponder::StatusCode::BadRequest, 100,
                              QStringLiteral("(#100) Template name does not exist"));
        }
        return json({{QStringLiteral("success"), true}});
    }
    case QHttpServerRequest::Method::Post:
        break;
    default:
        return graphError(QHttpServerResponder::StatusCode::BadRequest, 100,
                          QStringLiteral("Unsupported request"));
    }
    QJsonObject t = body;
    t.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
    if (templateId.isEmpty()) {
        t.insert(QStringLiteral("id"), QString::number(1192339204654500 + ++m_serial));
        m_metaTemplates.append(t);
    } else {
        for (QJsonObject &existing : m_metaTemplates) {
            if (existing.value(QLatin1String("id")).toString() == templateId) {
                t.insert(QStringLiteral("id"), templateId);
                existing = t;
            }
        }
    }
    // Meta reviews the template, then says so with a message_template_status_update.
    const QString id = t.value(QLatin1String("id")).toString();
    QTimer::singleShot(m_config.statusStep, this, [this, id] {
        for (QJsonObject &existing : m_metaTemplates) {
            if (existing.value(QLatin1String("id")).toString() != id)
                continue;
            existing.insert(QStringLiteral("status"), QStringLiteral("APPROVED"));
            postMetaChange(
                QStringLiteral("message_template_status_update"),
                {{QStringLiteral("event"), QStringLiteral("APPROVED")},
                 {QStringLiteral("message_template_id"), id.toLongLong()},
                 {QStringLiteral("message_template_name"), existing.value(QLatin1String("name"))},
                 {QStringLiteral("message_template_language"),
                  existing.value(QLatin1String("language"))},
                 {QStringLiteral("reason"), QStringLiteral("NONE")}});
        }
    });
    if (templateId.isEmpty()) {
        return json({{QStringLiteral("id"), id},
                     {QStringLiteral("status"), QStringLiteral("PENDING")},
                     {QStringLiteral("category"), t.value(QLatin1String("category"))}});
    }
    return json({{QStringLiteral("success"), true}});
}

QHttpServerResponse Sandbox::metaMessages(const QJsonObject &body)
{
    if (body.value(QLatin1String("status")).toString() == QLatin1String("read"))
        return json({{QStringLiteral("success"), true}});
    const QString to = body.value(QLatin1String("to")).toString();
    const QString digits = QString(to).remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (digits.isEmpty()) {
        return graphError(QHttpServerResponder::StatusCode::BadRequest, 100,
                          QStringLiteral("(#100) The parameter to is required."));
    }
    // Ids in Meta's format: "wamid." and base64.
    const QString wamid =
        QStringLiteral("wamid.") +
        QString::fromLatin1(
            QStringLiteral("SANDBOX%1%2").arg(digits).arg(++m_serial).toLatin1().toBase64());
    scheduleMetaStatuses(wamid, digits);
    return json(
        {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
         {QStringLiteral("contacts"), QJsonArray{QJsonObject{{QStringLiteral("input"), to},
                                                             {QStringLiteral("wa_id"), digits}}}},
         {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("id"), wamid}}}}});
}

QHttpServerResponse Sandbox::control(const QString &path, const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
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
    if (path == QLatin1String("/_sandbox/openwa/link")) {
        openwaLink();
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
    return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
}

void Sandbox::scheduleMetaStatuses(const QString &wamid, const QString &recipient)
{
    const QStringList statuses = {QStringLiteral("sent"), QStringLiteral("delivered"),
                                  QStringLiteral("read")};
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QTimer::singleShot(
            m_config.statusStep * i, this, [this, wamid, recipient, status = statuses[i]] {
                postMeta({{QStringLiteral("statuses"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), wamid},
                                                  {QStringLiteral("status"), status},
                                                  {QStringLiteral("timestamp"),
                                                   seconds(QDateTime::currentDateTimeUtc())},
                                                  {QStringLiteral("recipient_id"), recipient}}}}});
            });
    }
}

void Sandbox::scheduleWatiStatuses(const QJsonObject &sent)
{
    postWati(sent);
    const QStringList events = {QStringLiteral("sentMessageDELIVERED_v2"),
                                QStringLiteral("sentMessageREAD_v2")};
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject status = sent;
        status.insert(QStringLiteral("eventType"), events[i]);
        status.remove(QStringLiteral("text"));
        QTimer::singleShot(m_config.statusStep * (i + 1), this,
                           [this, status] { postWati(status); });
    }
}

QString Sandbox::customerWrites(const sandbox::CustomerMessage &message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString wamid =
        QStringLiteral("wamid.") +
        QString::fromLatin1(
            QStringLiteral("IN%1%2").arg(message.from).arg(++m_serial).toLatin1().toBase64());
    if (message.provider == QLatin1String(unipile::key))
        return unipileCustomerWrites(message);
    if (message.provider == QLatin1String(openwa::key))
        return openwaCustomerWrites(message);
    if (message.provider == QLatin1String(wati::key)) {
        const QJsonObject event = sandbox::watiInbound(message, wamid, QString::number(m_serial),
                                                       now, watiBaseUrl().toString());
        watiRemember(message.from, event);
        postWati(event);
        return wamid;
    }
    postMeta({{QStringLiteral("contacts"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), message.name}}},
                   {QStringLiteral("wa_id"), message.from}}}},
              {QStringLiteral("messages"), QJsonArray{sandbox::metaInbound(message, wamid, now)}}});
    return wamid;
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
            step.value(QLatin1String("provider")).toString(QLatin1String(meta::key)),
            step.value(QLatin1String("from")).toString(),
            step.value(QLatin1String("name")).toString(),
            step.value(QLatin1String("kind")).toString(QStringLiteral("text")),
            step.value(QLatin1String("text")).toString(),
            step.value(QLatin1String("replyTo")).toString()};
        const qsizetype number = steps.size() + 1;
        if (!sandbox::fakedProviders().contains(message.provider)) {
            return QStringLiteral("step %1: provider must be one of %2")
                .arg(number)
                .arg(sandbox::fakedProviders().join(QStringLiteral(", ")));
        }
        if (!sandbox::customerKinds(message.provider).contains(message.kind)) {
            return QStringLiteral("step %1: %2 customers cannot send \"%3\"; they send %4")
                .arg(number)
                .arg(message.provider, message.kind,
                     sandbox::customerKinds(message.provider).join(QStringLiteral(", ")));
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

void Sandbox::postMeta(const QJsonObject &value)
{
    QJsonObject full = value;
    full.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    full.insert(QStringLiteral("metadata"),
                QJsonObject{{QStringLiteral("display_phone_number"), m_config.metaDisplayNumber},
                            {QStringLiteral("phone_number_id"), m_config.metaPhoneNumberId}});
    postMetaChange(QStringLiteral("messages"), full);
}

void Sandbox::postMetaChange(const QString &field, const QJsonObject &value)
{
    if (!m_config.metaWebhookUrl.isValid())
        return;
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), m_config.metaWabaId},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                                        {QStringLiteral("value"), value}}}}}}}};
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkRequest request(m_config.metaWebhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Signed exactly as Meta signs: HMAC-SHA256 of these bytes with the app secret.
    request.setRawHeader("X-Hub-Signature-256",
                         meta::signatureHeader(bytes, m_config.metaAppSecret));
    QNetworkReply *reply = m_network.post(request, bytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        Q_EMIT webhookPosted(reply->url(),
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    });
}

void Sandbox::postWati(const QJsonObject &event)
{
    postJson(m_config.watiWebhookUrl, event, "X-Webhook-Secret", m_config.watiWebhookSecret);
}

void Sandbox::postJson(const QUrl &url, const QJsonObject &body, const QByteArray &header,
                       const QByteArray &secret)
{
    if (!url.isValid())
        return;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(header, secret);
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        Q_EMIT webhookPosted(reply->url(),
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    });
}

} // namespace inbox
