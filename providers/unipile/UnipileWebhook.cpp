// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnipileWebhook.h"

#include "common/WebhookFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace inbox::unipile {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return webhook::text(object, key);
}

/// UniPile sends some flags as booleans and others as 0/1.
bool flag(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isBool() ? value.toBool() : value.toInt() != 0;
}

QDateTime timeOf(const QJsonObject &json)
{
    return QDateTime::fromString(str(json, "timestamp"), Qt::ISODateWithMs).toUTC();
}

/// The inbox's kind for an attachment, from UniPile's "type" and the file's MIME type.
QString kindOf(const QJsonObject &attachment)
{
    const QString type = str(attachment, "type");
    const QString mime = str(attachment, "mimetype");
    if (attachment.value(QLatin1String("sticker")).toVariant().toBool())
        return QStringLiteral("sticker");
    if (type == QLatin1String("img") || mime.startsWith(QLatin1String("image/")))
        return QStringLiteral("image");
    if (type == QLatin1String("video") || mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (type == QLatin1String("audio") || mime.startsWith(QLatin1String("audio/")))
        return flag(attachment, "voice_note") ? QStringLiteral("voice") : QStringLiteral("audio");
    return QStringLiteral("document");
}

/// The first attachment: UniPile's webhook example sends one object, the API a list.
QJsonObject firstAttachment(const QJsonObject &json)
{
    const QJsonValue value = json.value(QLatin1String("attachments"));
    if (value.isArray())
        return value.toArray().first().toObject();
    return value.toObject();
}

/// The customer of a one-to-one chat: its WhatsApp id, or the other attendee's.
QString customerOf(const QJsonObject &event)
{
    const QString chat = str(event, "provider_chat_id");
    if (!chat.isEmpty())
        return webhook::e164FromJid(chat);
    if (!flag(event, "is_sender"))
        return webhook::e164FromJid(
            str(event.value(QLatin1String("sender")).toObject(), "attendee_provider_id"));
    const QJsonArray attendees = event.value(QLatin1String("attendees")).toArray();
    return attendees.isEmpty()
               ? QString()
               : webhook::e164FromJid(str(attendees.first().toObject(), "attendee_provider_id"));
}

StatusEvent statusOf(const QJsonObject &event, const QString &status, const QString &customer)
{
    StatusEvent s;
    s.externalId = str(event, "message_id");
    s.status = status;
    s.recipient = customer;
    s.timestamp = timeOf(event);
    return s;
}

} // namespace

MessageEvent messageFromJson(const QJsonObject &json, const QString &customer)
{
    MessageEvent m;
    const bool outbound = flag(json, "is_sender");
    m.direction = outbound ? Direction::Outbound : Direction::Inbound;
    m.externalId =
        json.contains(QLatin1String("message_id")) ? str(json, "message_id") : str(json, "id");
    (outbound ? m.to : m.from) = customer;
    m.text = json.contains(QLatin1String("message")) ? str(json, "message") : str(json, "text");
    m.kind = QStringLiteral("text");
    const QJsonObject attachment = firstAttachment(json);
    if (!attachment.isEmpty()) {
        m.kind = kindOf(attachment);
        MediaInfo media;
        media.mimeType = str(attachment, "mimetype");
        media.fileName = str(attachment, "file_name");
        media.sizeBytes = webhook::wholeNumber(attachment, "file_size");
        media.providerMediaId = str(attachment, "id");
        media.url = str(attachment, "url");
        m.media = media;
    }
    const QJsonObject quoted = json.value(QLatin1String("quoted")).toObject();
    m.replyTo =
        quoted.contains(QLatin1String("id")) ? str(quoted, "id") : str(quoted, "message_id");
    m.timestamp = timeOf(json);
    if (!outbound)
        m.customerName = str(json.value(QLatin1String("sender")).toObject(), "attendee_name");
    // A listed message says how far ours got (https://developer.unipile.com/docs/message-payload:
    // "seen" by at least one recipient, "delivered" to them); a webhook's event says neither.
    if (outbound &&
        (json.contains(QLatin1String("seen")) || json.contains(QLatin1String("delivered")))) {
        m.details.insert(QStringLiteral("status"), flag(json, "seen") ? QStringLiteral("read")
                                                   : flag(json, "delivered")
                                                       ? QStringLiteral("delivered")
                                                       : QStringLiteral("sent"));
    }
    return m;
}

Expected<QList<ProviderEvent>, QString> parseWebhook(const QByteArray &body)
{
    const auto parsed = webhook::parseJson(body);
    if (!parsed)
        return parsed.error();
    const QJsonDocument document = parsed.value();
    const QJsonObject event = document.object();
    QList<ProviderEvent> events;
    // The account status webhook has its own envelope: {"AccountStatus": {..., "message"}}.
    if (const QJsonObject status = event.value(QLatin1String("AccountStatus")).toObject();
        !status.isEmpty()) {
        // https://developer.unipile.com/docs/account-lifecycle: the account's sources.
        const QString message = str(status, "message");
        static const QStringList well = {QStringLiteral("OK"), QStringLiteral("RECONNECTED"),
                                         QStringLiteral("CREATION_SUCCESS"),
                                         QStringLiteral("SYNC_SUCCESS")};
        static const QStringList problems = {QStringLiteral("ERROR"), QStringLiteral("STOPPED"),
                                             QStringLiteral("CREDENTIALS"),
                                             QStringLiteral("DELETION")};
        if (well.contains(message)) {
            events.append(AccountHealthEvent{});
        } else if (message == QLatin1String("CREDENTIALS")) {
            events.append(AccountHealthEvent{QCoreApplication::translate(
                "inbox::unipile",
                "UniPile needs the account's credentials again: reconnect it in UniPile")});
        } else if (problems.contains(message)) {
            events.append(AccountHealthEvent{
                QCoreApplication::translate("inbox::unipile",
                                            "UniPile reports the account %1: reconnect it in "
                                            "UniPile")
                    .arg(message.toLower())});
        } else {
            events.append(
                NoticeEvent{QStringLiteral("account_status"),
                            QCoreApplication::translate("inbox::unipile", "UniPile account %1: %2")
                                .arg(str(status, "account_id"), message)});
        }
        return events;
    }
    const QString type = str(event, "event");
    if (!document.isObject() || type.isEmpty() || !event.contains(QLatin1String("account_id")))
        return QCoreApplication::translate(
            "inbox::unipile",
            "not a UniPile webhook: expected an object with \"event\" and \"account_id\"");

    if (!type.startsWith(QLatin1String("message_"))) {
        events.append(NoticeEvent{type, webhook::shortJson(event)});
        return events;
    }
    if (webhook::isGroupJid(str(event, "provider_chat_id"))) {
        events.append(NoticeEvent{
            QStringLiteral("group"),
            QCoreApplication::translate("inbox::unipile",
                                        "a message in the group chat %1: group chats are not shown "
                                        "in the inbox")
                .arg(str(event, "provider_chat_id"))});
        return events;
    }
    const QString customer = customerOf(event);
    if (type == QLatin1String("message_received")) {
        events.append(messageFromJson(event, customer));
    } else if (type == QLatin1String("message_reaction")) {
        MessageEvent m;
        // "is_sender" is about the message; who reacted is the reaction_sender.
        const QJsonObject reactor = event.value(QLatin1String("reaction_sender")).toObject();
        const bool ours =
            reactor.isEmpty()
                ? flag(event, "is_sender")
                : webhook::e164FromJid(str(reactor, "attendee_provider_id")) != customer;
        m.direction = ours ? Direction::Outbound : Direction::Inbound;
        (ours ? m.to : m.from) = customer;
        // A reaction has no id of its own: one per reactor and message.
        m.externalId = str(event, "message_id") + QStringLiteral(":reaction:") +
                       str(reactor, "attendee_provider_id");
        m.kind = QStringLiteral("reaction");
        m.text = str(event, "reaction");
        m.replyTo = str(event, "message_id");
        m.timestamp = timeOf(event);
        events.append(m);
    } else if (type == QLatin1String("message_read")) {
        events.append(statusOf(event, QStringLiteral("read"), customer));
    } else if (type == QLatin1String("message_delivered")) {
        events.append(statusOf(event, QStringLiteral("delivered"), customer));
    } else if (type == QLatin1String("message_edited") ||
               type == QLatin1String("message_deleted")) {
        MessageEvent m = messageFromJson(event, customer);
        m.externalId = str(event, "message_id") + QLatin1Char(':') + type;
        m.kind = type == QLatin1String("message_edited") ? QStringLiteral("edit")
                                                         : QStringLiteral("revoke");
        m.replyTo = str(event, "message_id");
        m.media.reset();
        events.append(m);
    } else {
        events.append(NoticeEvent{type, webhook::shortJson(event)});
    }
    return events;
}

} // namespace inbox::unipile
