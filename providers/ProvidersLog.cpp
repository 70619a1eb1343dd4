// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvidersLog.h"

Q_LOGGING_CATEGORY(lcProviders, "inbox.providers")
Q_LOGGING_CATEGORY(lcMeta, "inbox.providers.meta")
