// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatiClient.h"

#include "WatiApi.h"
#include "WatiProvider.h"
#include "common/ConnectionCheck.h"
#include "common/MediaFiles.h"
#include "common/ProviderRequest.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>

namespace inbox {

namespace {

ProviderError cannot(const QString &advice)
{
    ProviderError error;
    error.provider = wati::id();
    error.title = QCoreApplication::translate("inbox::wati", "Cannot do this through WATI");
    error.advice = advice;
    return error;
}

/// WATI wants numbers as digits with the country code and no "+".
QString digitsOf(const QString &e164)
{
    QString digits = e164;
    digits.remove(QLatin1Char('+'));
    return digits;
}

ProviderError watiError(int httpStatus, const QByteArray &body)
{
    ProviderError error;
    error.provider = wati::id();
    error.httpStatus = httpStatus;
    error.retryable = RetryPolicy::isRetryable(httpStatus);
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    error.title = answer.value(QLatin1String("info")).toString();
    if (error.title.isEmpty())
        error.title = answer.value(QLatin1String("message")).toString();
    if (error.title.isEmpty())
        error.title =
            QCoreApplication::translate("inbox::wati", "WATI answered HTTP %1").arg(httpStatus);
    error.advice =
        httpStatus == 401
            ? QCoreApplication::translate("inbox::wati",
                                          "the WATI token is wrong or expired; paste a new one in "
                                          "Settings")
        : error.retryable ? QCoreApplication::translate(
                                "inbox::wati", "WATI is unavailable; the inbox retries shortly")
                          : QCoreApplication::translate("inbox::wati", "WATI refused the request");
    return error;
}

/// The message id in a WATI answer, wherever this endpoint puts it.
QString idIn(const QJsonObject &answer)
{
    // Session sends answer with "message", file sends with "data".
    QJsonObject message = answer.value(QLatin1String("message")).toObject();
    if (message.isEmpty())
        message = answer.value(QLatin1String("data")).toObject();
    for (const QString &id : {message.value(QLatin1String("whatsappMessageId")).toString(),
                              message.value(QLatin1String("id")).toString(),
                              answer.value(QLatin1String("localMessageId")).toString(),
                              answer.value(QLatin1String("receivers"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("localMessageId"))
                                  .toString()}) {
        if (!id.isEmpty())
            return id;
    }
    return {};
}

/// A WATI answer that is not in the shape its documentation gives.
ProviderError shapeError(int httpStatus, const QString &problem)
{
    ProviderError error;
    error.provider = wati::id();
    error.httpStatus = httpStatus;
    error.title = problem;
    error.advice = QCoreApplication::translate(
        "inbox::wati", "WATI answered in a form the inbox does not know; try again later");
    return error;
}

/// Sends `request` and reads a successful answer with `read`; HTTP errors, "result": false
/// and answers of the wrong shape all come back as typed errors.
template<class T>
QFuture<Expected<T, ProviderError>>
call(const ProviderRequest &request, QObject *owner,
     std::function<Expected<T, ProviderError>(const ProviderResponse &)> read)
{
    return fetch<T>(request, owner, [read](const ProviderResponse &response) {
        if (const auto refusal = WatiClient::refusalIn(response.json()))
            return Expected<T, ProviderError>(*refusal);
        return read(response);
    });
}

QJsonArray customParams(const QMap<QString, QString> &fields)
{
    QJsonArray params;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        params.append(
            QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), it.value()}});
    }
    return params;
}

/// A parsed answer, or the shape problem as a typed error.
template<class T>
Expected<T, ProviderError> checked(Expected<T, QString> parsed, int httpStatus)
{
    if (parsed)
        return std::move(parsed).value();
    return shapeError(httpStatus, parsed.error());
}

int pageOf(const QString &cursor)
{
    return cursor.isEmpty() ? 1 : qMax(1, cursor.toInt());
}

constexpr int PageSize = 100;

} // namespace

WatiClient::WatiClient(QNetworkAccessManager *network, WatiAccount account, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(std::move(account))
{}

ProviderRequest WatiClient::request(const QByteArray &method, const QString &path) const
{
    ProviderRequest request(m_network, wati::id(), m_account.baseUrl);
    request.method(method).path(path).bearer(m_account.token).retry(m_policy).errors(watiError);
    return request;
}

std::optional<ProviderError> WatiClient::refusalIn(const QJsonObject &answer)
{
    const QJsonValue result = answer.value(QLatin1String("result"));
    if (!(result.isBool() && !result.toBool()))
        return std::nullopt;
    ProviderError error;
    error.provider = wati::id();
    error.httpStatus = 200;
    error.code = QStringLiteral("result:false");
    error.title = answer.value(QLatin1String("info")).toString();
    if (error.title.isEmpty())
        error.title = QCoreApplication::translate("inbox::wati", "WATI did not accept the request");
    error.advice = QCoreApplication::translate(
        "inbox::wati", "check the number and the template, then send again");
    return error;
}

QFuture<Expected<QString, ProviderError>> WatiClient::checkConnection()
{
    return checkByTemplates(*this);
}

QFuture<SendResult> WatiClient::send(const OutgoingMessage &message)
{
    const QString phone = digitsOf(message.to);
    std::optional<ProviderRequest> http;
    if (message.kind == MessageKind::Reaction) {
        return QtFuture::makeReadyFuture<SendResult>(
            {{},
             cannot(QCoreApplication::translate(
                 "inbox::wati", "WATI's API cannot send reactions; react in a reply instead"))});
    }
    if (!message.replyToExternalId.isEmpty()) {
        return QtFuture::makeReadyFuture<SendResult>(
            {{},
             cannot(QCoreApplication::translate(
                 "inbox::wati",
                 "WATI's API cannot quote a message; send the reply without the quote"))});
    }
    if (message.kind == MessageKind::Text) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("messageText"), message.text);
        http = request("POST", QStringLiteral("/api/v1/sendSessionMessage/") + phone);
        http->query(query);
    } else if (message.kind == MessageKind::Template) {
        QJsonArray parameters;
        for (auto it = message.templateValues.cbegin(); it != message.templateValues.cend(); ++it) {
            // WATI takes values by its parameter names; numbers where the template has none.
            const QString name =
                message.templateParameterNames.value(it.key() - 1, QString::number(it.key()));
            parameters.append(
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), it.value()}});
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("whatsappNumber"), phone);
        http = request("POST", QStringLiteral("/api/v2/sendTemplateMessage"));
        QJsonObject body{{QStringLiteral("template_name"), message.templateName},
                         {QStringLiteral("broadcast_name"), message.campaignName.isEmpty()
                                                                ? m_account.broadcastName
                                                                : message.campaignName},
                         {QStringLiteral("parameters"), parameters}};
        // WATI echoes it as the localMessageId of the answer and of every _v2 status webhook.
        if (!message.reference.isEmpty())
            body.insert(QStringLiteral("local_message_id"), message.reference);
        http->query(query).json(body);
    } else if (isMediaKind(message.kind)) {
        if (!message.media || message.media->localPath.isEmpty() ||
            !QFileInfo::exists(message.media->localPath)) {
            return QtFuture::makeReadyFuture<SendResult>(
                {{},
                 cannot(QCoreApplication::translate(
                     "inbox::wati",
                     "WATI sends files from this computer; attach the file again"))});
        }
        QUrlQuery query;
        if (!message.text.isEmpty())
            query.addQueryItem(QStringLiteral("caption"), message.text);
        http = request("POST", QStringLiteral("/api/v1/sendSessionFile/") + phone);
        http->query(query).form({{QStringLiteral("file"),
                                  {},
                                  message.media->localPath,
                                  message.media->mimeType.toUtf8()}});
    } else {
        return QtFuture::makeReadyFuture<SendResult>(
            {{},
             cannot(QCoreApplication::translate("inbox::wati", "WATI's API cannot send %1 messages")
                        .arg(kindKey(message.kind)))});
    }

    http->atMostOnce();
    auto sent = inbox::call<QString>(*http, this, [](const ProviderResponse &response) {
        return Expected<QString, ProviderError>(idIn(response.json()));
    });
    return sent.then([](const Expected<QString, ProviderError> &id) {
        return id ? SendResult{id.value(), std::nullopt} : SendResult{{}, id.error()};
    });
}

QFuture<SendResult> WatiClient::markRead(const QString &)
{
    return QtFuture::makeReadyFuture<SendResult>(
        {{},
         cannot(QCoreApplication::translate(
             "inbox::wati", "WATI has no API to mark messages as read; they show as read "
                            "when an operator opens the chat in WATI"))});
}

QFuture<Expected<TemplatePage, ProviderError>> WatiClient::listTemplates(const QString &cursor)
{
    const int page = pageOf(cursor);
    const auto now = std::chrono::steady_clock::now();
    if (const auto kept = m_templatePages.constFind(page);
        kept != m_templatePages.cend() && now - kept->fetchedAt < m_templateTtl) {
        return QtFuture::makeReadyFuture(Expected<TemplatePage, ProviderError>(kept->page));
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(PageSize));
    query.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    auto http = request("GET", QStringLiteral("/api/v1/getMessageTemplates"));
    http.query(query);
    const QString accountId = m_account.accountId;
    QPointer<WatiClient> self(this);
    return inbox::call<TemplatePage>(
        http, this, [self, accountId, page, now](const ProviderResponse &response) {
            auto parsed = wati::parseTemplateList(response.body, accountId, page, PageSize);
            if (parsed && self)
                self->m_templatePages.insert(page, {parsed.value(), now});
            return checked(std::move(parsed), response.httpStatus);
        });
}

QFuture<Expected<HistoryPage, ProviderError>> WatiClient::fetchHistory(const QString &phone,
                                                                       const QString &cursor)
{
    const int page = pageOf(cursor);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(PageSize));
    query.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    auto http = request("GET", QStringLiteral("/api/v1/getMessages/") + digitsOf(phone));
    http.query(query);
    return inbox::call<HistoryPage>(http, this, [phone, page](const ProviderResponse &response) {
        return checked(wati::parseHistoryPage(response.body, phone, page, PageSize),
                       response.httpStatus);
    });
}

QFuture<Expected<QString, ProviderError>> WatiClient::upsertContact(const ContactCard &contact)
{
    const QString phone = digitsOf(contact.phone);
    auto http = request("POST", QStringLiteral("/api/v1/addContact/") + phone);
    http.json({{QStringLiteral("name"), contact.name},
               {QStringLiteral("customParams"), customParams(contact.fields)}});
    auto added = inbox::call<QString>(http, this, [phone](const ProviderResponse &response) {
        const QString id = response.json()
                               .value(QLatin1String("contact"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        return Expected<QString, ProviderError>(id.isEmpty() ? phone : id);
    });
    // WATI refuses to add a number it already has: then the attributes are updated instead.
    QPointer<WatiClient> self(this);
    return added
        .then(this,
              [self, contact](const Expected<QString, ProviderError> &result) {
                  const bool exists =
                      !result && result.error().code == QLatin1String("result:false") &&
                      result.error().title.contains(QLatin1String("exist"), Qt::CaseInsensitive);
                  if (!exists || !self)
                      return QtFuture::makeReadyFuture(result);
                  return self->updateAttributes(contact);
              })
        .unwrap();
}

QFuture<Expected<QString, ProviderError>> WatiClient::updateAttributes(const ContactCard &contact)
{
    const QString phone = digitsOf(contact.phone);
    auto http = request("POST", QStringLiteral("/api/v1/updateContactAttributes/") + phone);
    http.json({{QStringLiteral("customParams"), customParams(contact.fields)}});
    return inbox::call<QString>(http, this, [phone](const ProviderResponse &) {
        return Expected<QString, ProviderError>(phone);
    });
}

QFuture<Expected<QList<ContactCard>, ProviderError>> WatiClient::listContacts(int pageNumber,
                                                                              int pageSize)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("pageNumber"), QString::number(qMax(1, pageNumber)));
    auto http = request("GET", QStringLiteral("/api/v1/getContacts"));
    http.query(query);
    return inbox::call<QList<ContactCard>>(http, this, [](const ProviderResponse &response) {
        return checked(wati::parseContactList(response.body), response.httpStatus);
    });
}

QFuture<Expected<MediaInfo, ProviderError>>
WatiClient::downloadMedia(const QString &messageId, const MediaInfo &media, const QString &folder)
{
    const QUrl url(media.url);
    if (!url.isValid() || url.isRelative()) {
        return QtFuture::makeReadyFuture(Expected<MediaInfo, ProviderError>(cannot(
            QCoreApplication::translate("inbox::wati", "this message names no file to download"))));
    }
    ProviderRequest http(m_network, wati::id(), url);
    http.bearer(m_account.token).retry(m_policy).errors(watiError);
    return fetch<MediaInfo>(http, this, [media, folder, messageId](const ProviderResponse &file) {
        return saveMediaFile(wati::id(), file.body, media, folder, messageId);
    });
}

QFuture<Expected<ChatPage, ProviderError>> WatiClient::listChats(const QString &cursor)
{
    const int page = pageOf(cursor);
    return listContacts(page, PageSize)
        .then([page](const Expected<QList<ContactCard>, ProviderError> &contacts) {
            if (!contacts)
                return Expected<ChatPage, ProviderError>(contacts.error());
            ChatPage chats;
            for (const ContactCard &contact : contacts.value())
                chats.chats.append({contact.phone, contact.name, {}});
            // A short page is the last one.
            if (contacts->size() >= PageSize)
                chats.nextCursor = QString::number(page + 1);
            return Expected<ChatPage, ProviderError>(chats);
        });
}

QFuture<Expected<QString, ProviderError>> WatiClient::assignOperator(const QString &phone,
                                                                     const QString &operatorEmail)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("email"), operatorEmail);
    query.addQueryItem(QStringLiteral("whatsappNumber"), digitsOf(phone));
    auto http = request("POST", QStringLiteral("/api/v1/assignOperator"));
    http.query(query);
    return inbox::call<QString>(http, this, [operatorEmail](const ProviderResponse &) {
        return Expected<QString, ProviderError>(operatorEmail);
    });
}

} // namespace inbox
