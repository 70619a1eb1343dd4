// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "MainWindow.h"

#include <QApplication>
#include <QTimer>

namespace inbox {

void saveScreenshotWhenReady(MainWindow *window, const QString &path)
{
    auto *steps = new QObject(window);
    QObject::connect(window, &MainWindow::contentReady, steps, [window, path, steps] {
        if (!window->messages()) {
            window->openConversationAt(0);
            if (window->messages())
                return; // wait for its first page
        }
        // Let the views lay out the new rows before grabbing.
        QTimer::singleShot(200, window, [window, path] {
            const bool saved = window->grab().save(path);
            QApplication::exit(saved ? 0 : 2);
        });
        steps->deleteLater();
    });
}

} // namespace inbox
