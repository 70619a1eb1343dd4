#pragma once

#include <QDateTime>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbox::sandbox {

/// A JSON answer, as the providers give them.
inline QHttpServerResponse
json(const QJsonObject &body,
     QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
{
    return QHttpServerResponse("application/json",
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

inline QString seconds(const QDateTime &at)
{
    return QString::number(at.toSecsSinceEpoch());
}

} // namespace inbox::sandbox
