// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// The desktop UI's log lines ("inbox.ui"); never a token or a message body.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
