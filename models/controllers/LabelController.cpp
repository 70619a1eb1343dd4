// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelController.h"

#include "ConversationController.h"
#include "TeamContext.h"
#include "cache/ConversationStore.h"

#include <QRegularExpression>

namespace inbox {

LabelController::LabelController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                                 QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_team(team)
{}

QString LabelController::problemWithName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Give the label a name, for example VIP.");
    if (name.trimmed().size() > 32 || name.contains(QLatin1Char(',')))
        return tr("A label is at most 32 characters, without commas.");
    return {};
}

QFuture<QString> LabelController::define(const Label &label)
{
    const QString name = label.name.trimmed();
    if (const QString problem = problemWithName(name); !problem.isEmpty())
        return settled(problem);
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.match(label.colour).hasMatch())
        return settled(tr("Choose the label's colour."));
    return m_team->publishOr(TeamEvent{team::DefineLabel{name, label.colour, false}, {}},
                             [=, this] {
                                 return LabelStore(m_cache).define({name, label.colour});
                             });
}

QFuture<QString> LabelController::remove(const QString &name)
{
    return m_team->publishOr(TeamEvent{team::DefineLabel{name, {}, true}, {}},
                             [=, this] { return LabelStore(m_cache).remove(name); });
}

QFuture<QString> LabelController::setOn(qint64 conversationId, const QString &label, bool on)
{
    return withKey(m_cache, conversationId, this, [=, this](const ReadState &state) {
        return m_team->publishOr(
            TeamEvent{team::LabelConversation{state.key, label, !on}, {}},
            [=, this] { return LabelStore(m_cache).setOn(conversationId, label, on); });
    });
}

QFuture<QString> LabelController::saveView(const QString &name, const ConversationFilter &filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return settled(tr("Give the view a name, for example VIP waiting."));
    const QJsonObject json = filterToJson(filter);
    return m_team->publishOr(TeamEvent{team::SaveView{trimmed, json, false}, {}}, [=, this] {
        return SavedViewStore(m_cache).save({trimmed, json});
    });
}

QFuture<QString> LabelController::removeView(const QString &name)
{
    return m_team->publishOr(TeamEvent{team::SaveView{name, {}, true}, {}},
                             [=, this] { return SavedViewStore(m_cache).remove(name); });
}

} // namespace inbox
