// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageStatus.h"

namespace inbox {

QString statusKey(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Queued:
        return QStringLiteral("queued");
    case MessageStatus::Sent:
        return QStringLiteral("sent");
    case MessageStatus::Delivered:
        return QStringLiteral("delivered");
    case MessageStatus::Read:
        return QStringLiteral("read");
    case MessageStatus::Failed:
        return QStringLiteral("failed");
    }
    Q_UNREACHABLE();
}

std::optional<MessageStatus> statusFromKey(const QString &key)
{
    for (MessageStatus status :
         {MessageStatus::Queued, MessageStatus::Sent, MessageStatus::Delivered, MessageStatus::Read,
          MessageStatus::Failed}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

namespace {

QDateTime &timeSlot(DeliveryState &state, MessageStatus status)
{
    switch (status) {
    case MessageStatus::Queued:
        return state.queuedAt;
    case MessageStatus::Sent:
        return state.sentAt;
    case MessageStatus::Delivered:
        return state.deliveredAt;
    case MessageStatus::Read:
        return state.readAt;
    case MessageStatus::Failed:
        return state.failedAt;
    }
    Q_UNREACHABLE();
}

} // namespace

DeliveryState mergeStatus(const DeliveryState &current, const StatusUpdate &update)
{
    DeliveryState next = current;

    // Each status keeps the first time it was seen, even when it no longer moves the status (a
    // "delivered" that arrives after "read" still tells when the phone got the message).
    QDateTime &slot = timeSlot(next, update.status);
    if (!slot.isValid() && update.at.isValid())
        slot = update.at;

    if (current.status == MessageStatus::Failed)
        return next;

    if (update.status == MessageStatus::Failed) {
        next.status = MessageStatus::Failed;
        next.failureCode = update.failureCode;
        next.failureReason = update.failureReason;
        return next;
    }

    if (static_cast<int>(update.status) > static_cast<int>(current.status))
        next.status = update.status;
    return next;
}

} // namespace inbox
