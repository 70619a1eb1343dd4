// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;
class TeamContext;

/// What an agent does to a customer's lead: move it to another stage, add a note for the team,
/// leave the customer out of bulk campaigns (or take them back in).
/// Each gives an empty string when done, else the problem in words.
class LeadController : public QObject
{
    Q_OBJECT
public:
    LeadController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                   QObject *parent = nullptr);

    /// `phone` is the lead's canonical number, how every desktop names it.
    QFuture<QString> setStage(qint64 leadId, const QString &phone, const QString &stage);
    QFuture<QString> addNote(qint64 leadId, qint64 conversationId, const QString &phone,
                             const QString &text);
    /// The customer said "no more messages" to an agent (a STOP they write is seen by itself).
    QFuture<QString> setOptedOut(qint64 leadId, const QString &phone, bool optedOut);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    TeamContext *m_team;
};

} // namespace inbox
