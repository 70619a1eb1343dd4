// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookGuard.h"

#include "Signature.h"

#include <QCoreApplication>

namespace inbox {

namespace webhook {

bool verifySecret(const QByteArray &header, const QByteArray &secret)
{
    return !secret.isEmpty() && signature::constantTimeEquals(header.trimmed(), secret);
}

bool isAllowedSource(const QHostAddress &source, const QList<Subnet> &allowList)
{
    if (allowList.isEmpty())
        return true;
    for (const Subnet &subnet : allowList) {
        if (source.isInSubnet(subnet))
            return true;
    }
    return false;
}

} // namespace webhook

WebhookGuard secretHeaderGuard(QByteArray header, QString secretName)
{
    WebhookGuard guard;
    guard.header = header;
    guard.secretName = std::move(secretName);
    guard.check = [header](const QByteArray &value, const QByteArray &,
                           const QByteArray &secret) -> std::optional<QString> {
        if (webhook::verifySecret(value, secret))
            return std::nullopt;
        return QCoreApplication::translate("inbox::WebhookGuard",
                                           "the webhook secret (%1) is missing or wrong")
            .arg(QLatin1String(header));
    };
    return guard;
}

} // namespace inbox
