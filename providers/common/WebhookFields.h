// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace inbox::webhook {

/// The webhook's body as JSON, or why it is not ("not JSON: <reason> at byte N").
Expected<QJsonDocument, QString> parseJson(const QByteArray &body);

/// A field as text; providers send some ids as JSON numbers, which are kept as their digits.
QString text(const QJsonObject &object, const char *key);

/// A WhatsApp id ("5511987654321") as E.164. Not every id is a valid number (test numbers),
/// so digits libphonenumber refuses still get their "+"; empty stays empty.
QString e164FromWaId(const QString &digits);

/// A WhatsApp Web chat id ("5511987654321@c.us", "...@s.whatsapp.net") as E.164; empty for a
/// group ("...@g.us") or anything that is not a person's chat.
QString e164FromJid(const QString &jid);

/// True for a group chat id ("120363041234567890@g.us").
bool isGroupJid(const QString &jid);

/// The digits of an E.164 number with a WhatsApp Web suffix: "+5511987654321" ->
/// "5511987654321@c.us".
QString jidFromE164(const QString &e164, QLatin1String suffix);

/// Unix seconds as text ("1749416383") to a UTC time; invalid when it is not a number.
QDateTime fromUnixSeconds(const QString &seconds);
/// A count or size (bytes, seconds) a body gives as a number or as digits; 0 for anything
/// else, for a negative one and for one beyond 2^53 (never cast out of range).
qint64 wholeNumber(const QJsonObject &object, const char *key);

/// Compact JSON cut to `limit` characters, for notices about events the inbox does not use.
QString shortJson(const QJsonObject &object, int limit = 300);

} // namespace inbox::webhook
