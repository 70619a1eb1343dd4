#include "Signature.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace inbox::signature {

namespace {

/// OpenSSL 3 looks an algorithm up by name on every one-shot call (HMAC(), EVP_sha256()):
/// that look-up cost more than the hashing of a webhook. Each thread fetches once and keeps
/// its context.
struct MacContext
{
    std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac{EVP_MAC_fetch(nullptr, "HMAC", nullptr),
                                                          &EVP_MAC_free};
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> context{
        mac ? EVP_MAC_CTX_new(mac.get()) : nullptr, &EVP_MAC_CTX_free};
};

struct Sha256
{
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md{EVP_MD_fetch(nullptr, "SHA256", nullptr),
                                                       &EVP_MD_free};
};

} // namespace

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    thread_local MacContext hmac;
    if (!hmac.context)
        return {};
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_end()};
    unsigned char digest[EVP_MAX_MD_SIZE];
    size_t length = 0;
    // An empty key is a key (EVP_MAC_init would take a null one as "keep the last").
    static const unsigned char none = 0;
    const auto *keyBytes =
        key.isEmpty() ? &none : reinterpret_cast<const unsigned char *>(key.constData());
    if (EVP_MAC_init(hmac.context.get(), keyBytes, size_t(key.size()), params) != 1 ||
        EVP_MAC_update(hmac.context.get(),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1 ||
        EVP_MAC_final(hmac.context.get(), digest, &length, sizeof digest) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex();
}

std::array<unsigned char, 32> sha256(std::initializer_list<QByteArrayView> parts)
{
    thread_local Sha256 sha;
    std::array<unsigned char, 32> digest{};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    bool ok = sha.md && context && EVP_DigestInit_ex2(context.get(), sha.md.get(), nullptr) == 1;
    for (QByteArrayView part : parts)
        ok = ok && EVP_DigestUpdate(context.get(), part.data(), size_t(part.size())) == 1;
    unsigned int length = 0;
    if (!ok || EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1)
        qFatal("OpenSSL cannot compute SHA-256");
    return digest;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The lengths of a hex digest are public; only the content must not leak.
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace inbox::signature
