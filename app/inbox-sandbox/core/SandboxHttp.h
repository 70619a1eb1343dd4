// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHttpServerResponse>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace inbox::sandbox {

/// A JSON answer, as the providers give them.
inline QHttpServerResponse
json(const QJsonObject &body,
     QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
{
    return QHttpServerResponse("application/json",
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

/// The picture as PNG bytes (attendee pictures, QR codes).
QByteArray png(const QImage &image);

/// One part of a multipart/form-data body the sandbox received.
struct FormPart
{
    QByteArray value;
    QString fileName;
    QByteArray contentType;
};

/// The parts of a multipart/form-data body by name. The sandbox stands in for the far side of
/// the network, so it reads our requests with no more than it needs: Qt builds multipart
/// bodies (QHttpMultiPart) but has no reader for them.
QMap<QString, FormPart> formParts(const QByteArray &body, const QByteArray &contentType);

inline QString seconds(const QDateTime &at)
{
    return QString::number(at.toSecsSinceEpoch());
}

} // namespace inbox::sandbox
