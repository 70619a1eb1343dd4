#pragma once

#include <functional>

namespace inbox::test {

/// Runs `inside` in a private D-Bus session with an unlocked gnome-keyring and a fresh HOME,
/// so keychain tests use a real Secret Service and touch nothing of the user's: the test
/// program starts itself again under `dbus-run-session` and reports that run's result.
/// Fails, saying which package is missing, where dbus or gnome-keyring is not installed.
int runInKeyringSession(int argc, char *argv[], const std::function<int(int, char **)> &inside);

} // namespace inbox::test
