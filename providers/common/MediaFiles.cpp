// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QUrl>

namespace inbox {

Expected<MediaInfo, ProviderError> saveMediaFile(Provider provider, const QByteArray &bytes,
                                                 MediaInfo media, const QString &folder,
                                                 const QString &baseName)
{
    QDir().mkpath(folder);
    const QString extension = QMimeDatabase().mimeTypeForName(media.mimeType).preferredSuffix();
    // Provider ids may hold characters a file name cannot.
    const QString safe = QString::fromLatin1(QUrl::toPercentEncoding(baseName));
    media.localPath = QDir(folder).filePath(
        safe + (extension.isEmpty() ? QString() : QLatin1Char('.') + extension));
    QSaveFile out(media.localPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        ProviderError error;
        error.provider = provider;
        error.title = QCoreApplication::translate("inbox::MediaFiles", "Cannot save the file to %1")
                          .arg(media.localPath);
        error.detail = out.errorString();
        error.advice = QCoreApplication::translate(
            "inbox::MediaFiles", "free some disk space or check the folder's permissions");
        return error;
    }
    media.sizeBytes = bytes.size();
    return media;
}

} // namespace inbox
