// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Provider.h"

#include <QString>

namespace inbox {

/// A provider call that failed, typed: what the provider said, whether trying again can help,
/// and a sentence for the user saying what to do.
struct ProviderError
{
    Provider provider;
    int httpStatus = 0; ///< 0 when the request never got an answer
    QString code;       ///< the provider's own code, e.g. Graph's 131047
    QString title;
    QString detail;
    bool retryable = false;
    /// The request may have reached the provider and been acted on, but its answer was lost
    /// (a timeout, a connection dropped mid-answer, a gateway error). A send that ends so must
    /// not be repeated blindly: the message may already be with the customer.
    bool outcomeUnknown = false;
    QString advice; ///< what the user should do, in words

    /// "Title (code): advice", for a status line or a failed message's reason.
    QString message() const
    {
        QString text = title.isEmpty() ? detail : title;
        if (!code.isEmpty())
            text += QStringLiteral(" (") + code + QLatin1Char(')');
        if (!advice.isEmpty())
            text += QStringLiteral(": ") + advice;
        return text;
    }
};

} // namespace inbox
