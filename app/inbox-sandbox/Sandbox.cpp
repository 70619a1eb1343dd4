#include "Sandbox.h"

#include "meta/MetaWebhook.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace inbox {

namespace {

QHttpServerResponse
json(const QJsonObject &body,
     QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
{
    return QHttpServerResponse("application/json",
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

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
    default:
        return QStringLiteral("OTHER");
    }
}

QString seconds(const QDateTime &at)
{
    return QString::number(at.toSecsSinceEpoch());
}

} // namespace

Sandbox::Sandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
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
    if (path.startsWith(metaPrefix)) {
        if (request.value("Authorization") != "Bearer " + m_config.metaToken) {
            return respond(graphError(QHttpServerResponder::StatusCode::Unauthorized, 190,
                                      QStringLiteral("Error validating access token")));
        }
        if (path == metaPrefix + m_config.metaPhoneNumberId + QStringLiteral("/messages") &&
            request.method() == QHttpServerRequest::Method::Post) {
            QJsonParseError error;
            const QJsonDocument body = QJsonDocument::fromJson(request.body(), &error);
            if (error.error != QJsonParseError::NoError || !body.isObject()) {
                return respond(graphError(QHttpServerResponder::StatusCode::BadRequest, 100,
                                          QStringLiteral("(#100) Invalid parameter")));
            }
            return respond(metaMessages(body.object()));
        }
        if (path == metaPrefix + m_config.metaWabaId + QStringLiteral("/message_templates")) {
            QJsonArray data;
            data.append(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("order_update")},
                            {QStringLiteral("language"), QStringLiteral("en_US")},
                            {QStringLiteral("category"), QStringLiteral("UTILITY")},
                            {QStringLiteral("status"), QStringLiteral("APPROVED")},
                            {QStringLiteral("id"), QStringLiteral("1192339204654487")},
                            {QStringLiteral("components"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("type"), QStringLiteral("BODY")},
                                 {QStringLiteral("text"),
                                  QStringLiteral("Hi {{1}}, your order {{2}} is on its way.")}}}}});
            return respond(json({{QStringLiteral("data"), data}}));
        }
        return respond(graphError(QHttpServerResponder::StatusCode::NotFound, 100,
                                  QStringLiteral("Unknown path components")));
    }

    const QString watiPrefix = QLatin1Char('/') + m_config.watiTenant + QStringLiteral("/api/v1/");
    if (path.startsWith(watiPrefix)) {
        if (request.value("Authorization") != "Bearer " + m_config.watiToken)
            return respond(QHttpServerResponse(QHttpServerResponder::StatusCode::Unauthorized));
        const QString endpoint = path.mid(watiPrefix.size());
        const QUrlQuery query(request.url());
        if (endpoint.startsWith(QLatin1String("sendSessionMessage/"))) {
            return respond(watiSend(
                endpoint.section(QLatin1Char('/'), 1),
                query.queryItemValue(QStringLiteral("messageText"), QUrl::FullyDecoded), false));
        }
        if (endpoint == QLatin1String("sendTemplateMessage")) {
            return respond(watiSend(query.queryItemValue(QStringLiteral("whatsappNumber")),
                                    QJsonDocument::fromJson(request.body())
                                        .object()
                                        .value(QLatin1String("template_name"))
                                        .toString(),
                                    true));
        }
    }
    return respond(QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound));
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

QHttpServerResponse Sandbox::watiSend(const QString &phone, const QString &text, bool isTemplate)
{
    const QString wamid =
        QStringLiteral("wamid.") +
        QString::fromLatin1(
            QStringLiteral("WATI%1%2").arg(phone).arg(++m_serial).toLatin1().toBase64());
    const QString localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject sent{{QStringLiteral("eventType"), isTemplate
                                                       ? QStringLiteral("templateMessageSent_v2")
                                                       : QStringLiteral("sessionMessageSent")},
                     {QStringLiteral("id"), QString::number(m_serial)},
                     {QStringLiteral("whatsappMessageId"), wamid},
                     {QStringLiteral("waId"), phone},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("type"), QStringLiteral("text")},
                     {QStringLiteral("owner"), true},
                     {QStringLiteral("timestamp"), seconds(QDateTime::currentDateTimeUtc())}};
    if (isTemplate) {
        sent.insert(QStringLiteral("localMessageId"), localId);
        sent.insert(QStringLiteral("templateName"), text);
    }
    scheduleWatiStatuses(sent);
    if (isTemplate) {
        return json({{QStringLiteral("result"), true},
                     {QStringLiteral("templateName"), text},
                     {QStringLiteral("receivers"),
                      QJsonArray{QJsonObject{{QStringLiteral("localMessageId"), localId},
                                             {QStringLiteral("waId"), phone},
                                             {QStringLiteral("isValidWhatsAppNumber"), true}}}}});
    }
    return json(
        {{QStringLiteral("result"), true},
         {QStringLiteral("message"), QJsonObject{{QStringLiteral("id"), QString::number(m_serial)},
                                                 {QStringLiteral("whatsappMessageId"), wamid}}}});
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
        customerWrites(body.value(QLatin1String("provider")).toString(),
                       body.value(QLatin1String("from")).toString(),
                       body.value(QLatin1String("name")).toString(),
                       body.value(QLatin1String("text")).toString());
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

void Sandbox::customerWrites(const QString &provider, const QString &fromDigits,
                             const QString &name, const QString &text)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString wamid =
        QStringLiteral("wamid.") +
        QString::fromLatin1(
            QStringLiteral("IN%1%2").arg(fromDigits).arg(++m_serial).toLatin1().toBase64());
    if (provider == QLatin1String("wati")) {
        postWati({{QStringLiteral("eventType"), QStringLiteral("message")},
                  {QStringLiteral("id"), QString::number(m_serial)},
                  {QStringLiteral("whatsappMessageId"), wamid},
                  {QStringLiteral("waId"), fromDigits},
                  {QStringLiteral("senderName"), name},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("type"), QStringLiteral("text")},
                  {QStringLiteral("owner"), false},
                  {QStringLiteral("timestamp"), seconds(now)}});
        return;
    }
    postMeta({{QStringLiteral("contacts"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), name}}},
                   {QStringLiteral("wa_id"), fromDigits}}}},
              {QStringLiteral("messages"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("from"), fromDigits},
                   {QStringLiteral("id"), wamid},
                   {QStringLiteral("timestamp"), seconds(now)},
                   {QStringLiteral("type"), QStringLiteral("text")},
                   {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}}}}});
}

void Sandbox::postMeta(const QJsonObject &value)
{
    if (!m_config.metaWebhookUrl.isValid())
        return;
    QJsonObject full = value;
    full.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    full.insert(QStringLiteral("metadata"),
                QJsonObject{{QStringLiteral("display_phone_number"), m_config.metaDisplayNumber},
                            {QStringLiteral("phone_number_id"), m_config.metaPhoneNumberId}});
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), m_config.metaWabaId},
             {QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                     {QStringLiteral("value"), full}}}}}}}};
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
    if (!m_config.watiWebhookUrl.isValid())
        return;
    QNetworkRequest request(m_config.watiWebhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Webhook-Secret", m_config.watiWebhookSecret);
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(event).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        Q_EMIT webhookPosted(reply->url(),
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    });
}

} // namespace inbox
