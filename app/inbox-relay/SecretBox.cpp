// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretBox.h"

#include "common/SecretSource.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace inbox::relay {

namespace {

constexpr int KeyBytes = 32;
constexpr int NonceBytes = 12;
constexpr int TagBytes = 16;
constexpr char Version[] = "v1.";

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::relay", text);
}

using Cipher = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

auto *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

auto *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

} // namespace

Expected<SecretBox, QString> SecretBox::fromKeyText(const QByteArray &base64)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(base64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != KeyBytes) {
        return tr("the secrets key must be 32 bytes in base64 (make one with "
                  "`openssl rand -base64 32 > FILE`)");
    }
    return SecretBox(decoded.decoded);
}

Expected<std::shared_ptr<const SecretBox>, QString>
SecretBox::fromFileOrEnvironment(const QString &file)
{
    const auto text = secretFrom(file, "INBOX_RELAY_SECRETS_KEY");
    if (!text)
        return text.error();
    if (text->isEmpty())
        return std::shared_ptr<const SecretBox>();
    auto box = fromKeyText(*text);
    if (!box)
        return box.error();
    return std::make_shared<const SecretBox>(std::move(box).value());
}

QByteArray SecretBox::seal(const QByteArray &plain, const QByteArray &context) const
{
    QByteArray sealed(NonceBytes + plain.size() + TagBytes, Qt::Uninitialized);
    unsigned char *nonce = bytes(sealed);
    if (RAND_bytes(nonce, NonceBytes) != 1)
        qFatal("OpenSSL has no randomness for a nonce");
    Cipher cipher(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int last = 0;
    const bool ok =
        cipher &&
        EVP_EncryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), nonce) == 1 &&
        EVP_EncryptUpdate(cipher.get(), nullptr, &written, bytes(context), int(context.size())) ==
            1 &&
        EVP_EncryptUpdate(cipher.get(), nonce + NonceBytes, &written, bytes(plain),
                          int(plain.size())) == 1 &&
        EVP_EncryptFinal_ex(cipher.get(), nonce + NonceBytes + written, &last) == 1 &&
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, TagBytes,
                            nonce + NonceBytes + plain.size()) == 1;
    if (!ok)
        qFatal("OpenSSL cannot run AES-256-GCM");
    return QByteArray(Version) + sealed.toBase64();
}

Expected<QByteArray, QString> SecretBox::open(const QByteArray &sealed,
                                              const QByteArray &context) const
{
    if (!sealed.startsWith(Version))
        return tr("it was not sealed by this relay (no v1. prefix)");
    const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(int(sizeof Version) - 1),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < NonceBytes + TagBytes)
        return tr("it is damaged (not base64, or too short)");
    QByteArray data = decoded.decoded;
    const int length = int(data.size()) - NonceBytes - TagBytes;
    QByteArray plain(length, Qt::Uninitialized);
    unsigned char *nonce = bytes(data);
    Cipher cipher(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int last = 0;
    const bool ok =
        cipher &&
        EVP_DecryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), nonce) == 1 &&
        EVP_DecryptUpdate(cipher.get(), nullptr, &written, bytes(context), int(context.size())) ==
            1 &&
        EVP_DecryptUpdate(cipher.get(), bytes(plain), &written, nonce + NonceBytes, length) == 1 &&
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_TAG, TagBytes,
                            nonce + NonceBytes + length) == 1 &&
        EVP_DecryptFinal_ex(cipher.get(), bytes(plain) + written, &last) == 1;
    if (!ok)
        return tr("it does not open with this key (another key, or it was altered)");
    return plain;
}

} // namespace inbox::relay
