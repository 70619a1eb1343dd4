// SPDX-License-Identifier: GPL-3.0-or-later
// open-wa's server in EASY API mode under /openwa: a session that shows a QR code until the
// phone links (or is linked from the start), sends with acks coming back as webhooks (v5
// envelope by default, v4 on request), chats, contacts, loadEarlier, decryptMedia, the phone's
// state, and customers who send every kind. Webhooks carry the API key and are retried three
// times (compressed) until answered 200.
#include "OpenWaFake.h"

#include "core/SandboxHttp.h"
#include "openwa/OpenWaProvider.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QRandomGenerator>
#include <QTimer>

namespace inbox::sandbox {

namespace {

QHttpServerResponse failure(QHttpServerResponder::StatusCode status, const QString &name,
                            const QString &message)
{
    return json({{QStringLiteral("success"), false},
                 {QStringLiteral("error"), QJsonObject{{QStringLiteral("name"), name},
                                                       {QStringLiteral("message"), message}}}},
                status);
}

QHttpServerResponse success(const QJsonValue &response)
{
    return json({{QStringLiteral("success"), true}, {QStringLiteral("response"), response}});
}

/// A QR-like picture (a fresh random pattern each time) as WhatsApp Web's data URL.
QString qrDataUrl()
{
    constexpr int Cells = 29, Cell = 8;
    QImage image(Cells * Cell, Cells * Cell, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    auto *random = QRandomGenerator::global();
    for (int y = 0; y < Cells; ++y) {
        for (int x = 0; x < Cells; ++x) {
            if (random->bounded(2))
                painter.fillRect(x * Cell, y * Cell, Cell, Cell, Qt::black);
        }
    }
    // The three finder squares a phone's camera looks for.
    for (const QPoint corner : {QPoint(0, 0), QPoint(Cells - 7, 0), QPoint(0, Cells - 7)}) {
        const QPoint at = corner * Cell;
        painter.fillRect(at.x(), at.y(), 7 * Cell, 7 * Cell, Qt::black);
        painter.fillRect(at.x() + Cell, at.y() + Cell, 5 * Cell, 5 * Cell, Qt::white);
        painter.fillRect(at.x() + 2 * Cell, at.y() + 2 * Cell, 3 * Cell, 3 * Cell, Qt::black);
    }
    painter.end();
    return QStringLiteral("data:image/png;base64,") +
           QString::fromLatin1(sandbox::png(image).toBase64());
}

} // namespace

OpenWaFake::OpenWaFake(SandboxCore &core, QObject *parent)
    : ProviderFake(core, parent)
    , m_state(core.config.openwaLinked ? QStringLiteral("CONNECTED") : QStringLiteral("UNPAIRED"))
{
    for (const auto &[digits, name, line] :
         {std::tuple{QStringLiteral("573012345678"), QStringLiteral("Valeria Gómez"),
                     QStringLiteral("¿Tienen mesa para cuatro a las 9?")},
          std::tuple{QStringLiteral("573155550123"), QStringLiteral("Diego Ramírez"),
                     QStringLiteral("¿Cuál es el menú del día?")}}) {
        store(digits, name, false, QStringLiteral("chat"), line);
    }
}

QString OpenWaFake::provider() const
{
    return QString::fromLatin1(openwa::key);
}

QStringList OpenWaFake::customerKinds() const
{
    return {QStringLiteral("text"),    QStringLiteral("image"),    QStringLiteral("video"),
            QStringLiteral("audio"),   QStringLiteral("voice"),    QStringLiteral("document"),
            QStringLiteral("sticker"), QStringLiteral("location"), QStringLiteral("contacts"),
            QStringLiteral("reaction")};
}

std::optional<std::chrono::milliseconds> OpenWaFake::retryAfter(int retry)
{
    using namespace std::chrono;
    if (retry > 3)
        return std::nullopt;
    return std::chrono::seconds(30 << (retry - 1));
}

QList<ControlRoute> OpenWaFake::controlRoutes() const
{
    return {{QStringLiteral("POST /_sandbox/openwa/link"),
             QStringLiteral("the phone scans the QR code: the session is linked")}};
}

std::optional<QHttpServerResponse> OpenWaFake::control(const QString &route,
                                                       const QHttpServerRequest &)
{
    if (route != QLatin1String("link"))
        return std::nullopt;
    link();
    return json({{QStringLiteral("ok"), true}});
}

QJsonObject OpenWaFake::store(const QString &digits, const QString &name, bool fromMe,
                              const QString &type, const QString &body)
{
    const QString chat = digits + QStringLiteral("@c.us");
    const QString own = m_core.config.openwaHostNumber + QStringLiteral("@c.us");
    const QJsonObject message{
        {QStringLiteral("id"),
         QStringLiteral("%1_%2_3EB0%3")
             .arg(fromMe ? QStringLiteral("true") : QStringLiteral("false"), chat,
                  QString::number(++m_core.serial, 16)
                      .toUpper()
                      .rightJustified(12, QLatin1Char('0')))},
        {QStringLiteral("body"), body},
        {QStringLiteral("type"), type},
        {QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("from"), fromMe ? own : chat},
        {QStringLiteral("to"), fromMe ? chat : own},
        {QStringLiteral("chatId"), chat},
        {QStringLiteral("fromMe"), fromMe},
        {QStringLiteral("isGroupMsg"), false},
        {QStringLiteral("isMedia"), false},
        {QStringLiteral("ack"), fromMe ? 1 : 0},
        {QStringLiteral("sender"),
         QJsonObject{
             {QStringLiteral("id"), fromMe ? own : chat},
             {QStringLiteral("pushname"), fromMe ? QStringLiteral("Bistro Bot") : name},
             {QStringLiteral("formattedName"), fromMe ? QStringLiteral("Bistro Bot") : name}}},
    };
    OpenWaChat &stored = m_chats[digits];
    if (stored.name.isEmpty())
        stored.name = name;
    stored.messages.append(message);
    return message;
}

QString OpenWaFake::customerWrites(const CustomerMessage &message)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("text"), QStringLiteral("chat")},
        {QStringLiteral("image"), QStringLiteral("image")},
        {QStringLiteral("video"), QStringLiteral("video")},
        {QStringLiteral("audio"), QStringLiteral("audio")},
        {QStringLiteral("voice"), QStringLiteral("ptt")},
        {QStringLiteral("document"), QStringLiteral("document")},
        {QStringLiteral("sticker"), QStringLiteral("sticker")},
        {QStringLiteral("location"), QStringLiteral("location")},
        {QStringLiteral("contacts"), QStringLiteral("vcard")},
        {QStringLiteral("reaction"), QStringLiteral("reaction")}};
    QJsonObject stored = store(message.from, message.name, false,
                               types.value(message.kind, QStringLiteral("chat")), message.text);
    const QString id = stored.value(QLatin1String("id")).toString();
    if (message.kind == QLatin1String("location")) {
        stored.insert(QStringLiteral("lat"), 4.6097);
        stored.insert(QStringLiteral("lng"), -74.0817);
        stored.insert(QStringLiteral("loc"), message.text);
        stored.insert(QStringLiteral("body"), QString());
    } else if (message.kind == QLatin1String("contacts")) {
        stored.insert(QStringLiteral("body"),
                      QStringLiteral("BEGIN:VCARD\nVERSION:3.0\nFN:%1\nTEL;type=CELL;waid="
                                     "573001234567:+57 300 1234567\nEND:VCARD")
                          .arg(message.text));
    } else if (message.kind == QLatin1String("reaction")) {
        stored.insert(QStringLiteral("parentMsgKey"), message.replyTo);
    } else if (message.kind != QLatin1String("text")) {
        const MediaShelf::File file = m_core.media.make(message.kind);
        m_mediaOf.insert(id, file.id);
        stored.insert(QStringLiteral("isMedia"), true);
        stored.insert(QStringLiteral("mimetype"), file.mimeType);
        stored.insert(QStringLiteral("filename"), file.fileName);
        stored.insert(QStringLiteral("size"), file.bytes.size());
        stored.insert(QStringLiteral("caption"), message.text);
        // WhatsApp Web's body of a media message is a small base64 thumbnail.
        stored.insert(QStringLiteral("body"), QString::fromLatin1(file.bytes.left(48).toBase64()));
    }
    m_chats[message.from].messages.last() = stored;
    post(QStringLiteral("message.received"), QStringLiteral("onMessage"),
         QJsonObject{{QStringLiteral("message"), stored}});
    return id;
}

void OpenWaFake::link()
{
    if (m_state == QLatin1String("CONNECTED"))
        return;
    m_state = QStringLiteral("CONNECTED");
    post(QStringLiteral("session.state"), QStringLiteral("onStateChanged"),
         QStringLiteral("CONNECTED"));
}

QHttpServerResponse OpenWaFake::answer(const QString &path, const QHttpServerRequest &request)
{
    using Status = QHttpServerResponder::StatusCode;
    if (!path.startsWith(QLatin1String("api/"))) {
        return failure(Status::NotFound, QStringLiteral("NotFound"),
                       QStringLiteral("The EASY API is under /api/."));
    }
    const QString call = path.mid(4);
    if (request.value("api_key") != m_core.config.openwaApiKey) {
        return failure(Status::Unauthorized, QStringLiteral("Unauthorized"),
                       QStringLiteral("The api_key header is missing or wrong."));
    }
    const QJsonObject args =
        QJsonDocument::fromJson(request.body()).object().value(QLatin1String("args")).toObject();
    const bool connected = m_state == QLatin1String("CONNECTED");

    if (call == QLatin1String("session/getConnectionState"))
        return success(m_state);
    if (call == QLatin1String("session/getQrCode")) {
        if (connected)
            return success(QJsonValue());
        // The phone scans it a moment after it is first shown.
        if (m_core.config.openwaLinkAfter.count() > 0 && !m_linking) {
            m_linking = true;
            QTimer::singleShot(m_core.config.openwaLinkAfter, this, [this] { link(); });
        }
        return success(qrDataUrl());
    }
    if (call == QLatin1String("session/healthCheck")) {
        return success(QJsonObject{{QStringLiteral("state"), m_state},
                                   {QStringLiteral("queuedMessages"), 0},
                                   {QStringLiteral("sessionId"), m_core.config.openwaSessionId}});
    }
    if (!connected) {
        return failure(Status::ServiceUnavailable, QStringLiteral("SessionNotConnected"),
                       QStringLiteral("The phone is not linked yet: scan the QR code."));
    }
    if (call == QLatin1String("session/getHostNumber"))
        return success(m_core.config.openwaHostNumber);
    if (call == QLatin1String("session/getBatteryLevel"))
        return success(m_battery);
    if (call == QLatin1String("session/isPlugged"))
        return success(true);
    if (call == QLatin1String("chats/getAll") || call == QLatin1String("contacts/getAll")) {
        const bool chats = call == QLatin1String("chats/getAll");
        QJsonArray items;
        for (auto it = m_chats.cbegin(); it != m_chats.cend(); ++it) {
            const QString id = it.key() + QStringLiteral("@c.us");
            items.append(chats ? QJsonObject{{QStringLiteral("id"), id},
                                             {QStringLiteral("formattedTitle"), it->name},
                                             {QStringLiteral("isGroup"), false},
                                             {QStringLiteral("unreadCount"), 0}}
                               : QJsonObject{{QStringLiteral("id"), id},
                                             {QStringLiteral("name"), it->name},
                                             {QStringLiteral("pushname"), it->name},
                                             {QStringLiteral("isMyContact"), true}});
        }
        if (chats) {
            items.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("120363041234567890@g.us")},
                            {QStringLiteral("formattedTitle"), QStringLiteral("Bistro staff")},
                            {QStringLiteral("isGroup"), true}});
        }
        return success(items);
    }
    if (call == QLatin1String("messages/loadEarlier")) {
        const QString digits =
            args.value(QLatin1String("contactId")).toString().section(QLatin1Char('@'), 0, 0);
        OpenWaChat &chat = m_chats[digits];
        // Each call gives the next older batch, oldest first, as WhatsApp Web loads them.
        constexpr int Batch = 20;
        const qsizetype end = chat.messages.size() - chat.loadedEarlier;
        QJsonArray batch;
        for (qsizetype i = qMax<qsizetype>(0, end - Batch); i < end; ++i)
            batch.append(chat.messages.at(i));
        chat.loadedEarlier += batch.size();
        return success(batch);
    }
    if (call == QLatin1String("messages/getAllInChat")) {
        // What WhatsApp Web has loaded of the chat: its newest messages, oldest first.
        const QString digits =
            args.value(QLatin1String("chatId")).toString().section(QLatin1Char('@'), 0, 0);
        if (!m_chats.contains(digits)) {
            return failure(Status::NotFound, QStringLiteral("ChatNotFound"),
                           QStringLiteral("No chat %1 on this phone.").arg(digits));
        }
        constexpr int Loaded = 50;
        const QList<QJsonObject> &messages = m_chats[digits].messages;
        QJsonArray loaded;
        for (qsizetype i = qMax<qsizetype>(0, messages.size() - Loaded); i < messages.size(); ++i)
            loaded.append(messages.at(i));
        return success(loaded);
    }
    if (call == QLatin1String("messages/decryptMedia")) {
        const QString id = args.value(QLatin1String("message")).toString();
        const MediaShelf::File *file = m_core.media.find(m_mediaOf.value(id));
        if (!file) {
            return failure(Status::NotFound, QStringLiteral("MessageNotFound"),
                           QStringLiteral("No media message %1 on this phone.").arg(id));
        }
        return success(QStringLiteral("data:%1;base64,%2")
                           .arg(file->mimeType, QString::fromLatin1(file->bytes.toBase64())));
    }
    if (call == QLatin1String("messages/sendSeen"))
        return success(true);
    if (call == QLatin1String("messages/react"))
        return success(true);
    static const QStringList sends = {
        QStringLiteral("messages/sendText"), QStringLiteral("messages/reply"),
        QStringLiteral("messages/sendImage"), QStringLiteral("messages/sendFile")};
    if (sends.contains(call)) {
        const QString to = args.value(QLatin1String("to")).toString();
        if (!to.endsWith(QLatin1String("@c.us"))) {
            return failure(
                Status::BadRequest, QStringLiteral("InvalidChatId"),
                QStringLiteral("\"to\" must be a chat id like 447700900123@c.us, not \"%1\".")
                    .arg(to));
        }
        const bool file =
            call.endsWith(QLatin1String("Image")) || call.endsWith(QLatin1String("File"));
        if (file &&
            !args.value(QLatin1String("file")).toString().startsWith(QLatin1String("data:"))) {
            return failure(Status::BadRequest, QStringLiteral("InvalidFile"),
                           QStringLiteral("\"file\" must be a data URL."));
        }
        const QString digits = to.section(QLatin1Char('@'), 0, 0);
        const QJsonObject stored =
            store(digits, {}, true,
                  file ? (call.endsWith(QLatin1String("Image")) ? QStringLiteral("image")
                                                                : QStringLiteral("document"))
                       : QStringLiteral("chat"),
                  file ? args.value(QLatin1String("caption")).toString()
                       : args.value(QLatin1String("content")).toString());
        const QString id = stored.value(QLatin1String("id")).toString();
        for (int ack = 2; ack <= 3; ++ack) {
            QTimer::singleShot(m_core.config.statusStep * (ack - 1), this,
                               [this, id, to, ack, digits] {
                                   // The chat's messages say how far it got, webhook or none.
                                   for (QJsonObject &kept : m_chats[digits].messages) {
                                       if (kept.value(QLatin1String("id")).toString() == id)
                                           kept.insert(QStringLiteral("ack"), ack);
                                   }
                                   post(QStringLiteral("message.ack"), QStringLiteral("onAck"),
                                        QJsonObject{{QStringLiteral("id"), id},
                                                    {QStringLiteral("to"), to},
                                                    {QStringLiteral("ack"), ack}});
                               });
        }
        return success(id);
    }
    return failure(Status::NotFound, QStringLiteral("NotFound"),
                   QStringLiteral("%1 is not an EASY API call here.").arg(call));
}

void OpenWaFake::post(const QString &v5Event, const QString &v4Event, const QJsonValue &data)
{
    const QJsonObject body =
        m_core.config.openwaWebhookVersion == 4
            ? QJsonObject{{QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch()},
                          {QStringLiteral("sessionId"), m_core.config.openwaSessionId},
                          {QStringLiteral("id"), QStringLiteral("evt-%1").arg(++m_core.serial)},
                          {QStringLiteral("event"), v4Event},
                          {QStringLiteral("data"),
                           data.isObject() && data.toObject().contains(QLatin1String("message"))
                               ? data.toObject().value(QLatin1String("message"))
                               : data}}
            : QJsonObject{{QStringLiteral("webhookId"), QStringLiteral("wh-inbox")},
                          {QStringLiteral("sessionId"), m_core.config.openwaSessionId},
                          {QStringLiteral("event"), v5Event},
                          {QStringLiteral("payload"), data}};
    m_core.poster.post(m_core.config.openwaWebhookUrl,
                       QJsonDocument(body).toJson(QJsonDocument::Compact),
                       {{"api_key", m_core.config.openwaApiKey}}, &OpenWaFake::retryAfter);
}

} // namespace inbox::sandbox
