// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace inbox {

/// Delivery status of an outbound message. The order of the first four is the order they happen.
enum class MessageStatus
{
    Queued,
    Sent,
    Delivered,
    Read,
    Failed
};

QString statusKey(MessageStatus status);
std::optional<MessageStatus> statusFromKey(const QString &key);

/// Where an outbound message stands, with the first time each status was seen.
struct DeliveryState
{
    MessageStatus status = MessageStatus::Queued;
    QDateTime queuedAt;
    QDateTime sentAt;
    QDateTime deliveredAt;
    QDateTime readAt;
    QDateTime failedAt;
    QString failureCode;
    QString failureReason;

    bool operator==(const DeliveryState &) const = default;
};

/// One status report, from a provider's response or webhook.
struct StatusUpdate
{
    MessageStatus status = MessageStatus::Sent;
    QDateTime at;
    QString failureCode;   ///< only for Failed
    QString failureReason; ///< only for Failed
};

/// Applies a report to a state. Providers send statuses late, out of order and more than once, so
/// QUEUED -> SENT -> DELIVERED -> READ never goes back, a repeat changes nothing, and FAILED wins
/// at any stage and keeps the first code and reason it came with.
DeliveryState mergeStatus(const DeliveryState &current, const StatusUpdate &update);

} // namespace inbox
