// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QException>
#include <QFuture>
#include <QString>

#include <optional>

namespace inbox {

/// A keychain failure in words the user can act on; carried by the futures of SecretStore.
class SecretStoreError : public QException
{
public:
    explicit SecretStoreError(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}
    QString message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }
    void raise() const override { throw *this; }
    SecretStoreError *clone() const override { return new SecretStoreError(*this); }

private:
    QString m_message;
    QByteArray m_utf8;
};

/// Where tokens and secrets live: the OS keychain in the app, memory in unit tests. Never the
/// cache, never a log. Keys name what the secret is for, e.g. "account/meta-store/token".
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual QFuture<void> write(const QString &key, const QByteArray &secret) = 0;
    /// Nothing when no secret is stored under the key.
    virtual QFuture<std::optional<QByteArray>> read(const QString &key) = 0;
    /// Removing a key that is not there is not an error.
    virtual QFuture<void> remove(const QString &key) = 0;
};

} // namespace inbox
