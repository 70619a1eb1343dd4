// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProviderFake.h"
#include "core/SandboxCore.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace inbox {

namespace sandbox {
class OpenWaFake;
}

/// A local stand-in for the providers: one fake per provider (meta/, wati/, unipile/, openwa/)
/// over a shared core. Each serves the endpoints the inbox calls with answers in its provider's
/// documented shapes and posts webhooks for what it accepted (sent, delivered, read) and for
/// simulated customers, signed or with the secret as the provider would, again on the
/// provider's schedule until answered 200. The core records every request, fails on demand (429
/// with Retry-After, 500, a provider error) and serves the media the webhooks announce.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(SandboxConfig config, QObject *parent = nullptr);
    ~Sandbox() override;

    /// Listens on `address`; 0 picks a free port. Returns the port, 0 when it cannot listen.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// Where a provider's API is: http://host:port/v23.0 for Meta; empty for no such fake.
    QUrl baseUrl(const QString &provider) const;
    QUrl metaBaseUrl() const;    ///< http://host:port/v23.0
    QUrl watiBaseUrl() const;    ///< http://host:port/<tenant>
    QUrl unipileBaseUrl() const; ///< http://host:port/unipile/api/v1
    QUrl openwaBaseUrl() const;  ///< http://host:port/openwa
    /// Links the open-wa session's phone now, as if it had scanned the QR code.
    void openwaLink();
    const SandboxConfig &config() const { return m_core.config; }

    /// The next `times` requests whose path contains `pathPart` get this answer instead.
    void failNext(const QString &pathPart, int status, const QByteArray &body,
                  const QByteArray &retryAfter = {}, int times = 1);
    const QList<RecordedRequest> &requests() const { return m_requests; }
    /// Webhooks not yet answered 200 that their provider will post again.
    int webhooksWaiting() const { return m_core.poster.waiting(); }

    /// The providers faked here, by key, and what their customers can send.
    QStringList providers() const;
    QStringList customerKinds(const QString &provider) const;
    /// A simulated customer sends a message of any kind; gives the provider's id for it.
    QString customerWrites(const sandbox::CustomerMessage &message);
    /// A simulated customer writes text to the business through `provider`.
    QString customerWrites(const QString &provider, const QString &fromDigits, const QString &name,
                           const QString &text)
    {
        return customerWrites({provider, fromDigits, name, QStringLiteral("text"), text, {}});
    }
    /// Plays a script: a JSON array of {"afterMs", "provider", "from", "name", "kind", "text",
    /// "replyTo"}, each step that many milliseconds after the one before. The error says what
    /// is wrong with a script that cannot be played; nothing of it is played then.
    QString playScript(const QByteArray &json);

    /// Every control route, with what it does: for `inbox-sandbox --help` and GET /_sandbox.
    QList<sandbox::ControlRoute> controlRoutes() const;

Q_SIGNALS:
    /// Each webhook attempt, with the receiver's status (0: no answer).
    void webhookPosted(const QUrl &url, int httpStatus);

private:
    struct Failure
    {
        QString pathPart;
        int status;
        QByteArray body;
        QByteArray retryAfter;
        int times;
    };

    QHttpServerResponse answer(const QHttpServerRequest &request);
    QHttpServerResponse control(const QString &path, const QHttpServerRequest &request);
    sandbox::ProviderFake *fake(const QString &provider) const;

    SandboxCore m_core;
    std::vector<std::unique_ptr<sandbox::ProviderFake>> m_fakes;
    sandbox::OpenWaFake *m_openwa = nullptr;
    QHttpServer m_server;
    QList<Failure> m_failures;
    QList<RecordedRequest> m_requests;
};

} // namespace inbox
