// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretSource.h"

#include <QCoreApplication>
#include <QFile>

namespace inbox {

Expected<QByteArray, QString> secretFrom(const QString &file, const char *environment,
                                         const QString &value)
{
    if (!file.isEmpty()) {
        QFile source(file);
        if (!source.open(QIODevice::ReadOnly)) {
            return QCoreApplication::translate("inbox", "cannot read the secret from %1: %2")
                .arg(file, source.errorString());
        }
        return source.readLine().trimmed();
    }
    if (environment && qEnvironmentVariableIsSet(environment))
        return qgetenv(environment).trimmed();
    return value.toUtf8();
}

} // namespace inbox
