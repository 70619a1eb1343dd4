// SPDX-License-Identifier: GPL-3.0-or-later
#include "Signature.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <map>
#include <memory>

namespace inbox::signature {

namespace {

/// OpenSSL 3 looks an algorithm up by name on every one-shot call (HMAC(), EVP_sha256()), and
/// keying an HMAC costs two more blocks of hashing: together more than hashing a webhook. Each
/// thread fetches the algorithms once and keeps a keyed context for each of the few secrets it
/// sees (one per account), which it only resets for the next message.
class MacContexts
{
public:
    EVP_MAC_CTX *keyed(const QByteArray &key)
    {
        if (const auto known = m_keyed.find(key); known != m_keyed.end())
            return known->second.get();
        if (!m_mac)
            return nullptr;
        if (m_keyed.size() >= 64) // secrets rotate; an old one is not kept forever
            m_keyed.clear();
        Context context(EVP_MAC_CTX_new(m_mac.get()), &EVP_MAC_CTX_free);
        char digestName[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
            OSSL_PARAM_construct_end()};
        // An empty key is a key; EVP_MAC_init takes a null one as "keep the last".
        static const unsigned char none = 0;
        const auto *bytes =
            key.isEmpty() ? &none : reinterpret_cast<const unsigned char *>(key.constData());
        if (!context || EVP_MAC_init(context.get(), bytes, size_t(key.size()), params) != 1)
            return nullptr;
        return m_keyed.emplace(key, std::move(context)).first->second.get();
    }

private:
    using Context = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;
    std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> m_mac{EVP_MAC_fetch(nullptr, "HMAC", nullptr),
                                                            &EVP_MAC_free};
    std::map<QByteArray, Context> m_keyed;
};

struct Sha256
{
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md{EVP_MD_fetch(nullptr, "SHA256", nullptr),
                                                       &EVP_MD_free};
};

} // namespace

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    thread_local MacContexts contexts;
    EVP_MAC_CTX *context = contexts.keyed(key);
    unsigned char digest[EVP_MAX_MD_SIZE];
    size_t length = 0;
    // Initialising without a key starts a new message with the key the context has.
    if (!context || EVP_MAC_init(context, nullptr, 0, nullptr) != 1 ||
        EVP_MAC_update(context, reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1 ||
        EVP_MAC_final(context, digest, &length, sizeof digest) != 1) {
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
