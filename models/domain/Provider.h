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

/// What a provider can do, where the inbox behaves differently for it.
struct ProviderCapabilities
{
    /// Meta's 24-hour customer-service window (WATI sends through Meta): outside it only an
    /// approved template may be sent. open-wa and UniPile drive a phone and have no such rule.
    bool messagingWindow = false;
    bool templates = false;
    /// The customer sees blue ticks when we read (Meta mark-as-read, open-wa sendSeen,
    /// UniPile's chat read status); WATI has no API for it.
    bool readReceipts = false;
};

ProviderCapabilities capabilitiesOf(Provider provider);

} // namespace inbox
