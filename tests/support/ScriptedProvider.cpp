// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedProvider.h"

namespace inbox::test {

ScriptedProvider::ScriptedProvider(const QString &basePath)
    : m_basePath(basePath)
{
    const auto answer = [this](const QHttpServerRequest &request) {
        m_seen.append({request.method(), request.url().path(), request.url().query(),
                       request.value("Authorization"), request.value("Content-Type"),
                       request.body(), request.headers()});
        const Answer next = m_script.isEmpty()
                                ? Answer{QHttpServerResponder::StatusCode::Ok, "{}", {}}
                                : m_script.takeFirst();
        QHttpServerResponse response("application/json", next.body, next.status);
        if (!next.retryAfter.isEmpty())
            response.setHeader("Retry-After", next.retryAfter);
        return response;
    };
    m_server.route(
        QStringLiteral("/<arg>"),
        [answer](const QUrl &, const QHttpServerRequest &request) { return answer(request); });
    m_port = quint16(m_server.listen(QHostAddress::LocalHost));
}

QUrl ScriptedProvider::base() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(m_basePath));
}

} // namespace inbox::test
