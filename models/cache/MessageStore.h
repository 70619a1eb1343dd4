// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <QFuture>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace inbox {

class CacheDatabase;

/// Where a page of one conversation's messages ends: pages go back in time.
struct MessageCursor
{
    QDateTime createdAt;
    qint64 id = 0;
};

/// What an insert did: re-delivered messages (same account and provider id) are skipped.
struct InsertOutcome
{
    QList<qint64> insertedIds; ///< in the order of the input, skipped ones left out
    QMap<qint64, QList<qint64>> byConversation; ///< the new ids of each conversation
    int duplicates = 0;
};

/// A message found by full-text search.
struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString text;
    QDateTime createdAt;
};

/// Messages, their delivery status and reactions, and full-text search over them.
class MessageStore
{
public:
    explicit MessageStore(std::shared_ptr<CacheDatabase> cache);

    /// Inserts messages (conversationId set) inside the caller's transaction and moves each
    /// conversation's last message, activity time, 24-hour window and unread count with them.
    /// Rows go in as multi-row statements: FTS5 flushes its pending index at every statement's
    /// savepoint, so one statement per row would cost four times as much with the FTS trigger.
    /// `past`: messages from the provider's history count nothing unread and reopen nothing.
    static InsertOutcome insertIn(QSqlDatabase &db, const QList<Message> &messages,
                                  bool past = false);
    /// The statement insertIn runs for `rows` rows (at most insertRowsPerStatement): one row of
    /// values per message, duplicates skipped, the inserted rows returned. Public for the
    /// benchmark, whose baseline runs the very same statement through the sqlite3 C API.
    static QString insertStatement(int rows);
    static constexpr int insertRowsPerStatement = 50;
    /// For filling an empty cache (the seeder, a first full history import): runs `load` with
    /// the full-text index's insert trigger set aside, then indexes every message at once, which
    /// is about six times faster than row by row. Inside the caller's transaction, so the trigger
    /// is back before the transaction ends, and a failure rolls back the lot.
    /// A message that came without its file (a shared history's media placeholder) gets the
    /// kind, file and caption of `message`, found by its account and provider id. Gives the
    /// (conversation id, message id) when it did.
    static std::optional<std::pair<qint64, qint64>>
    fillMediaIn(QSqlDatabase &db, const QString &accountId, const Message &message);
    static void bulkLoadIn(QSqlDatabase &db, const std::function<void()> &load);
    /// Merges a status report into an outbound message found by its provider id. Returns the
    /// message's (conversation id, message id) when something changed.
    static std::optional<std::pair<qint64, qint64>> applyStatusIn(QSqlDatabase &db,
                                                                  const QString &accountId,
                                                                  const QString &providerMessageId,
                                                                  const StatusUpdate &update);

    /// The same for a message known by its local id (it may have no provider id yet); a
    /// non-empty `providerMessageId` is stored with the status.
    static std::optional<std::pair<qint64, qint64>>
    applyStatusByIdIn(QSqlDatabase &db, qint64 messageId, const StatusUpdate &update,
                      const QString &providerMessageId = QString());

    /// A line of the conversation's history ("Marco assigned this to Priya") in its chat, kept
    /// once per `key`; it moves no preview, unread count or window.
    static InsertOutcome addHistoryIn(QSqlDatabase &db, qint64 conversationId, const QString &text,
                                      const QString &key, const QDateTime &at);
    /// The local id of the account's message with this provider id.
    static std::optional<qint64> idForProviderIn(QSqlDatabase &db, const QString &accountId,
                                                 const QString &providerMessageId);
    static qint64 conversationOfIn(QSqlDatabase &db, qint64 messageId);
    /// Our queued message to `canonicalPhone` with this text and no provider id yet, queued
    /// after `since`, takes `providerMessageId`: webhook-first providers echo a send before its
    /// answer is in. Gives (conversation id, message id) of the adopted message.
    static std::optional<std::pair<qint64, qint64>>
    adoptEchoIn(QSqlDatabase &db, const QString &accountId, const QString &canonicalPhone,
                const QString &text, const QString &providerMessageId, const QDateTime &since);
    /// The customer edited a message (new text) or took it back (nullopt).
    static void reviseIn(QSqlDatabase &db, qint64 messageId,
                         const std::optional<QString> &editedText);
    /// A status for a message that is not here yet (webhooks arrive in any order, and a status
    /// may beat our own send's answer): kept until a message takes that provider id.
    static void keepEarlyStatusIn(QSqlDatabase &db, const QString &accountId,
                                  const QString &providerMessageId, const StatusUpdate &update);
    /// Applies, in the order they came, and forgets the statuses kept for this message's
    /// provider id. Gives (conversation id, message id) when something changed.
    static std::optional<std::pair<qint64, qint64>> applyEarlyStatusesIn(QSqlDatabase &db,
                                                                         qint64 messageId);

    /// Sets (or with an empty emoji removes) one reactor's reaction, inside the caller's
    /// transaction; a reaction older than the one kept changes nothing.
    static void setReactionIn(QSqlDatabase &db, qint64 messageId, const QString &reactor,
                              const QString &emoji, const QDateTime &at);

    QFuture<InsertOutcome> insert(const QList<Message> &messages);
    QFuture<bool> applyStatus(const QString &accountId, const QString &providerMessageId,
                              const StatusUpdate &update);
    /// Sets (or with an empty emoji removes) one reactor's reaction on a message.
    QFuture<void> setReaction(qint64 messageId, const QString &reactor, const QString &emoji,
                              const QDateTime &at);

    /// Up to `limit` messages older than `before` (from the newest when empty), newest first.
    QFuture<QList<Message>> page(qint64 conversationId, std::optional<MessageCursor> before,
                                 int limit);
    QFuture<QList<Message>> byIds(const QList<qint64> &ids);
    /// The message's media as now known (a downloaded file's local path); the chat repaints.
    QFuture<void> setMedia(qint64 messageId, const MediaInfo &media);
    /// The same with our outgoing reaction rows, which the chat never shows (the outbox sends
    /// them).
    QFuture<QList<Message>> byIdsWithReactions(const QList<qint64> &ids);
    /// Newest matches first; every typed word must match (as a prefix).
    QFuture<QList<SearchHit>> search(const QString &typed, int limit);

private:
    QFuture<QList<Message>> byIdsIn(const QList<qint64> &ids, const QString &filter);
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
