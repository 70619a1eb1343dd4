// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/TeamEvent.h"

#include <QFuture>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace inbox {

class CacheDatabase;

/// Which conversations a list shows. Applied in SQL so a window of rows is always full.
struct ConversationFilter
{
    enum class Scope
    {
        All,
        Mine,
        Unassigned
    };
    Scope scope = Scope::All;
    QString currentAgentId; ///< for Mine
    std::optional<ConversationStatus> status;
    std::optional<Provider> provider;
    bool unreadOnly = false;
    QString label;  ///< only conversations with this label (empty: any)
    QString search; ///< names, numbers and message text

    bool operator==(const ConversationFilter &) const = default;
    /// True when a loaded conversation still passes everything but the text search.
    bool acceptsIgnoringSearch(const Conversation &conversation) const;
};

/// Where a page of the conversation list ends: the list is ordered by last activity, newest first.
struct ConversationCursor
{
    QDateTime lastActivityAt;
    qint64 id = 0;
};

/// What marking a conversation read needs: how the team names it, whether anything is unread,
/// and the customer's last message (the provider's read receipt goes to it).
struct ReadState
{
    ConversationKey key;
    Provider provider;
    QString accountId;
    int unread = 0;
    QString lastInboundProviderId;
};

/// Conversations: one per account and customer number.
class ConversationStore
{
public:
    explicit ConversationStore(std::shared_ptr<CacheDatabase> cache);

    /// The conversation of an account with a customer, made on first contact (with its lead).
    /// Runs inside the caller's transaction.
    /// With `userId` (WhatsApp's business-scoped user id): a customer first known by it alone
    /// (keyed by it) takes its number when a message brings both, and two conversations of one
    /// customer become one.
    static qint64 conversationForIn(QSqlDatabase &db, const QString &accountId,
                                    const QString &canonicalPhone, const QString &customerName,
                                    const QDateTime &at, const QString &userId = {});

    /// Up to `limit` conversations after `after` (from the newest when empty), newest first.
    QFuture<QList<Conversation>> page(const ConversationFilter &filter,
                                      std::optional<ConversationCursor> after, int limit);
    /// Those of `ids` that pass the filter, for live updates of a loaded window.
    QFuture<QList<Conversation>> byIds(const ConversationFilter &filter, const QList<qint64> &ids);
    /// Every conversation the filter lets through (its search too), most active first.
    static QList<qint64> idsMatchingIn(QSqlDatabase &db, const ConversationFilter &filter);

    /// Unread messages over every conversation, for the tray.
    QFuture<int> unreadTotal();
    /// Every conversation of a lead (the same customer on other accounts), newest first.
    QFuture<QList<Conversation>> ofLead(qint64 leadId);
    /// `history`: the line the chat shows about it, when there is one.
    QFuture<void> assign(qint64 conversationId, const QString &agentId,
                         const QString &history = {});
    QFuture<void> setStatus(qint64 conversationId, ConversationStatus status,
                            const QDateTime &snoozedUntil = {}, const QString &history = {});
    QFuture<void> markRead(qint64 conversationId);
    /// Wakes snoozed conversations whose time has come (as open); gives their ids.
    QFuture<QList<qint64>> wakeSnoozed(const QDateTime &now);
    /// How the team names the conversation; nullopt when it is not in the cache.
    QFuture<std::optional<ReadState>> readState(qint64 conversationId);

    // The same inside the caller's transaction, on the database thread.
    static void assignIn(QSqlDatabase &db, qint64 conversationId, const QString &agentId);
    static void setStatusIn(QSqlDatabase &db, qint64 conversationId, ConversationStatus status,
                            const QDateTime &snoozedUntil);
    /// Keeps the change for the reports (an event applied again is kept once).
    static void recordStatusIn(QSqlDatabase &db, qint64 conversationId, ConversationStatus status,
                               const QString &actor, const QDateTime &at);
    static void markReadIn(QSqlDatabase &db, qint64 conversationId);
    /// `lines`: the history lines it added, by conversation.
    static QList<qint64> wakeSnoozedIn(QSqlDatabase &db, const QDateTime &now,
                                       QMap<qint64, QList<qint64>> *lines = nullptr);

private:
    /// Runs `write` in a transaction, with the history line it gives (none when empty).
    QFuture<void> change(qint64 conversationId, std::function<QString(QSqlDatabase &)> write);

    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
