// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetaFake.h"

#include "core/SandboxHttp.h"
#include "meta/MetaProvider.h"
#include "meta/MetaWebhook.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace inbox::sandbox {

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

/// The templates a fresh sandbox has, in the shape GET message_templates lists them.
QList<QJsonObject> seedTemplates()
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

/// A media object as Meta describes inbound media: its id, type and SHA-256.
QJsonObject mediaObject(const MediaShelf::File &file, const QString &caption)
{
    QJsonObject media{{QStringLiteral("mime_type"), file.mimeType},
                      {QStringLiteral("sha256"), MediaShelf::sha256(file.bytes)},
                      {QStringLiteral("id"), file.id}};
    if (!caption.isEmpty())
        media.insert(QStringLiteral("caption"), caption);
    return media;
}

} // namespace

MetaFake::MetaFake(SandboxCore &core, QObject *parent)
    : ProviderFake(core, parent)
    , m_templates(seedTemplates())
{}

QString MetaFake::provider() const
{
    return QString::fromLatin1(meta::key);
}

std::optional<std::chrono::milliseconds> MetaFake::retryAfter(int retry)
{
    using namespace std::chrono;
    const auto waitFor = [](int n) {
        return minutes(qMin(60, 1 << qMin(n - 1, 6)));
    };
    minutes total{0};
    for (int n = 1; n <= retry; ++n)
        total += waitFor(n);
    if (total > hours(24 * 7))
        return std::nullopt;
    return waitFor(retry);
}

QStringList MetaFake::customerKinds() const
{
    return {QStringLiteral("text"),       QStringLiteral("image"),       QStringLiteral("video"),
            QStringLiteral("audio"),      QStringLiteral("voice"),       QStringLiteral("document"),
            QStringLiteral("sticker"),    QStringLiteral("location"),    QStringLiteral("contacts"),
            QStringLiteral("button"),     QStringLiteral("interactive"), QStringLiteral("reaction"),
            QStringLiteral("unsupported")};
}

QHttpServerResponse MetaFake::answer(const QString &path, const QHttpServerRequest &request)
{
    if (request.value("Authorization") != "Bearer " + m_core.config.metaToken) {
        return graphError(QHttpServerResponder::StatusCode::Unauthorized, 190,
                          QStringLiteral("Error validating access token"));
    }
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const SandboxConfig &config = m_core.config;
    if (path == config.metaPhoneNumberId + QStringLiteral("/messages") && isPost) {
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !body.isObject()) {
            return graphError(QHttpServerResponder::StatusCode::BadRequest, 100,
                              QStringLiteral("(#100) Invalid parameter"));
        }
        return messages(body.object());
    }
    if (path == config.metaPhoneNumberId + QStringLiteral("/media") && isPost)
        return upload(request);
    if (path == config.metaWabaId + QStringLiteral("/message_templates"))
        return templates({}, request);
    for (const QJsonObject &t : std::as_const(m_templates)) {
        if (path == t.value(QLatin1String("id")).toString())
            return templates(path, request);
    }
    if (m_core.media.find(path))
        return media(path, request);
    return graphError(
        QHttpServerResponder::StatusCode::NotFound, 100,
        QStringLiteral("Unsupported get request. Object with ID '%1' does not exist").arg(path));
}

QHttpServerResponse MetaFake::media(const QString &mediaId, const QHttpServerRequest &request)
{
    const MediaShelf::File &file = *m_core.media.find(mediaId);
    if (request.method() == QHttpServerRequest::Method::Delete)
        return json({{QStringLiteral("success"), true}});
    // The URL the file is fetched from, with the same token (lookaside.fbsbx.com at Meta's).
    QUrl url = m_core.base;
    url.setPath(QStringLiteral("/_sandbox/media/") + file.id);
    return json({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                 {QStringLiteral("url"), url.toString()},
                 {QStringLiteral("mime_type"), file.mimeType},
                 {QStringLiteral("sha256"), MediaShelf::sha256(file.bytes)},
                 {QStringLiteral("file_size"), file.bytes.size()},
                 {QStringLiteral("id"), file.id}});
}

QHttpServerResponse MetaFake::upload(const QHttpServerRequest &request)
{
    const QMap<QString, FormPart> form = formParts(request.body(), request.value("Content-Type"));
    const FormPart file = form.value(QStringLiteral("file"));
    if (file.value.isEmpty() ||
        form.value(QStringLiteral("messaging_product")).value != "whatsapp") {
        return graphError(QHttpServerResponder::StatusCode::BadRequest, 100,
                          QStringLiteral("(#100) The parameter file and messaging_product "
                                         "(whatsapp) are required."));
    }
    const QString mime = QString::fromLatin1(file.contentType);
    const QString kind = mime.section(QLatin1Char('/'), 0, 0);
    const MediaShelf::File kept = m_core.media.keep(
        QStringList{QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio")}
                .contains(kind)
            ? kind
            : QStringLiteral("document"),
        mime, file.fileName, file.value);
    return json({{QStringLiteral("id"), kept.id}});
}

QHttpServerResponse MetaFake::templates(const QString &templateId,
                                        const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: {
        QJsonArray data;
        for (const QJsonObject &t : std::as_const(m_templates))
            data.append(t);
        return json({{QStringLiteral("data"), data}});
    }
    case QHttpServerRequest::Method::Delete: {
        const QString name = QUrlQuery(request.url()).queryItemValue(QStringLiteral("name"));
        const auto removed = m_templates.removeIf([&name](const QJsonObject &t) {
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
        t.insert(QStringLiteral("id"), QString::number(1192339204654500 + ++m_core.serial));
        m_templates.append(t);
    } else {
        for (QJsonObject &existing : m_templates) {
            if (existing.value(QLatin1String("id")).toString() == templateId) {
                t.insert(QStringLiteral("id"), templateId);
                existing = t;
            }
        }
    }
    // Meta reviews the template, then says so with a message_template_status_update.
    const QString id = t.value(QLatin1String("id")).toString();
    QTimer::singleShot(m_core.config.statusStep, this, [this, id] {
        for (QJsonObject &existing : m_templates) {
            if (existing.value(QLatin1String("id")).toString() != id)
                continue;
            existing.insert(QStringLiteral("status"), QStringLiteral("APPROVED"));
            postChange(
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

QHttpServerResponse MetaFake::messages(const QJsonObject &body)
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
            QStringLiteral("SANDBOX%1%2").arg(digits).arg(++m_core.serial).toLatin1().toBase64());
    scheduleStatuses(wamid, digits);
    return json(
        {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
         {QStringLiteral("contacts"), QJsonArray{QJsonObject{{QStringLiteral("input"), to},
                                                             {QStringLiteral("wa_id"), digits}}}},
         {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("id"), wamid}}}}});
}

void MetaFake::scheduleStatuses(const QString &wamid, const QString &recipient)
{
    const QStringList statuses = {QStringLiteral("sent"), QStringLiteral("delivered"),
                                  QStringLiteral("read")};
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QTimer::singleShot(
            m_core.config.statusStep * i, this, [this, wamid, recipient, status = statuses[i]] {
                post({{QStringLiteral("statuses"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("id"), wamid},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("timestamp"), seconds(QDateTime::currentDateTimeUtc())},
                           {QStringLiteral("recipient_id"), recipient}}}}});
            });
    }
}

QString MetaFake::customerWrites(const CustomerMessage &message)
{
    const QString wamid =
        QStringLiteral("wamid.") +
        QString::fromLatin1(
            QStringLiteral("IN%1%2").arg(message.from).arg(++m_core.serial).toLatin1().toBase64());
    static const QStringList withMedia = {QStringLiteral("image"),    QStringLiteral("video"),
                                          QStringLiteral("audio"),    QStringLiteral("voice"),
                                          QStringLiteral("document"), QStringLiteral("sticker")};
    std::optional<MediaShelf::File> file;
    if (withMedia.contains(message.kind))
        file = m_core.media.make(message.kind);
    post({{QStringLiteral("contacts"),
           QJsonArray{QJsonObject{
               {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), message.name}}},
               {QStringLiteral("wa_id"), message.from}}}},
          {QStringLiteral("messages"),
           QJsonArray{inbound(message, wamid, QDateTime::currentDateTimeUtc(),
                              file ? &*file : nullptr)}}});
    return wamid;
}

QJsonObject MetaFake::inbound(const CustomerMessage &m, const QString &wamid, const QDateTime &at,
                              const MediaShelf::File *file)
{
    QJsonObject json{{QStringLiteral("from"), m.from},
                     {QStringLiteral("id"), wamid},
                     {QStringLiteral("timestamp"), seconds(at)}};
    const QString &kind = m.kind;
    QString type = kind;
    if (kind == QLatin1String("text")) {
        json.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), m.text}});
    } else if (file && (kind == QLatin1String("image") || kind == QLatin1String("video"))) {
        json.insert(type, mediaObject(*file, m.text));
    } else if (file && (kind == QLatin1String("audio") || kind == QLatin1String("voice"))) {
        type = QStringLiteral("audio");
        QJsonObject audio = mediaObject(*file, {});
        audio.insert(QStringLiteral("voice"), kind == QLatin1String("voice"));
        json.insert(type, audio);
    } else if (file && kind == QLatin1String("document")) {
        QJsonObject document = mediaObject(*file, m.text);
        document.insert(QStringLiteral("filename"), file->fileName);
        json.insert(type, document);
    } else if (file && kind == QLatin1String("sticker")) {
        QJsonObject sticker = mediaObject(*file, {});
        sticker.insert(QStringLiteral("animated"), false);
        json.insert(type, sticker);
    } else if (kind == QLatin1String("location")) {
        json.insert(type, QJsonObject{{QStringLiteral("latitude"), -23.5613},
                                      {QStringLiteral("longitude"), -46.6565},
                                      {QStringLiteral("name"), m.text},
                                      {QStringLiteral("address"),
                                       QStringLiteral("Av. Paulista, 1578, São Paulo")}});
    } else if (kind == QLatin1String("contacts")) {
        json.insert(
            type,
            QJsonArray{QJsonObject{
                {QStringLiteral("name"), QJsonObject{{QStringLiteral("formatted_name"), m.text},
                                                     {QStringLiteral("first_name"), m.text}}},
                {QStringLiteral("phones"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("phone"), QStringLiteral("+55 11 91234-5678")},
                                 {QStringLiteral("wa_id"), QStringLiteral("5511912345678")},
                                 {QStringLiteral("type"), QStringLiteral("CELL")}}}}}});
    } else if (kind == QLatin1String("button")) {
        json.insert(type, QJsonObject{{QStringLiteral("text"), m.text},
                                      {QStringLiteral("payload"), m.text.toUpper()}});
    } else if (kind == QLatin1String("interactive")) {
        json.insert(type,
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("button_reply")},
                                {QStringLiteral("button_reply"),
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("reply-1")},
                                             {QStringLiteral("title"), m.text}}}});
    } else if (kind == QLatin1String("reaction")) {
        json.insert(type, QJsonObject{{QStringLiteral("message_id"), m.replyTo},
                                      {QStringLiteral("emoji"), m.text}});
    } else {
        type = QStringLiteral("unsupported");
        json.insert(QStringLiteral("errors"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("code"), 131051},
                        {QStringLiteral("title"), QStringLiteral("Message type unknown")},
                        {QStringLiteral("message"), QStringLiteral("Message type unknown")}}});
    }
    json.insert(QStringLiteral("type"), type);
    if (!m.replyTo.isEmpty() && kind != QLatin1String("reaction")) {
        json.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("from"), m.from},
                                                           {QStringLiteral("id"), m.replyTo}});
    }
    return json;
}

void MetaFake::post(const QJsonObject &value)
{
    QJsonObject full = value;
    full.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    full.insert(
        QStringLiteral("metadata"),
        QJsonObject{{QStringLiteral("display_phone_number"), m_core.config.metaDisplayNumber},
                    {QStringLiteral("phone_number_id"), m_core.config.metaPhoneNumberId}});
    postChange(QStringLiteral("messages"), full);
}

void MetaFake::postChange(const QString &field, const QJsonObject &value)
{
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), m_core.config.metaWabaId},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                                        {QStringLiteral("value"), value}}}}}}}};
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Signed exactly as Meta signs: HMAC-SHA256 of these bytes with the app secret.
    m_core.poster.post(
        m_core.config.metaWebhookUrl, bytes,
        {{"X-Hub-Signature-256", meta::signatureHeader(bytes, m_core.config.metaAppSecret)}},
        &MetaFake::retryAfter);
}

} // namespace inbox::sandbox
