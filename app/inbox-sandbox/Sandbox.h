#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>

namespace inbox {

/// How the sandbox presents itself: ids, secrets and where its webhooks go.
struct SandboxConfig
{
    QString metaPhoneNumberId = QStringLiteral("106540352242922");
    QString metaWabaId = QStringLiteral("102290129340398");
    QString metaDisplayNumber = QStringLiteral("15550783881");
    QByteArray metaToken = "sandbox-meta-token";
    QByteArray metaAppSecret = "sandbox-meta-app-secret";
    QString watiTenant = QStringLiteral("4321");
    QByteArray watiToken = "sandbox-wati-token";
    QByteArray watiWebhookSecret = "sandbox-wati-secret";
    QUrl metaWebhookUrl; ///< where Meta's signed webhooks go; none posted when empty
    QUrl watiWebhookUrl;
    std::chrono::milliseconds statusStep{1000}; ///< sent, then delivered, then read
};

/// A request the sandbox received, as the tests and `GET /_sandbox/requests` see it.
struct RecordedRequest
{
    QString method;
    QString path;
    QString query;
    QByteArray authorization;
    QByteArray body;
    int answeredStatus = 0;
};

/// A local stand-in for the providers: serves the Meta Graph and WATI endpoints the inbox calls
/// with answers in their documented shapes, records every request, fails on demand (429 with
/// Retry-After, 500, a provider error), and posts webhooks for what it accepted (sent, delivered,
/// read) and for simulated customers, signed or with the secret exactly as the provider would.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(SandboxConfig config, QObject *parent = nullptr);

    /// Listens on `address`; 0 picks a free port. Returns the port, 0 when it cannot listen.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl metaBaseUrl() const; ///< http://host:port/v23.0
    QUrl watiBaseUrl() const; ///< http://host:port/<tenant>
    const SandboxConfig &config() const { return m_config; }

    /// The next `times` requests whose path contains `pathPart` get this answer instead.
    void failNext(const QString &pathPart, int status, const QByteArray &body,
                  const QByteArray &retryAfter = {}, int times = 1);
    const QList<RecordedRequest> &requests() const { return m_requests; }

    /// A simulated customer writes to the business through `provider` ("meta" or "wati").
    void customerWrites(const QString &provider, const QString &fromDigits, const QString &name,
                        const QString &text);

Q_SIGNALS:
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
    QHttpServerResponse metaMessages(const QJsonObject &body);
    QHttpServerResponse watiSend(const QString &phone, const QString &text, bool isTemplate);
    QHttpServerResponse control(const QString &path, const QHttpServerRequest &request);
    void scheduleMetaStatuses(const QString &wamid, const QString &recipient);
    void scheduleWatiStatuses(const QJsonObject &sent);
    void postMeta(const QJsonObject &value);
    void postWati(const QJsonObject &event);

    SandboxConfig m_config;
    QHttpServer m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QHostAddress m_address;
    QList<Failure> m_failures;
    QList<RecordedRequest> m_requests;
    quint64 m_serial = 0;
};

} // namespace inbox
