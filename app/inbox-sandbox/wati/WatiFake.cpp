// SPDX-License-Identifier: GPL-3.0-or-later
// WATI's API for one tenant: session, file and template sends (v1 and v2), templates, message
// history, contacts, operators and the files its webhooks link to, in the shapes WATI's API
// reference gives. Webhooks carry the secret set with them and are retried every ten minutes for
// a day (compressed) until answered 200.
#include "WatiFake.h"

#include "core/SandboxHttp.h"
#include "wati/WatiProvider.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace inbox::sandbox {

namespace {

QJsonObject refusal(const QString &info)
{
    return {{QStringLiteral("result"), false}, {QStringLiteral("info"), info}};
}

QJsonObject watiTemplate(const QString &id, const QString &name, const QString &language,
                         const QString &category, const QString &body, const QStringList &params)
{
    QJsonArray customParams;
    QString original = body;
    for (qsizetype i = 0; i < params.size(); ++i) {
        customParams.append(QJsonObject{{QStringLiteral("paramName"), params[i]},
                                        {QStringLiteral("paramValue"), QString()}});
        original.replace(QStringLiteral("{{%1}}").arg(params[i]),
                         QStringLiteral("{{%1}}").arg(i + 1));
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("elementName"), name},
            {QStringLiteral("category"), category},
            {QStringLiteral("status"), QStringLiteral("APPROVED")},
            {QStringLiteral("language"), QJsonObject{{QStringLiteral("key"), language},
                                                     {QStringLiteral("value"), language},
                                                     {QStringLiteral("text"), language}}},
            {QStringLiteral("type"), QStringLiteral("template")},
            {QStringLiteral("customParams"), customParams},
            {QStringLiteral("header"), QJsonObject{{QStringLiteral("typeString"), QString()}}},
            {QStringLiteral("body"), body},
            {QStringLiteral("bodyOriginal"), original},
            {QStringLiteral("footer"), QString()},
            {QStringLiteral("buttons"), QJsonArray()}};
}

/// A page of `items` by WATI's pageSize and pageNumber (from 1), with its "link".
std::pair<QJsonArray, QJsonObject> page(const QList<QJsonObject> &items, const QUrlQuery &query)
{
    const int size = qBound(1, query.queryItemValue(QStringLiteral("pageSize")).toInt(), 1000);
    const int number = qMax(1, query.queryItemValue(QStringLiteral("pageNumber")).toInt());
    QJsonArray slice;
    for (qsizetype i = qsizetype(number - 1) * size; i < items.size() && slice.size() < size; ++i)
        slice.append(items.at(i));
    const bool more = qsizetype(number) * size < items.size();
    return {slice,
            {{QStringLiteral("prevPage"), number > 1 ? QJsonValue(number - 1) : QJsonValue()},
             {QStringLiteral("nextPage"), more ? QJsonValue(number + 1) : QJsonValue()}}};
}

} // namespace

WatiFake::WatiFake(SandboxCore &core, QObject *parent)
    : ProviderFake(core, parent)
{
    m_templates = {
        watiTemplate(QStringLiteral("64c7b1f2a9e1d3b4c5d6e7f8"), QStringLiteral("order_update"),
                     QStringLiteral("en_US"), QStringLiteral("UTILITY"),
                     QStringLiteral("Hi {{name}}, your order {{order_number}} is on its way."),
                     {QStringLiteral("name"), QStringLiteral("order_number")}),
        watiTemplate(QStringLiteral("64c7b1f2a9e1d3b4c5d6e7f9"), QStringLiteral("boas_vindas"),
                     QStringLiteral("pt_BR"), QStringLiteral("MARKETING"),
                     QStringLiteral("Olá {{name}}, bem-vindo à nossa loja!"),
                     {QStringLiteral("name")}),
    };
}

QString WatiFake::provider() const
{
    return QString::fromLatin1(wati::key);
}

QString WatiFake::prefix() const
{
    return QLatin1Char('/') + m_core.config.watiTenant;
}

std::optional<std::chrono::milliseconds> WatiFake::retryAfter(int retry)
{
    using namespace std::chrono;
    if (retry > 144)
        return std::nullopt;
    return minutes(10);
}

QStringList WatiFake::customerKinds() const
{
    return {QStringLiteral("text"),     QStringLiteral("image"),    QStringLiteral("video"),
            QStringLiteral("audio"),    QStringLiteral("document"), QStringLiteral("sticker"),
            QStringLiteral("location"), QStringLiteral("button"),   QStringLiteral("interactive")};
}

QHttpServerResponse WatiFake::answer(const QString &path, const QHttpServerRequest &request)
{
    if (request.value("Authorization") != "Bearer " + m_core.config.watiToken)
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Unauthorized);
    if (path == QLatin1String("api/file/showFile")) {
        const QString name =
            QUrlQuery(request.url()).queryItemValue(QStringLiteral("fileName"), QUrl::FullyDecoded);
        const MediaShelf::File *file = m_core.media.findByName(name.section(QLatin1Char('/'), -1));
        if (!file)
            return json(refusal(QStringLiteral("File %1 not found").arg(name)),
                        QHttpServerResponder::StatusCode::NotFound);
        return QHttpServerResponse(file->mimeType.toLatin1(), file->bytes);
    }
    for (const QString &version : {QStringLiteral("api/v1/"), QStringLiteral("api/v2/")}) {
        if (path.startsWith(version))
            return api(version.mid(4) + path.mid(version.size()), request);
    }
    return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
}

QHttpServerResponse WatiFake::api(const QString &endpoint, const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    const QString phoneInPath = endpoint.section(QLatin1Char('/'), 2);
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    if (isPost && endpoint.startsWith(QLatin1String("v1/sendSessionMessage/"))) {
        return send(phoneInPath,
                    query.queryItemValue(QStringLiteral("messageText"), QUrl::FullyDecoded), false);
    }
    if (isPost && (endpoint == QLatin1String("v1/sendTemplateMessage") ||
                   endpoint == QLatin1String("v2/sendTemplateMessage"))) {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const QString name = body.value(QLatin1String("template_name")).toString();
        const auto found =
            std::find_if(m_templates.cbegin(), m_templates.cend(), [&name](const QJsonObject &t) {
                return t.value(QLatin1String("elementName")) == name;
            });
        if (found == m_templates.cend())
            return json(refusal(QStringLiteral("Template %1 not found").arg(name)));
        QHash<QString, QString> values;
        for (const QJsonValue &parameter : body.value(QLatin1String("parameters")).toArray()) {
            values.insert(parameter.toObject().value(QLatin1String("name")).toString(),
                          parameter.toObject().value(QLatin1String("value")).toString());
        }
        QString text = found->value(QLatin1String("body")).toString();
        for (const QJsonValue &param : found->value(QLatin1String("customParams")).toArray()) {
            const QString paramName = param.toObject().value(QLatin1String("paramName")).toString();
            if (values.value(paramName).isEmpty())
                return json(refusal(QStringLiteral("Parameter %1 is missing").arg(paramName)));
            text.replace(QStringLiteral("{{%1}}").arg(paramName), values.value(paramName));
        }
        return send(query.queryItemValue(QStringLiteral("whatsappNumber")), text, true, {},
                    body.value(QLatin1String("local_message_id")).toString());
    }
    if (isPost && endpoint.startsWith(QLatin1String("v1/sendSessionFile/"))) {
        static const QRegularExpression fileName(QStringLiteral(R"(filename="([^"]+)\")"));
        const QString name = fileName.match(QString::fromUtf8(request.body())).captured(1);
        if (name.isEmpty())
            return json(refusal(QStringLiteral("The request has no file")));
        const QString suffix = name.section(QLatin1Char('.'), -1).toLower();
        const QString type =
            QStringList{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png")}
                    .contains(suffix)
                ? QStringLiteral("image")
            : suffix == QLatin1String("mp4") ? QStringLiteral("video")
            : suffix == QLatin1String("ogg") || suffix == QLatin1String("mp3")
                ? QStringLiteral("audio")
                : QStringLiteral("document");
        return send(phoneInPath,
                    query.queryItemValue(QStringLiteral("caption"), QUrl::FullyDecoded), false,
                    type);
    }
    if (endpoint == QLatin1String("v1/getMessageTemplates")) {
        const auto [templates, link] = page(m_templates, query);
        return json({{QStringLiteral("result"), QStringLiteral("success")},
                     {QStringLiteral("messageTemplates"), templates},
                     {QStringLiteral("link"), link}});
    }
    if (endpoint.startsWith(QLatin1String("v1/getMessages/"))) {
        QList<QJsonObject> newestFirst = m_history.value(phoneInPath);
        std::reverse(newestFirst.begin(), newestFirst.end());
        const auto [items, link] = page(newestFirst, query);
        return json({{QStringLiteral("result"), QStringLiteral("success")},
                     {QStringLiteral("messages"),
                      QJsonObject{{QStringLiteral("items"), items},
                                  {QStringLiteral("total"), newestFirst.size()}}},
                     {QStringLiteral("link"), link}});
    }
    if (isPost && endpoint == QLatin1String("v1/assignOperator")) {
        const QString email = query.queryItemValue(QStringLiteral("email"));
        if (!m_operators.contains(email))
            return json(refusal(QStringLiteral("Operator not found")));
        return json({{QStringLiteral("result"), true},
                     {QStringLiteral("info"), QStringLiteral("Operator assigned")}});
    }
    if (endpoint.startsWith(QLatin1String("v1/addContact/")) ||
        endpoint.startsWith(QLatin1String("v1/updateContactAttributes/")) ||
        endpoint == QLatin1String("v1/getContacts")) {
        return contacts(endpoint, request);
    }
    return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
}

QHttpServerResponse WatiFake::send(const QString &phone, const QString &text, bool isTemplate,
                                   const QString &type, const QString &givenLocalId)
{
    if (phone.isEmpty() || phone.contains(QRegularExpression(QStringLiteral("\\D"))))
        return json(refusal(QStringLiteral("Invalid WhatsApp number")));
    const QString wamid =
        QStringLiteral("wamid.") +
        QString::fromLatin1(
            QStringLiteral("WATI%1%2").arg(phone).arg(++m_core.serial).toLatin1().toBase64());
    // The sender's own id when it gives one (local_message_id), else WATI makes one.
    const QString localId =
        givenLocalId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : givenLocalId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject sent{{QStringLiteral("eventType"), isTemplate
                                                       ? QStringLiteral("templateMessageSent_v2")
                                                       : QStringLiteral("sessionMessageSent")},
                     {QStringLiteral("id"), QString::number(m_core.serial)},
                     {QStringLiteral("whatsappMessageId"), wamid},
                     {QStringLiteral("waId"), phone},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("owner"), true},
                     {QStringLiteral("timestamp"), seconds(now)}};
    if (isTemplate)
        sent.insert(QStringLiteral("localMessageId"), localId);
    QJsonObject kept = sent;
    kept.insert(QStringLiteral("eventType"), QStringLiteral("message"));
    kept.insert(QStringLiteral("created"), now.toString(Qt::ISODateWithMs));
    kept.insert(QStringLiteral("statusString"), QStringLiteral("SENT"));
    kept.insert(QStringLiteral("operatorName"), QStringLiteral("API"));
    remember(phone, kept);
    scheduleStatuses(sent);
    if (isTemplate) {
        return json({{QStringLiteral("result"), true},
                     {QStringLiteral("receivers"),
                      QJsonArray{QJsonObject{{QStringLiteral("localMessageId"), localId},
                                             {QStringLiteral("waId"), phone},
                                             {QStringLiteral("isValidWhatsAppNumber"), true},
                                             {QStringLiteral("errors"), QJsonArray()}}}}});
    }
    return json({{QStringLiteral("result"), true},
                 {QStringLiteral("message"),
                  QJsonObject{{QStringLiteral("id"), QString::number(m_core.serial)},
                              {QStringLiteral("whatsappMessageId"), wamid}}}});
}

QHttpServerResponse WatiFake::contacts(const QString &endpoint, const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString phone = endpoint.section(QLatin1Char('/'), 2);
    if (endpoint.startsWith(QLatin1String("v1/addContact/"))) {
        if (phone.isEmpty() || phone.contains(QRegularExpression(QStringLiteral("\\D"))))
            return json(refusal(QStringLiteral("Invalid WhatsApp number")));
        if (m_contacts.contains(phone))
            return json(refusal(QStringLiteral("Contact already exists")));
        const QString name = body.value(QLatin1String("name")).toString();
        const QJsonObject contact{
            {QStringLiteral("id"),
             QStringLiteral("64f0%1").arg(++m_core.serial, 8, 16, QLatin1Char('0'))},
            {QStringLiteral("wAid"), phone},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("firstName"), name.section(QLatin1Char(' '), 0, 0)},
            {QStringLiteral("fullName"), name},
            {QStringLiteral("contactStatus"), QStringLiteral("VALID")},
            {QStringLiteral("customParams"), body.value(QLatin1String("customParams"))}};
        m_contacts.insert(phone, contact);
        return json({{QStringLiteral("result"), true}, {QStringLiteral("contact"), contact}});
    }
    if (endpoint.startsWith(QLatin1String("v1/updateContactAttributes/"))) {
        if (!m_contacts.contains(phone))
            return json(refusal(QStringLiteral("Contact not found")));
        m_contacts[phone].insert(QStringLiteral("customParams"),
                                 body.value(QLatin1String("customParams")));
        return json({{QStringLiteral("result"), true}});
    }
    const auto [contacts, link] = page(m_contacts.values(), QUrlQuery(request.url()));
    return json({{QStringLiteral("result"), QStringLiteral("success")},
                 {QStringLiteral("contact_list"), contacts},
                 {QStringLiteral("link"), link}});
}

void WatiFake::remember(const QString &phone, const QJsonObject &message)
{
    m_history[phone].append(message);
}

void WatiFake::scheduleStatuses(const QJsonObject &sent)
{
    post(sent);
    const QStringList events = {QStringLiteral("sentMessageDELIVERED_v2"),
                                QStringLiteral("sentMessageREAD_v2")};
    const QStringList said = {QStringLiteral("DELIVERED"), QStringLiteral("READ")};
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject status = sent;
        status.insert(QStringLiteral("eventType"), events[i]);
        status.remove(QStringLiteral("text"));
        QTimer::singleShot(
            m_core.config.statusStep * (i + 1), this, [this, status, statusString = said[i]] {
                // getMessages says how far it got, webhook or none.
                const QString wamid = status.value(QLatin1String("whatsappMessageId")).toString();
                for (QJsonObject &kept :
                     m_history[status.value(QLatin1String("waId")).toString()]) {
                    if (kept.value(QLatin1String("whatsappMessageId")).toString() == wamid)
                        kept.insert(QStringLiteral("statusString"), statusString);
                }
                post(status);
            });
    }
}

QString WatiFake::customerWrites(const CustomerMessage &message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString wamid =
        QStringLiteral("wamid.") +
        QString::fromLatin1(
            QStringLiteral("IN%1%2").arg(message.from).arg(++m_core.serial).toLatin1().toBase64());
    QString fileUrl;
    static const QHash<QString, QString> folders = {
        {QStringLiteral("image"), QStringLiteral("images")},
        {QStringLiteral("video"), QStringLiteral("videos")},
        {QStringLiteral("audio"), QStringLiteral("audios")},
        {QStringLiteral("document"), QStringLiteral("documents")},
        {QStringLiteral("sticker"), QStringLiteral("stickers")}};
    if (folders.contains(message.kind)) {
        const MediaShelf::File file = m_core.media.make(message.kind);
        fileUrl = baseUrl().toString() + QStringLiteral("/api/file/showFile?fileName=data/%1/%2")
                                             .arg(folders.value(message.kind), file.fileName);
    }
    const QJsonObject event = inbound(message, wamid, QString::number(m_core.serial), now, fileUrl);
    remember(message.from, event);
    // WATI makes a contact of whoever writes to the number (getContacts lists them).
    if (!m_contacts.contains(message.from)) {
        m_contacts.insert(
            message.from,
            {{QStringLiteral("id"),
              QStringLiteral("64f0%1").arg(++m_core.serial, 8, 16, QLatin1Char('0'))},
             {QStringLiteral("wAid"), message.from},
             {QStringLiteral("phone"), message.from},
             {QStringLiteral("firstName"), message.name.section(QLatin1Char(' '), 0, 0)},
             {QStringLiteral("fullName"), message.name},
             {QStringLiteral("contactStatus"), QStringLiteral("VALID")},
             {QStringLiteral("customParams"), QJsonArray()}});
    }
    post(event);
    return wamid;
}

QJsonObject WatiFake::inbound(const CustomerMessage &m, const QString &wamid, const QString &watiId,
                              const QDateTime &at, const QString &fileUrl)
{
    QJsonObject json{{QStringLiteral("eventType"), QStringLiteral("message")},
                     {QStringLiteral("id"), watiId},
                     {QStringLiteral("created"), at.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("whatsappMessageId"), wamid},
                     {QStringLiteral("conversationId"), QStringLiteral("conv-") + m.from},
                     {QStringLiteral("waId"), m.from},
                     {QStringLiteral("senderName"), m.name},
                     {QStringLiteral("text"), m.text},
                     {QStringLiteral("type"), m.kind},
                     {QStringLiteral("owner"), false},
                     {QStringLiteral("timestamp"), seconds(at)}};
    if (!fileUrl.isEmpty()) {
        json.insert(QStringLiteral("data"), fileUrl);
    } else if (m.kind == QLatin1String("location")) {
        json.insert(QStringLiteral("text"),
                    m.text.isEmpty() ? QStringLiteral("-23.5613,-46.6565") : m.text);
    } else if (m.kind == QLatin1String("button")) {
        json.insert(QStringLiteral("buttonReply"),
                    QJsonObject{{QStringLiteral("text"), m.text},
                                {QStringLiteral("payload"), m.text.toUpper()}});
    } else if (m.kind == QLatin1String("interactive")) {
        json.insert(QStringLiteral("listReply"),
                    QJsonObject{{QStringLiteral("title"), m.text},
                                {QStringLiteral("description"), QString()},
                                {QStringLiteral("id"), QStringLiteral("row-1")}});
    }
    if (!m.replyTo.isEmpty())
        json.insert(QStringLiteral("replyContextId"), m.replyTo);
    return json;
}

void WatiFake::post(const QJsonObject &event)
{
    m_core.poster.post(
        m_core.config.watiWebhookUrl, QJsonDocument(event).toJson(QJsonDocument::Compact),
        {{"X-Webhook-Secret", m_core.config.watiWebhookSecret}}, &WatiFake::retryAfter);
}

} // namespace inbox::sandbox
