// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCore.h"

#include "SandboxHttp.h"
#include "demo/DemoAccounts.h"
#include "meta/MetaProvider.h"
#include "openwa/OpenWaProvider.h"
#include "unipile/UnipileProvider.h"
#include "wati/WatiProvider.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageWriter>
#include <QNetworkReply>
#include <QPainter>
#include <QTimer>

namespace inbox {

SandboxConfig::SandboxConfig()
{
    const demo::DemoAccount &meta = demo::accountOn(QLatin1String(meta::key));
    metaPhoneNumberId = meta.account.connection.value(QLatin1String("phoneNumberId")).toString();
    metaWabaId = meta.account.connection.value(QLatin1String("wabaId")).toString();
    metaToken = meta.token;
    metaAppSecret = meta.secret;
    const demo::DemoAccount &wati = demo::accountOn(QLatin1String(wati::key));
    watiTenant = wati.sandboxPath.mid(1);
    watiToken = wati.token;
    watiWebhookSecret = wati.secret;
    const demo::DemoAccount &unipile = demo::accountOn(QLatin1String(unipile::key));
    unipileApiKey = unipile.token;
    unipileAccountId = unipile.account.connection.value(QLatin1String("accountId")).toString();
    unipileOwnNumber = unipile.account.businessPhone.mid(1);
    unipileWebhookSecret = unipile.secret;
    const demo::DemoAccount &openwa = demo::accountOn(QLatin1String(openwa::key));
    openwaApiKey = openwa.token;
    openwaHostNumber = openwa.account.businessPhone.mid(1);
}

void SandboxConfig::postTo(const QUrl &relay)
{
    metaWebhookUrl = demo::webhookUrl(demo::accountOn(QLatin1String(meta::key)), relay);
    watiWebhookUrl = demo::webhookUrl(demo::accountOn(QLatin1String(wati::key)), relay);
    unipileWebhookUrl = demo::webhookUrl(demo::accountOn(QLatin1String(unipile::key)), relay);
    openwaWebhookUrl = demo::webhookUrl(demo::accountOn(QLatin1String(openwa::key)), relay);
}

WebhookPoster::WebhookPoster(const double &scale, QObject *parent)
    : QObject(parent)
    , m_scale(scale)
{}

void WebhookPoster::post(const QUrl &url, const QByteArray &body, const Headers &headers,
                         WebhookRetry retry)
{
    if (!url.isValid())
        return;
    attempt(url, body, headers, retry, 1);
}

void WebhookPoster::attempt(const QUrl &url, const QByteArray &body, const Headers &headers,
                            const WebhookRetry &retry, int number)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30000); // the providers wait about this long for an answer
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT posted(url, status, number);
        if (status == 200)
            return;
        const auto wait = retry ? retry(number) : std::nullopt;
        if (!wait) {
            Q_EMIT gaveUp(url, number);
            return;
        }
        ++m_waiting;
        const auto scaled = std::chrono::milliseconds(qint64(double(wait->count()) * m_scale));
        QTimer::singleShot(scaled, this, [=, this] {
            --m_waiting;
            attempt(url, body, headers, retry, number + 1);
        });
    });
}

namespace {

QByteArray picture(quint64 seed, const QSize &size, const char *format)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(QColor::fromHsv(int(seed % 360), 60, 240));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv(int((seed * 7) % 360), 160, 200));
    painter.drawEllipse(QRect(QPoint(size.width() / 4, size.height() / 6),
                              QSize(size.width() / 2, size.height() * 2 / 3)));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 85);
    return bytes;
}

/// A file of `size` bytes that starts as files of its type do.
QByteArray filler(const QByteArray &start, qsizetype size)
{
    QByteArray bytes = start;
    bytes.reserve(size);
    for (qsizetype i = bytes.size(); i < size; ++i)
        bytes.append(char((i * 31) % 251));
    return bytes;
}

} // namespace

MediaShelf::File MediaShelf::make(const QString &kind)
{
    const quint64 n = m_next;
    if (kind == QLatin1String("image"))
        return keep(kind, QStringLiteral("image/jpeg"), QStringLiteral("photo-%1.jpg").arg(n),
                    picture(n, {640, 480}, "JPG"));
    if (kind == QLatin1String("sticker")) {
        // WhatsApp's stickers are WebP, where Qt has the plugin to write one.
        const bool webp = QImageWriter::supportedImageFormats().contains("webp");
        return keep(
            kind, webp ? QStringLiteral("image/webp") : QStringLiteral("image/png"),
            QStringLiteral("sticker-%1.%2").arg(n).arg(QLatin1String(webp ? "webp" : "png")),
            picture(n, {512, 512}, webp ? "WEBP" : "PNG"));
    }
    if (kind == QLatin1String("video"))
        return keep(kind, QStringLiteral("video/mp4"), QStringLiteral("clip-%1.mp4").arg(n),
                    filler(QByteArray("\0\0\0\x18"
                                      "ftypmp42",
                                      12),
                           700 * 1024));
    if (kind == QLatin1String("audio") || kind == QLatin1String("voice"))
        return keep(kind, QStringLiteral("audio/ogg"), QStringLiteral("voice-%1.ogg").arg(n),
                    filler("OggS", 48 * 1024));
    const QByteArray pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                           "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]>>endobj\n"
                           "trailer<</Root 1 0 R>>\n%%EOF\n";
    return keep(QStringLiteral("document"), QStringLiteral("application/pdf"),
                QStringLiteral("receipt-%1.pdf").arg(n), pdf);
}

MediaShelf::File MediaShelf::keep(const QString &kind, const QString &mimeType,
                                  const QString &fileName, const QByteArray &bytes)
{
    const QString id = QString::number(m_next++);
    return *m_files.insert(id, {id, kind, mimeType, fileName, bytes});
}

const MediaShelf::File *MediaShelf::find(const QString &id) const
{
    const auto found = m_files.constFind(id);
    return found == m_files.cend() ? nullptr : &*found;
}

const MediaShelf::File *MediaShelf::findByName(const QString &fileName) const
{
    for (const File &file : m_files) {
        if (file.fileName == fileName)
            return &file;
    }
    return nullptr;
}

QString MediaShelf::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace inbox
