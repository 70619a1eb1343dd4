// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace inbox {

enum class Direction
{
    Inbound,
    Outbound
};

/// Every kind of WhatsApp message the providers deliver; anything else is Unsupported.
enum class MessageKind
{
    Text,
    Template,
    Image,
    Video,
    Audio,
    Voice,
    Document,
    Sticker,
    Location,
    Contacts,
    Interactive,
    Button,
    Reaction,
    Order,
    System,
    Unsupported,
};

QString directionKey(Direction direction);
std::optional<Direction> directionFromKey(const QString &key);
QString kindKey(MessageKind kind);
std::optional<MessageKind> kindFromKey(const QString &key);
/// True for the kinds that carry a file: image, video, audio, voice, document, sticker.
bool isMediaKind(MessageKind kind);

/// The file behind a media message, as far as it is known.
struct MediaInfo
{
    QString mimeType;
    QString fileName;
    qint64 sizeBytes = 0;
    QString providerMediaId;
    QString url;
    QString localPath; ///< set once downloaded into the cache's media folder
    QString sha256;
    int durationSeconds = 0;

    QJsonObject toJson() const;
    static MediaInfo fromJson(const QJsonObject &json);
    bool operator==(const MediaInfo &) const = default;
};

/// One emoji reaction on a message; a reactor has at most one at a time.
struct Reaction
{
    QString reactor; ///< the customer's E.164 number or an agent id
    QString emoji;
    QDateTime at;

    bool operator==(const Reaction &) const = default;
};

/// What a reply shows of the message it quotes, when that message is in the cache.
struct QuotedMessage
{
    qint64 id = 0;
    Direction direction = Direction::Inbound;
    MessageKind kind = MessageKind::Text;
    QString text;
    QString senderAgentId;  ///< an outbound quote's teammate
    QString mediaLocalPath; ///< a quoted picture on this computer, for its thumbnail
};

/// A message in a conversation. Text holds the body, a caption, or the rendered template.
struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString accountId;
    QString providerMessageId; ///< empty until the provider accepted an outbound message
    Direction direction = Direction::Inbound;
    MessageKind kind = MessageKind::Text;
    QString text;
    std::optional<MediaInfo> media;
    QString replyToProviderId;
    std::optional<QuotedMessage> quoted; ///< the quoted message, read with this one
    QList<Reaction> reactions;
    QString senderAgentId;                 ///< the teammate who sent an outbound message
    std::optional<DeliveryState> delivery; ///< outbound only
    QDateTime createdAt;
    QJsonObject details; ///< location, contacts, interactive choices, raw JSON of unsupported ones
};

} // namespace inbox
