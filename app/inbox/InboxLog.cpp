// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxLog.h"

Q_LOGGING_CATEGORY(lcHeadless, "inbox.headless")
