#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace inbox::webhook {

/// A field as text; providers send some ids as JSON numbers, which are kept as their digits.
QString text(const QJsonObject &object, const char *key);

/// A WhatsApp id ("5511987654321") as E.164. Not every id is a valid number (test numbers),
/// so digits libphonenumber refuses still get their "+"; empty stays empty.
QString e164FromWaId(const QString &digits);

/// Unix seconds as text ("1749416383") to a UTC time; invalid when it is not a number.
QDateTime fromUnixSeconds(const QString &seconds);

/// Compact JSON cut to `limit` characters, for notices about events the inbox does not use.
QString shortJson(const QJsonObject &object, int limit = 300);

} // namespace inbox::webhook
