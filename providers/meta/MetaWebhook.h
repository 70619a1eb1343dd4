// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/ProviderEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace inbox::meta {

/// The outcome of checking X-Hub-Signature-256; only Valid lets a body in.
enum class SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    Mismatch
};

/// Checks `header` ("sha256=<hex>") against HMAC-SHA256(appSecret, rawBody). The body must be
/// the bytes exactly as received: Meta escapes non-ASCII as \uXXXX in what it signs, so
/// re-serialised JSON does not verify. Compared in constant time.
SignatureCheck verifySignature(const QByteArray &rawBody, const QByteArray &header,
                               const QByteArray &appSecret);
/// What Meta would send as X-Hub-Signature-256 for this body ("sha256=" + hex).
QByteArray signatureHeader(const QByteArray &rawBody, const QByteArray &appSecret);
/// Words for a failed check, for the refusal's body and the log.
QString describe(SignatureCheck check);

/// The GET verification handshake: the challenge to echo when hub.mode is "subscribe" and
/// hub.verify_token matches (in constant time); nothing otherwise.
std::optional<QString> handshakeChallenge(const QUrlQuery &query, const QString &verifyToken);

/// Normalises a webhook body into events, a pure function of its bytes. Every entry, change,
/// message and status is kept; unknown message types become "unsupported" messages with their
/// raw JSON, unknown fields become notices. The error says why a body is not a Meta webhook.
Expected<QList<ProviderEvent>, QString> parseWebhook(const QByteArray &body);

} // namespace inbox::meta
