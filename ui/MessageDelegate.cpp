// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageDelegate.h"

#include "BubbleLook.h"
#include "ChatHistoryProxy.h"
#include "ConversationDelegate.h"
#include "WhatsAppText.h"
#include "domain/Attachment.h"
#include "itemmodels/MessageListModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QImageReader>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QTextDocument>

#include <cmath>

namespace inbox {

namespace {

constexpr int Padding = 8;
constexpr int Gap = 4;
constexpr int Side = 12;

} // namespace

MessageDelegate::MessageDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_documents(400)
{}

QRect MessageDelegate::quoteRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect quote = layout(option, index, option.rect.width()).quote;
    return quote.isNull() ? quote : quote.translated(option.rect.topLeft());
}

QRect MessageDelegate::mediaActionRect(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QRect action = layout(option, index, option.rect.width()).mediaAction;
    return action.isNull() ? action : action.translated(option.rect.topLeft());
}

QRect MessageDelegate::retryButtonRect(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QRect retry = layout(option, index, option.rect.width()).retry;
    return retry.isNull() ? retry : retry.translated(option.rect.topLeft());
}

QSize MessageDelegate::pictureSize(const QString &path, int maxWidth) const
{
    // Layout runs for every row on every paint: the file is looked at once, not each time.
    auto known = m_pictureSizes.constFind(path);
    if (known == m_pictureSizes.cend())
        known = m_pictureSizes.insert(path, QImageReader(path).size()); // invalid: unreadable
    if (!known->isValid())
        return {};
    return known->scaled(QSize(qMin(260, maxWidth), 260), Qt::KeepAspectRatio).boundedTo(*known);
}

void MessageDelegate::setTransfer(qint64 messageId, Transfer transfer, const QString &reason)
{
    if (transfer == Transfer::None)
        m_transfers.remove(messageId);
    else
        m_transfers.insert(messageId, {transfer, reason});
    if (m_view)
        m_view->viewport()->update();
}

QString MessageDelegate::senderName(const QModelIndex &index) const
{
    // Our side's messages carry the teammate's name; the customer's are on the left.
    if (!bubble::isOutbound(index))
        return {};
    return index.data(ChatHistoryProxy::SenderNameRole).toString();
}

QString MessageDelegate::mediaActionText(const QModelIndex &index) const
{
    const auto kind = kindFromKey(index.data(MessageListModel::KindRole).toString());
    if (!kind || !isMediaKind(*kind) || *kind == MessageKind::Sticker)
        return {};
    const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
    const QString local = index.data(MessageListModel::MediaLocalPathRole).toString();
    if (!local.isEmpty())
        return *kind == MessageKind::Image ? QString() : tr("↗ Open");
    const TransferState state = m_transfers.value(id);
    if (state.transfer == Transfer::Downloading)
        return tr("Downloading…");
    if (state.transfer == Transfer::Failed)
        return tr("⚠ Could not download: %1. Click to try again.").arg(state.reason);
    return tr("⬇ Download"); // the size is on the line above
}

const QTextDocument *MessageDelegate::textDocument(const QString &text, const QFont &font,
                                                   int width) const
{
    // Laid out once per text and width: sizeHint, paint and clicks ask again and again while
    // the agent scrolls.
    const QString key = QString::number(width) + QLatin1Char('\n') + text;
    if (QTextDocument *kept = m_documents.object(key))
        return kept;
    QTextDocument *document = bubble::makeTextDocument(text, font, width).release();
    m_documents.insert(key, document);
    return document;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index, int width) const
{
    Layout l;
    const int maxBubble = qMax(160, int(width * 0.68));
    const int inner = maxBubble - 2 * Padding;
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.82);
    const QFontMetrics body(option.font);
    const QFontMetrics smallMetrics(small);

    const QString attachment = bubble::attachmentLine(index);
    const QString text = index.data(MessageListModel::TextRole).toString();
    const QString failure = index.data(MessageListModel::FailureReasonRole).toString();
    const bool failed =
        index.data(MessageListModel::StatusRole).toString() == QLatin1String("failed");

    int contentWidth = 0;
    int y = Padding;
    QRect senderRect;
    if (const QString sender = senderName(index); !sender.isEmpty()) {
        QFont bold = small;
        bold.setBold(true);
        senderRect = QFontMetrics(bold).boundingRect(sender);
        senderRect.moveTopLeft(QPoint(Padding, y));
        contentWidth = qMax(contentWidth, senderRect.width());
        y += senderRect.height() + 2;
    }
    if (const QString quoted = index.data(ChatHistoryProxy::QuotedLineRole).toString();
        !quoted.isEmpty()) {
        // A reply shows what it answers: who wrote it and its first line, with a thumbnail.
        QFont bold = small;
        bold.setBold(true);
        const int lines = QFontMetrics(bold).height() + smallMetrics.height();
        const bool picture =
            !index.data(MessageListModel::QuotedPicturePathRole).toString().isEmpty();
        const int thumb = picture ? lines : 0;
        const int textWidth =
            qMax(QFontMetrics(bold).horizontalAdvance(
                     index.data(ChatHistoryProxy::QuotedSenderNameRole).toString()),
                 smallMetrics.horizontalAdvance(quoted));
        const int quoteWidth = qMin(inner, textWidth + 24 + (thumb ? thumb + 6 : 0));
        l.quote = QRect(Padding, y, qMax(quoteWidth, 120), lines + 8);
        if (thumb)
            l.quoteThumbnail = QRect(l.quote.right() - thumb - 3, l.quote.top() + 4, thumb, thumb);
        contentWidth = qMax(contentWidth, l.quote.width());
        y += l.quote.height() + Gap;
    }
    if (const QString picture = bubble::picturePath(index); !picture.isEmpty()) {
        if (const QSize size = pictureSize(picture, inner); size.isValid()) {
            l.thumbnail = QRect(QPoint(Padding, y), size);
            contentWidth = qMax(contentWidth, size.width());
            y += size.height() + Gap;
        }
    }
    QRect attachmentRect;
    if (!attachment.isEmpty()) {
        QFont bold = option.font;
        bold.setBold(true);
        attachmentRect = QFontMetrics(bold).boundingRect(QRect(0, 0, inner, 10000),
                                                         Qt::TextWordWrap, attachment);
        attachmentRect.moveTopLeft(QPoint(Padding, y));
        contentWidth = qMax(contentWidth, attachmentRect.width());
        y += attachmentRect.height() + Gap;
    }
    QRect actionRect;
    if (const QString action = mediaActionText(index); !action.isEmpty()) {
        QFont bold = small;
        bold.setBold(true);
        actionRect = QFontMetrics(bold)
                         .boundingRect(QRect(0, 0, inner - 12, 1000), Qt::TextWordWrap, action)
                         .adjusted(-6, -3, 6, 3);
        actionRect.moveTopLeft(QPoint(Padding, y));
        contentWidth = qMax(contentWidth, actionRect.width());
        y += actionRect.height() + Gap;
    }
    QRect textRect;
    if (!text.isEmpty()) {
        l.document = textDocument(text, option.font, inner);
        textRect = QRect(QPoint(Padding, y), l.document->size().toSize());
        contentWidth = qMax(contentWidth, textRect.width());
        y += textRect.height() + Gap;
    }
    QRect failureRect;
    QRect retryRect;
    if (failed) {
        const QString words =
            tr("Not delivered: %1").arg(failure.isEmpty() ? tr("unknown reason") : failure);
        failureRect = smallMetrics.boundingRect(QRect(0, 0, inner, 1000), Qt::TextWordWrap, words);
        failureRect.moveTopLeft(QPoint(Padding, y));
        contentWidth = qMax(contentWidth, failureRect.width());
        y += failureRect.height() + Gap;
        QFont bold = small;
        bold.setBold(true);
        retryRect = QFontMetrics(bold).boundingRect(tr("↻ Retry")).adjusted(-6, -3, 6, 3);
        retryRect.moveTopLeft(QPoint(Padding, y));
        y += retryRect.height() + Gap;
    }
    const int footerWidth =
        smallMetrics.horizontalAdvance(QStringLiteral("00:00")) + 8 +
        look::ticksWidth(QStringLiteral("read"), bubble::tickHeightFor(smallMetrics));
    contentWidth = qMax(contentWidth, footerWidth);
    const QRect footer(Padding, y, contentWidth, smallMetrics.height());
    y += smallMetrics.height() + Padding;

    const bool outbound = bubble::isOutbound(index);
    const int bubbleWidth = contentWidth + 2 * Padding;
    const int bubbleLeft = outbound ? width - Side - bubbleWidth : Side;
    const int top = bubble::startsADay(index) ? bubble::DayHeight + 3 : 3;
    if (top > 3) {
        const QString label = bubble::dayLabel(bubble::dayOf(index));
        const int w = smallMetrics.horizontalAdvance(label) + 20;
        l.day = QRect((width - w) / 2, 6, w, smallMetrics.height() + 6);
    }
    l.bubble = QRect(bubbleLeft, top, bubbleWidth, y);
    auto place = [&](QRect r) {
        return r.isNull() ? r : r.translated(bubbleLeft, top);
    };
    l.attachment = place(attachmentRect);
    l.mediaAction = place(actionRect);
    l.quote = place(l.quote);
    l.quoteThumbnail = place(l.quoteThumbnail);
    l.text = place(textRect);
    l.failure = place(failureRect);
    l.thumbnail = place(l.thumbnail);
    l.sender = place(senderRect);
    l.retry = place(retryRect);
    l.footer = place(footer);
    const QStringList reactions = index.data(MessageListModel::ReactionsRole).toStringList();
    int height = l.bubble.bottom() + 4;
    if (!reactions.isEmpty()) {
        const int w = body.horizontalAdvance(reactions.join(QString())) + 12;
        l.reactions = QRect(outbound ? l.bubble.right() - w - 8 : l.bubble.left() + 8,
                            l.bubble.bottom() - 4, w, body.height() + 4);
        height = l.reactions.bottom() + 4;
    }
    l.height = height;
    return l;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    // A click on a link opens it in the browser.
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Layout l = layout(option, index, option.rect.width());
        const QPoint at = mouse->position().toPoint() - option.rect.topLeft();
        if (l.thumbnail.contains(at)) { // the picture opens full size
            QDesktopServices::openUrl(QUrl::fromLocalFile(bubble::picturePath(index)));
            return true;
        }
        if (l.quote.contains(at)) {
            if (const qint64 quoted = index.data(MessageListModel::QuotedIdRole).toLongLong())
                Q_EMIT quoteActivated(quoted);
            return true;
        }
        if (l.mediaAction.contains(at)) {
            Q_EMIT mediaActivated(index.data(MessageListModel::IdRole).toLongLong());
            return true;
        }
        if (l.retry.contains(at)) {
            Q_EMIT retryRequested(index.data(MessageListModel::IdRole).toLongLong());
            return true;
        }
        if (l.text.contains(at)) {
            const QString anchor = l.document->documentLayout()->anchorAt(at - l.text.topLeft());
            if (!anchor.isEmpty()) {
                QDesktopServices::openUrl(QUrl(anchor));
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    if (bubble::isSystemLine(index)) {
        const QFontMetrics metrics(bubble::systemLineFont(option));
        const QRect text =
            metrics.boundingRect(QRect(0, 0, width * 3 / 4, 1000),
                                 Qt::TextWordWrap | Qt::AlignCenter, bubble::systemLineText(index));
        return QSize(width, text.height() + 16);
    }
    return QSize(width, layout(option, index, width).height);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (bubble::isSystemLine(index)) {
        bubble::paintSystemLine(painter, option, index);
        return;
    }
    const QString kind = index.data(MessageListModel::KindRole).toString();
    if ((kind == QLatin1String("image") || kind == QLatin1String("sticker")) &&
        index.data(MessageListModel::MediaLocalPathRole).toString().isEmpty()) {
        const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
        if (!m_wanted.contains(id)) {
            m_wanted.insert(id);
            Q_EMIT mediaWanted(id); // a received picture: fetched, then painted here
        }
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());
    const Layout l = layout(option, index, option.rect.width());
    const QPalette &palette = option.palette;
    const bool outbound = bubble::isOutbound(index);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor ink = dark ? QColor(0xE9EDEF) : QColor(0x111B21);
    const QColor muted = dark ? QColor(0x8696A0) : QColor(0x667781);

    if (!l.day.isNull()) {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.82);
        painter->setPen(Qt::NoPen);
        painter->setBrush(dark ? QColor(0x182229) : QColor(0xFFFFFF));
        painter->drawRoundedRect(l.day, 6, 6);
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(l.day, Qt::AlignCenter, bubble::dayLabel(bubble::dayOf(index)));
    }

    // The bubble, with a soft edge so white bubbles stand out on a light background.
    painter->setPen(QPen(dark ? QColor(0, 0, 0, 60) : QColor(0, 0, 0, 28), 1));
    painter->setBrush(bubble::bubbleColor(outbound, palette));
    painter->drawRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    if (option.state & QStyle::State_HasFocus) {
        // The message the keys are on (Enter, the Menu key), or the one a quote led to.
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(l.bubble).adjusted(-1.5, -1.5, 1.5, 1.5), 9, 9);
    }

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.82);
    if (!l.sender.isNull()) {
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(look::avatarColor(senderName(index)).darker(dark ? 60 : 110));
        painter->drawText(l.sender, Qt::AlignLeft, senderName(index));
    }
    if (!l.quote.isNull()) {
        const QString who = index.data(ChatHistoryProxy::QuotedSenderNameRole).toString();
        const QColor accent =
            who.isEmpty() ? muted : look::avatarColor(who).darker(dark ? 60 : 110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(dark ? QColor(0, 0, 0, 70) : QColor(0, 0, 0, 16));
        painter->drawRoundedRect(l.quote, 5, 5);
        painter->setBrush(accent);
        painter->drawRect(QRect(l.quote.left(), l.quote.top(), 4, l.quote.height()));
        QFont bold = small;
        bold.setBold(true);
        const int right =
            l.quoteThumbnail.isNull() ? l.quote.right() - 6 : l.quoteThumbnail.left() - 6;
        const QRect names(l.quote.left() + 10, l.quote.top() + 4, right - l.quote.left() - 10,
                          QFontMetrics(bold).height());
        painter->setFont(bold);
        painter->setPen(accent);
        painter->drawText(names, Qt::AlignLeft,
                          QFontMetrics(bold).elidedText(who, Qt::ElideRight, names.width()));
        painter->setFont(small);
        painter->setPen(muted);
        const QRect line(names.left(), names.bottom() + 1, names.width(),
                         QFontMetrics(small).height());
        painter->drawText(
            line, Qt::AlignLeft,
            QFontMetrics(small).elidedText(index.data(ChatHistoryProxy::QuotedLineRole).toString(),
                                           Qt::ElideRight, line.width()));
        if (!l.quoteThumbnail.isNull()) {
            const QString path = index.data(MessageListModel::QuotedPicturePathRole).toString();
            const QString key =
                QStringLiteral("quote:%1:%2").arg(path).arg(l.quoteThumbnail.width());
            QPixmap thumbnail;
            if (!QPixmapCache::find(key, &thumbnail)) {
                QImageReader reader(path);
                const QSize full = reader.size();
                if (full.isValid())
                    reader.setScaledSize(
                        full.scaled(l.quoteThumbnail.size(), Qt::KeepAspectRatioByExpanding));
                thumbnail = QPixmap::fromImage(reader.read());
                QPixmapCache::insert(key, thumbnail);
            }
            painter->drawPixmap(l.quoteThumbnail, thumbnail,
                                QRect(QPoint(0, 0), l.quoteThumbnail.size()));
        }
    }
    if (!l.mediaAction.isNull()) {
        QFont bold = small;
        bold.setBold(true);
        const bool failedDownload =
            m_transfers.value(index.data(MessageListModel::IdRole).toLongLong()).transfer ==
            Transfer::Failed;
        const QColor colour =
            failedDownload ? QColor(0xD93025) : QColor(dark ? 0x53BDEB : 0x027EB5);
        painter->setFont(bold);
        painter->setPen(QPen(colour, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(l.mediaAction).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(l.mediaAction.adjusted(6, 3, -6, -3), Qt::TextWordWrap,
                          mediaActionText(index));
    }
    if (!l.retry.isNull()) {
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(QPen(QColor(0xD93025), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(l.retry).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(l.retry, Qt::AlignCenter, tr("↻ Retry"));
    }
    if (!l.thumbnail.isNull()) {
        const QString path = bubble::picturePath(index);
        const QString key = QStringLiteral("thumb:%1:%2x%3")
                                .arg(path)
                                .arg(l.thumbnail.width())
                                .arg(l.thumbnail.height());
        QPixmap thumbnail;
        if (!QPixmapCache::find(key, &thumbnail)) {
            QImageReader reader(path);
            reader.setScaledSize(l.thumbnail.size());
            thumbnail = QPixmap::fromImage(reader.read());
            QPixmapCache::insert(key, thumbnail);
        }
        QPainterPath rounded;
        rounded.addRoundedRect(QRectF(l.thumbnail), 6, 6);
        painter->save();
        painter->setClipPath(rounded);
        painter->drawPixmap(l.thumbnail, thumbnail);
        painter->restore();
    }
    if (!l.attachment.isNull()) {
        QFont bold = option.font;
        bold.setBold(index.data(MessageListModel::KindRole).toString() !=
                     QLatin1String("unsupported"));
        bold.setItalic(index.data(MessageListModel::KindRole).toString() ==
                       QLatin1String("unsupported"));
        painter->setFont(bold);
        painter->setPen(ink);
        painter->drawText(l.attachment, Qt::TextWordWrap, bubble::attachmentLine(index));
    }
    if (!l.text.isNull()) {
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, ink);
        painter->save();
        painter->translate(l.text.topLeft());
        l.document->documentLayout()->draw(painter, context);
        painter->restore();
    }
    if (!l.failure.isNull()) {
        painter->setFont(small);
        painter->setPen(QColor(0xD93025));
        const QString failure = index.data(MessageListModel::FailureReasonRole).toString();
        painter->drawText(
            l.failure, Qt::TextWordWrap,
            tr("Not delivered: %1").arg(failure.isEmpty() ? tr("unknown reason") : failure));
    }

    // Footer: time, and the ticks of our own messages.
    painter->setFont(small);
    const QDateTime at = index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime();
    const QString time = look::clock(at);
    const QString status = index.data(MessageListModel::StatusRole).toString();
    int x = l.footer.right();
    if (outbound) {
        // WhatsApp's size: about as tall as the time's digits, a little wider than tall.
        const int tickHeight = bubble::tickHeightFor(QFontMetrics(small));
        if (const int w = look::ticksWidth(status, tickHeight)) {
            look::paintTicks(painter, x - w, l.footer.center().y() + 1, tickHeight, status,
                             look::tickColor(status, palette));
            x -= w + 4;
        }
    }
    painter->setPen(muted);
    painter->drawText(
        QRect(l.footer.left(), l.footer.top(), x - l.footer.left(), l.footer.height()),
        Qt::AlignRight, time);

    if (!l.reactions.isNull()) {
        painter->setPen(QPen(dark ? QColor(0x2A3942) : QColor(0xE0E0E0), 1));
        painter->setBrush(dark ? QColor(0x202C33) : QColor(Qt::white));
        painter->drawRoundedRect(l.reactions, l.reactions.height() / 2.0,
                                 l.reactions.height() / 2.0);
        painter->setFont(option.font);
        painter->setPen(ink);
        painter->drawText(
            l.reactions, Qt::AlignCenter,
            index.data(MessageListModel::ReactionsRole).toStringList().join(QString()));
    }
    painter->restore();
}

} // namespace inbox
