// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ProviderApi.h"

namespace inbox {

/// The connection check of a provider with templates (Meta, WATI): its first page of
/// templates, said as a count.
QFuture<Expected<QString, ProviderError>> checkByTemplates(ProviderApi &api);

} // namespace inbox
