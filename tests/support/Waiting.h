// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ProviderApi.h"

#include <QFuture>
#include <QTest>

namespace inbox::test {

/// The future's result, with the event loop running meanwhile; a test that gets no answer
/// within 10 s stops there.
template<class T>
T waitFor(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 10000))
        qFatal("no answer within 10 s");
    return future.result();
}

/// A message for a provider client: text by default.
inline OutgoingMessage outgoing(const QString &to, const QString &text,
                                MessageKind kind = MessageKind::Text, const QString &replyTo = {})
{
    OutgoingMessage message;
    message.to = to;
    message.text = text;
    message.kind = kind;
    message.replyToExternalId = replyTo;
    return message;
}

} // namespace inbox::test
