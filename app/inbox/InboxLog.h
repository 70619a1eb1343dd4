#pragma once

#include <QLoggingCategory>

/// What `inbox --headless` reports: the relay link, accounts, automatic replies, history syncs.
Q_DECLARE_LOGGING_CATEGORY(lcHeadless)
