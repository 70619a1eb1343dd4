// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QFontMetrics>
#include <QModelIndex>
#include <QString>

#include <memory>

class QPainter;
class QPalette;
class QStyleOptionViewItem;
class QTextDocument;

/// The parts of a chat bubble that are the same for every message: what its attachment line
/// says, the day labels, the colours, the laid-out text, and the centred system lines.
namespace inbox::bubble {

/// The day label's band above the first message of a day.
constexpr int DayHeight = 30;

bool isOutbound(const QModelIndex &index);
/// A picture's file named by the message (sent from here, or downloaded), or empty.
QString picturePath(const QModelIndex &index);
/// The line that says what an attachment or a special message is ("🎬 clip.mp4 · 6.4 MiB").
QString attachmentLine(const QModelIndex &index);
/// The ticks' height beside the time: its digits' height, at least 9 pixels.
int tickHeightFor(const QFontMetrics &time);
/// A message's text with WhatsApp's formatting, laid out at most `width` wide.
std::unique_ptr<QTextDocument> makeTextDocument(const QString &text, const QFont &font, int width);
/// The day a message belongs to, in local time.
QDate dayOf(const QModelIndex &index);
/// A day label goes above the first message of each day.
bool startsADay(const QModelIndex &index);
/// "Today", "Yesterday", a weekday this week, the date before.
QString dayLabel(const QDate &day);
QColor bubbleColor(bool outbound, const QPalette &palette);

/// Assignment, status and snooze history, and WhatsApp's own notices.
bool isSystemLine(const QModelIndex &index);
/// "Marco assigned this to Priya · 14:02"
QString systemLineText(const QModelIndex &index);
QFont systemLineFont(const QStyleOptionViewItem &option);
/// Small, centred, in a grey pill.
void paintSystemLine(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index);

} // namespace inbox::bubble
