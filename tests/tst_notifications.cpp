// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications through org.freedesktop.Notifications on a private session bus, with
// a notification service of the test's own speaking the specification's methods and signals:
// what the inbox asks it to show (from the window's own events, with no tray), and a click on
// one bringing its conversation up.
#include "Desk.h"
#include "DesktopNotifications.h"
#include "KeyringSession.h"
#include "TrayNotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;

namespace {

/// The far side: a notification daemon, as the specification (1.2) has it.
class FakeDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString app, icon, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(replaces);
        Q_UNUSED(timeout);
        shown.append({app, icon, summary, body, actions, hints});
        return uint(shown.size() + 40);
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

public:
    void click(uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        QDBusConnection::sessionBus().send(signal);
    }
};

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.isConnected());
        QVERIFY(!DesktopNotifications::available()); // nobody is showing notifications yet
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_daemon,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(DesktopNotifications::available());
    }

    void aMentionIsShownAndAClickOpensTheConversation()
    {
        QTemporaryDir dir;
        test::Desk desk(dir.filePath(QStringLiteral("cache.db")), QStringLiteral("ana"));
        new TrayNotifier(desk.cache, &desk.window); // offscreen: no tray, the bus only
        Q_EMIT desk.window.mentioned(QStringLiteral("Marco Rossi mentioned you"),
                                     QStringLiteral("@ana can you call her?"));
        QTRY_COMPARE(m_daemon.shown.size(), 1);
        const FakeDaemon::Shown &shown = m_daemon.shown.first();
        QCOMPARE(shown.app, QStringLiteral("Inbox"));
        QCOMPARE(shown.summary, QStringLiteral("Marco Rossi mentioned you"));
        QCOMPARE(shown.body, QStringLiteral("@ana can you call her?"));
        QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.teaminbox.Inbox"));
        QVERIFY(shown.actions.contains(QStringLiteral("default")));

        // The service's own notification for a conversation; a click on it opens that one.
        DesktopNotifications notifications;
        QSignalSpy clicked(&notifications, &DesktopNotifications::clicked);
        notifications.notify(QStringLiteral("Joana"), QStringLiteral("Oi"), 17);
        QTRY_COMPARE(m_daemon.shown.size(), 2);
        QTest::qWait(50);   // the reply with its id, before the click
        m_daemon.click(41); // the first one's: not this object's
        m_daemon.click(42);
        QTRY_COMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), 17);
    }

private:
    FakeDaemon m_daemon;
};

int main(int argc, char *argv[])
{
    return test::runInKeyringSession(argc, argv, [](int count, char **arguments) {
        QApplication app(count, arguments);
        TestNotifications test;
        return QTest::qExec(&test, count, arguments);
    });
}

#include "tst_notifications.moc"
