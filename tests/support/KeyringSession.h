// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QTest>

#include <functional>
#include <type_traits>

namespace inbox::test {

/// Runs `inside` in a private D-Bus session with an unlocked gnome-keyring and a fresh HOME,
/// so keychain tests use a real Secret Service and touch nothing of the user's: the test
/// program starts itself again under `dbus-run-session` and reports that run's result.
/// Fails, saying which package is missing, where dbus or gnome-keyring is not installed.
int runInKeyringSession(int argc, char *argv[], const std::function<int(int, char **)> &inside);

/// The keychain's jobs report through this thread's event loop: waits for one (10 s at most).
template<class T>
T waitForKeychain(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 10000))
        qFatal("the keychain did not answer within 10 s");
    if constexpr (!std::is_void_v<T>)
        return future.result();
    else
        future.waitForFinished();
}

} // namespace inbox::test
