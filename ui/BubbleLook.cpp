// SPDX-License-Identifier: GPL-3.0-or-later
// What a chat bubble shows besides its own layout: the attachment line, the day labels, the
// colours, the text document, and the centred system lines (assignments, WhatsApp's notices).
#include "BubbleLook.h"

#include "ConversationDelegate.h"
#include "WhatsAppText.h"
#include "domain/Attachment.h"
#include "itemmodels/MessageListModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTextDocument>

#include <cmath>

namespace inbox::bubble {

// The bubbles' words keep the delegate's translation context, inbox::MessageDelegate.

bool isOutbound(const QModelIndex &index)
{
    return index.data(MessageListModel::DirectionRole).toString() == QLatin1String("out");
}

/// The line that says what an attachment or a special message is.
/// A picture's file named by the message (sent from here, or downloaded), or empty.
QString picturePath(const QModelIndex &index)
{
    const QString kind = index.data(MessageListModel::KindRole).toString();
    if (kind != QLatin1String("image") && kind != QLatin1String("sticker"))
        return {};
    return index.data(MessageListModel::MediaLocalPathRole).toString();
}

QString attachmentLine(const QModelIndex &index)
{
    const QString kind = index.data(MessageListModel::KindRole).toString();
    const QString file = index.data(MessageListModel::MediaFileNameRole).toString();
    const qint64 size = index.data(MessageListModel::MediaSizeRole).toLongLong();
    const QString sizeText = size > 0 ? dataSize(size) : QString();
    auto with = [&](const QString &icon, const QString &what) {
        QStringList parts{icon + QLatin1Char(' ') + (file.isEmpty() ? what : file)};
        if (!sizeText.isEmpty())
            parts << sizeText;
        return parts.join(QStringLiteral(" · "));
    };
    if (kind == QLatin1String("image"))
        return with(QStringLiteral("🖼"),
                    QCoreApplication::translate("inbox::MessageDelegate", "Photo"));
    if (kind == QLatin1String("video"))
        return with(QStringLiteral("🎬"),
                    QCoreApplication::translate("inbox::MessageDelegate", "Video"));
    if (kind == QLatin1String("audio"))
        return with(QStringLiteral("🎵"),
                    QCoreApplication::translate("inbox::MessageDelegate", "Audio"));
    if (kind == QLatin1String("voice"))
        return with(QStringLiteral("🎤"),
                    QCoreApplication::translate("inbox::MessageDelegate", "Voice message"));
    if (kind == QLatin1String("document"))
        return with(QStringLiteral("📄"),
                    QCoreApplication::translate("inbox::MessageDelegate", "Document"));
    if (kind == QLatin1String("sticker"))
        return QStringLiteral("🏷 ") +
               QCoreApplication::translate("inbox::MessageDelegate", "Sticker");
    if (kind == QLatin1String("location"))
        return QStringLiteral("📍 ") +
               QCoreApplication::translate("inbox::MessageDelegate", "Location");
    if (kind == QLatin1String("contacts"))
        return QStringLiteral("👤 ") +
               QCoreApplication::translate("inbox::MessageDelegate", "Contact");
    if (kind == QLatin1String("template"))
        return QStringLiteral("📋 ") +
               QCoreApplication::translate("inbox::MessageDelegate", "Template");
    if (kind == QLatin1String("interactive") || kind == QLatin1String("button"))
        return QStringLiteral("🔘 ") +
               QCoreApplication::translate("inbox::MessageDelegate", "Reply");
    if (kind == QLatin1String("unsupported"))
        return QStringLiteral("⚠ ") +
               QCoreApplication::translate("inbox::MessageDelegate",
                                           "A message WhatsApp cannot show here");
    return {};
}

/// The ticks' height beside the time: its digits' height, at least 9 pixels.
int tickHeightFor(const QFontMetrics &time)
{
    return qMax(9, qRound(time.capHeight() * 1.25));
}

/// A message's text with WhatsApp's formatting, laid out at most `width` wide.
std::unique_ptr<QTextDocument> makeTextDocument(const QString &text, const QFont &font, int width)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(QStringLiteral("a { color: #027EB5; }"));
    document->setHtml(whatsAppToHtml(text));
    document->setTextWidth(width);
    // Short messages get a bubble as narrow as their text.
    document->setTextWidth(qMin<qreal>(width, std::ceil(document->idealWidth()) + 1));
    return document;
}

/// The day a message belongs to, in local time.
QDate dayOf(const QModelIndex &index)
{
    return index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime().date();
}

/// A day label goes above the first message of each day.
bool startsADay(const QModelIndex &index)
{
    if (index.row() == 0)
        return true;
    return dayOf(index.sibling(index.row() - 1, 0)) != dayOf(index);
}

QString dayLabel(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return QCoreApplication::translate("inbox::MessageDelegate", "Today");
    if (day == today.addDays(-1))
        return QCoreApplication::translate("inbox::MessageDelegate", "Yesterday");
    if (day > today.addDays(-7))
        return QLocale().dayName(day.dayOfWeek());
    return QLocale().toString(day, QLocale::LongFormat);
}

QColor bubbleColor(bool outbound, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (outbound)
        return dark ? QColor(0x005C4B) : QColor(0xD9FDD3);
    return dark ? QColor(0x202C33) : QColor(Qt::white);
}

bool isSystemLine(const QModelIndex &index)
{
    return index.data(MessageListModel::KindRole).toString() == QLatin1String("system");
}

/// A system line ("Marco assigned this to Priya · 14:02"): small, centred, in a grey pill.
QString systemLineText(const QModelIndex &index)
{
    const QDateTime at = index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime();
    // "14:02" today, "Mon 14:02" or "12/11 14:02" before.
    const QString time = look::clock(at);
    return QStringLiteral("%1 · %2").arg(
        index.data(MessageListModel::TextRole).toString(),
        at.date() == QDate::currentDate() ? time : look::shortTime(at) + QLatin1Char(' ') + time);
}

QFont systemLineFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}

void paintSystemLine(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = systemLineFont(option);
    const QFontMetrics metrics(font);
    const QString text = systemLineText(index);
    const int maxWidth = option.rect.width() * 3 / 4;
    QRect box =
        metrics.boundingRect(QRect(0, 0, maxWidth, 1000), Qt::TextWordWrap | Qt::AlignCenter, text);
    box.adjust(-10, -3, 10, 3);
    box.moveCenter(option.rect.center());
    const bool dark = option.palette.color(QPalette::Window).lightness() < 128;
    painter->setPen(Qt::NoPen);
    painter->setBrush(dark ? QColor(0x182229) : QColor(0xE1F2FB));
    painter->drawRoundedRect(box, 7, 7);
    painter->setPen(dark ? QColor(0x8696A0) : QColor(0x54656F));
    painter->setFont(font);
    painter->drawText(box, Qt::TextWordWrap | Qt::AlignCenter, text);
    painter->restore();
}

} // namespace inbox::bubble
