// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProviderFake.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace inbox::sandbox {

/// open-wa's EASY API for one linked phone.
class OpenWaFake : public ProviderFake
{
    Q_OBJECT
public:
    explicit OpenWaFake(SandboxCore &core, QObject *parent = nullptr);

    QString provider() const override;
    QString prefix() const override { return QStringLiteral("/openwa"); }
    /// `path` is what follows /openwa/: "api/messages/sendText".
    QHttpServerResponse answer(const QString &path, const QHttpServerRequest &request) override;
    QStringList customerKinds() const override;
    QString customerWrites(const CustomerMessage &message) override;
    QList<ControlRoute> controlRoutes() const override;
    std::optional<QHttpServerResponse> control(const QString &route,
                                               const QHttpServerRequest &request) override;

    /// Links the session's phone now, as if it had scanned the QR code.
    void link();
    /// open-wa's webhook queue: three more tries, 30 s, 1 min and 2 min apart.
    static std::optional<std::chrono::milliseconds> retryAfter(int retry);

private:
    struct OpenWaChat
    {
        QString name;
        QList<QJsonObject> messages; ///< oldest first
        qsizetype loadedEarlier = 0; ///< how many loadEarlier has given already
    };
    QJsonObject store(const QString &digits, const QString &name, bool fromMe, const QString &type,
                      const QString &body);
    void post(const QString &v5Event, const QString &v4Event, const QJsonValue &data);

    QMap<QString, OpenWaChat> m_chats; ///< by customer digits
    QHash<QString, QString> m_mediaOf; ///< message id -> the shelf's file id
    QString m_state;
    bool m_linking = false;
    int m_battery = 87;
};

} // namespace inbox::sandbox
