#pragma once

#include "meta/MetaProvider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace inbox::sandbox {

/// What a simulated customer sends: through which provider, from which number, and what.
struct CustomerMessage
{
    QString provider = QString::fromLatin1(meta::key); ///< one of fakedProviders()
    QString from;                                      ///< digits with the country code
    QString name;
    QString kind = QStringLiteral("text"); ///< one of customerKinds(provider)
    QString text;    ///< body, caption, button or list title, place name, contact name, emoji
    QString replyTo; ///< a reaction's target, or the message a reply quotes
};

/// The providers the sandbox fakes, by key.
QStringList fakedProviders();
/// The kinds a customer can send through `provider` in the sandbox.
QStringList customerKinds(const QString &provider);

/// One element of a Meta webhook's "messages" list, as the Cloud API sends it for this kind.
QJsonObject metaInbound(const CustomerMessage &message, const QString &wamid, const QDateTime &at);

/// A WATI "message" webhook body for this kind, as WATI sends it.
QJsonObject watiInbound(const CustomerMessage &message, const QString &wamid, const QString &watiId,
                        const QDateTime &at, const QString &fileBaseUrl);

} // namespace inbox::sandbox
