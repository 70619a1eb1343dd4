// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProviderError.h"

#include <QByteArray>

namespace inbox::meta {

/// Reads a Graph API error answer ({"error": {"message", "code", "error_data": {...}}}) into a
/// typed error with advice in words: 131047 (outside the 24-hour window: send a template),
/// 131026 (undeliverable), 130429 and 131056 (rate limits: retried later), 132000 and 132001
/// (template parameters, template missing), 190 (token expired: reconnect), 100 (invalid
/// parameter). 429 and 5xx answers are retryable, other 4xx never.
ProviderError graphError(int httpStatus, const QByteArray &body);
/// The advice in words for one of the codes above (empty for others), for failures that arrive
/// by status webhook rather than in an answer.
QString adviceFor(const QString &code);

} // namespace inbox::meta
