// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelaySchema.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace inbox::relay {

/// One event as the store writes it.
struct EventRow
{
    QString org;
    qint64 seq = 0;
    QString provider;
    QString account;
    qint64 receivedAtMs = 0;
    QByteArray body;
    std::optional<qint64> bodyKey; ///< none: stored without duplicate detection
};

/// The event that holds a body key.
struct KeyHolder
{
    qint64 seq = 0;
    QString provider;
    QString account;
    QByteArray body;
};

/// What differs between the databases the event store runs on, one class per database: the
/// connection's settings, the schema steps, the per-webhook statements and the wake-up of other
/// relays. Everything else the store says in SQL both databases speak.
class EventBackend
{
public:
    virtual ~EventBackend() = default;

    /// Settings of the connection, before the schema is migrated.
    virtual void prepare(QSqlDatabase &db) = 0;
    virtual RelaySchema schema() const = 0;
    /// Reads an organisation's head for the appending transaction (locked where relays share
    /// the database).
    virtual QString headForAppend() const = 0;
    /// Inserts one event; false when its body key is taken.
    virtual bool insert(QSqlDatabase &db, const EventRow &row) = 0;
    virtual std::optional<KeyHolder> holderOf(QSqlDatabase &db, qint64 key) = 0;
    /// After an organisation's events were committed: other relays are told.
    virtual void announce(QSqlDatabase &db, const QString &org) = 0;
    /// Lets go of what it holds on the connection before it closes.
    virtual void release() = 0;
};

/// The event store's schema steps, in the same SQL on both databases but for the type of the
/// body and how a column is added. Append only: stores in the field were made by them.
QList<RelayMigration> eventSteps(const QString &bytesType, const QString &addColumn);
/// The version of an event store made before versions were kept, by what its tables are.
int unversionedEvents(QSqlDatabase &db,
                      const std::function<bool(const char *table, const char *column)> &hasColumn);

/// SQLite in WAL with a full sync at every commit; the per-webhook statements on SQLite's own
/// handle (a third of the writer's time went to QtSql's wrapping).
std::unique_ptr<EventBackend> sqliteEvents();
/// PostgreSQL shared by relays side by side: the head row locked, NOTIFY on commit.
std::unique_ptr<EventBackend> postgresEvents();

/// The statement that inserts an event, for both databases (and the benchmark's baseline).
extern const char eventInsertText[];

} // namespace inbox::relay
