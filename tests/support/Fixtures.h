// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace inbox::test {

/// A file under tests/fixtures, whole ("openwa/v4_onAck.json"); a missing one stops the test.
/// Header-only: INBOX_FIXTURES_DIR is defined for each test executable.
inline QByteArray fixtureFile(const QString &relative)
{
    QFile file(QStringLiteral(INBOX_FIXTURES_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

} // namespace inbox::test
