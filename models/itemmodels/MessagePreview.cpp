// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagePreview.h"

#include <QCoreApplication>

namespace inbox {

namespace {

QString kindLabel(MessageKind kind)
{
    // The context lupdate gives the tr() calls of this file, so translations are found.
    auto tr = [](const char *text) {
        return QCoreApplication::translate("inbox", text);
    };
    switch (kind) {
    case MessageKind::Image:
        return tr("Photo");
    case MessageKind::Video:
        return tr("Video");
    case MessageKind::Audio:
        return tr("Audio");
    case MessageKind::Voice:
        return tr("Voice message");
    case MessageKind::Document:
        return tr("Document");
    case MessageKind::Sticker:
        return tr("Sticker");
    case MessageKind::Location:
        return tr("Location");
    case MessageKind::Contacts:
        return tr("Contact");
    case MessageKind::Order:
        return tr("Order");
    case MessageKind::Reaction:
        return tr("Reaction");
    case MessageKind::Unsupported:
        return tr("Unsupported message");
    default:
        return {};
    }
}

} // namespace

QString previewLine(MessageKind kind, const QString &text)
{
    QString line = text.simplified();
    const QString label = kindLabel(kind);
    if (label.isEmpty())
        return line;
    return line.isEmpty() ? label : label + QStringLiteral(": ") + line;
}

} // namespace inbox
