#include "Signature.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace inbox::signature {

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const unsigned char *out = HMAC(EVP_sha256(), key.constData(), int(key.size()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    size_t(message.size()), digest, &length);
    if (!out)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The lengths of a hex digest are public; only the content must not leak.
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace inbox::signature
