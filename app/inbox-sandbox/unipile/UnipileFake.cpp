// SPDX-License-Identifier: GPL-3.0-or-later
// UniPile's API for one WhatsApp account under /unipile/api/v1 (as UniPile serves under
// https://<dsn>/api/v1): chats, messages and attendees, sends that come back as webhooks (UniPile
// is webhook-first), then delivered and read, attachments, and customers who send every kind.
// Webhooks carry the secret header and are retried five times (compressed) until answered 200.
#include "UnipileFake.h"

#include "core/SandboxHttp.h"
#include "unipile/UnipileProvider.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QTimer>
#include <QUrlQuery>

namespace inbox::sandbox {

namespace {

QHttpServerResponse problem(QHttpServerResponder::StatusCode status, const QString &type,
                            const QString &title, const QString &detail)
{
    return json({{QStringLiteral("status"), int(status)},
                 {QStringLiteral("type"), type},
                 {QStringLiteral("title"), title},
                 {QStringLiteral("detail"), detail}},
                status);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// A page of `items` by UniPile's cursor (here the offset as text) and limit.
QJsonObject listPage(const QString &object, const QJsonArray &items, const QUrlQuery &query)
{
    const int limit = qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt(), 250);
    const int from = qMax(0, query.queryItemValue(QStringLiteral("cursor")).toInt());
    QJsonArray slice;
    for (int i = from; i < items.size() && slice.size() < limit; ++i)
        slice.append(items.at(i));
    const bool more = from + limit < items.size();
    return {{QStringLiteral("object"), object},
            {QStringLiteral("items"), slice},
            {QStringLiteral("cursor"),
             more ? QJsonValue(QString::number(from + limit)) : QJsonValue()}};
}

/// A round picture in the attendee's colour, as a PNG.
QByteArray pictureOf(const QString &seed)
{
    QImage image(96, 96, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor::fromHsv(int(qHash(seed) % 360), 120, 200));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(image.rect());
    painter.end();
    return sandbox::png(image);
}

} // namespace

UnipileFake::UnipileFake(SandboxCore &core, QObject *parent)
    : ProviderFake(core, parent)
{
    const QList<std::tuple<QString, QString, QStringList>> chats = {
        {QStringLiteral("447700900123"),
         QStringLiteral("Oliver Bennett"),
         {QStringLiteral("Hi, do you ship to Manchester?"), QStringLiteral("<Yes, next day."),
          QStringLiteral("Brilliant, ordering now")}},
        {QStringLiteral("447700900456"),
         QStringLiteral("Amelia Clarke"),
         {QStringLiteral("Is the blue one back in stock?")}},
        {QStringLiteral("33612345678"),
         QStringLiteral("Chloé Martin"),
         {QStringLiteral("Bonjour ! Vous livrez en France ?"),
          QStringLiteral("<Oui, sous 3 jours ouvrés.")}},
    };
    QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const auto &[digits, name, lines] : chats) {
        const QString chat = QStringLiteral("chat-") + digits;
        m_chats.insert(chat, {digits, name, {}});
        for (const QString &line : lines) {
            const bool ours = line.startsWith(QLatin1Char('<'));
            at = at.addSecs(120);
            store(chat, ours ? line.mid(1) : line, ours, at.toString(Qt::ISODateWithMs), {});
        }
    }
}

QJsonObject UnipileFake::store(const QString &chatId, const QString &text, bool ours,
                               const QString &timestamp, const QJsonArray &attachments)
{
    UnipileChat &chat = m_chats[chatId];
    const QString jid = chat.digits + QStringLiteral("@s.whatsapp.net");
    const QJsonObject message{
        {QStringLiteral("object"), QStringLiteral("Message")},
        {QStringLiteral("id"), QStringLiteral("msg-%1").arg(++m_core.serial)},
        {QStringLiteral("account_id"), m_core.config.unipileAccountId},
        {QStringLiteral("chat_id"), chatId},
        {QStringLiteral("chat_provider_id"), jid},
        {QStringLiteral("provider_id"),
         QStringLiteral("3EB0%1").arg(m_core.serial, 8, 16, QLatin1Char('0'))},
        {QStringLiteral("text"), text},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("sender_id"),
         ours ? m_core.config.unipileOwnNumber + QStringLiteral("@s.whatsapp.net") : jid},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("is_sender"), ours ? 1 : 0},
        {QStringLiteral("seen"), 0},
    };
    chat.messages.prepend(message); // newest first, as UniPile lists them
    return message;
}

QJsonObject UnipileFake::event(const QString &event, const QString &chatId,
                               const QJsonObject &message) const
{
    const UnipileChat chat = m_chats.value(chatId);
    const QString jid = chat.digits + QStringLiteral("@s.whatsapp.net");
    const bool ours = message.value(QLatin1String("is_sender")).toInt() != 0;
    const QJsonObject customer{
        {QStringLiteral("attendee_id"), QStringLiteral("att-") + chat.digits},
        {QStringLiteral("attendee_name"), chat.name},
        {QStringLiteral("attendee_provider_id"), jid}};
    const QJsonObject self{{QStringLiteral("attendee_id"), QStringLiteral("att-self")},
                           {QStringLiteral("attendee_name"), QStringLiteral("Acme Sales")},
                           {QStringLiteral("attendee_provider_id"),
                            m_core.config.unipileOwnNumber + QStringLiteral("@s.whatsapp.net")}};
    return {{QStringLiteral("account_id"), m_core.config.unipileAccountId},
            {QStringLiteral("account_type"), QStringLiteral("WHATSAPP")},
            {QStringLiteral("event"), event},
            {QStringLiteral("chat_id"), chatId},
            {QStringLiteral("timestamp"), message.value(QLatin1String("timestamp"))},
            {QStringLiteral("webhook_name"), QStringLiteral("inbox relay")},
            {QStringLiteral("message_id"), message.value(QLatin1String("id"))},
            {QStringLiteral("message"), message.value(QLatin1String("text"))},
            {QStringLiteral("sender"), ours ? self : customer},
            {QStringLiteral("attendees"), QJsonArray{ours ? customer : self}},
            {QStringLiteral("attachments"), message.value(QLatin1String("attachments"))},
            {QStringLiteral("is_sender"), ours},
            {QStringLiteral("provider_chat_id"), jid},
            {QStringLiteral("message_type"), QStringLiteral("MESSAGE")}};
}

QString UnipileFake::customerWrites(const CustomerMessage &message)
{
    const QString chat = QStringLiteral("chat-") + message.from;
    if (!m_chats.contains(chat))
        m_chats.insert(chat, {message.from, message.name, {}});
    else if (!message.name.isEmpty())
        m_chats[chat].name = message.name; // the customer's profile name as it is now
    if (message.kind == QLatin1String("reaction")) {
        const UnipileChat &known = m_chats[chat];
        QJsonObject reacted;
        for (const QJsonObject &m : known.messages) {
            if (m.value(QLatin1String("id")).toString() == message.replyTo)
                reacted = m;
        }
        if (reacted.isEmpty() && !known.messages.isEmpty())
            reacted = known.messages.first();
        QJsonObject reaction = event(QStringLiteral("message_reaction"), chat, reacted);
        reaction.insert(QStringLiteral("reaction"), message.text);
        reaction.insert(QStringLiteral("reaction_sender"),
                        reaction.value(QLatin1String("is_sender")).toBool()
                            ? reaction.value(QLatin1String("attendees")).toArray().first()
                            : reaction.value(QLatin1String("sender")));
        post(reaction);
        return reacted.value(QLatin1String("id")).toString();
    }
    QJsonArray attachments;
    if (message.kind != QLatin1String("text")) {
        const MediaShelf::File file = m_core.media.make(message.kind);
        static const QHash<QString, QString> types = {
            {QStringLiteral("image"), QStringLiteral("img")},
            {QStringLiteral("sticker"), QStringLiteral("img")},
            {QStringLiteral("video"), QStringLiteral("video")},
            {QStringLiteral("audio"), QStringLiteral("audio")},
            {QStringLiteral("voice"), QStringLiteral("audio")}};
        attachments.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("att-file-") + file.id},
                        {QStringLiteral("type"), types.value(message.kind, QStringLiteral("file"))},
                        {QStringLiteral("mimetype"), file.mimeType},
                        {QStringLiteral("file_name"), file.fileName},
                        {QStringLiteral("file_size"), file.bytes.size()},
                        {QStringLiteral("voice_note"), message.kind == QLatin1String("voice")},
                        {QStringLiteral("sticker"), message.kind == QLatin1String("sticker")}});
    }
    const QJsonObject stored = store(chat, message.text, false, isoNow(), attachments);
    post(event(QStringLiteral("message_received"), chat, stored));
    return stored.value(QLatin1String("id")).toString();
}

QHttpServerResponse UnipileFake::answer(const QString &path, const QHttpServerRequest &request)
{
    using Status = QHttpServerResponder::StatusCode;
    if (request.value("X-API-KEY") != m_core.config.unipileApiKey) {
        return problem(Status::Unauthorized, QStringLiteral("errors/missing_credentials"),
                       QStringLiteral("Missing credentials"),
                       QStringLiteral("The X-API-KEY header is missing or wrong."));
    }
    const QUrlQuery query(request.url());
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    if (get && path == QLatin1String("accounts")) {
        return json(listPage(
            QStringLiteral("AccountList"),
            {QJsonObject{
                {QStringLiteral("object"), QStringLiteral("Account")},
                {QStringLiteral("type"), QStringLiteral("WHATSAPP")},
                {QStringLiteral("id"), m_core.config.unipileAccountId},
                {QStringLiteral("name"), QStringLiteral("Acme Sales")},
                {QStringLiteral("connection_params"),
                 QJsonObject{
                     {QStringLiteral("im"), QJsonObject{{QStringLiteral("phone_number"),
                                                         m_core.config.unipileOwnNumber}}}}},
                {QStringLiteral("sources"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("src-1")},
                                        {QStringLiteral("status"), QStringLiteral("OK")}}}}}},
            query));
    }
    if (get && (path == QLatin1String("chats") || path == QLatin1String("chat_attendees"))) {
        const bool attendees = path == QLatin1String("chat_attendees");
        QJsonArray items;
        for (auto it = m_chats.cbegin(); it != m_chats.cend(); ++it) {
            const QString jid = it->digits + QStringLiteral("@s.whatsapp.net");
            if (attendees) {
                items.append(QJsonObject{
                    {QStringLiteral("object"), QStringLiteral("ChatAttendee")},
                    {QStringLiteral("id"), QStringLiteral("att-") + it->digits},
                    {QStringLiteral("account_id"), m_core.config.unipileAccountId},
                    {QStringLiteral("provider_id"), jid},
                    {QStringLiteral("name"), it->name},
                    {QStringLiteral("is_self"), 0},
                    {QStringLiteral("picture_url"),
                     QStringLiteral("/chat_attendees/att-%1/picture").arg(it->digits)}});
                continue;
            }
            items.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("Chat")},
                                     {QStringLiteral("id"), it.key()},
                                     {QStringLiteral("account_id"), m_core.config.unipileAccountId},
                                     {QStringLiteral("account_type"), QStringLiteral("WHATSAPP")},
                                     {QStringLiteral("provider_id"), jid},
                                     {QStringLiteral("name"), it->name},
                                     {QStringLiteral("type"), 0},
                                     {QStringLiteral("timestamp"),
                                      it->messages.isEmpty()
                                          ? QJsonValue()
                                          : it->messages.first().value(QLatin1String("timestamp"))},
                                     {QStringLiteral("unread_count"), 0}});
        }
        return json(
            listPage(attendees ? QStringLiteral("ChatAttendeeList") : QStringLiteral("ChatList"),
                     items, query));
    }
    if (get && parts.size() == 3 && parts[0] == QLatin1String("chat_attendees") &&
        parts[2] == QLatin1String("picture")) {
        return QHttpServerResponse("image/png", pictureOf(parts[1]));
    }
    if (parts.size() >= 2 && parts[0] == QLatin1String("chats") && !m_chats.contains(parts[1])) {
        return problem(Status::NotFound, QStringLiteral("errors/resource_not_found"),
                       QStringLiteral("Resource not found."),
                       QStringLiteral("No chat %1 on this account.").arg(parts[1]));
    }
    if (get && parts.size() == 3 && parts[2] == QLatin1String("messages")) {
        QJsonArray items;
        for (const QJsonObject &message : std::as_const(m_chats[parts[1]].messages))
            items.append(message);
        return json(listPage(QStringLiteral("MessageList"), items, query));
    }
    if (request.method() == QHttpServerRequest::Method::Patch && parts.size() == 2)
        return json({{QStringLiteral("object"), QStringLiteral("ChatPatched")}});
    const bool startChat = isPost && path == QLatin1String("chats");
    if (startChat || (isPost && parts.size() == 3 && parts[2] == QLatin1String("messages"))) {
        const QMap<QString, FormPart> form =
            formParts(request.body(), request.value("Content-Type"));
        QString chat = startChat ? QString() : parts[1];
        if (startChat) {
            const QString attendee =
                QString::fromUtf8(form.value(QStringLiteral("attendees_ids")).value);
            if (form.value(QStringLiteral("account_id")).value !=
                    m_core.config.unipileAccountId.toUtf8() ||
                !attendee.endsWith(QLatin1String("@s.whatsapp.net"))) {
                return problem(
                    Status::BadRequest, QStringLiteral("errors/invalid_parameters"),
                    QStringLiteral("Invalid parameters"),
                    QStringLiteral(
                        "account_id and attendees_ids (<digits>@s.whatsapp.net) are required."));
            }
            const QString digits = attendee.section(QLatin1Char('@'), 0, 0);
            chat = QStringLiteral("chat-") + digits;
            if (!m_chats.contains(chat))
                m_chats.insert(chat, {digits, QStringLiteral("+") + digits, {}});
        }
        QJsonArray attachments;
        if (const FormPart file = form.value(QStringLiteral("attachments"));
            !file.fileName.isEmpty()) {
            const MediaShelf::File kept = m_core.media.keep(
                file.contentType.startsWith("image/") ? QStringLiteral("image")
                                                      : QStringLiteral("document"),
                QString::fromUtf8(file.contentType), file.fileName, file.value);
            attachments.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("att-file-") + kept.id},
                            {QStringLiteral("type"), file.contentType.startsWith("image/")
                                                         ? QStringLiteral("img")
                                                         : QStringLiteral("file")},
                            {QStringLiteral("mimetype"), QString::fromUtf8(file.contentType)},
                            {QStringLiteral("file_name"), file.fileName},
                            {QStringLiteral("file_size"), file.value.size()}});
        }
        const QString text = QString::fromUtf8(form.value(QStringLiteral("text")).value);
        if (text.isEmpty() && attachments.isEmpty()) {
            return problem(Status::BadRequest, QStringLiteral("errors/invalid_parameters"),
                           QStringLiteral("Invalid parameters"),
                           QStringLiteral("A message needs text or attachments."));
        }
        const QJsonObject stored = store(chat, text, true, isoNow(), attachments);
        // Webhook-first: the sent message comes back as an event, then its receipts.
        const QJsonObject sent = event(QStringLiteral("message_received"), chat, stored);
        QTimer::singleShot(0, this, [this, sent] { this->post(sent); });
        const QStringList receipts = {QStringLiteral("message_delivered"),
                                      QStringLiteral("message_read")};
        for (qsizetype i = 0; i < receipts.size(); ++i) {
            QJsonObject receipt = sent;
            receipt.insert(QStringLiteral("event"), receipts[i]);
            QTimer::singleShot(m_core.config.statusStep * (i + 1), this, [this, receipt, chat, i] {
                // The chat's messages say how far it got, webhook or none.
                const QString id = receipt.value(QLatin1String("message_id")).toString();
                for (QJsonObject &kept : m_chats[chat].messages) {
                    if (kept.value(QLatin1String("id")).toString() == id)
                        kept.insert(i == 0 ? QStringLiteral("delivered") : QStringLiteral("seen"),
                                    1);
                }
                this->post(receipt);
            });
        }
        const QString id = stored.value(QLatin1String("id")).toString();
        if (startChat) {
            return json({{QStringLiteral("object"), QStringLiteral("ChatStarted")},
                         {QStringLiteral("chat_id"), chat},
                         {QStringLiteral("message_id"), id}},
                        Status::Created);
        }
        return json({{QStringLiteral("object"), QStringLiteral("MessageSent")},
                     {QStringLiteral("message_id"), id}});
    }
    if (get && parts.size() == 4 && parts[0] == QLatin1String("messages") &&
        parts[2] == QLatin1String("attachments")) {
        const MediaShelf::File *file =
            m_core.media.find(QString(parts[3]).remove(QStringLiteral("att-file-")));
        if (!file) {
            return problem(
                Status::NotFound, QStringLiteral("errors/resource_not_found"),
                QStringLiteral("Resource not found."),
                QStringLiteral("No attachment %1 on message %2.").arg(parts[3], parts[1]));
        }
        return QHttpServerResponse(file->mimeType.toLatin1(), file->bytes);
    }
    if (isPost && parts.size() == 3 && parts[0] == QLatin1String("messages") &&
        parts[2] == QLatin1String("reaction")) {
        return json({{QStringLiteral("object"), QStringLiteral("ReactionAdded")}});
    }
    return problem(Status::NotFound, QStringLiteral("errors/resource_not_found"),
                   QStringLiteral("Resource not found."),
                   QStringLiteral("%1 %2 is not a UniPile route here.")
                       .arg(QString::fromLatin1(request.url().path().toLatin1()), path));
}

QString UnipileFake::provider() const
{
    return QString::fromLatin1(unipile::key);
}

QStringList UnipileFake::customerKinds() const
{
    return {QStringLiteral("text"),    QStringLiteral("image"),   QStringLiteral("video"),
            QStringLiteral("audio"),   QStringLiteral("voice"),   QStringLiteral("document"),
            QStringLiteral("sticker"), QStringLiteral("reaction")};
}

std::optional<std::chrono::milliseconds> UnipileFake::retryAfter(int retry)
{
    using namespace std::chrono;
    if (retry > 5)
        return std::nullopt;
    return minutes(retry); // "five retry attempts ... with an incremental time delay"
}

void UnipileFake::post(const QJsonObject &event)
{
    m_core.poster.post(
        m_core.config.unipileWebhookUrl, QJsonDocument(event).toJson(QJsonDocument::Compact),
        {{"Unipile-Auth", m_core.config.unipileWebhookSecret}}, &UnipileFake::retryAfter);
}

} // namespace inbox::sandbox
