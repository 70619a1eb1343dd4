// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace inbox {

bool RetryPolicy::isRetryable(int httpStatus)
{
    return httpStatus == 0 || httpStatus == 429 || httpStatus >= 500;
}

std::chrono::milliseconds RetryPolicy::delayFor(int failures,
                                                std::optional<std::chrono::milliseconds> retryAfter,
                                                double random01) const
{
    const double exponent = std::min(std::max(failures - 1, 0), 30);
    const double ceiling =
        std::min(double(maxDelay.count()), double(baseDelay.count()) * std::pow(2.0, exponent));
    auto delay = std::chrono::milliseconds(qint64(ceiling * std::clamp(random01, 0.0, 1.0)));
    if (retryAfter && *retryAfter > delay)
        delay = *retryAfter;
    return delay;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &header,
                                                         const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(seconds * 1000))
                            : std::nullopt;
    // An HTTP date ends in "GMT", which Qt's RFC 2822 reader wants as "+0000".
    QString date = QString::fromLatin1(value);
    if (date.endsWith(QLatin1String(" GMT")))
        date.replace(date.size() - 3, 3, QStringLiteral("+0000"));
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

} // namespace inbox
