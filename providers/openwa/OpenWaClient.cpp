// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenWaClient.h"

#include "OpenWaProvider.h"
#include "OpenWaWebhook.h"
#include "common/MediaFiles.h"
#include "common/ProviderRequest.h"
#include "common/WebhookFields.h"

#include <QCoreApplication>
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
    error.provider = openwa::id();
    error.title = QCoreApplication::translate("inbox::openwa", "Cannot do this through open-wa");
    error.advice = advice;
    return error;
}

/// open-wa answers {"success": false, "error": {"name", "message"}} for a refused call.
ProviderError openWaError(int httpStatus, const QByteArray &body)
{
    ProviderError error;
    error.provider = openwa::id();
    error.httpStatus = httpStatus;
    error.retryable = RetryPolicy::isRetryable(httpStatus);
    const QJsonObject failure =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    error.code = failure.value(QLatin1String("name")).toString();
    error.title = failure.value(QLatin1String("message")).toString();
    if (error.title.isEmpty())
        error.title = QCoreApplication::translate("inbox::openwa", "open-wa answered HTTP %1")
                          .arg(httpStatus);
    error.advice =
        httpStatus == 401 || httpStatus == 403
            ? QCoreApplication::translate(
                  "inbox::openwa",
                  "the open-wa API key is wrong; paste the server's --api-key in Settings")
        : error.retryable
            ? QCoreApplication::translate("inbox::openwa",
                                          "the open-wa server is unavailable; the inbox retries "
                                          "shortly")
            : QCoreApplication::translate("inbox::openwa",
                                          "the open-wa server refused the request");
    return error;
}

QString chatOf(const QString &e164)
{
    return webhook::jidFromE164(e164, QLatin1String("c.us"));
}

/// open-wa's message ids are "<fromMe>_<chat>_<id>": the chat is the middle part.
QString chatOfMessage(const QString &messageId)
{
    const QStringList parts = messageId.split(QLatin1Char('_'));
    return parts.size() >= 3 ? parts.at(1) : QString();
}

SendResult sendResultOf(const Expected<QJsonValue, ProviderError> &answer)
{
    if (!answer)
        return {{}, answer.error()};
    // sendText answers with the new id; a false answer means the phone did not take it.
    if (answer->isBool() && !answer->toBool()) {
        ProviderError error = cannot(QCoreApplication::translate(
            "inbox::openwa", "the phone did not accept the message; check that it is "
                             "online and the number has WhatsApp"));
        error.title = QCoreApplication::translate("inbox::openwa", "open-wa could not send");
        return {{}, error};
    }
    return {answer->isString() ? answer->toString() : QString(), std::nullopt};
}

} // namespace

OpenWaClient::OpenWaClient(QNetworkAccessManager *network, OpenWaAccount account, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(std::move(account))
{}

ProviderRequest OpenWaClient::request(const QByteArray &method, const QString &path,
                                      const QJsonObject &args) const
{
    ProviderRequest request(m_network, openwa::id(), m_account.baseUrl);
    request.method(method)
        .path(path)
        .header(openwa::apiKeyHeader, m_account.apiKey)
        .retry(m_policy)
        .errors(openWaError);
    if (method != "GET")
        request.json({{QStringLiteral("args"), args}});
    return request;
}

QFuture<Expected<QJsonValue, ProviderError>>
OpenWaClient::call(const QByteArray &method, const QString &path, const QJsonObject &args)
{
    return fetchAnswer(request(method, path, args));
}

QFuture<Expected<QJsonValue, ProviderError>> OpenWaClient::sendCall(const QString &path,
                                                                    const QJsonObject &args)
{
    return fetchAnswer(request("POST", path, args).atMostOnce());
}

QFuture<Expected<QJsonValue, ProviderError>>
OpenWaClient::fetchAnswer(const ProviderRequest &request)
{
    using Result = Expected<QJsonValue, ProviderError>;
    return fetch<QJsonValue>(request, this, [](const ProviderResponse &response) {
        const QJsonObject answer = response.json();
        if (answer.value(QLatin1String("success")).toBool())
            return Result(answer.value(QLatin1String("response")));
        return Result(openWaError(response.httpStatus, response.body));
    });
}

QFuture<Expected<QString, ProviderError>> OpenWaClient::checkConnection()
{
    return session().then([](const Expected<PhoneSessionState, ProviderError> &session) {
        using Result = Expected<QString, ProviderError>;
        if (!session)
            return Result(session.error());
        if (!session->connected()) {
            return Result(QCoreApplication::translate(
                              "inbox::openwa",
                              "the server answers, but no phone is linked (%1): use Link phone")
                              .arg(session->state));
        }
        return Result(QCoreApplication::translate("inbox::openwa", "phone %1 linked, battery %2%")
                          .arg(session->hostNumber)
                          .arg(session->batteryPercent));
    });
}

QFuture<SendResult> OpenWaClient::send(const OutgoingMessage &message)
{
    const QString to = chatOf(message.to);
    if (message.kind == MessageKind::Text) {
        if (!message.replyToExternalId.isEmpty()) {
            return sendCall(QStringLiteral("/api/messages/reply"),
                            {{QStringLiteral("to"), to},
                             {QStringLiteral("content"), message.text},
                             {QStringLiteral("quotedMsgId"), message.replyToExternalId}})
                .then(sendResultOf);
        }
        return sendCall(QStringLiteral("/api/messages/sendText"),
                        {{QStringLiteral("to"), to}, {QStringLiteral("content"), message.text}})
            .then(sendResultOf);
    }
    if (message.kind == MessageKind::Reaction) {
        // A reaction has no id of its own in open-wa: none is kept.
        return sendCall(QStringLiteral("/api/messages/react"),
                        {{QStringLiteral("messageId"), message.replyToExternalId},
                         {QStringLiteral("emoji"), message.text}})
            .then([](const Expected<QJsonValue, ProviderError> &answer) {
                return answer ? SendResult{QString(), std::nullopt}
                              : SendResult{{}, answer.error()};
            });
    }
    if (isMediaKind(message.kind)) {
        QFile file(message.media ? message.media->localPath : QString());
        if (!message.media || !file.open(QIODevice::ReadOnly)) {
            return QtFuture::makeReadyFuture<SendResult>(
                {{},
                 cannot(QCoreApplication::translate(
                     "inbox::openwa",
                     "open-wa sends files from this computer; attach the file again"))});
        }
        // open-wa takes the file inline, as a data URL.
        const QByteArray dataUrl =
            "data:" + message.media->mimeType.toUtf8() + ";base64," + file.readAll().toBase64();
        const QString fileName = message.media->fileName.isEmpty()
                                     ? QFileInfo(file.fileName()).fileName()
                                     : message.media->fileName;
        const bool image = message.kind == MessageKind::Image;
        return sendCall(image ? QStringLiteral("/api/messages/sendImage")
                              : QStringLiteral("/api/messages/sendFile"),
                        {{QStringLiteral("to"), to},
                         {QStringLiteral("file"), QString::fromLatin1(dataUrl)},
                         {QStringLiteral("filename"), fileName},
                         {QStringLiteral("caption"), message.text}})
            .then(sendResultOf);
    }
    return QtFuture::makeReadyFuture<SendResult>(
        {{},
         cannot(message.kind == MessageKind::Template
                    ? QCoreApplication::translate(
                          "inbox::openwa",
                          "open-wa sends no WhatsApp templates; write the message instead")
                    : QCoreApplication::translate(
                          "inbox::openwa", "the inbox cannot send %1 messages through open-wa")
                          .arg(kindKey(message.kind)))});
}

QFuture<SendResult> OpenWaClient::markRead(const QString &externalId)
{
    const QString chat = chatOfMessage(externalId);
    if (chat.isEmpty()) {
        return QtFuture::makeReadyFuture<SendResult>(
            {{},
             cannot(
                 QCoreApplication::translate("inbox::openwa", "\"%1\" is not an open-wa message id")
                     .arg(externalId))});
    }
    return call("PUT", QStringLiteral("/api/messages/sendSeen"), {{QStringLiteral("chatId"), chat}})
        .then([externalId](const Expected<QJsonValue, ProviderError> &answer) {
            return answer ? SendResult{externalId, std::nullopt} : SendResult{{}, answer.error()};
        });
}

QFuture<Expected<TemplatePage, ProviderError>> OpenWaClient::listTemplates(const QString &)
{
    return QtFuture::makeReadyFuture(
        Expected<TemplatePage, ProviderError>(cannot(QCoreApplication::translate(
            "inbox::openwa", "open-wa accounts have no WhatsApp templates"))));
}

QFuture<Expected<QString, ProviderError>> OpenWaClient::upsertContact(const ContactCard &)
{
    return QtFuture::makeReadyFuture(
        Expected<QString, ProviderError>(cannot(QCoreApplication::translate(
            "inbox::openwa",
            "open-wa cannot write to the phone's contacts; the lead is kept in the inbox"))));
}

namespace {

/// A list of open-wa messages (oldest first) as a history page (newest first).
HistoryPage pageOf(const QJsonArray &messages)
{
    HistoryPage page;
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (openwa::isGroupMessage(message))
            continue;
        MessageEvent event = openwa::messageFromJson(message);
        // Where our message got to, as on the phone: a re-sync brings it up to date.
        if (const QString status = openwa::ackStatusOf(message); !status.isEmpty())
            event.details.insert(QStringLiteral("status"), status);
        page.messages.append(event);
    }
    return page;
}

} // namespace

QFuture<Expected<HistoryPage, ProviderError>> OpenWaClient::fetchHistory(const QString &phone,
                                                                         const QString &cursor)
{
    using Result = Expected<HistoryPage, ProviderError>;
    const int calls = cursor.toInt();
    return call("POST", QStringLiteral("/api/messages/loadEarlier"),
                {{QStringLiteral("contactId"), chatOf(phone)}})
        .then([calls](const Expected<QJsonValue, ProviderError> &answer) {
            if (!answer)
                return Result(answer.error());
            const QJsonArray messages = answer->toArray();
            HistoryPage page = pageOf(messages);
            if (!messages.isEmpty())
                page.nextCursor = QString::number(calls + 1);
            return Result(page);
        });
}

QFuture<Expected<HistoryPage, ProviderError>> OpenWaClient::latestMessages(const QString &phone)
{
    using Result = Expected<HistoryPage, ProviderError>;
    return call("POST", QStringLiteral("/api/messages/getAllInChat"),
                {{QStringLiteral("chatId"), chatOf(phone)},
                 {QStringLiteral("includeMe"), true},
                 {QStringLiteral("includeNotifications"), false}})
        .then([](const Expected<QJsonValue, ProviderError> &answer) {
            if (!answer)
                return Result(answer.error());
            return Result(pageOf(answer->toArray()));
        });
}

QFuture<Expected<MediaInfo, ProviderError>>
OpenWaClient::downloadMedia(const QString &messageId, const MediaInfo &media, const QString &folder)
{
    using Result = Expected<MediaInfo, ProviderError>;
    return call("POST", QStringLiteral("/api/messages/decryptMedia"),
                {{QStringLiteral("message"), messageId}})
        .then([media, folder, messageId](const Expected<QJsonValue, ProviderError> &answer) {
            if (!answer)
                return Result(answer.error());
            // "data:<mime>;base64,<bytes>"
            const QString dataUrl = answer->toString();
            const qsizetype comma = dataUrl.indexOf(QLatin1Char(','));
            if (!dataUrl.startsWith(QLatin1String("data:")) || comma < 0) {
                return Result(cannot(QCoreApplication::translate(
                    "inbox::openwa", "open-wa answered decryptMedia without a data URL")));
            }
            MediaInfo saved = media;
            if (saved.mimeType.isEmpty())
                saved.mimeType = dataUrl.mid(5, comma - 5).section(QLatin1Char(';'), 0, 0);
            return saveMediaFile(openwa::id(),
                                 QByteArray::fromBase64(dataUrl.mid(comma + 1).toLatin1()), saved,
                                 folder, messageId);
        });
}

QFuture<Expected<ChatPage, ProviderError>> OpenWaClient::listChats(const QString &)
{
    using Result = Expected<ChatPage, ProviderError>;
    return call("GET", QStringLiteral("/api/chats/getAll"))
        .then([](const Expected<QJsonValue, ProviderError> &answer) {
            if (!answer)
                return Result(answer.error());
            ChatPage page;
            for (const QJsonValue &item : answer->toArray()) {
                const QJsonObject chat = item.toObject();
                const QString id = webhook::text(chat, "id");
                const QString phone = webhook::e164FromJid(id);
                if (chat.value(QLatin1String("isGroup")).toBool() || phone.isEmpty())
                    continue;
                QString name = webhook::text(chat, "formattedTitle");
                if (name.isEmpty())
                    name = webhook::text(chat, "name");
                page.chats.append({phone, name, id});
            }
            return Result(page);
        });
}

QFuture<Expected<QList<ContactCard>, ProviderError>> OpenWaClient::listContacts()
{
    using Result = Expected<QList<ContactCard>, ProviderError>;
    return call("GET", QStringLiteral("/api/contacts/getAll"))
        .then([](const Expected<QJsonValue, ProviderError> &answer) {
            if (!answer)
                return Result(answer.error());
            QList<ContactCard> contacts;
            for (const QJsonValue &item : answer->toArray()) {
                const QJsonObject contact = item.toObject();
                const QString phone = webhook::e164FromJid(webhook::text(contact, "id"));
                if (phone.isEmpty())
                    continue;
                QString name = webhook::text(contact, "name");
                if (name.isEmpty())
                    name = webhook::text(contact, "pushname");
                contacts.append({phone, name, {}});
            }
            return Result(contacts);
        });
}

QFuture<Expected<QJsonObject, ProviderError>> OpenWaClient::healthCheck()
{
    return call("GET", QStringLiteral("/api/session/healthCheck"))
        .then([](const Expected<QJsonValue, ProviderError> &answer) {
            return answer ? Expected<QJsonObject, ProviderError>(answer->toObject())
                          : Expected<QJsonObject, ProviderError>(answer.error());
        });
}

QFuture<Expected<PhoneSessionState, ProviderError>> OpenWaClient::session()
{
    using Result = Expected<PhoneSessionState, ProviderError>;
    QPointer<OpenWaClient> self(this);
    return call("GET", QStringLiteral("/api/session/getConnectionState"))
        .then(this,
              [self](const Expected<QJsonValue, ProviderError> &state) {
                  if (!state || !self)
                      return QtFuture::makeReadyFuture(
                          Result(state ? cannot(QCoreApplication::translate(
                                             "inbox::openwa", "the account was removed"))
                                       : state.error()));
                  auto session = std::make_shared<PhoneSessionState>();
                  session->state = state->toString();
                  // Unlinked: the QR code to scan. Linked: the phone's number and battery.
                  const QStringList asks = session->connected()
                                               ? QStringList{QStringLiteral("getHostNumber"),
                                                             QStringLiteral("getBatteryLevel"),
                                                             QStringLiteral("isPlugged")}
                                               : QStringList{QStringLiteral("getQrCode")};
                  auto promise = std::make_shared<QPromise<Result>>();
                  promise->start();
                  auto left = std::make_shared<int>(int(asks.size()));
                  for (const QString &ask : asks) {
                      self->call("GET", QStringLiteral("/api/session/") + ask)
                          .then(self, [session, promise, left,
                                       ask](const Expected<QJsonValue, ProviderError> &value) {
                              if (value) {
                                  if (ask == QLatin1String("getQrCode"))
                                      session->qrCode = value->toString();
                                  else if (ask == QLatin1String("getHostNumber"))
                                      session->hostNumber = webhook::e164FromJid(webhook::text(
                                          QJsonObject{{QStringLiteral("n"), *value}}, "n"));
                                  else if (ask == QLatin1String("getBatteryLevel"))
                                      session->batteryPercent = value->toInt(-1);
                                  else
                                      session->plugged = value->toBool();
                              }
                              if (--*left == 0) {
                                  promise->addResult(Result(*session));
                                  promise->finish();
                              }
                          });
                  }
                  return promise->future();
              })
        .unwrap();
}

} // namespace inbox
