// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyringSession.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace inbox::test {

namespace {
constexpr char insideSession[] = "INBOX_TEST_KEYRING_SESSION";
}

int runInKeyringSession(int argc, char *argv[], const std::function<int(int, char **)> &inside)
{
    if (qEnvironmentVariableIsSet(insideSession))
        return inside(argc, argv);

    QCoreApplication app(argc, argv);
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbus.isEmpty() || keyring.isEmpty()) {
        qCritical("this test needs dbus-run-session and gnome-keyring-daemon (Debian packages "
                  "dbus and gnome-keyring; .ci/setup installs them)");
        return 1;
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QString::fromLatin1(insideSession), QStringLiteral("1"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess session;
    session.setProcessEnvironment(env);
    session.setProcessChannelMode(QProcess::ForwardedChannels);
    // An empty password leaves no login collection and writes fail: unlock with one.
    const QString script = QStringLiteral(
        "eval \"$(printf pw | gnome-keyring-daemon --unlock --components=secrets)\" && "
        "export GNOME_KEYRING_CONTROL && exec \"$0\" \"$@\"");
    session.start(dbus,
                  QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                              script, QCoreApplication::applicationFilePath()} +
                      QCoreApplication::arguments().mid(1));
    if (!session.waitForFinished(120000)) {
        qCritical("the test's D-Bus session did not finish in time");
        return 1;
    }
    return session.exitStatus() == QProcess::NormalExit ? session.exitCode() : 1;
}

} // namespace inbox::test
