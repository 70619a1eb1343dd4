// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxCore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace inbox::sandbox {

/// What a simulated customer sends: through which provider, from which number, and what.
struct CustomerMessage
{
    QString provider;                      ///< a provider's key; the first fake's when empty
    QString from;                          ///< digits with the country code
    QString name;                          ///< the customer's profile name
    QString kind = QStringLiteral("text"); ///< one of that fake's customerKinds()
    QString text;    ///< body, caption, button or list title, place name, contact name, emoji
    QString replyTo; ///< a reaction's target, or the message a reply quotes
};

/// One control route of a fake, for `inbox-sandbox --help` and GET /_sandbox.
struct ControlRoute
{
    QString route; ///< "POST /_sandbox/openwa/link"
    QString what;
};

/// One provider's stand-in: its API under its own path, its customers, and its webhooks posted
/// the way the provider posts them (its envelope, its proof, its retry schedule).
class ProviderFake : public QObject
{
    Q_OBJECT
public:
    explicit ProviderFake(SandboxCore &core, QObject *parent = nullptr)
        : QObject(parent)
        , m_core(core)
    {}

    virtual QString provider() const = 0; ///< the registry key of the provider it fakes
    /// Where its API is on the sandbox: "/v23.0". Requests under it come to answer().
    virtual QString prefix() const = 0;
    /// A request under prefix(); `path` is what follows it, without the leading slash.
    virtual QHttpServerResponse answer(const QString &path, const QHttpServerRequest &request) = 0;
    virtual QStringList customerKinds() const = 0;
    /// The customer's message arrives at the provider, which posts its webhook; gives the
    /// provider's id of the message.
    virtual QString customerWrites(const CustomerMessage &message) = 0;
    /// Routes under /_sandbox/<provider>/ this fake answers, beside the shared ones.
    virtual QList<ControlRoute> controlRoutes() const { return {}; }
    virtual std::optional<QHttpServerResponse> control(const QString &, const QHttpServerRequest &)
    {
        return std::nullopt;
    }

    QUrl baseUrl() const
    {
        QUrl url = m_core.base;
        url.setPath(prefix());
        return url;
    }

protected:
    SandboxCore &m_core;
};

} // namespace inbox::sandbox
