// SPDX-License-Identifier: GPL-3.0-or-later
#include "Provider.h"

namespace inbox {

const ProviderProfile *ProviderCatalog::find(const Provider &provider) const
{
    for (const ProviderProfile &profile : m_profiles) {
        if (profile.provider == provider)
            return &profile;
    }
    return nullptr;
}

const ProviderCapabilities &ProviderCatalog::capabilitiesOf(const Provider &provider) const
{
    static const ProviderCapabilities none;
    const ProviderProfile *profile = find(provider);
    return profile ? profile->can : none;
}

QString ProviderCatalog::displayName(const Provider &provider) const
{
    const ProviderProfile *profile = find(provider);
    return profile ? profile->displayName : provider.key();
}

} // namespace inbox
