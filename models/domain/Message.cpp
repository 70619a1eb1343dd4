// SPDX-License-Identifier: GPL-3.0-or-later
#include "Message.h"

#include <QJsonValue>

namespace inbox {

QString directionKey(Direction direction)
{
    return direction == Direction::Inbound ? QStringLiteral("in") : QStringLiteral("out");
}

std::optional<Direction> directionFromKey(const QString &key)
{
    if (key == QLatin1String("in"))
        return Direction::Inbound;
    if (key == QLatin1String("out"))
        return Direction::Outbound;
    return std::nullopt;
}

namespace {

struct KindName
{
    MessageKind kind;
    const char *key;
};

constexpr KindName kindNames[] = {
    {MessageKind::Text, "text"},
    {MessageKind::Template, "template"},
    {MessageKind::Image, "image"},
    {MessageKind::Video, "video"},
    {MessageKind::Audio, "audio"},
    {MessageKind::Voice, "voice"},
    {MessageKind::Document, "document"},
    {MessageKind::Sticker, "sticker"},
    {MessageKind::Location, "location"},
    {MessageKind::Contacts, "contacts"},
    {MessageKind::Interactive, "interactive"},
    {MessageKind::Button, "button"},
    {MessageKind::Reaction, "reaction"},
    {MessageKind::Order, "order"},
    {MessageKind::System, "system"},
    {MessageKind::Unsupported, "unsupported"},
};

} // namespace

QString kindKey(MessageKind kind)
{
    for (const KindName &name : kindNames) {
        if (name.kind == kind)
            return QLatin1String(name.key);
    }
    Q_UNREACHABLE();
}

std::optional<MessageKind> kindFromKey(const QString &key)
{
    for (const KindName &name : kindNames) {
        if (key == QLatin1String(name.key))
            return name.kind;
    }
    return std::nullopt;
}

bool isMediaKind(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Image:
    case MessageKind::Video:
    case MessageKind::Audio:
    case MessageKind::Voice:
    case MessageKind::Document:
    case MessageKind::Sticker:
        return true;
    default:
        return false;
    }
}

QJsonObject MediaInfo::toJson() const
{
    QJsonObject json;
    auto put = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("mime", mimeType);
    put("file", fileName);
    put("id", providerMediaId);
    put("url", url);
    put("path", localPath);
    put("sha256", sha256);
    if (sizeBytes > 0)
        json.insert(QLatin1String("size"), sizeBytes);
    if (durationSeconds > 0)
        json.insert(QLatin1String("seconds"), durationSeconds);
    return json;
}

MediaInfo MediaInfo::fromJson(const QJsonObject &json)
{
    MediaInfo media;
    media.mimeType = json.value(QLatin1String("mime")).toString();
    media.fileName = json.value(QLatin1String("file")).toString();
    media.providerMediaId = json.value(QLatin1String("id")).toString();
    media.url = json.value(QLatin1String("url")).toString();
    media.localPath = json.value(QLatin1String("path")).toString();
    media.sha256 = json.value(QLatin1String("sha256")).toString();
    media.sizeBytes = json.value(QLatin1String("size")).toInteger();
    media.durationSeconds = json.value(QLatin1String("seconds")).toInt();
    return media;
}

} // namespace inbox
