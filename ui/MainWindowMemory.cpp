// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window remembers across restarts, in the desktop's QSettings: geometry, the
// splitter between list, chat and lead panel, the list's filters and search, and the open
// conversation. Restored once the settings are known, saved as each of them changes.
#include "MainWindow.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>

namespace inbox {

namespace {

constexpr const char *filterCombos[] = {"scopeFilter", "statusFilter", "providerFilter"};

QString key(const char *name)
{
    return QStringLiteral("window/") + QLatin1String(name);
}

} // namespace

void MainWindow::restoreLayout()
{
    if (!m_settings)
        return;
    const QSettings &settings = *m_settings;
    if (settings.contains(key("geometry")))
        restoreGeometry(settings.value(key("geometry")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter && settings.contains(key("splitter")))
        splitter->restoreState(settings.value(key("splitter")).toByteArray());
    // Filters by what they mean, not by row: a provider added or a translation changed keeps
    // them right.
    for (const char *name : filterCombos) {
        auto *combo = findChild<QComboBox *>(QLatin1String(name));
        const int row = combo ? combo->findData(settings.value(key(name))) : -1;
        if (row >= 0)
            combo->setCurrentIndex(row);
    }
    if (auto *unread = findChild<QCheckBox *>(QStringLiteral("unreadFilter")))
        unread->setChecked(settings.value(key("unreadFilter")).toBool());
    if (auto *search = findChild<QLineEdit *>(QStringLiteral("search")))
        search->setText(settings.value(key("search")).toString());
    m_remembering = true;
    if (const qint64 open = settings.value(key("openConversation")).toLongLong(); open > 0)
        openConversationById(open);
    // From now on each change is kept at once: a crash loses nothing of it.
    for (const char *name : filterCombos) {
        if (auto *combo = findChild<QComboBox *>(QLatin1String(name)))
            connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::rememberLayout);
    }
    if (auto *unread = findChild<QCheckBox *>(QStringLiteral("unreadFilter")))
        connect(unread, &QCheckBox::toggled, this, &MainWindow::rememberLayout);
    if (auto *search = findChild<QLineEdit *>(QStringLiteral("search")))
        connect(search, &QLineEdit::textChanged, this, &MainWindow::rememberLayout);
}

void MainWindow::rememberLayout()
{
    if (!m_settings || !m_remembering)
        return;
    QSettings &settings = *m_settings;
    settings.setValue(key("geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(key("splitter"), splitter->saveState());
    for (const char *name : filterCombos) {
        if (auto *combo = findChild<QComboBox *>(QLatin1String(name)))
            settings.setValue(key(name), combo->currentData());
    }
    if (auto *unread = findChild<QCheckBox *>(QStringLiteral("unreadFilter")))
        settings.setValue(key("unreadFilter"), unread->isChecked());
    if (auto *search = findChild<QLineEdit *>(QStringLiteral("search")))
        settings.setValue(key("search"), search->text());
    settings.setValue(key("openConversation"), m_openConversation);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberLayout();
    QMainWindow::closeEvent(event);
}

} // namespace inbox
