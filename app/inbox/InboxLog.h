// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// What `inbox --headless` reports: the relay link, accounts, automatic replies, history syncs.
Q_DECLARE_LOGGING_CATEGORY(lcHeadless)
