#include "Attachment.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace inbox {

MessageKind attachmentKindFor(const QString &mimeType)
{
    // The types WhatsApp shows inline; everything else goes as a document.
    static const QStringList images = {QStringLiteral("image/jpeg"), QStringLiteral("image/png")};
    static const QStringList videos = {QStringLiteral("video/mp4"), QStringLiteral("video/3gpp")};
    static const QStringList audio = {QStringLiteral("audio/aac"), QStringLiteral("audio/mp4"),
                                      QStringLiteral("audio/mpeg"), QStringLiteral("audio/amr"),
                                      QStringLiteral("audio/ogg")};
    if (images.contains(mimeType))
        return MessageKind::Image;
    if (mimeType == QLatin1String("image/webp"))
        return MessageKind::Sticker;
    if (videos.contains(mimeType))
        return MessageKind::Video;
    if (audio.contains(mimeType))
        return MessageKind::Audio;
    return MessageKind::Document;
}

qint64 attachmentLimit(MessageKind kind)
{
    constexpr qint64 megabyte = 1024 * 1024;
    switch (kind) {
    case MessageKind::Image:
        return 5 * megabyte;
    case MessageKind::Video:
    case MessageKind::Audio:
    case MessageKind::Voice:
        return 16 * megabyte;
    case MessageKind::Document:
        return 100 * megabyte;
    case MessageKind::Sticker:
        return 500 * 1024;
    default:
        return 0;
    }
}

std::optional<QString> attachmentProblem(const QString &fileName, const QString &mimeType,
                                         qint64 sizeBytes)
{
    if (sizeBytes <= 0)
        return QCoreApplication::translate("inbox::Attachment",
                                           "%1 is empty: there is nothing to send.")
            .arg(fileName);
    // Programs and scripts are refused by WhatsApp as documents, and by good sense.
    static const QStringList refused = {
        QStringLiteral("application/x-executable"), QStringLiteral("application/x-sharedlib"),
        QStringLiteral("application/x-msdownload"), QStringLiteral("application/x-shellscript"),
        QStringLiteral("application/vnd.microsoft.portable-executable")};
    if (refused.contains(mimeType))
        return QCoreApplication::translate("inbox::Attachment",
                                           "%1 is a program (%2): WhatsApp does not take programs.")
            .arg(fileName, mimeType);
    const MessageKind kind = attachmentKindFor(mimeType);
    const qint64 limit = attachmentLimit(kind);
    if (sizeBytes > limit) {
        const QLocale locale;
        return QCoreApplication::translate(
                   "inbox::Attachment",
                   "%1 is %2; WhatsApp takes %3 up to %4. Send a smaller file, or a link to it.")
            .arg(fileName, locale.formattedDataSize(sizeBytes), kindKey(kind),
                 locale.formattedDataSize(limit));
    }
    return std::nullopt;
}

} // namespace inbox
