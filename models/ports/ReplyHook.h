// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace inbox {

/// An account's HTTP hook for automatic replies: it gets the inbound message as JSON and may
/// answer with the reply. Implemented in providers/ over HTTP.
class ReplyHook
{
public:
    virtual ~ReplyHook() = default;
    /// The hook's reply; none when it answers without one; the error says why the call failed.
    virtual QFuture<Expected<std::optional<QString>, QString>> ask(const QUrl &hook,
                                                                   const QJsonObject &message) = 0;
};

} // namespace inbox
