// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <initializer_list>

namespace inbox::signature {

/// Lowercase hex of HMAC-SHA256(key, message), computed by OpenSSL over the bytes as given.
QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);

/// SHA-256 of the parts one after another, computed by OpenSSL.
std::array<unsigned char, 32> sha256(std::initializer_list<QByteArrayView> parts);

/// Compares two secrets or signatures in time that does not depend on where they differ, so a
/// caller cannot learn a valid signature byte by byte from response times.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace inbox::signature
