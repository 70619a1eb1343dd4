// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProviderFake.h"

#include <QJsonArray>
#include <QList>
#include <QMap>

namespace inbox::sandbox {

/// UniPile's API for one WhatsApp account, and its webhook-first messaging.
class UnipileFake : public ProviderFake
{
    Q_OBJECT
public:
    explicit UnipileFake(SandboxCore &core, QObject *parent = nullptr);

    QString provider() const override;
    QString prefix() const override { return QStringLiteral("/unipile/api/v1"); }
    QHttpServerResponse answer(const QString &path, const QHttpServerRequest &request) override;
    QStringList customerKinds() const override;
    /// A customer the fake knows already is shown by the name given now.
    QString customerWrites(const CustomerMessage &message) override;

    /// UniPile's schedule: five retries, a minute more apart each time.
    static std::optional<std::chrono::milliseconds> retryAfter(int retry);

private:
    struct UnipileChat
    {
        QString digits;
        QString name;
        QList<QJsonObject> messages; ///< newest first
    };
    QJsonObject store(const QString &chatId, const QString &text, bool ours,
                      const QString &timestamp, const QJsonArray &attachments);
    QJsonObject event(const QString &event, const QString &chatId,
                      const QJsonObject &message) const;
    void post(const QJsonObject &event);

    QMap<QString, UnipileChat> m_chats; ///< by chat id
};

} // namespace inbox::sandbox
