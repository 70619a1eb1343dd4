// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace inbox {

class CacheDatabase;
class ProviderApi;
class TeamContext;

/// What an agent does to a conversation: open it (marks it read), take it, assign it, set its
/// status or snooze it. Each gives an empty string when done, else the problem in words.
/// Snoozed conversations wake (as open) at their time on every desktop, also when the app was
/// closed at that moment: each desktop wakes them from its own cache.
struct ReadState;

/// The conversation's team name (what events carry), then `act` with it; a conversation no
/// longer in the cache says so.
QFuture<QString> withKey(const std::shared_ptr<CacheDatabase> &cache, qint64 conversationId,
                         QObject *context, std::function<QFuture<QString>(const ReadState &)> act);

class ConversationController : public QObject
{
    Q_OBJECT
public:
    /// `providers` says which have read receipts; `apiFor` gives the provider connection of
    /// an account (null when it has none), to send them.
    ConversationController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                           ProviderCatalog providers,
                           std::function<std::shared_ptr<ProviderApi>(const QString &)> apiFor,
                           QObject *parent = nullptr,
                           std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc);

    /// The agent opened it: its unread count is 0 at once here, teammates are told (a read
    /// event), and the customer sees blue ticks where the provider has read receipts. Nothing
    /// happens when nothing is unread.
    QFuture<QString> open(qint64 conversationId);
    /// Assigns it to the signed-in agent (an agent may take only an unassigned one).
    QFuture<QString> take(qint64 conversationId);
    /// Assigns it to `agentId`, or unassigns it when empty (managers and admins).
    QFuture<QString> assign(qint64 conversationId, const QString &agentId,
                            const QString &agentName = {});
    /// `until` only for Snoozed, and then in the future.
    QFuture<QString> setStatus(qint64 conversationId, ConversationStatus status,
                               const QDateTime &until = {});

    /// Looks for snoozed conversations whose time has come every `interval` (and now).
    void startWaking(std::chrono::milliseconds interval = std::chrono::seconds(30));
    void wakeDue();

Q_SIGNALS:
    /// Snoozed conversations came back, for a notification.
    void woke(const QList<qint64> &conversationIds);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    TeamContext *m_team;
    ProviderCatalog m_providers;
    std::function<std::shared_ptr<ProviderApi>(const QString &)> m_apiFor;
    std::function<QDateTime()> m_now;
    QTimer m_waking;
};

} // namespace inbox
