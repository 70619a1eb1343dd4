#pragma once

#include "domain/Message.h"
#include "domain/ProviderError.h"

#include <QFuture>
#include <QMap>
#include <QString>

#include <optional>

namespace inbox {

/// A message to send, whatever the provider. Media go by the provider's media id or by link.
struct OutgoingMessage
{
    QString to; ///< E.164
    MessageKind kind = MessageKind::Text;
    QString text;              ///< body, caption, or a reaction's emoji (empty removes it)
    bool previewUrl = false;   ///< text: show a link preview
    QString replyToExternalId; ///< reply: the quoted message; reaction: the target
    std::optional<MediaInfo> media;
    QString templateName;
    QString templateLanguage;
    QMap<int, QString> templateValues; ///< {{n}} -> value, body parameters in number order
    QString templateHeaderLink;        ///< a media header's file, by link
};

/// What a send came back with: the provider's id for the message, or why it failed.
struct SendResult
{
    QString externalId;
    std::optional<ProviderError> error;
    bool ok() const { return !error.has_value(); }
};

/// What the inbox asks of a provider. Implemented per provider in providers/; a provider that
/// cannot do something says so through the error, never silently.
class ProviderApi
{
public:
    virtual ~ProviderApi() = default;
    virtual QFuture<SendResult> send(const OutgoingMessage &message) = 0;
    virtual QFuture<SendResult> markRead(const QString &externalId) = 0;
};

} // namespace inbox
