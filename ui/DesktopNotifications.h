// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace inbox {

/// Desktop notifications through the freedesktop.org service on the session bus
/// (org.freedesktop.Notifications), which every Linux desktop runs, tray or not: each says
/// which launcher entry it is from, and a click on it (its default action) is reported.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    /// Whether the session bus has a notification service now.
    static bool available();
    /// Shows `title` and `text`; a click on it gives `conversationId` back (0: just the window).
    void notify(const QString &title, const QString &text, qint64 conversationId);

Q_SIGNALS:
    void clicked(qint64 conversationId);

private Q_SLOTS:
    void actionInvoked(uint id, const QString &action);

private:
    QHash<uint, qint64> m_shown; ///< the service's id of each notification, to its conversation
};

} // namespace inbox
