// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace inbox {

/// What the agent is about to send, before it goes: the picture (or what the file is), its
/// name and size, a caption, and Send / Cancel. The file was checked against WhatsApp's and the
/// provider's limits before the preview opens.
class AttachPreview : public QDialog
{
    Q_OBJECT
public:
    /// `media`: the file on this computer; `kind`: how it travels; `caption`: what the agent
    /// had typed, offered as the caption.
    AttachPreview(const MediaInfo &media, MessageKind kind, const QString &caption,
                  QWidget *parent = nullptr);

    QString caption() const;
    const MediaInfo &media() const { return m_media; }
    MessageKind kind() const { return m_kind; }
    /// Whether WhatsApp shows a caption with this kind (photos, videos, documents).
    static bool takesCaption(MessageKind kind);

private:
    MediaInfo m_media;
    MessageKind m_kind;
    QLineEdit *m_caption = nullptr;
};

} // namespace inbox
