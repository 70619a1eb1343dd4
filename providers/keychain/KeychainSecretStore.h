// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/SecretStore.h"

#include <QObject>

namespace inbox {

/// SecretStore on the OS keychain through QtKeychain (the Secret Service on Linux, the macOS
/// Keychain, the Windows Credential Store). Jobs report on the thread that started them, which
/// needs an event loop.
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    /// `service` groups the inbox's secrets in the keychain ("inbox" in the app).
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    QFuture<void> write(const QString &key, const QByteArray &secret) override;
    QFuture<std::optional<QByteArray>> read(const QString &key) override;
    QFuture<void> remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace inbox
