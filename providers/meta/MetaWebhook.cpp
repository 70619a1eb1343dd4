// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetaWebhook.h"

#include "MetaErrors.h"
#include "common/Signature.h"
#include "common/WebhookFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace inbox::meta {

namespace {

QJsonObject obj(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray();
}

using webhook::e164FromWaId;
using webhook::fromUnixSeconds;

QString str(const QJsonObject &object, const char *key)
{
    return webhook::text(object, key);
}

std::optional<MediaInfo> mediaOf(const QJsonObject &media)
{
    if (media.isEmpty())
        return std::nullopt;
    MediaInfo info;
    info.providerMediaId = str(media, "id");
    info.mimeType = str(media, "mime_type");
    info.sha256 = str(media, "sha256");
    info.fileName = str(media, "filename");
    info.url = str(media, "url");
    return info;
}

/// Fills kind, text, media, details and reply target from a message's typed part.
void readContent(const QJsonObject &message, MessageEvent &event)
{
    const QString type = str(message, "type");
    event.kind = type;
    if (type == QLatin1String("text")) {
        event.text = str(obj(message, "text"), "body");
    } else if (type == QLatin1String("image") || type == QLatin1String("video") ||
               type == QLatin1String("document") || type == QLatin1String("sticker") ||
               type == QLatin1String("audio")) {
        const QJsonObject media = obj(message, type.toLatin1().constData());
        event.media = mediaOf(media);
        event.text = str(media, "caption");
        if (type == QLatin1String("audio") && media.value(QLatin1String("voice")).toBool())
            event.kind = QStringLiteral("voice");
        if (type == QLatin1String("document") && event.text.isEmpty())
            event.text = str(media, "filename");
    } else if (type == QLatin1String("location")) {
        const QJsonObject location = obj(message, "location");
        event.details = location;
        event.text = QStringList{str(location, "name"), str(location, "address")}
                         .filter(QRegularExpression(QStringLiteral("\\S")))
                         .join(QStringLiteral(", "));
        if (event.text.isEmpty()) {
            event.text = QStringLiteral("%1, %2")
                             .arg(location.value(QLatin1String("latitude")).toDouble())
                             .arg(location.value(QLatin1String("longitude")).toDouble());
        }
    } else if (type == QLatin1String("contacts")) {
        QStringList names;
        for (const QJsonValue &contact : arr(message, "contacts"))
            names << str(obj(contact.toObject(), "name"), "formatted_name");
        event.text = names.join(QStringLiteral(", "));
        event.details.insert(QStringLiteral("contacts"), arr(message, "contacts"));
    } else if (type == QLatin1String("interactive")) {
        const QJsonObject interactive = obj(message, "interactive");
        const QString replyType = str(interactive, "type");
        const QJsonObject reply = obj(interactive, replyType.toLatin1().constData());
        event.text = str(reply, "title");
        if (event.text.isEmpty())
            event.text = str(reply, "body"); // flow (nfm_reply) answers
        event.details = reply;
        event.details.insert(QStringLiteral("reply_type"), replyType);
    } else if (type == QLatin1String("button")) {
        const QJsonObject button = obj(message, "button");
        event.text = str(button, "text");
        event.details.insert(QStringLiteral("payload"), str(button, "payload"));
    } else if (type == QLatin1String("reaction")) {
        const QJsonObject reaction = obj(message, "reaction");
        event.text = str(reaction, "emoji"); // empty: the reaction was removed
        event.replyTo = str(reaction, "message_id");
    } else if (type == QLatin1String("order")) {
        const QJsonObject order = obj(message, "order");
        event.details = order;
        event.text = str(order, "text");
        if (event.text.isEmpty()) {
            event.text = QCoreApplication::translate("inbox::meta", "%n item(s)", nullptr,
                                                     int(arr(order, "product_items").size()));
        }
    } else if (type == QLatin1String("system")) {
        const QJsonObject system = obj(message, "system");
        event.text = str(system, "body");
        event.details = system;
    } else if (type == QLatin1String("edit")) {
        const QJsonObject edit = obj(message, "edit");
        const QJsonObject edited = obj(edit, "message");
        event.replyTo = str(edit, "original_message_id");
        event.text = str(obj(edited, "text"), "body");
        for (const char *media : {"image", "video", "document"}) {
            if (event.text.isEmpty())
                event.text = str(obj(edited, media), "caption");
        }
    } else if (type == QLatin1String("revoke")) {
        event.replyTo = str(obj(message, "revoke"), "original_message_id");
    } else {
        // "unsupported", or a type newer than this code: kept whole, never dropped.
        event.kind = kindKey(MessageKind::Unsupported);
        event.details.insert(QStringLiteral("raw"), message);
        const QJsonObject error = arr(message, "errors").at(0).toObject();
        event.text = str(obj(error, "error_data"), "details");
        if (event.text.isEmpty())
            event.text = str(error, "title");
    }

    const QJsonObject context = obj(message, "context");
    if (event.replyTo.isEmpty())
        event.replyTo = str(context, "id");
    for (const char *flag : {"forwarded", "frequently_forwarded"}) {
        if (context.value(QLatin1String(flag)).toBool())
            event.details.insert(QLatin1String(flag), true);
    }
    if (context.contains(QLatin1String("referred_product")))
        event.details.insert(QStringLiteral("referred_product"), obj(context, "referred_product"));
    if (message.contains(QLatin1String("referral")))
        event.details.insert(QStringLiteral("referral"), obj(message, "referral"));
}

void readMessages(const QJsonObject &value, QList<ProviderEvent> &events)
{
    const QString business = e164FromWaId(str(obj(value, "metadata"), "display_phone_number"));
    // Who wrote: by number (wa_id) and, with usernames, by business-scoped user id; a
    // customer who hides the number comes with the user id alone.
    QHash<QString, QJsonObject> contacts;
    for (const QJsonValue &contact : arr(value, "contacts")) {
        const QJsonObject c = contact.toObject();
        for (const char *id : {"wa_id", "user_id"}) {
            if (!str(c, id).isEmpty())
                contacts.insert(str(c, id), c);
        }
    }

    for (const QJsonValue &item : arr(value, "messages")) {
        const QJsonObject message = item.toObject();
        const QJsonObject contact =
            contacts.value(str(message, "from"), contacts.value(str(message, "from_user_id")));
        MessageEvent event;
        event.direction = Direction::Inbound;
        event.externalId = str(message, "id");
        const QString number =
            str(message, "from").isEmpty() ? str(contact, "wa_id") : str(message, "from");
        event.from = e164FromWaId(number);
        event.customerUserId = str(message, "from_user_id").isEmpty()
                                   ? str(contact, "user_id")
                                   : str(message, "from_user_id");
        event.to = business;
        event.timestamp = fromUnixSeconds(str(message, "timestamp"));
        const QJsonObject profile = obj(contact, "profile");
        event.customerName =
            str(profile, "name").isEmpty() ? str(profile, "username") : str(profile, "name");
        readContent(message, event);
        events.append(event);
    }
    // Messages the business sent from the WhatsApp Business app (coexistence).
    for (const QJsonValue &item : arr(value, "message_echoes")) {
        const QJsonObject message = item.toObject();
        MessageEvent event;
        event.direction = Direction::Outbound;
        event.externalId = str(message, "id");
        event.from = e164FromWaId(str(message, "from"));
        event.to = e164FromWaId(str(message, "to"));
        event.customerUserId = str(message, "to_user_id");
        event.timestamp = fromUnixSeconds(str(message, "timestamp"));
        readContent(message, event);
        events.append(event);
    }
    for (const QJsonValue &item : arr(value, "statuses")) {
        const QJsonObject status = item.toObject();
        StatusEvent event;
        event.externalId = str(status, "id");
        event.status = str(status, "status");
        event.reference = str(status, "biz_opaque_callback_data");
        event.recipient = e164FromWaId(str(status, "recipient_id"));
        event.timestamp = fromUnixSeconds(str(status, "timestamp"));
        const QJsonObject error = arr(status, "errors").at(0).toObject();
        event.errorCode = str(error, "code");
        event.errorTitle = str(error, "title");
        event.errorDetail = str(obj(error, "error_data"), "details");
        event.errorAdvice = adviceFor(event.errorCode);
        events.append(event);
    }
    for (const QJsonValue &item : arr(value, "errors")) {
        const QJsonObject error = item.toObject();
        events.append(NoticeEvent{QStringLiteral("errors"),
                                  QStringLiteral("%1 %2: %3")
                                      .arg(str(error, "code"), str(error, "title"),
                                           str(obj(error, "error_data"), "details"))});
    }
}

/// The WhatsApp Business app's chat history, shared with the Cloud API when a business that
/// used the app is onboarded: chunks of threads (one per customer) of past messages, the
/// business's own among them. Each message becomes a past message in its customer's thread;
/// the business's carry their last status.
void readHistory(const QJsonObject &value, QList<ProviderEvent> &events)
{
    const QString business = e164FromWaId(str(obj(value, "metadata"), "display_phone_number"));
    for (const QJsonValue &item : arr(value, "history")) {
        const QJsonObject chunk = item.toObject();
        for (const QJsonValue &error : arr(chunk, "errors")) {
            const QJsonObject e = error.toObject();
            events.append(NoticeEvent{
                QStringLiteral("history"),
                QCoreApplication::translate("inbox::meta", "no chat history was shared (%1 %2): %3")
                    .arg(str(e, "code"), str(e, "title"), str(obj(e, "error_data"), "details"))});
        }
        const QJsonObject progress = obj(chunk, "metadata");
        if (!progress.isEmpty()) {
            events.append(
                NoticeEvent{QStringLiteral("history"),
                            QCoreApplication::translate(
                                "inbox::meta", "chat history: phase %1, chunk %2, %3% shared")
                                .arg(str(progress, "phase"), str(progress, "chunk_order"),
                                     str(progress, "progress"))});
        }
        for (const QJsonValue &threadValue : arr(chunk, "threads")) {
            const QJsonObject thread = threadValue.toObject();
            const QString customer = e164FromWaId(str(thread, "id"));
            for (const QJsonValue &messageValue : arr(thread, "messages")) {
                const QJsonObject message = messageValue.toObject();
                MessageEvent event;
                event.past = true;
                event.externalId = str(message, "id");
                event.timestamp = fromUnixSeconds(str(message, "timestamp"));
                // The business's own carry a "to"; a customer's come from the thread's number.
                const bool ours = message.contains(QLatin1String("to")) ||
                                  e164FromWaId(str(message, "from")) == business;
                event.direction = ours ? Direction::Outbound : Direction::Inbound;
                event.from = ours ? business : customer;
                event.to = ours ? customer : business;
                readContent(message, event);
                if (str(message, "type") == QLatin1String("media_placeholder")) {
                    event.text = QCoreApplication::translate(
                        "inbox::meta", "A file from the WhatsApp Business app's history (Meta "
                                       "shares the file itself only if it is recent)");
                }
                events.append(event);
                // A chunk may hold thousands of messages: the list is made once.
                static const QStringList reached = {
                    QStringLiteral("delivered"), QStringLiteral("read"), QStringLiteral("played"),
                    QStringLiteral("failed")};
                const QString status = str(obj(message, "history_context"), "status").toLower();
                if (ours && reached.contains(status)) {
                    StatusEvent last;
                    last.externalId = event.externalId;
                    last.status = status;
                    last.recipient = customer;
                    last.timestamp = event.timestamp;
                    events.append(last);
                }
            }
        }
    }
}

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::meta", text);
}

/// The number's quality and messaging limit: flagged or downgraded is a problem until
/// unflagged or upgraded.
AccountHealthEvent qualityOf(const QJsonObject &value)
{
    const QString event = str(value, "event");
    const QString limit = str(value, "current_limit");
    if (event == QLatin1String("FLAGGED"))
        return {tr("Meta flagged the number's quality as low (limit %1): send fewer "
                   "marketing messages, or it will be limited")
                    .arg(limit)};
    if (event == QLatin1String("DOWNGRADE"))
        return {tr("Meta lowered the number's messaging limit to %1 for low quality").arg(limit)};
    return {};
}

/// Bans, violations and restrictions of the business account; verified or reinstated is
/// well again. Anything else is a notice.
std::optional<AccountHealthEvent> accountUpdateOf(const QJsonObject &value)
{
    const QString event = str(value, "event");
    if (event == QLatin1String("DISABLED_UPDATE")) {
        const QJsonObject ban = obj(value, "ban_info");
        const QString state = str(ban, "waba_ban_state");
        if (state == QLatin1String("REINSTATE"))
            return AccountHealthEvent{};
        return AccountHealthEvent{
            tr("Meta disabled the WhatsApp Business account (%1 %2): see Business Manager")
                .arg(state, str(ban, "waba_ban_date"))};
    }
    if (event == QLatin1String("ACCOUNT_VIOLATION"))
        return AccountHealthEvent{tr("Meta reports a policy violation (%1): see Business Manager")
                                      .arg(str(obj(value, "violation_info"), "violation_type"))};
    if (event == QLatin1String("ACCOUNT_RESTRICTION")) {
        QStringList restrictions;
        for (const QJsonValue &item : arr(value, "restriction_info")) {
            restrictions << QStringLiteral("%1 until %2")
                                .arg(str(item.toObject(), "restriction_type"),
                                     str(item.toObject(), "expiration"));
        }
        return AccountHealthEvent{
            tr("Meta restricted the account: %1").arg(restrictions.join(QStringLiteral(", ")))};
    }
    if (event == QLatin1String("VERIFIED_ACCOUNT"))
        return AccountHealthEvent{};
    return std::nullopt;
}

} // namespace

SignatureCheck verifySignature(const QByteArray &rawBody, const QByteArray &header,
                               const QByteArray &appSecret)
{
    if (header.isEmpty())
        return SignatureCheck::Missing;
    static const QByteArray prefix = QByteArrayLiteral("sha256=");
    const QByteArray given = header.trimmed();
    if (!given.startsWith(prefix) || given.size() != prefix.size() + 64)
        return SignatureCheck::Malformed;
    const QByteArray expected = signature::hmacSha256Hex(appSecret, rawBody);
    // Hex digits may come in either case; the digest is public once computed.
    return signature::constantTimeEquals(given.mid(prefix.size()).toLower(), expected)
               ? SignatureCheck::Valid
               : SignatureCheck::Mismatch;
}

QByteArray signatureHeader(const QByteArray &rawBody, const QByteArray &appSecret)
{
    return QByteArrayLiteral("sha256=") + signature::hmacSha256Hex(appSecret, rawBody);
}

QString describe(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid:
        return QCoreApplication::translate("inbox::meta", "signature valid");
    case SignatureCheck::Missing:
        return QCoreApplication::translate("inbox::meta", "missing X-Hub-Signature-256 header");
    case SignatureCheck::Malformed:
        return QCoreApplication::translate(
            "inbox::meta", "X-Hub-Signature-256 is not \"sha256=\" followed by 64 hex digits");
    case SignatureCheck::Mismatch:
        return QCoreApplication::translate(
            "inbox::meta", "X-Hub-Signature-256 does not match the body: check the app secret");
    }
    Q_UNREACHABLE();
}

std::optional<QString> handshakeChallenge(const QUrlQuery &query, const QString &verifyToken)
{
    if (query.queryItemValue(QStringLiteral("hub.mode")) != QLatin1String("subscribe"))
        return std::nullopt;
    const QByteArray given =
        query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    if (verifyToken.isEmpty() || !signature::constantTimeEquals(given, verifyToken.toUtf8()))
        return std::nullopt;
    const QString challenge =
        query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);
    if (challenge.isEmpty())
        return std::nullopt;
    return challenge;
}

Expected<QList<ProviderEvent>, QString> parseWebhook(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QCoreApplication::translate("inbox::meta", "not JSON: %1 at byte %2")
            .arg(error.errorString())
            .arg(error.offset);
    const QJsonObject root = document.object();
    if (!document.isObject() || str(root, "object") != QLatin1String("whatsapp_business_account") ||
        !root.value(QLatin1String("entry")).isArray()) {
        return QCoreApplication::translate("inbox::meta",
                                           "not a Meta WhatsApp webhook: expected \"object\": "
                                           "\"whatsapp_business_account\" and an \"entry\" list");
    }

    QList<ProviderEvent> events;
    for (const QJsonValue &entry : arr(root, "entry")) {
        for (const QJsonValue &item : arr(entry.toObject(), "changes")) {
            const QJsonObject change = item.toObject();
            const QString field = str(change, "field");
            const QJsonObject value = obj(change, "value");
            if (field == QLatin1String("messages") ||
                field == QLatin1String("smb_message_echoes")) {
                readMessages(value, events);
            } else if (field == QLatin1String("history")) {
                readHistory(value, events);
            } else if (field == QLatin1String("template_category_update")) {
                // Meta writes en-US here and en_US everywhere else.
                TemplateStatusEvent moved{str(value, "message_template_name"),
                                          str(value, "message_template_language")
                                              .replace(QLatin1Char('-'), QLatin1Char('_')),
                                          {},
                                          {},
                                          str(value, "new_category")};
                events.append(moved);
                if (!str(value, "correct_category").isEmpty()) {
                    events.append(
                        NoticeEvent{field, tr("the template %1 becomes %2 in 24 hours")
                                               .arg(moved.name, str(value, "correct_category"))});
                }
            } else if (field == QLatin1String("phone_number_quality_update")) {
                events.append(qualityOf(value));
            } else if (const auto health = field == QLatin1String("account_update")
                                               ? accountUpdateOf(value)
                                               : std::nullopt) {
                events.append(*health);
            } else if (field == QLatin1String("message_template_status_update")) {
                events.append(TemplateStatusEvent{str(value, "message_template_name"),
                                                  str(value, "message_template_language"),
                                                  str(value, "event"), str(value, "reason")});
            } else {
                events.append(NoticeEvent{field, webhook::shortJson(value)});
            }
        }
    }
    return events;
}

} // namespace inbox::meta
