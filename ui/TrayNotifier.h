// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"

#include <QIcon>
#include <QObject>

#include <memory>

class QSystemTrayIcon;

namespace inbox {

class CacheDatabase;
class MainWindow;

/// The tray icon with the unread count, and a desktop notification for each new inbound
/// message on a conversation that is the agent's or unassigned, unless the agent is looking at
/// it. Clicking the notification or the icon brings the window (and that conversation) up.
/// Does nothing where the desktop has no tray.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(std::shared_ptr<CacheDatabase> cache, MainWindow *window);

    /// The app's icon with a red badge for `unread` (none at 0; "99+" above 99).
    static QIcon icon(int unread);
    /// Whether a new inbound message on `conversation` deserves a notification for `agentId`.
    static bool shouldNotify(const Conversation &conversation, const QString &agentId,
                             bool onScreen);

private:
    void refreshCount();
    void messagesArrived(qint64 conversationId, const QList<qint64> &messageIds);
    void snoozesEnded(const QList<qint64> &conversationIds);

    std::shared_ptr<CacheDatabase> m_cache;
    MainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_notified = 0; ///< the conversation of the last notification
};

} // namespace inbox
