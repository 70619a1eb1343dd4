// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadController.h"

#include "TeamContext.h"
#include "cache/LeadStore.h"

#include <QCoreApplication>

namespace inbox {

LeadController::LeadController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                               QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_team(team)
{}

QFuture<QString> LeadController::setStage(qint64 leadId, const QString &phone, const QString &stage)
{
    if (leadId == 0 || phone.isEmpty())
        return settled(QCoreApplication::translate("inbox::LeadController",
                                                   "This conversation has no lead yet."));
    return m_team->publishOr(
        TeamEvent{team::EditLead{phone, std::nullopt, stage, std::nullopt}, {}},
        [=, this] { return LeadStore(m_cache).setStage(leadId, stage); });
}

QFuture<QString> LeadController::setOptedOut(qint64 leadId, const QString &phone, bool optedOut)
{
    if (leadId == 0 || phone.isEmpty())
        return settled(QCoreApplication::translate("inbox::LeadController",
                                                   "This conversation has no lead yet."));
    return m_team->publishOr(
        TeamEvent{team::EditLead{phone, std::nullopt, std::nullopt, optedOut}, {}}, [=, this] {
            const QDateTime at = optedOut ? QDateTime::currentDateTimeUtc() : QDateTime();
            return LeadStore(m_cache).setOptedOut(phone, at).then([](bool) {});
        });
}

QFuture<QString> LeadController::addNote(qint64 leadId, qint64 conversationId, const QString &phone,
                                         const QString &text)
{
    const QString note = text.trimmed();
    if (note.isEmpty())
        return settled(
            QCoreApplication::translate("inbox::LeadController", "Write the note first."));
    if (leadId == 0 || phone.isEmpty())
        return settled(QCoreApplication::translate("inbox::LeadController",
                                                   "This conversation has no lead yet."));
    return m_team->publishOr(TeamEvent{team::AddNote{phone, note}, {}}, [=, this] {
        Note local;
        local.leadId = leadId;
        local.conversationId = conversationId;
        local.authorId = m_team->agentId();
        local.createdAt = QDateTime::currentDateTimeUtc();
        local.text = note;
        return LeadStore(m_cache).addNote(local).then([](qint64) {});
    });
}

} // namespace inbox
