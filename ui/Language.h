// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace inbox {

/// Puts the app in `locale`'s language: our words from the .qm files in `ourFolder`
/// (":/translations" in the app), Qt's own (dialog buttons, the file dialog, context menus) from
/// Qt's translations folder, and day names and numbers through the default locale. A "C" locale
/// reads English, with English plurals. Replaces what an earlier call installed.
void useLanguage(const QLocale &locale, const QString &ourFolder);

} // namespace inbox
