// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationDelegate.h"

#include "WhatsAppText.h"
#include "domain/Agent.h"
#include "itemmodels/ConversationListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace inbox {

namespace {

/// A search hit's text on one line: from a little before the first match, the matches (between
/// U+0002 and U+0003) bold in `strong`, the rest in `muted`, cut with … where it does not fit.
void paintMatch(QPainter *painter, const QRect &box, const QString &marked, const QFont &font,
                const QColor &muted, const QColor &strong)
{
    QString text = whatsAppToPlain(marked).simplified();
    const qsizetype first = text.indexOf(QChar(2));
    if (first > 24) // the match stays in view on a long message
        text = QStringLiteral("…") + text.mid(first - 16);
    QFont bold = font;
    bold.setBold(true);
    int x = box.left();
    bool inMatch = false;
    QString piece;
    auto flush = [&](bool last) {
        if (piece.isEmpty() || x >= box.right())
            return;
        const QFontMetrics metrics(inMatch ? bold : font);
        const int room = box.right() - x;
        const QString shown = (last || metrics.horizontalAdvance(piece) > room)
                                  ? metrics.elidedText(piece, Qt::ElideRight, room)
                                  : piece;
        painter->setFont(inMatch ? bold : font);
        painter->setPen(inMatch ? strong : muted);
        painter->drawText(QRect(x, box.top(), room, box.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          shown);
        x += metrics.horizontalAdvance(shown);
        piece.clear();
    };
    for (const QChar c : std::as_const(text)) {
        if (c == QChar(2) || c == QChar(3)) {
            flush(false);
            inMatch = c == QChar(2);
            continue;
        }
        piece.append(c);
    }
    flush(true);
}

} // namespace

namespace look {

void applyDarkTheme()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x111B21));
    dark.setColor(QPalette::WindowText, QColor(0xE9EDEF));
    dark.setColor(QPalette::Base, QColor(0x0B141A));
    dark.setColor(QPalette::AlternateBase, QColor(0x182229));
    dark.setColor(QPalette::Text, QColor(0xE9EDEF));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8696A0));
    dark.setColor(QPalette::Button, QColor(0x202C33));
    dark.setColor(QPalette::ButtonText, QColor(0xE9EDEF));
    dark.setColor(QPalette::Highlight, QColor(0x2A3942));
    dark.setColor(QPalette::HighlightedText, QColor(0xFFFFFF));
    dark.setColor(QPalette::ToolTipBase, QColor(0x202C33));
    dark.setColor(QPalette::ToolTipText, QColor(0xE9EDEF));
    dark.setColor(QPalette::Link, QColor(0x53BDEB));
    dark.setColor(QPalette::Mid, QColor(0x8696A0));
    dark.setColor(QPalette::Midlight, QColor(0x222D34)); // the hairline between rows
    dark.setColor(QPalette::Light, QColor(0x2A3942));
    dark.setColor(QPalette::Dark, QColor(0x0B141A));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x667781));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x667781));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x667781));
    QApplication::setPalette(dark);
}

ProviderChip providerChip(const ProviderCatalog &providers, const Provider &provider)
{
    if (const ProviderProfile *profile = providers.find(provider))
        return {profile->badge, QColor(QRgb(profile->badgeRgb))};
    return {provider.key(), QColor(0x667781)};
}

QString ticks(const QString &status)
{
    if (status == QLatin1String("queued"))
        return QStringLiteral("🕓");
    if (status == QLatin1String("sent"))
        return QStringLiteral("✓");
    if (status == QLatin1String("delivered") || status == QLatin1String("read"))
        return QStringLiteral("✓✓");
    if (status == QLatin1String("failed"))
        return QStringLiteral("!");
    return {};
}

QColor tickColor(const QString &status, const QPalette &palette)
{
    if (status == QLatin1String("read"))
        return QColor(0x34B7F1);
    if (status == QLatin1String("failed"))
        return QColor(0xD93025);
    return palette.color(QPalette::PlaceholderText);
}

int ticksWidth(const QString &status, int height)
{
    if (status == QLatin1String("sent"))
        return qRound(height * 1.05);
    if (status == QLatin1String("delivered") || status == QLatin1String("read"))
        return qRound(height * 1.45);
    if (status == QLatin1String("queued") || status == QLatin1String("failed"))
        return height;
    return 0;
}

int paintTicks(QPainter *painter, int left, int centreY, int height, const QString &status,
               const QColor &colour)
{
    const int width = ticksWidth(status, height);
    if (width == 0)
        return 0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal h = height;
    const QRectF box(left, centreY - h / 2, width, h);
    QPen pen(colour, qMax(1.3, h / 7.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // One check: a short stroke down to the bottom, a long one up to the right.
    auto check = [&](qreal x, bool withShortStroke) {
        QPainterPath path;
        if (withShortStroke) {
            path.moveTo(x, box.top() + h * 0.55);
            path.lineTo(x + h * 0.3, box.top() + h * 0.85);
        } else {
            path.moveTo(x + h * 0.3, box.top() + h * 0.85);
        }
        path.lineTo(x + h * 0.95, box.top() + h * 0.15);
        painter->drawPath(path);
    };
    if (status == QLatin1String("sent")) {
        check(box.left() + h * 0.05, true);
    } else if (status == QLatin1String("delivered") || status == QLatin1String("read")) {
        check(box.left(), true);
        // The second check's short stroke hides under the first, as on a phone.
        check(box.left() + h * 0.45, false);
        QPainterPath tail;
        tail.moveTo(box.left() + h * 0.55, box.top() + h * 0.68);
        tail.lineTo(box.left() + h * 0.75, box.top() + h * 0.85);
        painter->drawPath(tail);
    } else if (status == QLatin1String("queued")) {
        const QRectF face = box.adjusted(1, 1, -1, -1);
        painter->drawEllipse(face);
        painter->drawLine(face.center(), QPointF(face.center().x(), face.top() + h * 0.25));
        painter->drawLine(face.center(), QPointF(face.right() - h * 0.25, face.center().y()));
    } else { // failed
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(box);
        painter->setPen(QPen(Qt::white, qMax(1.3, h / 7.0), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(box.center().x(), box.top() + h * 0.22),
                          QPointF(box.center().x(), box.top() + h * 0.58));
        painter->drawPoint(QPointF(box.center().x(), box.top() + h * 0.76));
    }
    painter->restore();
    return width;
}

QString clock(const QDateTime &at)
{
    return at.toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

QString shortTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (local.date() == today)
        return clock(local);
    if (local.date() == today.addDays(-1))
        return QCoreApplication::translate("inbox::look", "Yesterday");
    if (local.date() > today.addDays(-7))
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(local.date(), QStringLiteral("dd/MM/yy"));
}

QColor avatarColor(const QString &seed)
{
    static const QList<QColor> colors = {QColor(0x5C6BC0), QColor(0x26A69A), QColor(0xEF6C00),
                                         QColor(0x8D6E63), QColor(0xAB47BC), QColor(0x42A5F5),
                                         QColor(0x66BB6A), QColor(0xEC407A)};
    return colors.at(int(qHash(seed) % quint32(colors.size())));
}

} // namespace look

namespace {

constexpr int RowHeight = 72;
constexpr int Avatar = 42;
constexpr int Margin = 10;

/// A small rounded label: provider badge, assignee initials, window state.
int drawChip(QPainter *painter, int x, int y, const QString &text, const QColor &background,
             const QColor &foreground, const QFont &font)
{
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 10;
    const QRect chip(x, y, width, metrics.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(chip, 4, 4);
    painter->setPen(foreground);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, text);
    return width;
}

} // namespace

ConversationDelegate::ConversationDelegate(QAbstractItemView *view, ProviderCatalog providers)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_providers(std::move(providers))
{}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // As wide as the view shows, never wider: no sideways scrolling in a list of names.
    return QSize(m_view ? m_view->viewport()->width() : option.rect.width(), RowHeight);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect row = option.rect;
    if (selected)
        painter->fillRect(row, palette.color(QPalette::Highlight));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(row, palette.color(QPalette::AlternateBase));
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : palette.color(QPalette::PlaceholderText);

    const QString title = index.data(ConversationListModel::TitleRole).toString();
    const QString name = index.data(ConversationListModel::CustomerNameRole).toString();

    // Avatar: initials on a colour of the name's own.
    const QRect avatar(row.left() + Margin, row.top() + (RowHeight - Avatar) / 2, Avatar, Avatar);
    painter->setPen(Qt::NoPen);
    painter->setBrush(look::avatarColor(title));
    painter->drawEllipse(avatar);
    QFont avatarFont = option.font;
    avatarFont.setBold(true);
    painter->setFont(avatarFont);
    painter->setPen(Qt::white);
    painter->drawText(avatar, Qt::AlignCenter,
                      name.isEmpty() ? QStringLiteral("#") : initialsOf(name));

    const int left = avatar.right() + Margin;
    const int right = row.right() - Margin;
    QFont titleFont = option.font;
    titleFont.setBold(true);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics bodyMetrics(option.font);
    const QFontMetrics smallMetrics(smallFont);

    // Line 1: name and time.
    const int unread = index.data(ConversationListModel::UnreadCountRole).toInt();
    const QString time =
        look::shortTime(index.data(ConversationListModel::LastActivityRole).toDateTime());
    painter->setFont(smallFont);
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    painter->setPen(unread > 0 && !selected ? QColor(0x25D366) : muted);
    const int line1 = row.top() + 8;
    painter->drawText(QRect(right - timeWidth, line1, timeWidth, titleMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(left, line1, right - timeWidth - 8 - left, titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, right - timeWidth - 8 - left));

    // Line 2: ticks, the last message, the unread badge.
    const int line2 = line1 + titleMetrics.height() + 2;
    int x = left;
    int previewRight = right;
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int badgeWidth =
            qMax(smallMetrics.height() + 4, smallMetrics.horizontalAdvance(count) + 10);
        const QRect badge(right - badgeWidth, line2 + 1, badgeWidth, smallMetrics.height() + 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x25D366));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(smallFont);
        painter->drawText(badge, Qt::AlignCenter, count);
        previewRight = badge.left() - 8;
    }
    const QString matched = index.data(ConversationListModel::MatchedTextRole).toString();
    if (!matched.isEmpty()) {
        // While searching, the line shows the message that matched, the match in bold.
        paintMatch(painter, QRect(x, line2, previewRight - x, bodyMetrics.height()), matched,
                   option.font, muted, selected ? text : palette.color(QPalette::Text));
    } else if (index.data(ConversationListModel::PreviewDirectionRole).toString() ==
               QLatin1String("out")) {
        const QString status = index.data(ConversationListModel::PreviewStatusRole).toString();
        const int tickHeight = qRound(bodyMetrics.height() * 0.62);
        if (const int used =
                look::paintTicks(painter, x, line2 + bodyMetrics.height() / 2, tickHeight, status,
                                 selected ? text : look::tickColor(status, palette))) {
            x += used + 4;
        }
    }
    if (matched.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(muted);
        const QString preview =
            whatsAppToPlain(index.data(ConversationListModel::PreviewRole).toString()).simplified();
        painter->drawText(QRect(x, line2, previewRight - x, bodyMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          bodyMetrics.elidedText(preview, Qt::ElideRight, previewRight - x));
    }

    // Line 3: provider, assignee, the 24-hour window.
    const int line3 = line2 + bodyMetrics.height() + 4;
    const look::ProviderChip chip = look::providerChip(
        m_providers, Provider(index.data(ConversationListModel::ProviderRole).toString()));
    x = left;
    x += drawChip(painter, x, line3, chip.text, chip.colour, Qt::white, smallFont) + 6;
    const QString initials = index.data(ConversationListModel::AssigneeInitialsRole).toString();
    if (!initials.isEmpty()) {
        x += drawChip(painter, x, line3, initials, palette.color(QPalette::Mid),
                      palette.color(QPalette::BrightText), smallFont) +
             6;
    }
    // The team's labels, in their colours, as far as the row has room.
    for (const QString &label : index.data(ConversationListModel::LabelsRole).toStringList()) {
        const int width = smallMetrics.horizontalAdvance(label) + 10;
        if (x + width > right - 70)
            break;
        x += drawChip(painter, x, line3, label, m_labelColours.value(label, QColor(0x667781)),
                      Qt::white, smallFont) +
             6;
    }
    const bool windowOpen = index.data(ConversationListModel::WindowOpenRole).toBool();
    const QDateTime closesAt = index.data(ConversationListModel::WindowClosesAtRole).toDateTime();
    QString window;
    if (windowOpen && closesAt.isValid()) {
        const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(closesAt) / 60;
        window = minutes >= 60 ? tr("%1 h left").arg(minutes / 60) : tr("%1 min left").arg(minutes);
    } else if (windowOpen) {
        // The provider has no 24-hour window (open-wa, UniPile): nothing to count down.
    } else {
        window = tr("24 h closed");
    }
    painter->setFont(smallFont);
    painter->setPen(!windowOpen && !selected ? QColor(0xB3261E) : muted);
    painter->drawText(QRect(x, line3, right - x, smallMetrics.height() + 2),
                      Qt::AlignLeft | Qt::AlignVCenter, window);

    // A hairline between rows.
    painter->setPen(palette.color(QPalette::Midlight));
    painter->drawLine(left, row.bottom(), right, row.bottom());
    painter->restore();
}

} // namespace inbox
