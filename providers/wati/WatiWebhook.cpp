// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatiWebhook.h"

#include "common/WebhookFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbox::wati {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return webhook::text(object, key);
}

QDateTime timeOf(const QJsonObject &event)
{
    const QDateTime at = webhook::fromUnixSeconds(str(event, "timestamp"));
    if (at.isValid())
        return at;
    return QDateTime::fromString(str(event, "created"), Qt::ISODateWithMs).toUTC();
}

/// The message's kind as the inbox names it, from WATI's "type".
QString kindOf(const QString &type)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("text"), QStringLiteral("text")},
        {QStringLiteral("image"), QStringLiteral("image")},
        {QStringLiteral("video"), QStringLiteral("video")},
        {QStringLiteral("audio"), QStringLiteral("audio")},
        {QStringLiteral("voice"), QStringLiteral("voice")},
        {QStringLiteral("document"), QStringLiteral("document")},
        {QStringLiteral("sticker"), QStringLiteral("sticker")},
        {QStringLiteral("location"), QStringLiteral("location")},
        {QStringLiteral("contacts"), QStringLiteral("contacts")},
        {QStringLiteral("button"), QStringLiteral("button")},
        {QStringLiteral("interactive"), QStringLiteral("interactive")},
        {QStringLiteral("reaction"), QStringLiteral("reaction")},
        {QStringLiteral("order"), QStringLiteral("order")},
        {QStringLiteral("template"), QStringLiteral("template")},
    };
    return names.value(type, QStringLiteral("unsupported"));
}

} // namespace

MessageEvent messageFromJson(const QJsonObject &event, bool outbound)
{
    MessageEvent m;
    m.direction = outbound ? Direction::Outbound : Direction::Inbound;
    m.externalId = str(event, "whatsappMessageId");
    if (m.externalId.isEmpty())
        m.externalId = str(event, "id");
    m.reference = str(event, "localMessageId");
    const QString customer = webhook::e164FromWaId(str(event, "waId"));
    (outbound ? m.to : m.from) = customer;
    m.kind = event.contains(QLatin1String("templateName")) ? QStringLiteral("template")
                                                           : kindOf(str(event, "type"));
    m.text = str(event, "text");
    // Replies to buttons and lists carry their title apart from the text.
    for (const char *reply : {"listReply", "interactiveButtonReply", "buttonReply"}) {
        const QJsonObject object = event.value(QLatin1String(reply)).toObject();
        if (object.isEmpty())
            continue;
        const QString title =
            object.contains(QLatin1String("title")) ? str(object, "title") : str(object, "text");
        if (!title.isEmpty())
            m.text = title;
        m.details.insert(QLatin1String(reply), object);
    }
    if (m.kind == QLatin1String("unsupported"))
        m.details.insert(QStringLiteral("raw"), event);
    const QString data = str(event, "data");
    if (!data.isEmpty()) {
        MediaInfo media;
        media.url = data;
        m.media = media;
    }
    m.replyTo = str(event, "replyContextId");
    m.timestamp = timeOf(event);
    m.customerName = str(event, "senderName");
    if (event.value(QLatin1String("forwarded")).toBool())
        m.details.insert(QStringLiteral("forwarded"), true);
    return m;
}

namespace {

StatusEvent statusOf(const QJsonObject &event, const QString &status)
{
    StatusEvent s;
    s.status = status;
    // WATI correlates by whatsappMessageId, localMessageId (v2 sends) or its own id.
    for (const char *key : {"whatsappMessageId", "localMessageId", "id"}) {
        const QString id = str(event, key);
        if (id.isEmpty())
            continue;
        if (s.externalId.isEmpty())
            s.externalId = id;
        else
            s.otherIds.append(id);
    }
    s.reference = str(event, "localMessageId");
    s.recipient = webhook::e164FromWaId(str(event, "waId"));
    s.errorCode = str(event, "failedCode");
    s.errorTitle = str(event, "failedDetail");
    s.timestamp = timeOf(event);
    return s;
}

} // namespace

Expected<QList<ProviderEvent>, QString> parseWebhook(const QByteArray &body)
{
    const auto parsed = webhook::parseJson(body);
    if (!parsed)
        return parsed.error();
    const QJsonDocument document = parsed.value();
    const QJsonObject event = document.object();
    const QString type = str(event, "eventType");
    if (!document.isObject() || type.isEmpty())
        return QCoreApplication::translate(
            "inbox::wati", "not a WATI webhook: expected an object with an \"eventType\"");

    QList<ProviderEvent> events;
    // The _v2 and _bsuid forms carry the same event with more ids.
    QString base = type;
    for (const char *suffix : {"_bsuid", "_v2"}) {
        if (base.endsWith(QLatin1String(suffix)))
            base.chop(int(qstrlen(suffix)));
    }
    if (base == QLatin1String("message")) {
        events.append(messageFromJson(event, event.value(QLatin1String("owner")).toBool()));
    } else if (base == QLatin1String("sessionMessageSent") ||
               base == QLatin1String("templateMessageSent")) {
        events.append(messageFromJson(event, true));
        events.append(statusOf(event, QStringLiteral("sent")));
    } else if (base == QLatin1String("sentMessageDELIVERED") ||
               base == QLatin1String("messageDelivered")) {
        events.append(statusOf(event, QStringLiteral("delivered")));
    } else if (base == QLatin1String("sentMessageREAD") || base == QLatin1String("messageRead")) {
        events.append(statusOf(event, QStringLiteral("read")));
    } else if (base == QLatin1String("templateMessageFailed") ||
               base == QLatin1String("sessionMessageFailed")) {
        events.append(statusOf(event, QStringLiteral("failed")));
    } else {
        events.append(NoticeEvent{type, webhook::shortJson(event)});
    }
    return events;
}

} // namespace inbox::wati
