// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnipileClient.h"

#include "UnipileProvider.h"
#include "UnipileWebhook.h"
#include "common/MediaFiles.h"
#include "common/ProviderRequest.h"
#include "common/WebhookFields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace inbox {

namespace {

ProviderError cannot(const QString &advice)
{
    ProviderError error;
    error.provider = unipile::id();
    error.title = QCoreApplication::translate("inbox::unipile", "Cannot do this through UniPile");
    error.advice = advice;
    return error;
}

/// UniPile's errors are problem documents: {"status", "type", "title", "detail"}.
ProviderError unipileError(int httpStatus, const QByteArray &body)
{
    ProviderError error;
    error.provider = unipile::id();
    error.httpStatus = httpStatus;
    error.retryable = RetryPolicy::isRetryable(httpStatus);
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    error.code = answer.value(QLatin1String("type")).toString();
    error.title = answer.value(QLatin1String("title")).toString();
    error.detail = answer.value(QLatin1String("detail")).toString();
    if (error.title.isEmpty())
        error.title = QCoreApplication::translate("inbox::unipile", "UniPile answered HTTP %1")
                          .arg(httpStatus);
    error.advice =
        httpStatus == 401
            ? QCoreApplication::translate(
                  "inbox::unipile", "the UniPile API key is wrong; paste it again in Settings")
        : httpStatus == 404
            ? QCoreApplication::translate("inbox::unipile",
                                          "UniPile does not know this account or chat; check "
                                          "the account ID in Settings")
        : error.retryable
            ? QCoreApplication::translate("inbox::unipile",
                                          "UniPile is unavailable; the inbox retries shortly")
            : QCoreApplication::translate("inbox::unipile", "UniPile refused the request");
    return error;
}

ProviderError shapeError(int httpStatus, const QString &problem)
{
    ProviderError error;
    error.provider = unipile::id();
    error.httpStatus = httpStatus;
    error.title = problem;
    error.advice = QCoreApplication::translate(
        "inbox::unipile", "UniPile answered in a form the inbox does not know; try again later");
    return error;
}

/// The "items" of a list answer, or why the answer is not a list.
Expected<QJsonArray, ProviderError> itemsOf(const ProviderResponse &response)
{
    const QJsonObject answer = response.json();
    if (!answer.value(QLatin1String("items")).isArray())
        return shapeError(response.httpStatus,
                          QCoreApplication::translate("inbox::unipile",
                                                      "UniPile's answer has no \"items\" list"));
    return answer.value(QLatin1String("items")).toArray();
}

QString cursorOf(const ProviderResponse &response)
{
    return response.json().value(QLatin1String("cursor")).toString();
}

QString jidOf(const QString &e164)
{
    return webhook::jidFromE164(e164, QLatin1String("s.whatsapp.net"));
}

SendResult sendResultOf(const Expected<QString, ProviderError> &id)
{
    return id ? SendResult{id.value(), std::nullopt} : SendResult{{}, id.error()};
}

constexpr int PageSize = 100;

} // namespace

UnipileClient::UnipileClient(QNetworkAccessManager *network, UnipileAccount account,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(std::move(account))
{}

ProviderRequest UnipileClient::request(const QByteArray &method, const QString &path) const
{
    ProviderRequest request(m_network, unipile::id(), m_account.baseUrl);
    request.method(method)
        .path(path)
        .header("X-API-KEY", m_account.apiKey)
        .header("Accept", "application/json")
        .retry(m_policy)
        .errors(unipileError);
    return request;
}

QFuture<Expected<QString, ProviderError>> UnipileClient::checkConnection()
{
    const QString wanted = m_account.accountId;
    return listAccounts().then([wanted](const Expected<QList<UnipileAccountInfo>, ProviderError>
                                            &accounts) {
        using Result = Expected<QString, ProviderError>;
        if (!accounts)
            return Result(accounts.error());
        QStringList known;
        for (const UnipileAccountInfo &account : accounts.value()) {
            if (account.id == wanted) {
                return Result(QCoreApplication::translate("inbox::unipile",
                                                          "WhatsApp account %1 (%2), status %3")
                                  .arg(account.name, account.phone, account.status));
            }
            known << account.id;
        }
        return Result(cannot(
            known.isEmpty()
                ? QCoreApplication::translate(
                      "inbox::unipile",
                      "the API key works but reaches no WhatsApp account; connect one in UniPile")
                : QCoreApplication::translate(
                      "inbox::unipile",
                      "the API key works but has no WhatsApp account %1; it has %2")
                      .arg(wanted, known.join(QStringLiteral(", ")))));
    });
}

QFuture<SendResult> UnipileClient::send(const OutgoingMessage &message)
{
    if (message.kind == MessageKind::Template) {
        return QtFuture::makeReadyFuture<SendResult>(
            {{},
             cannot(QCoreApplication::translate(
                 "inbox::unipile",
                 "UniPile sends no WhatsApp templates; write the message instead"))});
    }
    if (isMediaKind(message.kind) &&
        (!message.media || !QFileInfo::exists(message.media->localPath))) {
        return QtFuture::makeReadyFuture<SendResult>(
            {{},
             cannot(QCoreApplication::translate(
                 "inbox::unipile",
                 "UniPile sends files from this computer; attach the file again"))});
    }
    if (message.kind == MessageKind::Reaction) {
        auto http = request("POST", QStringLiteral("/messages/%1/reaction")
                                        .arg(QString::fromLatin1(
                                            QUrl::toPercentEncoding(message.replyToExternalId))));
        http.json({{QStringLiteral("value"), message.text}});
        // A reaction has no id of its own at UniPile: none is kept.
        return fetch<QString>(http, this,
                              [](const ProviderResponse &) {
                                  return Expected<QString, ProviderError>(QString());
                              })
            .then(sendResultOf);
    }
    if (const QString chat = m_chatOfPhone.value(message.to); !chat.isEmpty())
        return sendToChat(chat, message);
    return startChat(message);
}

namespace {

QList<FormField> messageFields(const OutgoingMessage &message)
{
    QList<FormField> fields;
    if (!message.text.isEmpty())
        fields.append({QStringLiteral("text"), message.text.toUtf8(), {}, {}});
    if (isMediaKind(message.kind) && message.media) {
        fields.append({QStringLiteral("attachments"),
                       {},
                       message.media->localPath,
                       message.media->mimeType.toUtf8()});
    }
    return fields;
}

} // namespace

QFuture<SendResult> UnipileClient::sendToChat(const QString &chatId, const OutgoingMessage &message)
{
    QList<FormField> fields = messageFields(message);
    if (!message.replyToExternalId.isEmpty())
        fields.append({QStringLiteral("quote_id"), message.replyToExternalId.toUtf8(), {}, {}});
    auto http = request("POST", QStringLiteral("/chats/%1/messages").arg(chatId));
    http.form(fields).atMostOnce();
    QPointer<UnipileClient> self(this);
    return fetch<QString>(http, this,
                          [self, chatId](const ProviderResponse &response) {
                              const QString id =
                                  response.json().value(QLatin1String("message_id")).toString();
                              if (id.isEmpty()) {
                                  return Expected<QString, ProviderError>(shapeError(
                                      response.httpStatus,
                                      QCoreApplication::translate(
                                          "inbox::unipile", "UniPile's answer has no message_id")));
                              }
                              if (self)
                                  self->m_chatOfMessage.insert(id, chatId);
                              return Expected<QString, ProviderError>(id);
                          })
        .then(sendResultOf);
}

QFuture<SendResult> UnipileClient::startChat(const OutgoingMessage &message)
{
    QList<FormField> fields = {
        {QStringLiteral("account_id"), m_account.accountId.toUtf8(), {}, {}},
        {QStringLiteral("attendees_ids"), jidOf(message.to).toUtf8(), {}, {}}};
    fields += messageFields(message);
    auto http = request("POST", QStringLiteral("/chats"));
    http.form(fields).atMostOnce();
    QPointer<UnipileClient> self(this);
    const QString phone = message.to;
    return fetch<QString>(
               http, this,
               [self, phone](const ProviderResponse &response) {
                   const QJsonObject answer = response.json();
                   const QString chat = answer.value(QLatin1String("chat_id")).toString();
                   const QString id = answer.value(QLatin1String("message_id")).toString();
                   if (chat.isEmpty()) {
                       return Expected<QString, ProviderError>(
                           shapeError(response.httpStatus,
                                      QCoreApplication::translate(
                                          "inbox::unipile", "UniPile's answer has no chat_id")));
                   }
                   if (self) {
                       self->m_chatOfPhone.insert(phone, chat);
                       self->m_chatOfMessage.insert(id, chat);
                   }
                   return Expected<QString, ProviderError>(id);
               })
        .then(sendResultOf);
}

QFuture<SendResult> UnipileClient::markRead(const QString &externalId)
{
    const QString chat = m_chatOfMessage.value(externalId);
    if (chat.isEmpty()) {
        return QtFuture::makeReadyFuture<SendResult>(
            {{},
             cannot(QCoreApplication::translate(
                 "inbox::unipile",
                 "UniPile marks whole chats as read, and this message's chat is not "
                 "known yet; it is marked when the customer writes again"))});
    }
    auto http = request("PATCH", QStringLiteral("/chats/") + chat);
    http.json({{QStringLiteral("action"), QStringLiteral("setReadStatus")},
               {QStringLiteral("value"), true}});
    return fetch<QString>(http, this,
                          [externalId](const ProviderResponse &) {
                              return Expected<QString, ProviderError>(externalId);
                          })
        .then(sendResultOf);
}

QFuture<Expected<TemplatePage, ProviderError>> UnipileClient::listTemplates(const QString &)
{
    return QtFuture::makeReadyFuture(
        Expected<TemplatePage, ProviderError>(cannot(QCoreApplication::translate(
            "inbox::unipile", "UniPile accounts have no WhatsApp templates"))));
}

QFuture<Expected<QString, ProviderError>> UnipileClient::upsertContact(const ContactCard &)
{
    return QtFuture::makeReadyFuture(
        Expected<QString, ProviderError>(cannot(QCoreApplication::translate(
            "inbox::unipile", "UniPile has no contact book; the lead is kept in the inbox"))));
}

QFuture<Expected<MediaInfo, ProviderError>> UnipileClient::downloadMedia(const QString &messageId,
                                                                         const MediaInfo &media,
                                                                         const QString &folder)
{
    if (messageId.isEmpty() || media.providerMediaId.isEmpty()) {
        return QtFuture::makeReadyFuture(
            Expected<MediaInfo, ProviderError>(cannot(QCoreApplication::translate(
                "inbox::unipile", "this message names no attachment to download"))));
    }
    const auto part = [](const QString &id) {
        return QString::fromLatin1(QUrl::toPercentEncoding(id));
    };
    auto http = request("GET", QStringLiteral("/messages/%1/attachments/%2")
                                   .arg(part(messageId), part(media.providerMediaId)));
    return fetch<MediaInfo>(http, this, [media, folder, messageId](const ProviderResponse &file) {
        return saveMediaFile(unipile::id(), file.body, media, folder, messageId);
    });
}

QFuture<Expected<ChatPage, ProviderError>> UnipileClient::listChats(const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("account_id"), m_account.accountId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    auto http = request("GET", QStringLiteral("/chats"));
    http.query(query);
    QPointer<UnipileClient> self(this);
    return fetch<ChatPage>(http, this, [self](const ProviderResponse &response) {
        const auto items = itemsOf(response);
        if (!items)
            return Expected<ChatPage, ProviderError>(items.error());
        ChatPage page;
        for (const QJsonValue &item : items.value()) {
            const QJsonObject chat = item.toObject();
            const QString phone = webhook::e164FromJid(webhook::text(chat, "provider_id"));
            if (phone.isEmpty())
                continue; // a group
            const QString id = webhook::text(chat, "id");
            page.chats.append({phone, webhook::text(chat, "name"), id});
            if (self)
                self->m_chatOfPhone.insert(phone, id);
        }
        page.nextCursor = cursorOf(response);
        return Expected<ChatPage, ProviderError>(page);
    });
}

QFuture<Expected<QString, ProviderError>>
UnipileClient::chatFor(const QString &phone, const QString &cursor, int pagesLeft)
{
    if (const QString chat = m_chatOfPhone.value(phone); !chat.isEmpty())
        return QtFuture::makeReadyFuture(Expected<QString, ProviderError>(chat));
    using Result = Expected<QString, ProviderError>;
    QPointer<UnipileClient> self(this);
    return listChats(cursor)
        .then(this,
              [self, phone, pagesLeft](const Expected<ChatPage, ProviderError> &page) {
                  if (!page)
                      return QtFuture::makeReadyFuture(Result(page.error()));
                  if (const QString chat = self ? self->m_chatOfPhone.value(phone) : QString();
                      !chat.isEmpty()) {
                      return QtFuture::makeReadyFuture(Result(chat));
                  }
                  if (page->nextCursor.isEmpty() || pagesLeft <= 1 || !self) {
                      return QtFuture::makeReadyFuture(Result(cannot(
                          QCoreApplication::translate(
                              "inbox::unipile", "UniPile has no chat with %1 on this account yet")
                              .arg(phone))));
                  }
                  return self->chatFor(phone, page->nextCursor, pagesLeft - 1);
              })
        .unwrap();
}

QFuture<Expected<HistoryPage, ProviderError>> UnipileClient::fetchHistory(const QString &phone,
                                                                          const QString &cursor)
{
    using Result = Expected<HistoryPage, ProviderError>;
    QPointer<UnipileClient> self(this);
    return chatFor(phone)
        .then(this,
              [self, phone, cursor](const Expected<QString, ProviderError> &chat) {
                  if (!chat || !self)
                      return QtFuture::makeReadyFuture(
                          Result(chat ? cannot(QCoreApplication::translate(
                                            "inbox::unipile", "the account was removed"))
                                      : chat.error()));
                  QUrlQuery query;
                  query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
                  if (!cursor.isEmpty())
                      query.addQueryItem(QStringLiteral("cursor"), cursor);
                  auto http =
                      self->request("GET", QStringLiteral("/chats/%1/messages").arg(chat.value()));
                  http.query(query);
                  return fetch<HistoryPage>(http, self, [phone](const ProviderResponse &response) {
                      const auto items = itemsOf(response);
                      if (!items)
                          return Result(items.error());
                      HistoryPage page;
                      for (const QJsonValue &item : items.value())
                          page.messages.append(unipile::messageFromJson(item.toObject(), phone));
                      page.nextCursor = cursorOf(response);
                      return Result(page);
                  });
              })
        .unwrap();
}

QFuture<Expected<QList<UnipileAccountInfo>, ProviderError>> UnipileClient::listAccounts()
{
    using Result = Expected<QList<UnipileAccountInfo>, ProviderError>;
    return fetch<QList<UnipileAccountInfo>>(
        request("GET", QStringLiteral("/accounts")), this, [](const ProviderResponse &response) {
            const auto items = itemsOf(response);
            if (!items)
                return Result(items.error());
            QList<UnipileAccountInfo> accounts;
            for (const QJsonValue &item : items.value()) {
                const QJsonObject account = item.toObject();
                if (webhook::text(account, "type") != QLatin1String("WHATSAPP"))
                    continue;
                const QJsonObject im = account.value(QLatin1String("connection_params"))
                                           .toObject()
                                           .value(QLatin1String("im"))
                                           .toObject();
                const QJsonObject source =
                    account.value(QLatin1String("sources")).toArray().first().toObject();
                accounts.append({webhook::text(account, "id"), webhook::text(account, "name"),
                                 webhook::e164FromWaId(webhook::text(im, "phone_number")),
                                 webhook::text(source, "status")});
            }
            return Result(accounts);
        });
}

QFuture<Expected<std::pair<QList<UnipileAttendee>, QString>, ProviderError>>
UnipileClient::listAttendees(const QString &cursor)
{
    using Page = std::pair<QList<UnipileAttendee>, QString>;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("account_id"), m_account.accountId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    auto http = request("GET", QStringLiteral("/chat_attendees"));
    http.query(query);
    return fetch<Page>(http, this, [](const ProviderResponse &response) {
        const auto items = itemsOf(response);
        if (!items)
            return Expected<Page, ProviderError>(items.error());
        Page page;
        for (const QJsonValue &item : items.value()) {
            const QJsonObject attendee = item.toObject();
            if (attendee.value(QLatin1String("is_self")).toInt() != 0)
                continue;
            page.first.append({webhook::text(attendee, "id"),
                               webhook::e164FromJid(webhook::text(attendee, "provider_id")),
                               webhook::text(attendee, "name"),
                               webhook::text(attendee, "picture_url")});
        }
        page.second = cursorOf(response);
        return Expected<Page, ProviderError>(page);
    });
}

QFuture<Expected<QString, ProviderError>> UnipileClient::attendeePicture(const QString &attendeeId,
                                                                         const QString &folder)
{
    using Result = Expected<QString, ProviderError>;
    const QString safeName = QString::fromLatin1(QUrl::toPercentEncoding(attendeeId));
    const QString path = QDir(folder).filePath(safeName + QStringLiteral(".picture"));
    if (QFileInfo::exists(path))
        return QtFuture::makeReadyFuture(Result(path));
    auto http = request("GET", QStringLiteral("/chat_attendees/%1/picture").arg(safeName));
    return fetch<QString>(http, this, [path, folder](const ProviderResponse &response) {
        QDir().mkpath(folder);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(response.body) != response.body.size()) {
            return Result(cannot(
                QCoreApplication::translate("inbox::unipile", "cannot keep the picture in %1: %2")
                    .arg(folder, file.errorString())));
        }
        return Result(path);
    });
}

} // namespace inbox
