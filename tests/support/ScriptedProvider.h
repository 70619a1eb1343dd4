// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QUrl>

namespace inbox::test {

/// The far side of the network for provider tests: a local Qt HttpServer that answers from a
/// script of (status, body, Retry-After), one answer per request, and records what it was sent.
class ScriptedProvider
{
public:
    struct Answer
    {
        QHttpServerResponder::StatusCode status;
        QByteArray body;
        QByteArray retryAfter;
    };
    struct Seen
    {
        QHttpServerRequest::Method method;
        QString path;
        QString query;
        QByteArray authorization;
        QByteArray contentType;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
    };

    /// `basePath` is prepended to the URL the clients get, e.g. "/v23.0".
    explicit ScriptedProvider(const QString &basePath = QStringLiteral("/v23.0"));

    QUrl base() const;
    void script(QList<Answer> answers) { m_script = std::move(answers); }
    const QList<Seen> &seen() const { return m_seen; }

private:
    QHttpServer m_server;
    QString m_basePath;
    quint16 m_port = 0;
    QList<Answer> m_script;
    QList<Seen> m_seen;
};

} // namespace inbox::test
