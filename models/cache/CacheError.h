// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QException>
#include <QString>

namespace inbox {

/// A failure of the cache, in words a user can act on. Thrown inside database tasks and carried
/// to the caller by the QFuture (QFuture::onFailed), so it derives from QException.
class CacheError : public QException
{
public:
    enum class Kind
    {
        Corrupt,
        NewerSchema,
        ReadOnly,
        CannotOpen,
        Query
    };

    CacheError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    void raise() const override { throw *this; }
    CacheError *clone() const override { return new CacheError(*this); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace inbox
