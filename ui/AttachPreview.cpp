// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachPreview.h"

#include "domain/Attachment.h"

#include <QDialogButtonBox>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbox {

namespace {

QString iconFor(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Video:
        return QStringLiteral("🎬");
    case MessageKind::Audio:
    case MessageKind::Voice:
        return QStringLiteral("🎵");
    case MessageKind::Sticker:
        return QStringLiteral("🏷");
    default:
        return QStringLiteral("📄");
    }
}

} // namespace

bool AttachPreview::takesCaption(MessageKind kind)
{
    return kind == MessageKind::Image || kind == MessageKind::Video ||
           kind == MessageKind::Document;
}

AttachPreview::AttachPreview(const MediaInfo &media, MessageKind kind, const QString &caption,
                             QWidget *parent)
    : QDialog(parent)
    , m_media(media)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("attachPreview"));
    setWindowTitle(tr("Send %1").arg(media.fileName));
    auto *layout = new QVBoxLayout(this);

    auto *picture = new QLabel;
    picture->setObjectName(QStringLiteral("attachPicture"));
    picture->setAlignment(Qt::AlignCenter);
    picture->setMinimumSize(320, 160);
    picture->setStyleSheet(
        QStringLiteral("QLabel { background: palette(base); border-radius: 8px; }"));
    QImageReader reader(media.localPath);
    if ((kind == MessageKind::Image || kind == MessageKind::Sticker) && reader.size().isValid()) {
        reader.setScaledSize(
            reader.size().scaled(QSize(480, 320), Qt::KeepAspectRatio).boundedTo(reader.size()));
        picture->setPixmap(QPixmap::fromImage(reader.read()));
        picture->setAccessibleName(tr("Preview of %1").arg(media.fileName));
    } else {
        QFont big = picture->font();
        big.setPointSizeF(big.pointSizeF() * 4);
        picture->setFont(big);
        picture->setText(iconFor(kind));
        picture->setAccessibleName(mediaKindWord(kind));
    }
    layout->addWidget(picture, 1);

    auto *about = new QLabel(
        tr("%1 · %2 · %3").arg(media.fileName, dataSize(media.sizeBytes), mediaKindWord(kind)));
    about->setObjectName(QStringLiteral("attachAbout"));
    about->setWordWrap(true);
    layout->addWidget(about);

    m_caption = new QLineEdit(caption);
    m_caption->setObjectName(QStringLiteral("attachCaption"));
    m_caption->setPlaceholderText(tr("Add a caption (optional)"));
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setMaxLength(1024); // WhatsApp's caption limit
    if (!takesCaption(kind)) {
        m_caption->setEnabled(false);
        m_caption->setPlaceholderText(
            tr("WhatsApp sends this kind of file (%1) without a caption").arg(mediaKindWord(kind)));
        m_caption->clear();
    }
    layout->addWidget(m_caption);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("attachSend"));
    send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_caption->setFocus();
}

QString AttachPreview::caption() const
{
    return takesCaption(m_kind) ? m_caption->text().trimmed() : QString();
}

} // namespace inbox
