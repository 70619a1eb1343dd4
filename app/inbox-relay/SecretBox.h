// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace inbox::relay {

/// Seals the secrets the relay hands out (provider tokens) so that its database alone reveals
/// nothing: AES-256-GCM through OpenSSL, a fresh 96-bit nonce per seal, and a context (the
/// account the token belongs to) authenticated with it, so a sealed token copied to another
/// account's row does not open. The key is 32 bytes, given in base64 from a file or the
/// environment (`openssl rand -base64 32`), never on the command line.
class SecretBox
{
public:
    /// From the key's base64 text; the error says what a key looks like.
    static Expected<SecretBox, QString> fromKeyText(const QByteArray &base64);
    /// The key from `file` (--secrets-key-file), or else $INBOX_RELAY_SECRETS_KEY; null when
    /// neither is given.
    static Expected<std::shared_ptr<const SecretBox>, QString>
    fromFileOrEnvironment(const QString &file);

    /// "v1." followed by base64(nonce | ciphertext | tag).
    QByteArray seal(const QByteArray &plain, const QByteArray &context) const;
    /// The plain text, or why it does not open (another key, another context, damaged).
    Expected<QByteArray, QString> open(const QByteArray &sealed, const QByteArray &context) const;

private:
    explicit SecretBox(QByteArray key)
        : m_key(std::move(key))
    {}

    QByteArray m_key;
};

} // namespace inbox::relay
