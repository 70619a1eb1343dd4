// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifications.h"

#include "UiLog.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace inbox {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
    QDBusConnection::sessionBus().connect(service, path, service, QStringLiteral("ActionInvoked"),
                                          this, SLOT(actionInvoked(uint, QString)));
}

bool DesktopNotifications::available()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(service).value();
}

void DesktopNotifications::notify(const QString &title, const QString &text, qint64 conversationId)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral("io.github.teaminbox.Inbox")},
        {QStringLiteral("category"), QStringLiteral("im.received")}};
    call << QStringLiteral("Inbox") << uint(0) << QStringLiteral("io.github.teaminbox.Inbox")
         << title << text << QStringList{QStringLiteral("default"), tr("Open")} << hints << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, conversationId] {
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError())
            qCWarning(lcUi) << "the desktop did not show a notification:"
                            << reply.error().message();
        else
            m_shown.insert(reply.value(), conversationId);
        watcher->deleteLater();
    });
}

void DesktopNotifications::actionInvoked(uint id, const QString &action)
{
    const auto shown = m_shown.constFind(id);
    if (shown == m_shown.cend() || action != QLatin1String("default"))
        return;
    Q_EMIT clicked(*shown);
}

} // namespace inbox
