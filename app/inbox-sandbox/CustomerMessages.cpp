#include "CustomerMessages.h"

#include "meta/MetaProvider.h"
#include "openwa/OpenWaProvider.h"
#include "unipile/UnipileProvider.h"
#include "wati/WatiProvider.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace inbox::sandbox {

namespace {

QString seconds(const QDateTime &at)
{
    return QString::number(at.toSecsSinceEpoch());
}

/// A media object as Meta describes inbound media: its id, type and SHA-256.
QJsonObject metaMedia(const QString &wamid, const QString &mime, const QString &caption)
{
    QJsonObject media{
        {QStringLiteral("mime_type"), mime},
        {QStringLiteral("sha256"),
         QString::fromLatin1(
             QCryptographicHash::hash(wamid.toUtf8(), QCryptographicHash::Sha256).toBase64())},
        {QStringLiteral("id"),
         QString::number(qHash(wamid) % 9000000000000000ULL + 1000000000000000ULL)}};
    if (!caption.isEmpty())
        media.insert(QStringLiteral("caption"), caption);
    return media;
}

} // namespace

QStringList fakedProviders()
{
    return {QLatin1String(meta::key), QLatin1String(wati::key), QLatin1String(unipile::key),
            QLatin1String(openwa::key)};
}

QStringList customerKinds(const QString &provider)
{
    // UniPile's and open-wa's customers write text here (their webhooks' other shapes are
    // covered by the normaliser tests).
    if (provider == QLatin1String(unipile::key) || provider == QLatin1String(openwa::key))
        return {QStringLiteral("text")};
    if (provider == QLatin1String(wati::key)) {
        return {
            QStringLiteral("text"),     QStringLiteral("image"),    QStringLiteral("video"),
            QStringLiteral("audio"),    QStringLiteral("document"), QStringLiteral("sticker"),
            QStringLiteral("location"), QStringLiteral("button"),   QStringLiteral("interactive")};
    }
    return {QStringLiteral("text"),       QStringLiteral("image"),       QStringLiteral("video"),
            QStringLiteral("audio"),      QStringLiteral("voice"),       QStringLiteral("document"),
            QStringLiteral("sticker"),    QStringLiteral("location"),    QStringLiteral("contacts"),
            QStringLiteral("button"),     QStringLiteral("interactive"), QStringLiteral("reaction"),
            QStringLiteral("unsupported")};
}

QJsonObject metaInbound(const CustomerMessage &m, const QString &wamid, const QDateTime &at)
{
    QJsonObject json{{QStringLiteral("from"), m.from},
                     {QStringLiteral("id"), wamid},
                     {QStringLiteral("timestamp"), seconds(at)}};
    const QString &kind = m.kind;
    QString type = kind;
    if (kind == QLatin1String("text")) {
        json.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), m.text}});
    } else if (kind == QLatin1String("image")) {
        json.insert(type, metaMedia(wamid, QStringLiteral("image/jpeg"), m.text));
    } else if (kind == QLatin1String("video")) {
        json.insert(type, metaMedia(wamid, QStringLiteral("video/mp4"), m.text));
    } else if (kind == QLatin1String("audio") || kind == QLatin1String("voice")) {
        type = QStringLiteral("audio");
        QJsonObject audio = metaMedia(wamid, QStringLiteral("audio/ogg; codecs=opus"), {});
        audio.insert(QStringLiteral("voice"), kind == QLatin1String("voice"));
        json.insert(type, audio);
    } else if (kind == QLatin1String("document")) {
        QJsonObject document = metaMedia(wamid, QStringLiteral("application/pdf"), m.text);
        document.insert(QStringLiteral("filename"), QStringLiteral("receipt.pdf"));
        json.insert(type, document);
    } else if (kind == QLatin1String("sticker")) {
        QJsonObject sticker = metaMedia(wamid, QStringLiteral("image/webp"), {});
        sticker.insert(QStringLiteral("animated"), false);
        json.insert(type, sticker);
    } else if (kind == QLatin1String("location")) {
        json.insert(type, QJsonObject{{QStringLiteral("latitude"), -23.5613},
                                      {QStringLiteral("longitude"), -46.6565},
                                      {QStringLiteral("name"), m.text},
                                      {QStringLiteral("address"),
                                       QStringLiteral("Av. Paulista, 1578, São Paulo")}});
    } else if (kind == QLatin1String("contacts")) {
        json.insert(
            type,
            QJsonArray{QJsonObject{
                {QStringLiteral("name"), QJsonObject{{QStringLiteral("formatted_name"), m.text},
                                                     {QStringLiteral("first_name"), m.text}}},
                {QStringLiteral("phones"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("phone"), QStringLiteral("+55 11 91234-5678")},
                                 {QStringLiteral("wa_id"), QStringLiteral("5511912345678")},
                                 {QStringLiteral("type"), QStringLiteral("CELL")}}}}}});
    } else if (kind == QLatin1String("button")) {
        json.insert(type, QJsonObject{{QStringLiteral("text"), m.text},
                                      {QStringLiteral("payload"), m.text.toUpper()}});
    } else if (kind == QLatin1String("interactive")) {
        json.insert(type,
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("button_reply")},
                                {QStringLiteral("button_reply"),
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("reply-1")},
                                             {QStringLiteral("title"), m.text}}}});
    } else if (kind == QLatin1String("reaction")) {
        json.insert(type, QJsonObject{{QStringLiteral("message_id"), m.replyTo},
                                      {QStringLiteral("emoji"), m.text}});
    } else {
        type = QStringLiteral("unsupported");
        json.insert(QStringLiteral("errors"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("code"), 131051},
                        {QStringLiteral("title"), QStringLiteral("Message type unknown")},
                        {QStringLiteral("message"), QStringLiteral("Message type unknown")}}});
    }
    json.insert(QStringLiteral("type"), type);
    if (!m.replyTo.isEmpty() && kind != QLatin1String("reaction")) {
        json.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("from"), m.from},
                                                           {QStringLiteral("id"), m.replyTo}});
    }
    return json;
}

QJsonObject watiInbound(const CustomerMessage &m, const QString &wamid, const QString &watiId,
                        const QDateTime &at, const QString &fileBaseUrl)
{
    QJsonObject json{{QStringLiteral("eventType"), QStringLiteral("message")},
                     {QStringLiteral("id"), watiId},
                     {QStringLiteral("created"), at.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("whatsappMessageId"), wamid},
                     {QStringLiteral("conversationId"), QStringLiteral("conv-") + m.from},
                     {QStringLiteral("waId"), m.from},
                     {QStringLiteral("senderName"), m.name},
                     {QStringLiteral("text"), m.text},
                     {QStringLiteral("type"), m.kind},
                     {QStringLiteral("owner"), false},
                     {QStringLiteral("timestamp"), seconds(at)}};
    static const QHash<QString, QString> files = {
        {QStringLiteral("image"), QStringLiteral("data/images/photo.jpg")},
        {QStringLiteral("video"), QStringLiteral("data/videos/clip.mp4")},
        {QStringLiteral("audio"), QStringLiteral("data/audios/voice.ogg")},
        {QStringLiteral("document"), QStringLiteral("data/documents/receipt.pdf")},
        {QStringLiteral("sticker"), QStringLiteral("data/stickers/sticker.webp")}};
    if (files.contains(m.kind)) {
        json.insert(QStringLiteral("data"), fileBaseUrl +
                                                QStringLiteral("/api/file/showFile?fileName=") +
                                                files.value(m.kind));
    } else if (m.kind == QLatin1String("location")) {
        json.insert(QStringLiteral("text"),
                    m.text.isEmpty() ? QStringLiteral("-23.5613,-46.6565") : m.text);
    } else if (m.kind == QLatin1String("button")) {
        json.insert(QStringLiteral("buttonReply"),
                    QJsonObject{{QStringLiteral("text"), m.text},
                                {QStringLiteral("payload"), m.text.toUpper()}});
    } else if (m.kind == QLatin1String("interactive")) {
        json.insert(QStringLiteral("listReply"),
                    QJsonObject{{QStringLiteral("title"), m.text},
                                {QStringLiteral("description"), QString()},
                                {QStringLiteral("id"), QStringLiteral("row-1")}});
    }
    if (!m.replyTo.isEmpty())
        json.insert(QStringLiteral("replyContextId"), m.replyTo);
    return json;
}

} // namespace inbox::sandbox
