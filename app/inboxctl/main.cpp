// SPDX-License-Identifier: GPL-3.0-or-later
// inboxctl: the command line for admins and diagnostics. Every command lives in Commands.cpp.
#include "Commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inboxctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INBOX_VERSION));
    return inbox::cli::run(QCoreApplication::arguments());
}
