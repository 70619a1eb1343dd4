// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RetryPolicy.h"
#include "ports/ProviderApi.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace inbox {

class ProviderRequest;

/// One WhatsApp account connected through UniPile: the API address as UniPile gives it
/// (https://<dsn>/api/v1), the X-API-KEY, and UniPile's id for the account.
struct UnipileAccount
{
    QUrl baseUrl;
    QByteArray apiKey;
    QString accountId;
};

/// A WhatsApp account UniPile holds (GET /accounts).
struct UnipileAccountInfo
{
    QString id;
    QString name;
    QString phone; ///< E.164, where UniPile gives it
    QString status;
};

/// A person in the account's chats (GET /chat_attendees).
struct UnipileAttendee
{
    QString id;
    QString phone; ///< E.164
    QString name;
    QString pictureUrl;
};

/// UniPile's API. Sends go to a chat: POST /chats/{id}/messages (multipart "text" and
/// "attachments", "quote_id" for a reply); the first send to a customer starts the chat with
/// POST /chats ("account_id", "attendees_ids", "text") and its chat id is kept. Reactions go to
/// POST /messages/{id}/reaction. History: GET /chats and GET /chats/{id}/messages, cursor paged.
/// Attendees (GET /chat_attendees) with their pictures (GET /chat_attendees/{id}/picture) kept
/// on disk. UniPile has no templates and no contact book; those calls say so.
class UnipileClient : public QObject, public ProviderApi
{
    Q_OBJECT
public:
    UnipileClient(QNetworkAccessManager *network, UnipileAccount account,
                  QObject *parent = nullptr);

    /// Finds the account among the API key's WhatsApp accounts (GET /accounts).
    QFuture<Expected<QString, ProviderError>> checkConnection() override;
    QFuture<SendResult> send(const OutgoingMessage &message) override;
    /// Read receipts go by chat in UniPile: marks the chat of this message as read
    /// (PATCH /chats/{id}, "setReadStatus") once the message's chat is known.
    QFuture<SendResult> markRead(const QString &externalId) override;
    QFuture<Expected<TemplatePage, ProviderError>> listTemplates(const QString &cursor) override;
    /// The chat's messages with `phone`, newest first (GET /chats/{id}/messages, 100 a page).
    QFuture<Expected<HistoryPage, ProviderError>> fetchHistory(const QString &phone,
                                                               const QString &cursor) override;
    /// The account's one-to-one WhatsApp chats (GET /chats?account_id=, 100 a page).
    QFuture<Expected<ChatPage, ProviderError>> listChats(const QString &cursor) override;
    QFuture<Expected<QString, ProviderError>> upsertContact(const ContactCard &contact) override;
    /// GET /messages/{id}/attachments/{attachment id}.
    QFuture<Expected<MediaInfo, ProviderError>>
    downloadMedia(const QString &messageId, const MediaInfo &media, const QString &folder) override;

    /// The WhatsApp accounts this API key reaches (GET /accounts); "Test connection" uses it.
    QFuture<Expected<QList<UnipileAccountInfo>, ProviderError>> listAccounts();
    /// A page of the account's attendees; `nextCursor` is set when there are more.
    QFuture<Expected<std::pair<QList<UnipileAttendee>, QString>, ProviderError>>
    listAttendees(const QString &cursor);
    /// Downloads the attendee's picture into `folder` (kept: a second call reads the file);
    /// gives the file's path.
    QFuture<Expected<QString, ProviderError>> attendeePicture(const QString &attendeeId,
                                                              const QString &folder);

    void setRetryPolicy(RetryPolicy policy) { m_policy = policy; }

private:
    ProviderRequest request(const QByteArray &method, const QString &path) const;
    /// The chat with `phone`: kept from an earlier call, or found by paging GET /chats.
    QFuture<Expected<QString, ProviderError>>
    chatFor(const QString &phone, const QString &cursor = {}, int pagesLeft = 10);
    QFuture<SendResult> sendToChat(const QString &chatId, const OutgoingMessage &message);
    QFuture<SendResult> startChat(const OutgoingMessage &message);

    QNetworkAccessManager *m_network;
    UnipileAccount m_account;
    RetryPolicy m_policy;
    QHash<QString, QString> m_chatOfPhone;   ///< E.164 -> UniPile chat id
    QHash<QString, QString> m_chatOfMessage; ///< message id -> chat id, for read receipts
};

} // namespace inbox
