#pragma once

#include "CustomerMessages.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>

namespace inbox {

/// How the sandbox presents itself: ids, secrets and where its webhooks go. The ids, tokens
/// and secrets are the demo accounts' (providers/demo/DemoAccounts.h) unless a test sets others.
struct SandboxConfig
{
    SandboxConfig();

    QString metaPhoneNumberId;
    QString metaWabaId;
    QString metaDisplayNumber = QStringLiteral("15550783881");
    QByteArray metaToken;
    QByteArray metaAppSecret;
    QString watiTenant;
    QByteArray watiToken;
    QByteArray watiWebhookSecret;
    QByteArray unipileApiKey;
    QString unipileAccountId;
    QString unipileOwnNumber;
    QByteArray unipileWebhookSecret;
    QByteArray openwaApiKey;
    QString openwaSessionId = QStringLiteral("bistro");
    QString openwaHostNumber;
    bool openwaLinked = true; ///< false: the session shows a QR code until the phone links
    /// How long after the first QR code is shown the phone links; 0: only /_sandbox/openwa/link.
    std::chrono::milliseconds openwaLinkAfter{4000};
    int openwaWebhookVersion = 5; ///< 5 or 4 (the legacy envelope)
    QUrl metaWebhookUrl;          ///< where Meta's signed webhooks go; none posted when empty
    QUrl watiWebhookUrl;
    QUrl unipileWebhookUrl;
    QUrl openwaWebhookUrl;
    /// Posts every provider's webhooks to the relay there, at each demo account's URL.
    void postTo(const QUrl &relay);
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
    QUrl metaBaseUrl() const;    ///< http://host:port/v23.0
    QUrl watiBaseUrl() const;    ///< http://host:port/<tenant>
    QUrl unipileBaseUrl() const; ///< http://host:port/unipile/api/v1
    QUrl openwaBaseUrl() const;  ///< http://host:port/openwa
    /// Links the open-wa session's phone now, as if it had scanned the QR code.
    void openwaLink();
    const SandboxConfig &config() const { return m_config; }

    /// The next `times` requests whose path contains `pathPart` get this answer instead.
    void failNext(const QString &pathPart, int status, const QByteArray &body,
                  const QByteArray &retryAfter = {}, int times = 1);
    const QList<RecordedRequest> &requests() const { return m_requests; }

    /// A simulated customer sends a message of any kind; gives its wamid.
    QString customerWrites(const sandbox::CustomerMessage &message);
    /// A simulated customer writes text to the business through `provider` (meta, wati,
    /// unipile or openwa).
    QString customerWrites(const QString &provider, const QString &fromDigits, const QString &name,
                           const QString &text)
    {
        return customerWrites({provider, fromDigits, name, QStringLiteral("text"), text, {}});
    }
    /// Plays a script: a JSON array of {"afterMs", "provider", "from", "name", "kind", "text",
    /// "replyTo"}, each step that many milliseconds after the one before. The error says what
    /// is wrong with a script that cannot be played; nothing of it is played then.
    QString playScript(const QByteArray &json);

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
    QHttpServerResponse metaApi(const QString &path, const QHttpServerRequest &request);
    QHttpServerResponse metaMessages(const QJsonObject &body);
    QHttpServerResponse metaTemplates(const QString &templateId, const QHttpServerRequest &request);
    QHttpServerResponse watiApi(const QString &endpoint, const QHttpServerRequest &request);
    QHttpServerResponse watiSend(const QString &phone, const QString &text, bool isTemplate,
                                 const QString &type = QStringLiteral("text"));
    QHttpServerResponse watiContacts(const QString &endpoint, const QHttpServerRequest &request);
    void watiRemember(const QString &phone, const QJsonObject &message);
    QHttpServerResponse control(const QString &path, const QHttpServerRequest &request);
    void scheduleMetaStatuses(const QString &wamid, const QString &recipient);
    void scheduleWatiStatuses(const QJsonObject &sent);
    void postMeta(const QJsonObject &value);
    void postMetaChange(const QString &field, const QJsonObject &value);
    void seedWati();
    void postWati(const QJsonObject &event);
    /// Posts `body` to `url` (nothing when it is empty) with the secret in `header`.
    void postJson(const QUrl &url, const QJsonObject &body, const QByteArray &header,
                  const QByteArray &secret);

    struct UnipileChat
    {
        QString digits;
        QString name;
        QList<QJsonObject> messages; ///< newest first
    };
    void seedUnipile();
    QHttpServerResponse unipileApi(const QString &path, const QHttpServerRequest &request);
    QJsonObject unipileStore(const QString &chatId, const QString &text, bool ours,
                             const QString &timestamp, const QJsonArray &attachments);
    QJsonObject unipileEvent(const QString &event, const QString &chatId,
                             const QJsonObject &message) const;
    QString unipileCustomerWrites(const sandbox::CustomerMessage &message);
    void postUnipile(const QJsonObject &event);

    struct OpenWaChat
    {
        QString name;
        QList<QJsonObject> messages; ///< oldest first
        qsizetype loadedEarlier = 0; ///< how many loadEarlier has given already
    };
    QHttpServerResponse openwaApi(const QString &call, const QHttpServerRequest &request);
    QJsonObject openwaStore(const QString &digits, const QString &name, bool fromMe,
                            const QString &type, const QString &body);
    QString openwaCustomerWrites(const sandbox::CustomerMessage &message);
    void postOpenWa(const QString &v5Event, const QString &v4Event, const QJsonValue &data);

    SandboxConfig m_config;
    QHttpServer m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QHostAddress m_address;
    QList<Failure> m_failures;
    QList<RecordedRequest> m_requests;
    quint64 m_serial = 0;
    QList<QJsonObject> m_metaTemplates;               ///< as GET message_templates lists them
    QList<QJsonObject> m_watiTemplates;               ///< as getMessageTemplates lists them
    QHash<QString, QList<QJsonObject>> m_watiHistory; ///< by customer number, oldest first
    QMap<QString, QJsonObject> m_watiContacts;        ///< by number
    QMap<QString, UnipileChat> m_unipileChats;        ///< by chat id
    QMap<QString, OpenWaChat> m_openwaChats;          ///< by customer digits
    QString m_openwaState;
    bool m_openwaLinking = false;
    int m_openwaBattery = 87;
    QStringList m_watiOperators = {QStringLiteral("marta@sandbox.example"),
                                   QStringLiteral("rafael@sandbox.example")};
};

} // namespace inbox
