// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RetryPolicy.h"
#include "ports/PhoneSession.h"
#include "ports/ProviderApi.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace inbox {

class ProviderRequest;

/// One open-wa (wa-automate) server in EASY API mode: its address and its --api-key.
struct OpenWaAccount
{
    QUrl baseUrl;
    QByteArray apiKey;
};

/// open-wa's EASY API: every call is POST (or GET) under /api with the arguments in {"args": {}}
/// and the API key in the "api_key" header; answers are {"success", "response"} or
/// {"success": false, "error": {"message"}}. Chats are "<digits>@c.us". Sends: sendText (reply
/// with quotedMsgId), sendImage / sendFile (the file as a data URL), react; sendSeen,
/// loadEarlier, chats/getAll, contacts/getAll, and the session: getConnectionState, getQrCode,
/// getBatteryLevel, isPlugged, getHostNumber, healthCheck. open-wa has no templates and no
/// contact book that the inbox can write to; those calls say so.
class OpenWaClient : public QObject, public ProviderApi, public PhoneSession
{
    Q_OBJECT
public:
    OpenWaClient(QNetworkAccessManager *network, OpenWaAccount account, QObject *parent = nullptr);

    /// Reads the session: reachable, and linked to a phone or not.
    QFuture<Expected<QString, ProviderError>> checkConnection() override;
    QFuture<SendResult> send(const OutgoingMessage &message) override;
    /// sendSeen on the message's chat (the chat is part of open-wa's message id).
    QFuture<SendResult> markRead(const QString &externalId) override;
    QFuture<Expected<TemplatePage, ProviderError>> listTemplates(const QString &cursor) override;
    /// loadEarlier for the chat: each call brings the next older messages; the cursor counts
    /// the calls made, and an empty answer ends the history.
    QFuture<Expected<HistoryPage, ProviderError>> fetchHistory(const QString &phone,
                                                               const QString &cursor) override;
    /// getAllInChat (open-wa's getAllMessagesInChat): what the phone has loaded of the chat,
    /// acks as they are now. loadEarlier would bring the next older batch instead.
    QFuture<Expected<HistoryPage, ProviderError>> latestMessages(const QString &phone) override;
    /// chats/getAll, groups left out, in one page.
    QFuture<Expected<ChatPage, ProviderError>> listChats(const QString &cursor) override;
    QFuture<Expected<QString, ProviderError>> upsertContact(const ContactCard &contact) override;
    /// decryptMedia: the phone decrypts the file and answers with a data URL.
    QFuture<Expected<MediaInfo, ProviderError>>
    downloadMedia(const QString &messageId, const MediaInfo &media, const QString &folder) override;

    /// The session: its state, and the QR code while unlinked, or the phone's number, battery
    /// and charging once connected.
    QFuture<Expected<PhoneSessionState, ProviderError>> session() override;
    /// contacts/getAll as cards (number and the name the phone knows).
    QFuture<Expected<QList<ContactCard>, ProviderError>> listContacts();
    /// healthCheck: the server's own view of itself.
    QFuture<Expected<QJsonObject, ProviderError>> healthCheck();

    void setRetryPolicy(RetryPolicy policy) { m_policy = policy; }

private:
    ProviderRequest request(const QByteArray &method, const QString &path,
                            const QJsonObject &args = {}) const;
    QFuture<Expected<QJsonValue, ProviderError>> call(const QByteArray &method, const QString &path,
                                                      const QJsonObject &args = {});
    /// A POST that must not take effect twice (a message): see ProviderRequest::atMostOnce.
    QFuture<Expected<QJsonValue, ProviderError>> sendCall(const QString &path,
                                                          const QJsonObject &args);
    QFuture<Expected<QJsonValue, ProviderError>> fetchAnswer(const ProviderRequest &request);

    QNetworkAccessManager *m_network;
    OpenWaAccount m_account;
    RetryPolicy m_policy;
};

} // namespace inbox
