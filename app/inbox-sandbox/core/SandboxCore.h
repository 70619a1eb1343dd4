// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

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
    std::chrono::milliseconds statusStep{1000}; ///< sent, then delivered, then read
    /// A webhook the receiver did not answer 200 is posted again on its provider's schedule,
    /// with each wait multiplied by this: 1/60 makes Meta's first minute one second.
    double webhookRetryScale = 1.0 / 60;

    /// Posts every provider's webhooks to the relay there, at each demo account's URL.
    void postTo(const QUrl &relay);
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

/// When a provider posts a webhook again that was not answered 200: the wait before retry n
/// (1, 2, ...) in the provider's real time, or nothing when it gives up.
using WebhookRetry = std::function<std::optional<std::chrono::milliseconds>(int retry)>;

/// Posts webhooks as the providers do: the same bytes again, on the provider's schedule, until
/// the receiver answers 200 or the provider gives up.
class WebhookPoster : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit WebhookPoster(const double &scale, QObject *parent = nullptr);

    /// Nothing is posted to an empty URL.
    void post(const QUrl &url, const QByteArray &body, const Headers &headers, WebhookRetry retry);
    /// Webhooks posted and not yet answered 200 that will be tried again.
    int waiting() const { return m_waiting; }

Q_SIGNALS:
    /// Each attempt, with the receiver's status (0: no answer) and which attempt it was.
    void posted(const QUrl &url, int httpStatus, int attempt);
    /// The provider stopped trying.
    void gaveUp(const QUrl &url, int attempts);

private:
    void attempt(const QUrl &url, const QByteArray &body, const Headers &headers,
                 const WebhookRetry &retry, int number);

    const double &m_scale;
    QNetworkAccessManager m_network;
    int m_waiting = 0;
};

/// The files the sandbox's customers send, made up by kind and kept so that the provider's
/// download route serves exactly what the webhook announced.
class MediaShelf
{
public:
    struct File
    {
        QString id;
        QString kind; ///< image, video, audio, voice, document, sticker
        QString mimeType;
        QString fileName;
        QByteArray bytes;
    };

    /// Makes a file of this kind and keeps it under a new id.
    File make(const QString &kind);
    /// Keeps a file the inbox sent.
    File keep(const QString &kind, const QString &mimeType, const QString &fileName,
              const QByteArray &bytes);
    const File *find(const QString &id) const;
    const File *findByName(const QString &fileName) const;
    /// SHA-256 of the bytes, in hex, as Meta gives it.
    static QString sha256(const QByteArray &bytes);

private:
    QHash<QString, File> m_files;
    quint64 m_next = 1000000000000001ULL;
};

/// What every fake shares: the configuration, the webhook poster, the media and a counter for
/// ids.
struct SandboxCore
{
    explicit SandboxCore(SandboxConfig given)
        : config(std::move(given))
        , poster(config.webhookRetryScale)
    {}

    SandboxConfig config;
    WebhookPoster poster;
    MediaShelf media;
    quint64 serial = 0;
    QUrl base; ///< http://host:port once listening
};

} // namespace inbox
