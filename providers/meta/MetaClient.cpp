// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetaClient.h"

#include "MetaErrors.h"
#include "MetaProvider.h"
#include "common/ConnectionCheck.h"
#include "common/MediaFiles.h"
#include "common/ProviderRequest.h"
#include "domain/Attachment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QPromise>
#include <QSaveFile>

namespace inbox {

namespace {

ProviderError unsupported(const QString &what)
{
    ProviderError error;
    error.provider = meta::id();
    error.title = QCoreApplication::translate("inbox::meta", "Cannot send this through Meta");
    error.advice = what;
    return error;
}

/// Something the Cloud API does not do at all, and what the inbox does instead.
ProviderError cannot(const QString &advice)
{
    ProviderError error;
    error.provider = meta::id();
    error.title =
        QCoreApplication::translate("inbox::meta", "The WhatsApp Cloud API cannot do this");
    error.advice = advice;
    return error;
}

/// The media object: by the uploaded media's id when there is one, else by link.
std::optional<QJsonObject> mediaObject(const OutgoingMessage &m, bool captioned, bool named)
{
    if (!m.media)
        return std::nullopt;
    QJsonObject media;
    if (!m.media->providerMediaId.isEmpty())
        media.insert(QStringLiteral("id"), m.media->providerMediaId);
    else if (!m.media->url.isEmpty())
        media.insert(QStringLiteral("link"), m.media->url);
    else
        return std::nullopt;
    if (captioned && !m.text.isEmpty())
        media.insert(QStringLiteral("caption"), m.text);
    if (named && !m.media->fileName.isEmpty())
        media.insert(QStringLiteral("filename"), m.media->fileName);
    return media;
}

/// A template's media header: video or document by the file's type, an image otherwise.
QString headerType(const OutgoingMessage &m)
{
    const QString mime = m.media ? m.media->mimeType : QString();
    if (mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (mime.startsWith(QLatin1String("application/")))
        return QStringLiteral("document");
    return QStringLiteral("image");
}

} // namespace

MetaClient::MetaClient(QNetworkAccessManager *network, MetaAccount account, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(std::move(account))
{}

Expected<QJsonObject, ProviderError> MetaClient::messageBody(const OutgoingMessage &m)
{
    QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                     {QStringLiteral("to"), m.to}};
    switch (m.kind) {
    case MessageKind::Text:
        body.insert(QStringLiteral("type"), QStringLiteral("text"));
        body.insert(QStringLiteral("text"),
                    QJsonObject{{QStringLiteral("body"), m.text},
                                {QStringLiteral("preview_url"), m.previewUrl}});
        break;
    case MessageKind::Template: {
        QJsonArray components;
        auto texts = [](const QMap<int, QString> &values) {
            QJsonArray parameters;
            for (const QString &value : values) // QMap: in {{n}} order
                parameters.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                              {QStringLiteral("text"), value}});
            return parameters;
        };
        const bool uploaded = m.media && !m.media->providerMediaId.isEmpty();
        if (!m.templateHeaderLink.isEmpty() || uploaded) {
            // A media header: the file by link, or the one uploaded from this computer by id.
            const QString type = headerType(m);
            const QJsonObject file =
                uploaded ? QJsonObject{{QStringLiteral("id"), m.media->providerMediaId}}
                         : QJsonObject{{QStringLiteral("link"), m.templateHeaderLink}};
            components.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("header")},
                {QStringLiteral("parameters"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), type}, {type, file}}}}});
        } else if (!m.templateHeaderValues.isEmpty()) {
            components.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                            {QStringLiteral("parameters"), texts(m.templateHeaderValues)}});
        }
        if (!m.templateValues.isEmpty()) {
            components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                          {QStringLiteral("parameters"), texts(m.templateValues)}});
        }
        for (auto it = m.templateButtonValues.cbegin(); it != m.templateButtonValues.cend(); ++it) {
            // A URL button's variable: the end of its address.
            components.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                            {QStringLiteral("sub_type"), QStringLiteral("url")},
                            {QStringLiteral("index"), QString::number(it.key())},
                            {QStringLiteral("parameters"), texts({{1, it.value()}})}});
        }
        QJsonObject templ{{QStringLiteral("name"), m.templateName},
                          {QStringLiteral("language"),
                           // Meta's schema requires the (only) policy.
                           QJsonObject{{QStringLiteral("policy"), QStringLiteral("deterministic")},
                                       {QStringLiteral("code"), m.templateLanguage}}}};
        if (!components.isEmpty())
            templ.insert(QStringLiteral("components"), components);
        body.insert(QStringLiteral("type"), QStringLiteral("template"));
        body.insert(QStringLiteral("template"), templ);
        break;
    }
    case MessageKind::Image:
    case MessageKind::Video:
    case MessageKind::Audio:
    case MessageKind::Voice:
    case MessageKind::Document:
    case MessageKind::Sticker: {
        // Voice notes go as audio; audio and stickers carry no caption.
        const QString type =
            m.kind == MessageKind::Voice ? QStringLiteral("audio") : kindKey(m.kind);
        const bool captioned = m.kind == MessageKind::Image || m.kind == MessageKind::Video ||
                               m.kind == MessageKind::Document;
        const auto media = mediaObject(m, captioned, m.kind == MessageKind::Document);
        if (!media) {
            return unsupported(QCoreApplication::translate(
                "inbox::meta",
                "the file has neither an uploaded media id nor a link; upload it first"));
        }
        body.insert(QStringLiteral("type"), type);
        body.insert(type, *media);
        break;
    }
    case MessageKind::Reaction:
        body.insert(QStringLiteral("type"), QStringLiteral("reaction"));
        body.insert(QStringLiteral("reaction"),
                    QJsonObject{{QStringLiteral("message_id"), m.replyToExternalId},
                                {QStringLiteral("emoji"), m.text}}); // empty removes it
        return body;                                                 // a reaction is not a reply
    default:
        return unsupported(
            QCoreApplication::translate("inbox::meta", "the inbox does not send %1 messages yet")
                .arg(kindKey(m.kind)));
    }
    if (!m.replyToExternalId.isEmpty())
        body.insert(QStringLiteral("context"),
                    QJsonObject{{QStringLiteral("message_id"), m.replyToExternalId}});
    // Echoed in every status webhook of this message (up to 512 characters).
    if (!m.reference.isEmpty())
        body.insert(QStringLiteral("biz_opaque_callback_data"), m.reference);
    return body;
}

QJsonObject MetaClient::readReceiptBody(const QString &externalId)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("status"), QStringLiteral("read")},
            {QStringLiteral("message_id"), externalId}};
}

QFuture<Expected<QString, ProviderError>> MetaClient::checkConnection()
{
    return checkByTemplates(*this);
}

QFuture<SendResult> MetaClient::send(const OutgoingMessage &message)
{
    if (message.media && message.media->providerMediaId.isEmpty() && message.media->url.isEmpty() &&
        !message.media->localPath.isEmpty()) {
        // A file from this computer: uploaded first (limits checked), then sent by its id.
        auto promise = std::make_shared<QPromise<SendResult>>();
        promise->start();
        // A template's media header is checked as the kind of file it is.
        const MessageKind kind = message.kind == MessageKind::Template
                                     ? attachmentKindFor(message.media->mimeType)
                                     : message.kind;
        uploadMedia(message.media->localPath, message.media->mimeType, kind)
            .then(this, [this, message, promise](const Expected<QString, ProviderError> &uploaded) {
                if (!uploaded) {
                    promise->addResult(SendResult{{}, uploaded.error()});
                    promise->finish();
                    return;
                }
                OutgoingMessage byId = message;
                byId.media->providerMediaId = uploaded.value();
                send(byId).then(this, [promise](const SendResult &sent) {
                    promise->addResult(sent);
                    promise->finish();
                });
            });
        return promise->future();
    }
    const auto body = messageBody(message);
    if (!body)
        return QtFuture::makeReadyFuture(SendResult{{}, body.error()});
    return post(body.value());
}

QFuture<SendResult> MetaClient::markRead(const QString &externalId)
{
    return post(readReceiptBody(externalId));
}

QFuture<Expected<TemplatePage, ProviderError>> MetaClient::listTemplates(const QString &after)
{
    using Page = Expected<TemplatePage, ProviderError>;
    auto promise = std::make_shared<QPromise<Page>>();
    promise->start();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    const QString accountId = m_account.phoneNumberId;
    ProviderRequest(m_network, meta::id(), m_account.graphBase)
        .path(QLatin1Char('/') + m_account.wabaId + QStringLiteral("/message_templates"))
        .query(query)
        .bearer(m_account.accessToken)
        .retry(m_policy)
        .errors(meta::graphError)
        .send(this, [promise, accountId](const ProviderResponse &response) {
            if (!response.ok()) {
                promise->addResult(Page(*response.error));
            } else if (auto page = meta::parseTemplatePage(response.body, accountId)) {
                promise->addResult(Page(std::move(page).value()));
            } else {
                ProviderError error;
                error.provider = meta::id();
                error.httpStatus = response.httpStatus;
                error.title = page.error();
                promise->addResult(Page(error));
            }
            promise->finish();
        });
    return promise->future();
}

namespace {

/// Sends `request` and answers with the "id" of the reply (or "success" when it has none).
QFuture<Expected<QString, ProviderError>> idOf(const ProviderRequest &request, QObject *owner)
{
    using Result = Expected<QString, ProviderError>;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    request.send(owner, [promise](const ProviderResponse &response) {
        if (!response.ok()) {
            promise->addResult(Result(*response.error));
        } else {
            const QJsonObject json = response.json();
            promise->addResult(Result(json.contains(QLatin1String("id"))
                                          ? json.value(QLatin1String("id")).toString()
                                          : QStringLiteral("success")));
        }
        promise->finish();
    });
    return promise->future();
}

} // namespace

QFuture<Expected<QString, ProviderError>>
MetaClient::createTemplate(const MessageTemplate &messageTemplate,
                           const QMap<int, QString> &examples)
{
    return idOf(
        ProviderRequest(m_network, meta::id(), m_account.graphBase)
            .method("POST")
            .path(QLatin1Char('/') + m_account.wabaId + QStringLiteral("/message_templates"))
            .bearer(m_account.accessToken)
            .json(meta::templateCreateBody(messageTemplate, examples))
            .retry(m_policy)
            .errors(meta::graphError),
        this);
}

QFuture<Expected<QString, ProviderError>>
MetaClient::editTemplate(const MessageTemplate &messageTemplate, const QMap<int, QString> &examples)
{
    if (messageTemplate.providerId.isEmpty()) {
        return QtFuture::makeReadyFuture(
            Expected<QString, ProviderError>(cannot(QCoreApplication::translate(
                "inbox::meta",
                "this template has no Meta id yet; refresh the template list, then edit "
                "it again"))));
    }
    return idOf(ProviderRequest(m_network, meta::id(), m_account.graphBase)
                    .method("POST")
                    .path(QLatin1Char('/') + messageTemplate.providerId)
                    .bearer(m_account.accessToken)
                    .json(meta::templateCreateBody(messageTemplate, examples))
                    .retry(m_policy)
                    .errors(meta::graphError),
                this);
}

QFuture<Expected<HistoryPage, ProviderError>> MetaClient::fetchHistory(const QString &,
                                                                       const QString &)
{
    return QtFuture::makeReadyFuture(
        Expected<HistoryPage, ProviderError>(cannot(QCoreApplication::translate(
            "inbox::meta", "the WhatsApp Cloud API keeps no message history; the inbox shows what "
                           "arrived since the account was connected"))));
}

QFuture<Expected<ChatPage, ProviderError>> MetaClient::listChats(const QString &)
{
    return QtFuture::makeReadyFuture(
        Expected<ChatPage, ProviderError>(cannot(QCoreApplication::translate(
            "inbox::meta", "the WhatsApp Cloud API has no list of chats; conversations appear as "
                           "customers write"))));
}

QFuture<Expected<QString, ProviderError>> MetaClient::upsertContact(const ContactCard &)
{
    return QtFuture::makeReadyFuture(
        Expected<QString, ProviderError>(cannot(QCoreApplication::translate(
            "inbox::meta",
            "the WhatsApp Cloud API has no contact book; the lead is kept in the inbox"))));
}

QFuture<Expected<QString, ProviderError>>
MetaClient::submitTemplate(const MessageTemplate &messageTemplate,
                           const QMap<int, QString> &examples)
{
    return messageTemplate.providerId.isEmpty() ? createTemplate(messageTemplate, examples)
                                                : editTemplate(messageTemplate, examples);
}

QFuture<Expected<QString, ProviderError>> MetaClient::deleteTemplate(const QString &name)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    return idOf(
        ProviderRequest(m_network, meta::id(), m_account.graphBase)
            .method("DELETE")
            .path(QLatin1Char('/') + m_account.wabaId + QStringLiteral("/message_templates"))
            .query(query)
            .bearer(m_account.accessToken)
            .retry(m_policy)
            .errors(meta::graphError),
        this);
}

QFuture<Expected<QString, ProviderError>>
MetaClient::uploadMedia(const QString &filePath, const QString &mimeType, MessageKind kind)
{
    using Result = Expected<QString, ProviderError>;
    if (const auto tooLarge = meta::checkUploadLimits(kind, QFileInfo(filePath).size()))
        return QtFuture::makeReadyFuture(Result(*tooLarge));
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    ProviderRequest(m_network, meta::id(), m_account.graphBase)
        .method("POST")
        .path(QLatin1Char('/') + m_account.phoneNumberId + QStringLiteral("/media"))
        .bearer(m_account.accessToken)
        .form({{QStringLiteral("messaging_product"), "whatsapp", {}, {}},
               {QStringLiteral("type"), mimeType.toUtf8(), {}, {}},
               {QStringLiteral("file"), {}, filePath, mimeType.toUtf8()}})
        .retry(m_policy)
        .errors(meta::graphError)
        .send(this, [promise](const ProviderResponse &response) {
            if (response.ok())
                promise->addResult(Result(response.json().value(QLatin1String("id")).toString()));
            else
                promise->addResult(Result(*response.error));
            promise->finish();
        });
    return promise->future();
}

QFuture<Expected<MediaInfo, ProviderError>>
MetaClient::downloadMedia(const QString &, const MediaInfo &media, const QString &folder)
{
    if (media.providerMediaId.isEmpty()) {
        return QtFuture::makeReadyFuture(
            Expected<MediaInfo, ProviderError>(cannot(QCoreApplication::translate(
                "inbox::meta", "this message names no media id to download"))));
    }
    return downloadMedia(media.providerMediaId, folder);
}

QFuture<Expected<MediaInfo, ProviderError>> MetaClient::downloadMedia(const QString &mediaId,
                                                                      const QString &folder)
{
    using Result = Expected<MediaInfo, ProviderError>;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    auto fail = [promise](const ProviderError &error) {
        promise->addResult(Result(error));
        promise->finish();
    };
    ProviderRequest(m_network, meta::id(), m_account.graphBase)
        .path(QLatin1Char('/') + mediaId)
        .bearer(m_account.accessToken)
        .retry(m_policy)
        .errors(meta::graphError)
        .send(this, [this, promise, fail, mediaId, folder](const ProviderResponse &described) {
            if (!described.ok()) {
                fail(*described.error);
                return;
            }
            MediaInfo media;
            const QJsonObject json = described.json();
            media.providerMediaId = mediaId;
            media.mimeType = json.value(QLatin1String("mime_type")).toString();
            media.sha256 = json.value(QLatin1String("sha256")).toString();
            media.sizeBytes = json.value(QLatin1String("file_size")).toInteger();
            media.url = json.value(QLatin1String("url")).toString();
            // The file itself: Meta's URL, with the same token.
            ProviderRequest(m_network, meta::id(), QUrl(media.url))
                .bearer(m_account.accessToken)
                .retry(m_policy)
                .errors(meta::graphError)
                .send(this, [promise, fail, media, folder](const ProviderResponse &file) mutable {
                    if (!file.ok()) {
                        fail(*file.error);
                        return;
                    }
                    ProviderError error;
                    error.provider = meta::id();
                    const QByteArray digest =
                        QCryptographicHash::hash(file.body, QCryptographicHash::Sha256);
                    if (!media.sha256.isEmpty() && digest.toHex() != media.sha256.toLatin1() &&
                        digest.toBase64() != media.sha256.toLatin1()) {
                        error.title = QCoreApplication::translate("inbox::meta",
                                                                  "The downloaded file is damaged");
                        error.retryable = true;
                        error.advice = QCoreApplication::translate(
                            "inbox::meta", "its checksum does not match Meta's; download it again");
                        fail(error);
                        return;
                    }
                    promise->addResult(
                        saveMediaFile(meta::id(), file.body, media, folder, media.providerMediaId));
                    promise->finish();
                });
        });
    return promise->future();
}

QFuture<SendResult> MetaClient::post(const QJsonObject &body)
{
    auto promise = std::make_shared<QPromise<SendResult>>();
    promise->start();
    ProviderRequest(m_network, meta::id(), m_account.graphBase)
        .method("POST")
        .path(QLatin1Char('/') + m_account.phoneNumberId + QStringLiteral("/messages"))
        .bearer(m_account.accessToken)
        .json(body)
        .retry(m_policy)
        .atMostOnce()
        .errors(meta::graphError)
        .send(this, [promise](const ProviderResponse &response) {
            SendResult result;
            if (response.ok()) {
                // The external id is messages[0].id of the answer.
                result.externalId = response.json()
                                        .value(QLatin1String("messages"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QLatin1String("id"))
                                        .toString();
            } else {
                result.error = response.error;
            }
            promise->addResult(result);
            promise->finish();
        });
    return promise->future();
}

} // namespace inbox
