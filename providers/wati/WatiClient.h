// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RetryPolicy.h"
#include "domain/ProviderError.h"
#include "ports/ProviderApi.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace inbox {

class ProviderRequest;
struct ProviderResponse;

/// One WATI tenant: the base URL as WATI gives it (https://live-mt-server.wati.io/<tenant>) and
/// its Bearer token (read from the keychain by the caller).
struct WatiAccount
{
    QUrl baseUrl;
    QByteArray token;
    QString broadcastName = QStringLiteral("inbox");
    QString accountId{}; ///< the inbox account the templates belong to
};

/// WATI's API. Sends: session text (POST /api/v1/sendSessionMessage/{phone}?messageText=),
/// files (POST /api/v1/sendSessionFile/{phone}?caption=, multipart "file") and templates
/// (POST /api/v2/sendTemplateMessage?whatsappNumber= with template_name, broadcast_name and
/// parameters by name; the v2 answer's localMessageId is what the _v2 webhooks correlate by).
/// Templates (getMessageTemplates, kept 5 minutes), history (getMessages), contacts
/// (addContact, updateContactAttributes, getContacts) and assignOperator. WATI sometimes answers
/// 200 with "result": false; that is a failure with its "info" text.
class WatiClient : public QObject, public ProviderApi
{
    Q_OBJECT
public:
    WatiClient(QNetworkAccessManager *network, WatiAccount account, QObject *parent = nullptr);

    /// Lists the first page of templates.
    QFuture<Expected<QString, ProviderError>> checkConnection() override;
    QFuture<SendResult> send(const OutgoingMessage &message) override;
    /// WATI has no read-receipt call: answers with an error that says so.
    QFuture<SendResult> markRead(const QString &externalId) override;
    /// A page of templates (pageSize 100); the cursor is the page number. Pages are kept for
    /// five minutes: the template picker opens without a round trip.
    QFuture<Expected<TemplatePage, ProviderError>> listTemplates(const QString &cursor) override;
    /// A page of the messages with `phone`, newest first (pageSize 100; the cursor is the page).
    QFuture<Expected<HistoryPage, ProviderError>> fetchHistory(const QString &phone,
                                                               const QString &cursor) override;
    /// addContact with name and customParams; a contact WATI already has gets its attributes
    /// updated instead (updateContactAttributes). Gives WATI's contact id, or the number.
    /// The file at the message's "data" URL, with the token.
    QFuture<Expected<MediaInfo, ProviderError>>
    downloadMedia(const QString &messageId, const MediaInfo &media, const QString &folder) override;
    /// WATI's contacts as chats (getContacts pages; the cursor is the page number).
    QFuture<Expected<ChatPage, ProviderError>> listChats(const QString &cursor) override;
    QFuture<Expected<QString, ProviderError>> upsertContact(const ContactCard &contact) override;

    /// One page of WATI's contact book (getContacts, pageNumber from 1).
    QFuture<Expected<QList<ContactCard>, ProviderError>> listContacts(int pageNumber,
                                                                      int pageSize = 100);
    /// Hands the chat with `phone` to the WATI operator with this e-mail (assignOperator).
    QFuture<Expected<QString, ProviderError>> assignOperator(const QString &phone,
                                                             const QString &operatorEmail);

    void setRetryPolicy(RetryPolicy policy) { m_policy = policy; }
    void setTemplateCacheTtl(std::chrono::milliseconds ttl) { m_templateTtl = ttl; }
    /// Forgets the kept template pages (after a template status webhook, for one).
    void forgetTemplates() { m_templatePages.clear(); }

    /// A 200 answer can still be a refusal; this reads "result": false into a typed error.
    static std::optional<ProviderError> refusalIn(const QJsonObject &answer);

private:
    struct KeptPage
    {
        TemplatePage page;
        std::chrono::steady_clock::time_point fetchedAt;
    };

    ProviderRequest request(const QByteArray &method, const QString &path) const;
    QFuture<Expected<QString, ProviderError>> updateAttributes(const ContactCard &contact);

    QNetworkAccessManager *m_network;
    WatiAccount m_account;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_templateTtl{std::chrono::minutes(5)};
    QHash<int, KeptPage> m_templatePages;
};

} // namespace inbox
