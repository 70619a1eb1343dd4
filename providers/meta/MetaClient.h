// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RetryPolicy.h"
#include "domain/Expected.h"
#include "meta/MetaTemplates.h"
#include "ports/ProviderApi.h"
#include "ports/TemplateAdmin.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace inbox {

/// One WhatsApp Cloud API number: its ids and token (read from the keychain by the caller).
struct MetaAccount
{
    QString phoneNumberId;
    QString wabaId;
    QByteArray accessToken;
    QUrl graphBase = QUrl(QStringLiteral("https://graph.facebook.com/v23.0"));
};

/// The Cloud API's messages endpoint: text (with link preview), templates with {{n}} values and
/// a media header, image/video/audio/document/sticker by media id or link with caption and file
/// name, reactions (and their removal), replies through context.message_id, read receipts.
class MetaClient : public QObject, public ProviderApi, public TemplateAdmin
{
    Q_OBJECT
public:
    MetaClient(QNetworkAccessManager *network, MetaAccount account, QObject *parent = nullptr);

    /// Lists the first page of templates.
    QFuture<Expected<QString, ProviderError>> checkConnection() override;
    QFuture<SendResult> send(const OutgoingMessage &message) override;
    QFuture<SendResult> markRead(const QString &externalId) override;
    /// One page of the account's templates (GET /{waba-id}/message_templates); an empty
    /// cursor starts at the first page.
    QFuture<Expected<TemplatePage, ProviderError>> listTemplates(const QString &after) override;
    /// The Cloud API keeps no message history: answers with an error that says so.
    QFuture<Expected<HistoryPage, ProviderError>> fetchHistory(const QString &phone,
                                                               const QString &cursor) override;
    /// The Cloud API has no contact book: answers with an error that says so.
    /// The Cloud API has no chat list: answers with an error that says so.
    QFuture<Expected<ChatPage, ProviderError>> listChats(const QString &cursor) override;
    QFuture<Expected<QString, ProviderError>> upsertContact(const ContactCard &contact) override;

    /// Submits a new template for review (POST /{waba-id}/message_templates); gives its id.
    QFuture<Expected<QString, ProviderError>> createTemplate(const MessageTemplate &messageTemplate,
                                                             const QMap<int, QString> &examples);
    /// Changes a template in place (POST /{template-id}) with the same body as a creation;
    /// Meta reviews it again. The template must carry Meta's id (from the template list).
    QFuture<Expected<QString, ProviderError>> editTemplate(const MessageTemplate &messageTemplate,
                                                           const QMap<int, QString> &examples);
    /// Deletes a template by name, in every language (DELETE /{waba-id}/message_templates?name=).
    QFuture<Expected<QString, ProviderError>> deleteTemplate(const QString &name) override;
    /// createTemplate, or editTemplate when the template carries Meta's id.
    QFuture<Expected<QString, ProviderError>>
    submitTemplate(const MessageTemplate &messageTemplate,
                   const QMap<int, QString> &examples) override;

    /// Uploads a file (POST /{phone-number-id}/media) and gives its media id. WhatsApp's size
    /// limits are checked first: a file over them is refused before any byte is sent.
    QFuture<Expected<QString, ProviderError>>
    uploadMedia(const QString &filePath, const QString &mimeType, MessageKind kind);
    /// Fetches inbound media (GET /{media-id}, then its URL with the token) into `folder`,
    /// checks the bytes against Meta's SHA-256, and describes the saved file.
    QFuture<Expected<MediaInfo, ProviderError>> downloadMedia(const QString &mediaId,
                                                              const QString &folder);
    /// The same for the port: by the media's id.
    QFuture<Expected<MediaInfo, ProviderError>>
    downloadMedia(const QString &messageId, const MediaInfo &media, const QString &folder) override;

    void setRetryPolicy(RetryPolicy policy) { m_policy = policy; }

    /// The JSON body of POST /{phone-number-id}/messages, or the error saying why this message
    /// cannot go through Meta. Pure, so it is checked against Meta's OpenAPI examples.
    static Expected<QJsonObject, ProviderError> messageBody(const OutgoingMessage &message);
    static QJsonObject readReceiptBody(const QString &externalId);

private:
    QFuture<SendResult> post(const QJsonObject &body);

    QNetworkAccessManager *m_network;
    MetaAccount m_account;
    RetryPolicy m_policy;
};

} // namespace inbox
