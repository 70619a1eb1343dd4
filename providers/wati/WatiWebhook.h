#pragma once

#include "domain/Expected.h"
#include "domain/ProviderEvent.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>

namespace inbox::wati {

/// WATI sends the secret set with the webhook in X-Webhook-Secret; compared in constant time.
bool verifySecret(const QByteArray &header, const QByteArray &secret);

/// The optional source-IP allow-list: an empty list allows every address; entries are
/// addresses or subnets ("203.0.113.0/24").
bool isAllowedSource(const QHostAddress &source, const QList<QPair<QHostAddress, int>> &allowList);

/// Normalises one WATI webhook body (one event per body) into events: "message" (inbound, or
/// outbound when "owner" is true), the sent/delivered/read/failed forms and their _v2 and
/// messageDelivered/messageRead names as statuses (with whatsappMessageId, localMessageId and
/// WATI's id to correlate by), anything else as a notice. The error says why a body is not WATI's.
Expected<QList<ProviderEvent>, QString> parseWebhook(const QByteArray &body);

/// One WATI message object (a "message" webhook, or an item of getMessages) as a message event;
/// `outbound` when the business sent it ("owner": true).
MessageEvent messageFromJson(const QJsonObject &json, bool outbound);

} // namespace inbox::wati
