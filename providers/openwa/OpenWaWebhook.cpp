// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenWaWebhook.h"

#include "common/WebhookFields.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace inbox::openwa {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return webhook::text(object, key);
}

QJsonObject obj(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

/// The inbox's kind for open-wa's (WhatsApp Web's) message type.
QString kindOf(const QString &type)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("chat"), QStringLiteral("text")},
        {QStringLiteral("image"), QStringLiteral("image")},
        {QStringLiteral("video"), QStringLiteral("video")},
        {QStringLiteral("audio"), QStringLiteral("audio")},
        {QStringLiteral("ptt"), QStringLiteral("voice")},
        {QStringLiteral("document"), QStringLiteral("document")},
        {QStringLiteral("sticker"), QStringLiteral("sticker")},
        {QStringLiteral("location"), QStringLiteral("location")},
        {QStringLiteral("vcard"), QStringLiteral("contacts")},
        {QStringLiteral("multi_vcard"), QStringLiteral("contacts")},
        {QStringLiteral("buttons_response"), QStringLiteral("button")},
        {QStringLiteral("list_response"), QStringLiteral("interactive")},
        {QStringLiteral("reaction"), QStringLiteral("reaction")},
        {QStringLiteral("revoked"), QStringLiteral("revoke")},
    };
    return names.value(type, QStringLiteral("unsupported"));
}

QString statusOfAck(int ack)
{
    switch (ack) {
    case -1:
        return QStringLiteral("failed");
    case 1:
        return QStringLiteral("sent");
    case 2:
        return QStringLiteral("delivered");
    case 3:
        return QStringLiteral("read");
    case 4:
        return QStringLiteral("played");
    default:
        return {}; // 0: pending on the phone, nothing to tell yet
    }
}

/// An ack: v5 gives {"id", "ack"} (or the message with its "ack"), v4 the message.
std::optional<StatusEvent> statusOf(const QJsonObject &ack)
{
    const QString status = statusOfAck(ack.value(QLatin1String("ack")).toInt());
    if (status.isEmpty() || str(ack, "id").isEmpty())
        return std::nullopt;
    StatusEvent s;
    s.externalId = str(ack, "id");
    s.status = status;
    s.recipient = webhook::e164FromJid(str(ack, "to"));
    s.timestamp = webhook::fromUnixSeconds(str(ack, "t"));
    if (status == QLatin1String("failed"))
        s.errorTitle = QCoreApplication::translate(
            "inbox::openwa", "WhatsApp did not accept the message on the phone");
    return s;
}

/// The v5 payload's message, or the v4 data when it is one.
QJsonObject messageIn(const QJsonObject &envelope, bool v5)
{
    if (!v5)
        return obj(envelope, "data");
    const QJsonObject payload = obj(envelope, "payload");
    return payload.contains(QLatin1String("message")) ? obj(payload, "message") : payload;
}

} // namespace

QString ackStatusOf(const QJsonObject &message)
{
    return message.value(QLatin1String("ack")).isDouble()
               ? statusOfAck(message.value(QLatin1String("ack")).toInt())
               : QString();
}

bool isGroupMessage(const QJsonObject &message)
{
    return message.value(QLatin1String("isGroupMsg")).toBool() ||
           webhook::isGroupJid(str(message, "chatId")) ||
           webhook::isGroupJid(str(message, "from")) || webhook::isGroupJid(str(message, "to"));
}

MessageEvent messageFromJson(const QJsonObject &message)
{
    MessageEvent m;
    const bool outbound = message.value(QLatin1String("fromMe")).toBool();
    m.direction = outbound ? Direction::Outbound : Direction::Inbound;
    m.externalId = str(message, "id");
    m.from = webhook::e164FromJid(str(message, "from"));
    m.to = webhook::e164FromJid(str(message, "to"));
    m.kind = kindOf(str(message, "type"));
    const bool media = message.value(QLatin1String("isMedia")).toBool() ||
                       message.contains(QLatin1String("mimetype"));
    // For media, WhatsApp Web's "body" is a base64 thumbnail; the words are in the caption.
    m.text = media ? str(message, "caption") : str(message, "body");
    if (media) {
        MediaInfo info;
        info.mimeType = str(message, "mimetype");
        info.fileName = str(message, "filename");
        info.sizeBytes = webhook::wholeNumber(message, "size");
        info.url = str(message, "clientUrl");
        info.durationSeconds =
            int(qMin<qint64>(webhook::wholeNumber(message, "duration"), 86400 * 365));
        m.media = info;
    }
    if (m.kind == QLatin1String("location")) {
        m.details.insert(
            QStringLiteral("location"),
            QJsonObject{{QStringLiteral("latitude"), message.value(QLatin1String("lat"))},
                        {QStringLiteral("longitude"), message.value(QLatin1String("lng"))},
                        {QStringLiteral("name"), str(message, "loc")}});
        m.text = str(message, "loc");
    } else if (m.kind == QLatin1String("unsupported")) {
        m.details.insert(QStringLiteral("raw"),
                         QJsonObject{{QStringLiteral("type"), str(message, "type")}});
    }
    const QJsonObject quoted = obj(message, "quotedMsgObj");
    m.replyTo = quoted.isEmpty() ? str(obj(message, "quotedMsg"), "id") : str(quoted, "id");
    if (m.kind == QLatin1String("reaction") || m.kind == QLatin1String("revoke")) {
        m.replyTo = str(message, "parentMsgKey").isEmpty() ? str(message, "quotedMsgId")
                                                           : str(message, "parentMsgKey");
        m.text = m.kind == QLatin1String("reaction") ? str(message, "body") : QString();
    }
    m.timestamp = webhook::fromUnixSeconds(message.contains(QLatin1String("timestamp"))
                                               ? str(message, "timestamp")
                                               : str(message, "t"));
    const QJsonObject sender = obj(message, "sender");
    if (!outbound) {
        m.customerName = str(sender, "pushname");
        if (m.customerName.isEmpty())
            m.customerName = str(sender, "formattedName");
    }
    return m;
}

namespace {

/// The linked phone's state (WhatsApp Web's): connected is well, the others say what to do.
ProviderEvent healthOf(const QString &state)
{
    if (state == QLatin1String("CONNECTED"))
        return AccountHealthEvent{};
    if (state == QLatin1String("CONFLICT"))
        return AccountHealthEvent{QCoreApplication::translate(
            "inbox::openwa", "WhatsApp is open on another computer: close it there, or take it "
                             "back in open-wa")};
    if (state == QLatin1String("UNPAIRED") || state == QLatin1String("UNPAIRED_IDLE"))
        return AccountHealthEvent{QCoreApplication::translate(
            "inbox::openwa", "the phone is no longer linked: scan the QR code in Settings")};
    if (state == QLatin1String("TOS_BLOCK") || state == QLatin1String("SMB_TOS_BLOCK") ||
        state == QLatin1String("DEPRECATED_VERSION") || state == QLatin1String("PROXYBLOCK") ||
        state == QLatin1String("TIMEOUT") || state == QLatin1String("UNLAUNCHED"))
        return AccountHealthEvent{
            QCoreApplication::translate("inbox::openwa", "the phone's session stopped: %1")
                .arg(state)};
    return NoticeEvent{QStringLiteral("state"), state}; // OPENING, PAIRING: on its way
}

} // namespace

Expected<QList<ProviderEvent>, QString> parseWebhook(const QByteArray &body)
{
    const auto parsed = webhook::parseJson(body);
    if (!parsed)
        return parsed.error();
    const QJsonDocument document = parsed.value();
    const QJsonObject envelope = document.object();
    const QString type = str(envelope, "event");
    const bool v5 = envelope.contains(QLatin1String("payload"));
    const bool v4 = envelope.contains(QLatin1String("data"));
    if (!document.isObject() || type.isEmpty() || (!v5 && !v4)) {
        return QCoreApplication::translate(
            "inbox::openwa",
            "not an open-wa webhook: expected \"sessionId\", \"event\" and a \"payload\" "
            "(v5) or \"data\" (v4)");
    }
    if (str(envelope, "sessionId").isEmpty()) {
        return QCoreApplication::translate(
            "inbox::openwa",
            "an open-wa webhook without a \"sessionId\": start the open-wa server with "
            "--session-id, so the inbox knows which phone it is from");
    }

    QList<ProviderEvent> events;
    static const QStringList messageEvents = {
        QStringLiteral("message.received"), QStringLiteral("message.sent"),
        QStringLiteral("message.any"),      QStringLiteral("onMessage"),
        QStringLiteral("onAnyMessage"),     QStringLiteral("onMessageDeleted"),
        QStringLiteral("onReaction"),       QStringLiteral("message.reaction")};
    static const QStringList ackEvents = {QStringLiteral("message.ack"), QStringLiteral("onAck")};
    if (messageEvents.contains(type)) {
        const QJsonObject message = messageIn(envelope, v5);
        if (isGroupMessage(message)) {
            events.append(NoticeEvent{
                QStringLiteral("group"),
                QCoreApplication::translate("inbox::openwa",
                                            "a message in the group chat %1: group chats are not "
                                            "shown in the inbox")
                    .arg(str(message, "chatId").isEmpty() ? str(message, "from")
                                                          : str(message, "chatId"))});
        } else {
            events.append(messageFromJson(message));
        }
    } else if (ackEvents.contains(type)) {
        const QJsonObject payload = v5 ? obj(envelope, "payload") : obj(envelope, "data");
        QJsonObject ack =
            payload.contains(QLatin1String("message")) ? obj(payload, "message") : payload;
        if (payload.value(QLatin1String("ack")).isDouble())
            ack.insert(QStringLiteral("ack"), payload.value(QLatin1String("ack")));
        if (const auto status = statusOf(ack))
            events.append(*status);
    } else if (type == QLatin1String("session.state") || type == QLatin1String("onStateChanged")) {
        const QJsonValue data =
            v5 ? envelope.value(QLatin1String("payload")) : envelope.value(QLatin1String("data"));
        events.append(healthOf(data.isString() ? data.toString() : str(data.toObject(), "state")));
    } else {
        const QJsonValue data =
            v5 ? envelope.value(QLatin1String("payload")) : envelope.value(QLatin1String("data"));
        events.append(NoticeEvent{type, data.isString() ? data.toString()
                                                        : webhook::shortJson(data.toObject())});
    }
    return events;
}

} // namespace inbox::openwa
