// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace inbox {

/// An address and prefix length: "203.0.113.0/24".
using Subnet = QPair<QHostAddress, int>;

namespace webhook {

/// A secret sent in a header as it was set (WATI, UniPile, open-wa); compared in constant time.
/// An empty configured secret lets nothing in.
bool verifySecret(const QByteArray &header, const QByteArray &secret);

/// The optional source-address allow-list: an empty list allows every address; entries are
/// addresses or subnets.
bool isAllowedSource(const QHostAddress &source, const QList<Subnet> &allowList);

} // namespace webhook

/// How the relay lets one provider's webhooks in: by a signature over the body with the app
/// secret (Meta), or by a secret the provider sends as it was set (the others).
struct WebhookGuard
{
    QByteArray header; ///< where the signature or the secret comes: "X-Hub-Signature-256"
    /// Signs the raw body with the secret, as the provider would put it in `header`; null when
    /// the provider sends the secret itself.
    std::function<QByteArray(const QByteArray &body, const QByteArray &secret)> sign;
    /// Why the header does not let this body in, in words; nothing when it does.
    std::function<std::optional<QString>(const QByteArray &header, const QByteArray &body,
                                         const QByteArray &secret)>
        check;
    /// The subscription handshake (GET): the challenge to echo for the right verify token;
    /// null when the provider has none.
    std::function<std::optional<QString>(const QUrlQuery &query, const QByteArray &verifyToken)>
        handshake;
    /// The provider's word for the secret, for the admin: "app secret", "webhook secret".
    QString secretName;

    bool signsBody() const { return bool(sign); }
    bool hasHandshake() const { return bool(handshake); }
};

/// The guard of a provider that sends a secret in `header`.
WebhookGuard secretHeaderGuard(QByteArray header, QString secretName);

} // namespace inbox
