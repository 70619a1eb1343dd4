// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayNotifier.h"

#include "DesktopNotifications.h"
#include "MainWindow.h"
#include "UiLog.h"
#include "cache/CacheDatabase.h"
#include "cache/ConversationStore.h"
#include "cache/MessageStore.h"
#include "itemmodels/MessagePreview.h"
#include "itemmodels/WhenReady.h"

#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

namespace inbox {

TrayNotifier::TrayNotifier(std::shared_ptr<CacheDatabase> cache, MainWindow *window)
    : QObject(window)
    , m_cache(std::move(cache))
    , m_window(window)
{
    window->setWindowIcon(icon(0));
    const auto bringUp = [this](qint64 conversationId) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        if (conversationId != 0)
            m_window->openConversationById(conversationId);
    };
    if (DesktopNotifications::available()) {
        m_desktop = new DesktopNotifications(this);
        connect(m_desktop, &DesktopNotifications::clicked, window, bringUp);
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon(0), this);
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show the inbox"), window, [bringUp] { bringUp(0); });
        menu->addAction(tr("Quit"), window, &QWidget::close);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, window, [bringUp] { bringUp(0); });
        connect(m_tray, &QSystemTrayIcon::messageClicked, window,
                [this, bringUp] { bringUp(m_notified); });
        m_tray->show();
        connect(m_cache->events(), &CacheEvents::conversationsChanged, this,
                &TrayNotifier::refreshCount);
        refreshCount();
    }
    if (!m_tray && !m_desktop)
        return; // nowhere to say anything
    connect(m_cache->events(), &CacheEvents::messagesAdded, this, &TrayNotifier::messagesArrived);
    connect(window, &MainWindow::snoozesEnded, this, &TrayNotifier::snoozesEnded);
    connect(window, &MainWindow::mentioned, this,
            [this](const QString &title, const QString &text) { notify(title, text, 0); });
}

void TrayNotifier::notify(const QString &title, const QString &text, qint64 conversationId)
{
    m_notified = conversationId; // a click on the tray's balloon shows this one
    if (m_desktop)
        m_desktop->notify(title, text, conversationId);
    else if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
}

QIcon TrayNotifier::icon(int unread)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        // A green disc with a white speech bubble: a chat, calmly.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1F, 0xA8, 0x55));
        painter.drawEllipse(QRectF(0, 0, size, size).adjusted(0.5, 0.5, -0.5, -0.5));
        QPainterPath bubble;
        const QRectF body(size * 0.24, size * 0.26, size * 0.52, size * 0.38);
        bubble.addRoundedRect(body, size * 0.1, size * 0.1);
        QPolygonF tail;
        tail << QPointF(size * 0.34, body.bottom() - 1) << QPointF(size * 0.30, size * 0.76)
             << QPointF(size * 0.46, body.bottom() - 1);
        bubble.addPolygon(tail);
        painter.setBrush(Qt::white);
        painter.drawPath(bubble.simplified());
        if (unread > 0) {
            const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
            const QRectF badge(size * 0.5, 0, size * 0.5, size * 0.5);
            painter.setBrush(QColor(0xD9, 0x30, 0x25));
            painter.drawEllipse(badge);
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(qMax(6, int(size * (text.size() > 2 ? 0.2 : 0.28))));
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(badge, Qt::AlignCenter, text);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

bool TrayNotifier::shouldNotify(const Conversation &conversation, const QString &agentId,
                                bool onScreen)
{
    if (onScreen)
        return false;
    return conversation.assigneeId.isEmpty() || conversation.assigneeId == agentId;
}

void TrayNotifier::refreshCount()
{
    whenReady(
        ConversationStore(m_cache).unreadTotal(), this,
        [this](int unread) {
            m_tray->setIcon(icon(unread));
            m_tray->setToolTip(unread > 0 ? tr("Inbox: %1 unread").arg(unread) : tr("Inbox"));
        },
        [](const CacheError &error) { qCWarning(lcUi) << error.message(); });
}

void TrayNotifier::snoozesEnded(const QList<qint64> &conversationIds)
{
    whenReady(
        ConversationStore(m_cache).byIds(ConversationFilter{}, conversationIds), this,
        [this](const QList<Conversation> &found) {
            for (const Conversation &conversation : found) {
                if (!shouldNotify(conversation, m_window->currentAgentId(), false))
                    continue;
                notify(conversation.title(), tr("Back from snooze"), conversation.id);
                return; // one notification, the first; the list shows the rest
            }
        },
        [](const CacheError &error) { qCWarning(lcUi) << error.message(); });
}

void TrayNotifier::messagesArrived(qint64 conversationId, const QList<qint64> &messageIds)
{
    whenReady(
        MessageStore(m_cache).byIds(messageIds), this,
        [this, conversationId](const QList<Message> &messages) {
            const auto inbound =
                std::find_if(messages.crbegin(), messages.crend(), [](const Message &message) {
                    return message.direction == Direction::Inbound;
                });
            if (inbound == messages.crend())
                return;
            const Message message = *inbound;
            whenReady(
                ConversationStore(m_cache).byIds(ConversationFilter{}, {conversationId}), this,
                [this, message](const QList<Conversation> &found) {
                    if (found.isEmpty())
                        return;
                    const bool onScreen = m_window->isActiveWindow() &&
                                          m_window->openConversationId() == found.first().id;
                    if (!shouldNotify(found.first(), m_window->currentAgentId(), onScreen))
                        return;
                    notify(found.first().title(), previewLine(message.kind, message.text),
                           found.first().id);
                },
                [](const CacheError &error) { qCWarning(lcUi) << error.message(); });
        },
        [](const CacheError &error) { qCWarning(lcUi) << error.message(); });
}

} // namespace inbox
