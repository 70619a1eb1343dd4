// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttp.h"

#include <QBuffer>
#include <QRegularExpression>

namespace inbox::sandbox {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QMap<QString, FormPart> formParts(const QByteArray &body, const QByteArray &contentType)
{
    static const QRegularExpression boundaryIn(QStringLiteral(R"re(boundary="?([^";]+)"?)re"));
    static const QRegularExpression nameIn(QStringLiteral(R"re(\bname="([^"]*)")re"));
    static const QRegularExpression fileNameIn(QStringLiteral(R"re(\bfilename="([^"]*)")re"));
    static const QRegularExpression typeIn(QStringLiteral(R"(content-type:\s*([^\r\n]+))"),
                                           QRegularExpression::CaseInsensitiveOption);
    QMap<QString, FormPart> parts;
    const QString boundary = boundaryIn.match(QString::fromLatin1(contentType)).captured(1);
    if (boundary.isEmpty())
        return parts;
    const QByteArray delimiter = "--" + boundary.toLatin1();
    qsizetype at = body.indexOf(delimiter);
    while (at >= 0) {
        const qsizetype start = at + delimiter.size();
        const qsizetype next = body.indexOf(delimiter, start);
        if (next < 0 || body.mid(start, 2) == "--")
            break;
        const QByteArray part = body.mid(start, next - start);
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QString headers = QString::fromUtf8(part.left(headerEnd));
            QByteArray value = part.mid(headerEnd + 4);
            if (value.endsWith("\r\n"))
                value.chop(2);
            parts.insert(nameIn.match(headers).captured(1),
                         {value, fileNameIn.match(headers).captured(1),
                          typeIn.match(headers).captured(1).trimmed().toLatin1()});
        }
        at = next;
    }
    return parts;
}

} // namespace inbox::sandbox
