// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Message.h"
#include "Provider.h"

#include <QString>

#include <optional>

namespace inbox {

/// What WhatsApp accepts as a file: the kind a MIME type travels as (image, video, audio,
/// sticker, or document), and the size limit of each kind.
MessageKind attachmentKindFor(const QString &mimeType);
/// Bytes WhatsApp accepts for a kind: images 5 MB, video and audio 16 MB, documents 100 MB,
/// stickers 500 KB; 0 for kinds that are not files.
qint64 attachmentLimit(MessageKind kind);
/// What is wrong with sending this file, in words, or nothing: checked before anything is sent.
/// With `provider`, its own media kinds and limits are checked too (a provider may take less
/// than WhatsApp does).
std::optional<QString> attachmentProblem(const QString &fileName, const QString &mimeType,
                                         qint64 sizeBytes,
                                         const ProviderCapabilities *provider = nullptr);
/// A size as people read it, in binary units: "980 bytes", "48 KiB", "6.4 MiB".
QString dataSize(qint64 bytes);
/// A kind of file in words, for sentences: "photo", "video", "voice message", "document".
QString mediaKindWord(MessageKind kind);

} // namespace inbox
