// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Message.h"
#include "Provider.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace inbox {

enum class ConversationStatus
{
    Open,
    Pending,
    Resolved,
    Snoozed
};

QString conversationStatusKey(ConversationStatus status);
std::optional<ConversationStatus> conversationStatusFromKey(const QString &key);

/// A thread between one business account and one customer number.
struct Conversation
{
    qint64 id = 0;
    QString accountId;
    Provider provider;
    QString customerPhone; ///< E.164
    QString customerName;
    qint64 leadId = 0;
    QString assigneeId; ///< empty when unassigned
    QString assigneeName;
    ConversationStatus status = ConversationStatus::Open;
    QDateTime snoozedUntil; ///< only for Snoozed
    int unreadCount = 0;
    QDateTime lastActivityAt;
    QDateTime lastInboundAt; ///< opens the 24-hour window; invalid if the customer never wrote

    // The last message, for the list's preview line.
    QString lastMessageText;
    /// While searching: the newest message that matches, and its text with each match between
    /// U+0002 and U+0003 (for the list to highlight).
    qint64 matchedMessageId = 0;
    QString matchedText;
    std::optional<MessageKind> lastMessageKind;
    std::optional<Direction> lastMessageDirection;
    std::optional<MessageStatus> lastMessageStatus;
    QStringList labels; ///< the team's labels on it, by name

    /// The name when known, else the number.
    QString title() const { return customerName.isEmpty() ? customerPhone : customerName; }
};

} // namespace inbox
