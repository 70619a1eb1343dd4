// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

namespace inbox {

/// One desktop inbox per profile (its cache file): a second start hands its arguments (a
/// click-to-chat link, say) to the one already open, which raises its window, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &cachePath, QObject *parent = nullptr);

    /// True when an inbox already has this profile and took `arguments`: this start is done.
    bool handedToRunning(const QStringList &arguments);
    /// Takes the later starts' arguments from now on.
    bool listen();

Q_SIGNALS:
    /// A later start's arguments (empty when it gave none: it only asks to be shown).
    void arrived(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer m_server;
};

} // namespace inbox
