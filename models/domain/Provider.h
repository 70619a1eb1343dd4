#pragma once

#include <QString>

#include <optional>

namespace inbox {

/// The four WhatsApp providers one inbox serves side by side.
enum class Provider
{
    Meta,
    Wati,
    Unipile,
    Openwa
};

inline constexpr Provider allProviders[] = {Provider::Meta, Provider::Wati, Provider::Unipile,
                                            Provider::Openwa};

/// The stable key stored in the cache and used on the wire: meta, wati, unipile, openwa.
QString providerKey(Provider provider);
std::optional<Provider> providerFromKey(const QString &key);
/// The name a person reads: "Meta Cloud API", "WATI", "UniPile", "open-wa".
QString providerDisplayName(Provider provider);

} // namespace inbox
