// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/ProviderEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace inbox::wati {

/// Normalises one WATI webhook body (one event per body) into events: "message" (inbound, or
/// outbound when "owner" is true), the sent/delivered/read/failed forms and their _v2 and
/// messageDelivered/messageRead names as statuses (with whatsappMessageId, localMessageId and
/// WATI's id to correlate by), anything else as a notice. The error says why a body is not WATI's.
Expected<QList<ProviderEvent>, QString> parseWebhook(const QByteArray &body);

/// One WATI message object (a "message" webhook, or an item of getMessages) as a message event;
/// `outbound` when the business sent it ("owner": true).
MessageEvent messageFromJson(const QJsonObject &json, bool outbound);

} // namespace inbox::wati
