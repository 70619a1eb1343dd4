// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace inbox {

/// When to try a provider call again. 429, 5xx and network errors (timeouts included) are
/// retried with exponential backoff and full jitter, never sooner than the provider's
/// Retry-After; any other 4xx is final. Pure: the random draw is an argument.
struct RetryPolicy
{
    int maxAttempts = 5;
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{60'000};

    /// httpStatus 0 means the request got no answer (network error or timeout).
    static bool isRetryable(int httpStatus);
    bool mayRetry(int attemptsSoFar, int httpStatus) const
    {
        return attemptsSoFar < maxAttempts && isRetryable(httpStatus);
    }
    /// The wait before the next attempt after `failures` failed ones: a draw in
    /// [0, min(maxDelay, baseDelay * 2^(failures-1))], raised to Retry-After when that is longer.
    std::chrono::milliseconds delayFor(int failures,
                                       std::optional<std::chrono::milliseconds> retryAfter,
                                       double random01) const;
};

/// Retry-After as seconds ("120") or as an HTTP date; nothing when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &header,
                                                         const QDateTime &now);

} // namespace inbox
