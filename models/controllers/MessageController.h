// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;
class TeamContext;

/// What an agent does with messages: send one (text, file or template), retry a failed one,
/// react to one; and, once the provider has one of ours, tell the team so that every inbox
/// shows it (Meta and WATI echo nothing to the others). Store failures reach the caller as
/// CacheError through the future, so nothing typed is lost silently.
class MessageController : public QObject
{
    Q_OBJECT
public:
    MessageController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                      QObject *parent = nullptr);

    /// Stored as QUEUED with its outbox entry in one transaction: it shows at once and is sent
    /// when the provider can be reached. Gives its id.
    QFuture<qint64> send(const Message &message);
    /// A failed message goes back into the outbox; false when it is already there.
    QFuture<bool> retry(qint64 messageId);
    /// Our reaction to `target` (an empty emoji takes it back), sent through the outbox.
    QFuture<qint64> react(const Message &target, const QString &emoji);
    /// The provider took our message `messageId` as `externalId`: teammates are told.
    void announceSent(qint64 messageId, const QString &externalId);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    TeamContext *m_team;
};

} // namespace inbox
