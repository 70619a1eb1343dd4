// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/Message.h"
#include "domain/MessageTemplate.h"
#include "domain/ProviderError.h"
#include "ports/ProviderApi.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace inbox::meta {

/// One page of GET /{waba-id}/message_templates; the cursor is paging.cursors.after when
/// paging.next says there is more.
using TemplatePage = inbox::TemplatePage;

/// Reads a template list answer; `accountId` is the inbox account they belong to.
Expected<TemplatePage, QString> parseTemplatePage(const QByteArray &body, const QString &accountId);

/// The body of POST /{waba-id}/message_templates for a new template (name, language, category,
/// components as Meta names them). Meta reviews a template with variables only with an example
/// for each: `examples` gives them by {{n}}, for the header's and the body's placeholders.
QJsonObject templateCreateBody(const MessageTemplate &messageTemplate,
                               const QMap<int, QString> &examples = {});

/// Meta's upload limits, checked before any byte is sent: image 5 MB, video and audio 16 MB,
/// document 100 MB, sticker 500 KB. The error names the limit and what to do.
std::optional<ProviderError> checkUploadLimits(MessageKind kind, qint64 sizeBytes);

} // namespace inbox::meta
