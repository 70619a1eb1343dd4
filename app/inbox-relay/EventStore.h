// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventBackend.h"
#include "cache/Sql.h"
#include "domain/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace inbox::relay {

/// A team event that changes who has a conversation. The relay keeps each conversation's
/// assignee, changed in the same transaction that stores the event, so that two teammates
/// taking one conversation at once cannot both have it.
struct AssigneeChange
{
    QString conversation; ///< ConversationKey::text()
    QString assignee;     ///< empty: unassigned
    /// An agent's change, allowed only when the conversation is unassigned or its own (taking
    /// it, or handing its own back); a manager's or admin's always is.
    QString onlyIfFreeOrHeldBy;
    /// An automatic assignment, allowed only while the conversation is still held by exactly
    /// this teammate (empty: nobody), so that of several inboxes deciding at once one lands.
    std::optional<QString> onlyIfHeldBy{};
};

/// A webhook body or team event on its way into the store.
struct IncomingEvent
{
    QString org;
    QString provider; ///< meta, wati, unipile, openwa, or team
    QString account;
    QByteArray body; ///< JSON, exactly as received
    QDateTime receivedAt;
    /// A provider's retry of a body already stored for the same account is a duplicate (the
    /// store finds it by 8 bytes of a SHA-256 computed on the writer thread, then compares the
    /// stored body); team events never are.
    bool deduplicate = true;
    std::optional<AssigneeChange> assignee{};
};

/// An event as the stream sends it.
struct StoredEvent
{
    qint64 seq = 0;
    QString provider;
    QString account;
    QDateTime receivedAt;
    QByteArray body;
};

/// What storing one event came to: its sequence number, and whether it was already there.
struct Appended
{
    qint64 seq = 0;
    bool duplicate = false;
    /// Not stored: its AssigneeChange was not allowed. The conversation's assignee then.
    std::optional<QString> refusedHeldBy{};
};

/// The relay's events in SQLite (WAL, synchronous=FULL) or PostgreSQL. One instance is one
/// connection, used from one thread. Sequence numbers are per organisation and without gaps:
/// the organisation's head is taken and bumped inside the appending transaction.
class EventStore
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    ~EventStore();
    /// `location` is a folder (SQLite file events.db in it) or a postgres:// URL.
    static Expected<std::unique_ptr<EventStore>, QString> open(const QString &location);

    /// Stores a batch in one transaction; throws CacheError (and stores nothing) on failure.
    QList<Appended> append(const QList<IncomingEvent> &batch);
    QList<StoredEvent> after(const QString &org, qint64 seq, int limit);
    qint64 head(const QString &org);
    /// The store's schema version (RelaySchema.h).
    int schemaVersion() { return relay::schemaVersion(m_db); }
    /// Who has the conversation (ConversationKey::text()) now; empty when nobody.
    QString assigneeOf(const QString &org, const QString &conversation);
    /// Everything up to this sequence number was deleted by retention.
    qint64 prunedThrough(const QString &org);
    /// Deletes events received before `before`; gives how many.
    int prune(const QDateTime &before);

    Kind kind() const { return m_kind; }
    QSqlDatabase &database() { return m_db; }
    static QString notifyChannel() { return QStringLiteral("inbox_relay_events"); }

private:
    EventStore(QSqlDatabase db, Kind kind, std::unique_ptr<EventBackend> backend);
    /// Applies an event's change of assignee; false (nothing changed) when it is not allowed.
    bool changeAssignee(const QString &org, const AssigneeChange &change);
    /// A prepared statement kept for the connection's life: the relay runs the same few.
    QSqlQuery &statement(const QString &text);

    QSqlDatabase m_db;
    sql::PreparedStatements m_statements;
    std::unique_ptr<EventBackend> m_backend; ///< what differs between the databases
    QSet<QString> m_knownOrgs;
    Kind m_kind;
};

} // namespace inbox::relay
