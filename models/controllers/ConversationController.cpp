// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationController.h"

#include "ModelsLog.h"
#include "TeamContext.h"
#include "cache/CacheDatabase.h"
#include "cache/ConversationStore.h"
#include "domain/ConversationHistory.h"
#include "itemmodels/WhenReady.h"
#include "ports/ProviderApi.h"
#include "ports/RelayLink.h"

#include <QCoreApplication>
#include <QPromise>

namespace inbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::ConversationController", text);
}

} // namespace

QFuture<QString> withKey(const std::shared_ptr<CacheDatabase> &cache, qint64 conversationId,
                         QObject *context, std::function<QFuture<QString>(const ReadState &)> act)
{
    const Outcome finish;
    whenReady(
        ConversationStore(cache).readState(conversationId), context,
        [=](const std::optional<ReadState> &state) {
            if (!state) {
                finish(tr("This conversation is no longer in the cache; pick it again."));
                return;
            }
            whenReady(act(*state), context, finish,
                      [finish](const CacheError &error) { finish(error.message()); });
        },
        [finish](const CacheError &error) { finish(error.message()); });
    return finish.future();
}

ConversationController::ConversationController(
    std::shared_ptr<CacheDatabase> cache, TeamContext *team, ProviderCatalog providers,
    std::function<std::shared_ptr<ProviderApi>(const QString &)> apiFor, QObject *parent,
    std::function<QDateTime()> now)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_team(team)
    , m_providers(std::move(providers))
    , m_apiFor(std::move(apiFor))
    , m_now(std::move(now))
{
    connect(&m_waking, &QTimer::timeout, this, &ConversationController::wakeDue);
}

QFuture<QString> ConversationController::open(qint64 conversationId)
{
    return withKey(m_cache, conversationId, this, [this, conversationId](const ReadState &state) {
        if (state.unread == 0)
            return settled();
        // Here at once, whatever the relay or the provider say: the badge goes now.
        ConversationStore(m_cache).markRead(conversationId);
        if (m_providers.capabilitiesOf(state.provider).readReceipts &&
            !state.lastInboundProviderId.isEmpty()) {
            if (const auto api = m_apiFor ? m_apiFor(state.accountId) : nullptr) {
                whenReady(
                    api->markRead(state.lastInboundProviderId), this,
                    [account = state.accountId](const SendResult &result) {
                        if (!result.ok())
                            qCInfo(lcModels) << "no read receipt on" << account << ":"
                                             << result.error->message();
                    },
                    [](const CacheError &error) { qCWarning(lcModels) << error.message(); });
            }
        }
        if (m_team->relay() && m_team->relay()->state() == RelayLink::State::Connected) {
            // Teammates' counts follow; offline they catch up when someone opens it again.
            m_team->publishOr(TeamEvent{team::MarkRead{state.key}, {}},
                              [] { return QtFuture::makeReadyFuture(); });
        }
        return settled();
    });
}

QFuture<QString> ConversationController::take(qint64 conversationId)
{
    return assign(conversationId, m_team->agentId());
}

QFuture<QString> ConversationController::assign(qint64 conversationId, const QString &agentId,
                                                const QString &agentName)
{
    return withKey(m_cache, conversationId, this, [=, this](const ReadState &state) {
        const TeamEvent event = agentId.isEmpty()
                                    ? TeamEvent{team::Unassign{state.key}, {}}
                                    : TeamEvent{team::Assign{state.key, agentId, agentName}, {}};
        return m_team->publishOr(event, [=, this] {
            const QString you = tr("You");
            return ConversationStore(m_cache).assign(
                conversationId, agentId,
                agentId.isEmpty() ? history::unassigned(you)
                                  : history::assigned(you, agentId, agentName, m_team->agentId()));
        });
    });
}

QFuture<QString> ConversationController::setStatus(qint64 conversationId, ConversationStatus status,
                                                   const QDateTime &until)
{
    if (status == ConversationStatus::Snoozed && !(until > m_now()))
        return settled(tr("Snooze until a time in the future."));
    return withKey(m_cache, conversationId, this, [=, this](const ReadState &state) {
        return m_team->publishOr(TeamEvent{team::SetStatus{state.key, status, until}, {}}, [=,
                                                                                            this] {
            return ConversationStore(m_cache).setStatus(
                conversationId, status, until, history::statusChanged(tr("You"), status, until));
        });
    });
}

void ConversationController::startWaking(std::chrono::milliseconds interval)
{
    m_waking.start(interval);
    wakeDue();
}

void ConversationController::wakeDue()
{
    whenReady(
        ConversationStore(m_cache).wakeSnoozed(m_now()), this,
        [this](const QList<qint64> &woken) {
            if (!woken.isEmpty())
                Q_EMIT woke(woken);
        },
        [](const CacheError &error) {
            qCWarning(lcModels) << "cannot wake snoozed conversations:" << error.message();
        });
}

} // namespace inbox
