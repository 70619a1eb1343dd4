// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/ProviderEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace inbox::unipile {

/// The header UniPile is told to send with every webhook (the "headers" of POST /webhooks);
/// its value is the account's secret, compared in constant time.
inline constexpr char secretHeader[] = "Unipile-Auth";

/// Normalises one UniPile messaging webhook: message_received (inbound, or outbound when
/// "is_sender" is true: the phone sent it), message_reaction, message_read, message_delivered,
/// message_edited and message_deleted. The customer is the chat's WhatsApp id
/// ("<digits>@s.whatsapp.net"); messages are keyed by UniPile's "message_id", which is also what
/// a send answers with. Group chats and other events become notices. The error says why a body
/// is not UniPile's.
Expected<QList<ProviderEvent>, QString> parseWebhook(const QByteArray &body);

/// One UniPile message object (a webhook, or an item of GET /chats/{id}/messages) as a message
/// event; `customer` is the chat's E.164 number.
MessageEvent messageFromJson(const QJsonObject &json, const QString &customer);

} // namespace inbox::unipile
