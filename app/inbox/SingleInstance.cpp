// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>

#include <unistd.h>

namespace inbox {

SingleInstance::SingleInstance(const QString &cachePath, QObject *parent)
    : QObject(parent)
{
    // Per user and per cache file: two profiles (--cache) open side by side.
    const QByteArray profile = QFileInfo(cachePath).absoluteFilePath().toUtf8();
    m_name =
        QStringLiteral("inbox-%1-%2")
            .arg(::getuid())
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(profile, QCryptographicHash::Sha256).toHex().left(16)));
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine())
                    return;
                QStringList arguments;
                for (const QJsonValue &argument :
                     QJsonDocument::fromJson(socket->readLine()).array())
                    arguments << argument.toString();
                socket->write("ok\n");
                Q_EMIT arrived(arguments);
            });
        }
    });
}

bool SingleInstance::handedToRunning(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n');
    // Handed over once the running inbox says so; one that hangs is not waited for long.
    return socket.waitForBytesWritten(2000) && socket.waitForReadyRead(3000) &&
           socket.readLine().startsWith("ok");
}

bool SingleInstance::listen()
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_name))
        return true;
    // A socket left by an inbox that crashed: nobody answered on it above.
    QLocalServer::removeServer(m_name);
    return m_server.listen(m_name);
}

} // namespace inbox
