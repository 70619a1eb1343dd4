// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ReplyHook.h"

#include <QObject>

#include <chrono>

class QNetworkAccessManager;

namespace inbox {

/// POSTs the inbound message as JSON to the hook. A 200 answer {"reply": "text"} is the reply;
/// 204, an empty body or an empty "reply" is none. Anything else, or no answer within the
/// timeout, is an error in words (the rules then answer instead).
class HttpReplyHook : public QObject, public ReplyHook
{
    Q_OBJECT
public:
    explicit HttpReplyHook(QNetworkAccessManager *network, QObject *parent = nullptr);

    QFuture<Expected<std::optional<QString>, QString>> ask(const QUrl &hook,
                                                           const QJsonObject &message) override;
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{5000};
};

} // namespace inbox
