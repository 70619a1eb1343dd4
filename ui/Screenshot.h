// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace inbox {

class MainWindow;

/// Opens the first conversation, waits until the window shows real content, saves a PNG of it
/// and quits: how we look at the app headless (QT_QPA_PLATFORM=offscreen).
void saveScreenshotWhenReady(MainWindow *window, const QString &path);

} // namespace inbox
