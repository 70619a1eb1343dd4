// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace inbox {

void useLanguage(const QLocale &locale, const QString &ourFolder)
{
    static std::unique_ptr<QTranslator> ours;
    static std::unique_ptr<QTranslator> qt;
    for (auto *installed : {ours.get(), qt.get()}) {
        if (installed)
            QCoreApplication::removeTranslator(installed);
    }
    QLocale::setDefault(locale);
    const QLocale words = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    ours = std::make_unique<QTranslator>();
    if (ours->load(words, QStringLiteral("inbox"), QStringLiteral("_"), ourFolder))
        QCoreApplication::installTranslator(ours.get());
    qt = std::make_unique<QTranslator>();
    if (qt->load(words, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
}

} // namespace inbox
