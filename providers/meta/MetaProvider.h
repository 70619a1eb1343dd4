// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Provider.h"

namespace inbox {
struct ProviderEntry;
}

namespace inbox::meta {

/// The key the cache, the wire and webhook URLs know this provider by.
inline constexpr char key[] = "meta";
/// The provider, as the domain types carry it.
inline Provider id()
{
    return Provider(QString::fromLatin1(key));
}

/// This provider's registry entry: what it can do, what Settings asks for, how its webhooks
/// are let in and read, and how a client is made.
ProviderEntry provider();

} // namespace inbox::meta
