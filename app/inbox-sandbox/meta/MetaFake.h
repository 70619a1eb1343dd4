// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProviderFake.h"

#include <QList>

namespace inbox::sandbox {

/// Meta's WhatsApp Cloud API under /v23.0: sends with sent, delivered and read statuses, media
/// upload and download, message templates with review, and customers of every kind, posted as
/// signed webhooks and retried for up to seven days (compressed) until answered 200.
class MetaFake : public ProviderFake
{
    Q_OBJECT
public:
    explicit MetaFake(SandboxCore &core, QObject *parent = nullptr);

    QString provider() const override;
    QString prefix() const override { return QStringLiteral("/v23.0"); }
    QHttpServerResponse answer(const QString &path, const QHttpServerRequest &request) override;
    QStringList customerKinds() const override;
    QString customerWrites(const CustomerMessage &message) override;

    /// One element of a webhook's "messages" list, as the Cloud API sends it for this kind;
    /// `media` is the shelf's file of a media kind.
    static QJsonObject inbound(const CustomerMessage &message, const QString &wamid,
                               const QDateTime &at, const MediaShelf::File *media);
    /// Meta's schedule: again after 1, 2, 4 ... minutes, at most an hour apart, for 7 days.
    static std::optional<std::chrono::milliseconds> retryAfter(int retry);

private:
    QHttpServerResponse messages(const QJsonObject &body);
    QHttpServerResponse templates(const QString &templateId, const QHttpServerRequest &request);
    QHttpServerResponse media(const QString &mediaId, const QHttpServerRequest &request);
    QHttpServerResponse upload(const QHttpServerRequest &request);
    void scheduleStatuses(const QString &wamid, const QString &recipient);
    void post(const QJsonObject &value);
    void postChange(const QString &field, const QJsonObject &value);

    QList<QJsonObject> m_templates; ///< as GET message_templates lists them
};

} // namespace inbox::sandbox
