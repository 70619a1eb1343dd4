// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/Message.h"
#include "domain/MessageTemplate.h"
#include "domain/ProviderError.h"
#include "domain/ProviderEvent.h"

#include <QFuture>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace inbox {

/// A message to send, whatever the provider. Media go by the provider's media id or by link.
struct OutgoingMessage
{
    QString to; ///< E.164
    MessageKind kind = MessageKind::Text;
    QString text;              ///< body, caption, or a reaction's emoji (empty removes it)
    bool previewUrl = false;   ///< text: show a link preview
    QString replyToExternalId; ///< reply: the quoted message; reaction: the target
    std::optional<MediaInfo> media;
    QString templateName;
    QString templateLanguage;
    QMap<int, QString> templateValues; ///< {{n}} -> value, body parameters in number order
    /// The names a provider gives the {{n}} values, in number order (WATI's customParams);
    /// empty where the provider goes by number only (Meta).
    QStringList templateParameterNames;
    QString templateHeaderLink; ///< a media header's file, by link (or `media`: a file here)
    QMap<int, QString> templateHeaderValues; ///< a text header's {{n}} -> value
    QMap<int, QString> templateButtonValues; ///< a URL button's {{1}}, by the button's index
    /// Our own id for this send, which the provider echoes in its status webhooks (Meta's
    /// biz_opaque_callback_data, WATI's localMessageId): how a send whose answer was lost is
    /// found again.
    QString reference;
    /// The campaign a bulk send belongs to, for the provider's analytics (WATI's
    /// broadcast_name); empty for a send from the composer.
    QString campaignName;
};

/// What a send came back with: the provider's id for the message, or why it failed.
struct SendResult
{
    QString externalId;
    std::optional<ProviderError> error;
    bool ok() const { return !error.has_value(); }
};

/// One page of an account's templates; an empty cursor means there is no further page.
struct TemplatePage
{
    QList<MessageTemplate> templates;
    QString nextCursor;
};

/// One page of a conversation's history, newest first; `nextCursor` fetches older messages.
struct HistoryPage
{
    QList<MessageEvent> messages;
    QString nextCursor;
};

/// A customer the account has a chat with, as history sync pages them.
struct ChatSummary
{
    QString phone; ///< E.164
    QString name;
    QString providerChatId; ///< the provider's id for the chat, where it has one
};

/// One page of an account's chats, most recent first; `nextCursor` fetches the next page.
struct ChatPage
{
    QList<ChatSummary> chats;
    QString nextCursor;
};

/// A customer in the provider's own contact book.
struct ContactCard
{
    QString phone; ///< E.164
    QString name;
    QMap<QString, QString> fields; ///< the provider's custom attributes
};

/// What the inbox asks of a provider. Implemented per provider in providers/; a provider that
/// cannot do something says so through the error, never silently.
class ProviderApi
{
public:
    virtual ~ProviderApi() = default;
    /// Asks the provider whether the account's address and credentials work; says what it
    /// found in a sentence ("templates on the first page: 4", "phone +57… connected").
    virtual QFuture<Expected<QString, ProviderError>> checkConnection() = 0;
    virtual QFuture<SendResult> send(const OutgoingMessage &message) = 0;
    virtual QFuture<SendResult> markRead(const QString &externalId) = 0;
    /// A page of the account's templates; an empty cursor starts at the first.
    virtual QFuture<Expected<TemplatePage, ProviderError>> listTemplates(const QString &cursor) = 0;
    /// A page of the messages exchanged with `phone` (E.164); an empty cursor is the newest.
    virtual QFuture<Expected<HistoryPage, ProviderError>> fetchHistory(const QString &phone,
                                                                       const QString &cursor) = 0;
    /// The newest messages exchanged with `phone` as the provider has them now, each with how
    /// far ours got (Sync status). The first page of the history where that page is the
    /// newest; a provider whose history pages are a walk backwards says otherwise.
    virtual QFuture<Expected<HistoryPage, ProviderError>> latestMessages(const QString &phone)
    {
        return fetchHistory(phone, {});
    }
    /// A page of the account's one-to-one chats (group chats left out); an empty cursor is the
    /// first. History sync walks these, then each chat's history.
    virtual QFuture<Expected<ChatPage, ProviderError>> listChats(const QString &cursor) = 0;
    /// Downloads a received message's file into `folder`; gives the media with its localPath.
    /// `messageId` is the provider's id of the message that carries it.
    virtual QFuture<Expected<MediaInfo, ProviderError>>
    downloadMedia(const QString &messageId, const MediaInfo &media, const QString &folder) = 0;
    /// Creates or updates the customer in the provider's contact book; gives its id there.
    virtual QFuture<Expected<QString, ProviderError>> upsertContact(const ContactCard &contact) = 0;
};

/// The provider connection of an account, or null when it has none. Shared: a send in flight
/// keeps its client alive while Settings replaces the account's connection.
using ApiLookup = std::function<std::shared_ptr<ProviderApi>(const QString &accountId)>;

} // namespace inbox
