// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/Message.h"
#include "domain/ProviderError.h"

#include <QByteArray>
#include <QString>

namespace inbox {

/// Saves a downloaded file into `folder` as `<baseName>.<suffix of its MIME type>`, atomically;
/// gives `media` with its localPath and size, or the error in words (disk full, permissions).
Expected<MediaInfo, ProviderError> saveMediaFile(Provider provider, const QByteArray &bytes,
                                                 MediaInfo media, const QString &folder,
                                                 const QString &baseName);

} // namespace inbox
