#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextDocument>

class QAbstractItemView;

namespace inbox {

/// Paints a chat message as a bubble: inbound on the left, outbound on the right, with its
/// attachment line, text, time and ticks, the failure in words, and its reactions.
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

private:
    struct Layout
    {
        QRect day; ///< the day's label above the first message of a day
        QRect bubble;
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

    QAbstractItemView *m_view;
    mutable QCache<QString, QTextDocument> m_documents;
};

} // namespace inbox
