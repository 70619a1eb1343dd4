// The open chat: its messages in a windowed model, kept at the newest as they come unless the
// agent scrolled up to read (then a pill says something new came), and always at the agent's
// own message just sent.
#include "ChatHistoryProxy.h"
#include "MainWindow.h"
#include "cache/CacheDatabase.h"
#include "itemmodels/MessageListModel.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

namespace inbox {

void MainWindow::showConversation(qint64 conversationId, const QString &title)
{
    m_chatTitle->setText(title);
    auto *model =
        new MessageListModel(MessageStore(m_cache), m_cache->events(), conversationId, this);
    connect(
        model, &MessageListModel::pageLoaded, this,
        [this, model] {
            if (model != m_messages)
                return;
            // Rows have their own heights: once the view has laid them out at its final
            // width, go to the newest.
            QTimer::singleShot(0, this, [this, model] {
                if (model != m_messages)
                    return;
                m_messageView->doItemsLayout();
                m_messageView->scrollToBottom();
                Q_EMIT contentReady();
            });
        },
        Qt::SingleShotConnection);
    auto *history = new ChatHistoryProxy(model);
    history->setSourceModel(model);
    // New messages keep the view at the bottom, unless the agent scrolled up to read.
    connect(history, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                m_appending = first > 0 && first == m_history->rowCount();
                m_followNewest = first > 0 && m_messageView->verticalScrollBar()->value() ==
                                                  m_messageView->verticalScrollBar()->maximum();
            });
    connect(history, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                // What the agent just sent is shown, wherever the agent had scrolled to.
                for (int row = first; row <= last && m_appending; ++row) {
                    const QModelIndex index = m_history->index(row, 0);
                    if (index.data(MessageListModel::StatusRole).toString() ==
                            QLatin1String("queued") &&
                        index.data(MessageListModel::SenderAgentIdRole).toString() ==
                            m_currentAgentId)
                        m_followNewest = true;
                }
                if (m_followNewest) {
                    m_followNewest = false;
                    QTimer::singleShot(0, m_messageView, &QListView::scrollToBottom);
                } else if (m_appending) {
                    // The agent scrolled up to read: say that something new came, below.
                    m_newMessages->show();
                    placeNewMessagesPill();
                }
                m_appending = false;
            });
    m_newMessages->hide();
    m_messageView->setModel(history);
    if (m_messages)
        m_messages->deleteLater();
    m_messages = model;
    m_history = history;
}

} // namespace inbox
