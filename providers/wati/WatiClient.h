#pragma once

#include "common/RetryPolicy.h"
#include "domain/ProviderError.h"
#include "ports/ProviderApi.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace inbox {

/// One WATI tenant: the base URL as WATI gives it (https://live-mt-server.wati.io/<tenant>) and
/// its Bearer token (read from the keychain by the caller).
struct WatiAccount
{
    QUrl baseUrl;
    QByteArray token;
    QString broadcastName = QStringLiteral("inbox");
};

/// WATI's v1 API: session messages (POST /api/v1/sendSessionMessage/{phone}?messageText=) and
/// template messages (POST /api/v1/sendTemplateMessage?whatsappNumber= with template_name,
/// broadcast_name and parameters). WATI sometimes answers 200 with "result": false; that is a
/// failure with its "info" text.
class WatiClient : public QObject, public ProviderApi
{
    Q_OBJECT
public:
    WatiClient(QNetworkAccessManager *network, WatiAccount account, QObject *parent = nullptr);

    QFuture<SendResult> send(const OutgoingMessage &message) override;
    /// WATI has no read-receipt call: answers with an error that says so.
    QFuture<SendResult> markRead(const QString &externalId) override;

    void setRetryPolicy(RetryPolicy policy) { m_policy = policy; }

    /// A 200 answer can still be a refusal; this reads "result": false into a typed error.
    static std::optional<ProviderError> refusalIn(const QJsonObject &answer);

private:
    QNetworkAccessManager *m_network;
    WatiAccount m_account;
    RetryPolicy m_policy;
};

} // namespace inbox
