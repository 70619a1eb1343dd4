// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProviderFake.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace inbox::sandbox {

/// WATI's API for one tenant under /<tenant>, its files, and customers who send text, media,
/// locations and button or list replies; webhooks with the secret header, retried.
class WatiFake : public ProviderFake
{
    Q_OBJECT
public:
    explicit WatiFake(SandboxCore &core, QObject *parent = nullptr);

    QString provider() const override;
    QString prefix() const override;
    QHttpServerResponse answer(const QString &path, const QHttpServerRequest &request) override;
    QStringList customerKinds() const override;
    QString customerWrites(const CustomerMessage &message) override;

    /// A WATI "message" webhook body for this kind; `fileUrl` links a media kind's file.
    static QJsonObject inbound(const CustomerMessage &message, const QString &wamid,
                               const QString &watiId, const QDateTime &at, const QString &fileUrl);
    /// WATI's schedule: again every ten minutes, 144 times in all.
    static std::optional<std::chrono::milliseconds> retryAfter(int retry);

private:
    QHttpServerResponse api(const QString &endpoint, const QHttpServerRequest &request);
    QHttpServerResponse send(const QString &phone, const QString &text, bool isTemplate,
                             const QString &type = QStringLiteral("text"),
                             const QString &givenLocalId = {});
    QHttpServerResponse contacts(const QString &endpoint, const QHttpServerRequest &request);
    void remember(const QString &phone, const QJsonObject &message);
    void scheduleStatuses(const QJsonObject &sent);
    void post(const QJsonObject &event);

    QList<QJsonObject> m_templates;               ///< as getMessageTemplates lists them
    QHash<QString, QList<QJsonObject>> m_history; ///< by customer number, oldest first
    QMap<QString, QJsonObject> m_contacts;        ///< by number
    QStringList m_operators = {QStringLiteral("marta@sandbox.example"),
                               QStringLiteral("rafael@sandbox.example")};
};

} // namespace inbox::sandbox
