// SPDX-License-Identifier: GPL-3.0-or-later
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
                                         qint64 sizeBytes, const ProviderCapabilities *provider)
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
    qint64 limit = attachmentLimit(kind);
    if (provider) {
        if (!provider->mediaKinds.contains(kindKey(kind)))
            return QCoreApplication::translate(
                       "inbox::Attachment",
                       "%1 (%2): this account's provider does not send this kind of file. Send it "
                       "as a link, or from an account on another provider.")
                .arg(fileName, mediaKindWord(kind));
        const MediaLimits &limits = provider->mediaLimits;
        const qint64 own = kind == MessageKind::Image      ? limits.image
                           : kind == MessageKind::Video    ? limits.video
                           : kind == MessageKind::Audio    ? limits.audio
                           : kind == MessageKind::Sticker  ? limits.sticker
                           : kind == MessageKind::Document ? limits.document
                                                           : 0;
        if (own > 0)
            limit = qMin(limit, own);
    }
    if (sizeBytes > limit) {
        return QCoreApplication::translate("inbox::Attachment",
                                           "%1 is %2, more than the %3 this kind of file (%4) may "
                                           "be here. Send a smaller file, or a link to it.")
            .arg(fileName, dataSize(sizeBytes), dataSize(limit), mediaKindWord(kind));
    }
    return std::nullopt;
}

QString dataSize(qint64 bytes)
{
    const QLocale locale;
    QString text = locale.formattedDataSize(bytes, 1);
    // "48.0 KiB" reads as "48 KiB"; "6.4 MiB" keeps its decimal.
    const QString zero = locale.decimalPoint() + locale.zeroDigit() + QLatin1Char(' ');
    if (const qsizetype at = text.indexOf(zero); at > 0)
        text.remove(at, zero.size() - 1);
    return text;
}

QString mediaKindWord(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Image:
        return QCoreApplication::translate("inbox::Attachment", "photo");
    case MessageKind::Video:
        return QCoreApplication::translate("inbox::Attachment", "video");
    case MessageKind::Audio:
        return QCoreApplication::translate("inbox::Attachment", "audio file");
    case MessageKind::Voice:
        return QCoreApplication::translate("inbox::Attachment", "voice message");
    case MessageKind::Sticker:
        return QCoreApplication::translate("inbox::Attachment", "sticker");
    default:
        return QCoreApplication::translate("inbox::Attachment", "document");
    }
}

} // namespace inbox
