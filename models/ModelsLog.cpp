// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelsLog.h"

Q_LOGGING_CATEGORY(lcCache, "inbox.cache")
Q_LOGGING_CATEGORY(lcModels, "inbox.models")
Q_LOGGING_CATEGORY(lcSeed, "inbox.seed")
