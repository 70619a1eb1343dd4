// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTextDocument>

class QAbstractItemView;

namespace inbox {

/// Paints a chat message as a bubble: inbound on the left, outbound on the right (with the
/// teammate who wrote it), with its attachment line, text, time and ticks, the failure in words
/// with a Retry, and its reactions.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    /// Where a failed message's Retry is, in the view's coordinates; empty for other messages.
    QRect retryButtonRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// Where a reply's quote is, in the view's coordinates; empty for other messages.
    QRect quoteRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// Where a file's Download / Open line is, in the view's coordinates; empty without a file.
    QRect mediaActionRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// A file on its way to this computer, or why it did not come (shown under the file).
    enum class Transfer
    {
        None,
        Downloading,
        Failed
    };
    void setTransfer(qint64 messageId, Transfer transfer, const QString &reason = {});
    /// What a file's line says: "⬇ Download (2.4 MiB)", "Downloading…", why it failed, "↗ Open".
    QString mediaActionText(const QModelIndex &index) const;

Q_SIGNALS:
    /// The agent clicked Retry under a failed message.
    void retryRequested(qint64 messageId);
    /// A picture is shown whose file is not on this computer yet (asked once per message).
    void mediaWanted(qint64 messageId) const;
    /// The agent clicked a file's Download / Open line.
    void mediaActivated(qint64 messageId);
    /// The agent clicked a reply's quote: show the quoted message (its cache id).
    void quoteActivated(qint64 quotedMessageId);

private:
    struct Layout
    {
        QRect day; ///< the day's label above the first message of a day
        QRect bubble;
        QRect sender; ///< the teammate's name, on outbound messages
        QRect quote;  ///< the quoted message of a reply
        QRect quoteThumbnail;
        QRect mediaAction; ///< Download / Downloading… / Open, under a file
        QRect retry;
        QRect thumbnail; ///< a picture on this computer, shown in the bubble
        QRect attachment;
        QRect text;
        QRect footer;
        QRect failure;
        QRect reactions;
        int height = 0;
        const QTextDocument *document = nullptr; ///< the text, kept by the delegate's cache
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    const QTextDocument *textDocument(const QString &text, const QFont &font, int width) const;

    QString senderName(const QModelIndex &index) const;
    /// A picture's size in its bubble (at most 260 x 260, proportions kept); invalid when the
    /// file cannot be read as an image.
    QSize pictureSize(const QString &path, int maxWidth) const;

    QAbstractItemView *m_view;
    struct TransferState
    {
        Transfer transfer = Transfer::None;
        QString reason;
    };
    QHash<qint64, TransferState> m_transfers;
    mutable QSet<qint64> m_wanted;                ///< pictures asked for already
    mutable QHash<QString, QSize> m_pictureSizes; ///< each picture file's full size, read once
    mutable QCache<QString, QTextDocument> m_documents;
};

} // namespace inbox
