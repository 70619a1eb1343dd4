// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace inbox {

/// A person the business sells to, one per phone number across all accounts.
struct Lead
{
    qint64 id = 0;
    QString name;
    QString phone; ///< E.164, canonical (see PhoneNumber)
    QString stage;
    QString source;
    QString ownerId;
    QJsonObject customFields;
    QDateTime createdAt;
    QDateTime optedOutAt; ///< when bulk campaigns began to leave them out (invalid: they don't)
};

/// A teammate's private remark on a lead, never sent to the customer.
struct Note
{
    qint64 id = 0;
    qint64 leadId = 0;
    qint64 conversationId = 0; ///< 0 when written on the lead itself
    QString authorId;
    QString authorName;
    QDateTime createdAt;
    QString text;
};

/// The default sales pipeline; a lead made from a first inbound message starts at its first stage.
inline const QStringList &defaultPipeline()
{
    static const QStringList stages = {QStringLiteral("New"), QStringLiteral("Qualified"),
                                       QStringLiteral("Proposal"), QStringLiteral("Won"),
                                       QStringLiteral("Lost")};
    return stages;
}

} // namespace inbox
