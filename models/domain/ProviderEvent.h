// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Message.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace inbox {

/// A message a provider reported: sent to us, or sent by us elsewhere (an echo).
struct MessageEvent
{
    Direction direction = Direction::Inbound;
    QString externalId;
    QString from; ///< E.164 with + where it is a number
    QString to;
    QString kind;    ///< a MessageKind key, or "edit" / "revoke"
    QString text;    ///< body, caption, button or list title, reaction emoji, contact name
    QString replyTo; ///< the quoted message; for reactions, edits and revokes the target
    QDateTime timestamp;
    QString customerName;
    /// WhatsApp's business-scoped user id of the customer (usernames): with the number, or
    /// instead of it when the customer hides it.
    QString customerUserId;
    std::optional<MediaInfo> media;
    QJsonObject details; ///< location, referral, forwarded flags, raw JSON of unsupported ones
    /// From the provider's history (a shared chat history, a history page): the business has
    /// seen it already, so it is shown but never counted unread, notified or replied to.
    bool past = false;
    /// Our own id of an outbound message, where the provider keeps it (WATI's localMessageId).
    QString reference{};
};

/// A delivery report on a message we sent.
struct StatusEvent
{
    QString externalId;
    QStringList otherIds; ///< further ids the provider gives the message (WATI's local id, ...)
    /// Our own id of the send, echoed by the provider (Meta's biz_opaque_callback_data, WATI's
    /// localMessageId): finds a message whose send answer was lost.
    QString reference;
    QString status; ///< sent, delivered, read, played, failed
    QString recipient;
    QString errorCode;
    QString errorTitle;
    QString errorDetail;
    QString errorAdvice; ///< what to do about it, in words, where the provider's code is known
    QDateTime timestamp;

    /// "Title (code): detail. Advice", the failed message's reason, as a refused send says it.
    QString failureText() const;
};

/// A template's review changed (approved, rejected, paused, disabled...), or its category did.
struct TemplateStatusEvent
{
    QString name;
    QString language;
    QString status; ///< empty when only the category changed
    QString reason;
    QString category{}; ///< the new category, when the provider moved it
};

/// The account's health as the provider reports it (quality, restrictions, a disconnected
/// phone, expired credentials): shown in the status bar until it is well again.
struct AccountHealthEvent
{
    QString problem; ///< in words; empty: the account is well again
};

/// Anything else a provider tells us (account updates, group events, errors): kept, not lost.
struct NoticeEvent
{
    QString field;
    QString detail;
};

using ProviderEvent =
    std::variant<MessageEvent, StatusEvent, TemplateStatusEvent, AccountHealthEvent, NoticeEvent>;

/// The event as one JSON object, as `inboxctl webhook parse` prints it (camelCase fields).
QJsonObject eventToJson(const ProviderEvent &event);

} // namespace inbox
