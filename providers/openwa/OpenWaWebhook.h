// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/ProviderEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace inbox::openwa {

/// The header the open-wa server sends its API key in, with webhooks as with API calls; the
/// relay compares it in constant time with the account's secret.
inline constexpr char apiKeyHeader[] = "api_key";

/// Normalises one open-wa webhook, in either envelope:
/// - v5: {"webhookId", "sessionId", "event": "message.received" | "message.sent" |
///   "message.ack" | ..., "payload": {"message": {...}} or {"ack": {...}}};
/// - v4 (legacy): {"ts", "sessionId", "id", "event": "onMessage" | "onAnyMessage" | "onAck" |
///   "onStateChanged" | ..., "data": {...}}.
/// Chat ids "<digits>@c.us" become E.164 numbers; a group message ("isGroupMsg", "@g.us") is
/// refused with a notice that says so, never put in a customer's conversation. Acks 1, 2, 3
/// and 4 are sent, delivered, read and played; -1 is failed.
Expected<QList<ProviderEvent>, QString> parseWebhook(const QByteArray &body);

/// One open-wa message object (a webhook's, or an item of loadEarlier) as a message event.
/// Group messages are not customers' messages: the caller checks `isGroupMessage` first.
MessageEvent messageFromJson(const QJsonObject &message);
bool isGroupMessage(const QJsonObject &message);

/// The status a message's "ack" tells (sent, delivered, read, played, failed), or empty.
QString ackStatusOf(const QJsonObject &message);

} // namespace inbox::openwa
