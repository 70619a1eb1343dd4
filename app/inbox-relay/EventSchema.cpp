// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventBackend.h"

namespace inbox::relay {

QList<RelayMigration> eventSteps(const QString &bytesType, const QString &addColumn)
{
    return {
        {1,
         "organisation heads and events",
         {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS org_heads (
                    org TEXT PRIMARY KEY,
                    head BIGINT NOT NULL DEFAULT 0,
                    pruned_through BIGINT NOT NULL DEFAULT 0))"),
          QStringLiteral(R"(CREATE TABLE IF NOT EXISTS events (
                    org TEXT NOT NULL,
                    seq BIGINT NOT NULL,
                    provider TEXT NOT NULL,
                    account TEXT NOT NULL,
                    received_at BIGINT NOT NULL,
                    body %1 NOT NULL,
                    PRIMARY KEY (org, seq)))")
              .arg(bytesType)}},
        // A provider's retry is refused by the index itself: no look-up before each insert.
        // The index is on 8 bytes of the hash of (provider, account, body): a text index of
        // the whole hash cost half of every commit.
        {2,
         "duplicates found by an 8-byte body key",
         {QStringLiteral("ALTER TABLE events %1 body_key BIGINT").arg(addColumn),
          QStringLiteral("DROP INDEX IF EXISTS events_duplicates"),
          QStringLiteral("DROP INDEX IF EXISTS events_bodies"),
          QStringLiteral("DROP INDEX IF EXISTS events_received"),
          QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS events_keys ON events (body_key) "
                         "WHERE body_key IS NOT NULL")}},
        // Who has each conversation, so that the relay can refuse an agent's take of one that
        // is someone else's. An empty assignee is nobody.
        {3, "conversation assignees", {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS assignments (
                    org TEXT NOT NULL,
                    conversation TEXT NOT NULL,
                    assignee TEXT NOT NULL,
                    PRIMARY KEY (org, conversation)))")}}};
}

int unversionedEvents(QSqlDatabase &db,
                      const std::function<bool(const char *table, const char *column)> &hasColumn)
{
    const QStringList tables = db.tables();
    if (!tables.contains(QStringLiteral("events")))
        return 0;
    if (!hasColumn("events", "body_key"))
        return 1;
    return tables.contains(QStringLiteral("assignments")) ? 3 : 2;
}

} // namespace inbox::relay
