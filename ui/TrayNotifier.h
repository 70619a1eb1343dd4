// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"

#include <QIcon>
#include <QObject>

#include <memory>

class QSystemTrayIcon;

namespace inbox {

class CacheDatabase;
class DesktopNotifications;
class MainWindow;

/// The tray icon with the unread count (where the desktop has a tray), and a desktop
/// notification for each new inbound message on a conversation that is the agent's or
/// unassigned, unless the agent is looking at it: through org.freedesktop.Notifications where
/// the session has it (tray or not), else the tray's balloon. Clicking the notification or the
/// icon brings the window (and that conversation) up.
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
    void notify(const QString &title, const QString &text, qint64 conversationId);
    void refreshCount();
    void messagesArrived(qint64 conversationId, const QList<qint64> &messageIds);
    void snoozesEnded(const QList<qint64> &conversationIds);

    std::shared_ptr<CacheDatabase> m_cache;
    MainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifications *m_desktop = nullptr;
    qint64 m_notified = 0; ///< the conversation of the last notification
};

} // namespace inbox
