// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "CacheError.h"
#include "ModelsLog.h"
#include "Sql.h"

#include <QStringList>

namespace inbox::schema {

namespace {

/// One step of the schema. Steps are only ever appended: a released step never changes, because
/// files in the field were made by it.
struct Migration
{
    int version;
    const char *summary;
    QStringList statements;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
         "accounts, agents, leads, notes, conversations, messages, reactions, templates, outbox, "
         "relay cursor",
         {
             QStringLiteral(R"(CREATE TABLE accounts (
                id TEXT PRIMARY KEY,
                provider TEXT NOT NULL CHECK (provider IN ('meta', 'wati', 'unipile', 'openwa')),
                display_name TEXT NOT NULL,
                business_phone TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral(R"(CREATE TABLE agents (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('agent', 'manager', 'admin'))))"),
             QStringLiteral(R"(CREATE TABLE leads (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                phone TEXT NOT NULL UNIQUE,
                stage TEXT NOT NULL,
                source TEXT NOT NULL,
                owner_id TEXT REFERENCES agents (id) ON DELETE SET NULL,
                custom_fields TEXT NOT NULL DEFAULT '{}',
                created_at INTEGER NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE conversations (
                id INTEGER PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
                customer_phone TEXT NOT NULL,
                customer_name TEXT NOT NULL DEFAULT '',
                lead_id INTEGER REFERENCES leads (id) ON DELETE SET NULL,
                assignee_id TEXT REFERENCES agents (id) ON DELETE SET NULL,
                status TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'pending', 'resolved', 'snoozed')),
                snoozed_until INTEGER,
                unread_count INTEGER NOT NULL DEFAULT 0,
                last_message_id INTEGER,
                last_activity_at INTEGER NOT NULL,
                last_inbound_at INTEGER,
                UNIQUE (account_id, customer_phone)))"),
             QStringLiteral("CREATE INDEX conversations_by_activity "
                            "ON conversations (last_activity_at DESC, id DESC)"),
             QStringLiteral("CREATE INDEX conversations_by_lead ON conversations (lead_id)"),
             QStringLiteral(R"(CREATE TABLE notes (
                id INTEGER PRIMARY KEY,
                lead_id INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
                conversation_id INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
                author_id TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                text TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX notes_by_lead ON notes (lead_id, created_at)"),
             QStringLiteral(R"(CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                account_id TEXT NOT NULL,
                provider_message_id TEXT,
                direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
                kind TEXT NOT NULL,
                text TEXT NOT NULL DEFAULT '',
                media TEXT,
                details TEXT,
                reply_to TEXT,
                sender_agent_id TEXT,
                status TEXT CHECK (status IN ('queued', 'sent', 'delivered', 'read', 'failed')),
                queued_at INTEGER,
                sent_at INTEGER,
                delivered_at INTEGER,
                read_at INTEGER,
                failed_at INTEGER,
                failure_code TEXT,
                failure_reason TEXT,
                created_at INTEGER NOT NULL,
                UNIQUE (account_id, provider_message_id)))"),
             QStringLiteral("CREATE INDEX messages_by_conversation "
                            "ON messages (conversation_id, created_at)"),
             QStringLiteral(R"(CREATE TABLE reactions (
                message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
                reactor TEXT NOT NULL,
                emoji TEXT NOT NULL,
                reacted_at INTEGER NOT NULL,
                PRIMARY KEY (message_id, reactor)) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE templates (
                id INTEGER PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                language TEXT NOT NULL,
                category TEXT NOT NULL,
                status TEXT NOT NULL,
                components TEXT NOT NULL DEFAULT '[]',
                UNIQUE (account_id, name, language)))"),
             QStringLiteral(R"(CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL UNIQUE REFERENCES messages (id) ON DELETE CASCADE,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                last_error TEXT))"),
             QStringLiteral("CREATE INDEX outbox_by_due ON outbox (next_attempt_at)"),
             QStringLiteral(R"(CREATE TABLE relay_cursor (
                org TEXT PRIMARY KEY,
                cursor INTEGER NOT NULL))"),
         }},
        {2,
         "full-text search over message text and lead names, kept in step by triggers",
         {
             // External-content tables: the text is stored once, in messages and leads.
             QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5 ("
                            "text, content='messages', content_rowid='id', "
                            "tokenize='unicode61 remove_diacritics 2')"),
             QStringLiteral("CREATE VIRTUAL TABLE leads_fts USING fts5 ("
                            "name, content='leads', content_rowid='id', "
                            "tokenize='unicode61 remove_diacritics 2')"),
             QStringLiteral(R"(CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
                INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
                INSERT INTO messages_fts (messages_fts, rowid, text)
                    VALUES ('delete', old.id, old.text);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages
             BEGIN
                INSERT INTO messages_fts (messages_fts, rowid, text)
                    VALUES ('delete', old.id, old.text);
                INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
                INSERT INTO leads_fts (rowid, name) VALUES (new.id, new.name);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
                INSERT INTO leads_fts (leads_fts, rowid, name) VALUES ('delete', old.id, old.name);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER leads_fts_update AFTER UPDATE OF name ON leads BEGIN
                INSERT INTO leads_fts (leads_fts, rowid, name) VALUES ('delete', old.id, old.name);
                INSERT INTO leads_fts (rowid, name) VALUES (new.id, new.name);
             END)"),
             // Index what a version-1 file already holds.
             QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"),
             QStringLiteral("INSERT INTO leads_fts (leads_fts) VALUES ('rebuild')"),
         }},
        {3,
         "the conversation list's preview of the last message kept on the conversation",
         {
             // The list's first page then reads only the conversations table: one hundred rows
             // side by side instead of one hundred messages scattered over a large file.
             QStringLiteral("ALTER TABLE conversations ADD COLUMN last_message_text TEXT NOT NULL "
                            "DEFAULT ''"),
             QStringLiteral("ALTER TABLE conversations ADD COLUMN last_message_kind TEXT"),
             QStringLiteral("ALTER TABLE conversations ADD COLUMN last_message_direction TEXT"),
             QStringLiteral("ALTER TABLE conversations ADD COLUMN last_message_status TEXT"),
             QStringLiteral(R"(CREATE TRIGGER conversations_preview_follow
             AFTER UPDATE OF last_message_id ON conversations
             WHEN new.last_message_id IS NOT old.last_message_id BEGIN
                UPDATE conversations SET (last_message_text, last_message_kind,
                                          last_message_direction, last_message_status) =
                    (SELECT text, kind, direction, status FROM messages
                     WHERE id = new.last_message_id)
                WHERE id = new.id;
             END)"),
             QStringLiteral(R"(CREATE TRIGGER conversations_preview_update
             AFTER UPDATE OF text, kind, status ON messages BEGIN
                UPDATE conversations SET last_message_text = new.text,
                    last_message_kind = new.kind, last_message_status = new.status
                WHERE id = new.conversation_id AND last_message_id = new.id;
             END)"),
             QStringLiteral(R"(UPDATE conversations SET (last_message_text, last_message_kind,
                                                         last_message_direction,
                                                         last_message_status) =
                 (SELECT text, kind, direction, status FROM messages
                  WHERE id = conversations.last_message_id)
             WHERE last_message_id IS NOT NULL)"),
         }},
        {4,
         "the provider's own id of a template, which edits address",
         {
             QStringLiteral("ALTER TABLE templates ADD COLUMN provider_template_id TEXT NOT NULL "
                            "DEFAULT ''"),
         }},
        {5,
         "the id the relay knows each account by (Meta's phone number id, ...)",
         {
             QStringLiteral("ALTER TABLE accounts ADD COLUMN relay_account TEXT NOT NULL "
                            "DEFAULT ''"),
         }},
        {6,
         "the team's saved replies, typed after / in the composer",
         {
             QStringLiteral(R"(CREATE TABLE canned_responses (
                shortcut TEXT PRIMARY KEY,
                text TEXT NOT NULL,
                updated_by TEXT,
                updated_at INTEGER NOT NULL))"),
         }},
        {7,
         "how each account is reached (base URL, ids; never its token, which is in the keychain)",
         {
             QStringLiteral("ALTER TABLE accounts ADD COLUMN connection TEXT NOT NULL DEFAULT "
                            "'{}'"),
         }},
        {8,
         "why a template review ended as it did (Meta's rejection reason)",
         {
             QStringLiteral("ALTER TABLE templates ADD COLUMN status_reason TEXT NOT NULL DEFAULT "
                            "''"),
         }},
        {9,
         "automatic replies: each account's rules, and which desktop answers which message",
         {
             QStringLiteral("ALTER TABLE accounts ADD COLUMN auto_reply TEXT NOT NULL DEFAULT "
                            "'{}'"),
             // The first claim the relay sequenced for a message wins: one reply per message,
             // however many desktops run.
             QStringLiteral(R"(CREATE TABLE auto_reply_claims (
                account_id TEXT NOT NULL,
                message_id TEXT NOT NULL,
                claim TEXT NOT NULL,
                claimed_at INTEGER NOT NULL,
                PRIMARY KEY (account_id, message_id)) WITHOUT ROWID)"),
         }},
        {10,
         "statuses that arrive before their message, kept until it is here",
         {
             QStringLiteral(R"(CREATE TABLE early_statuses (
                id INTEGER PRIMARY KEY,
                account_id TEXT NOT NULL,
                provider_message_id TEXT NOT NULL,
                status TEXT NOT NULL,
                at INTEGER,
                failure_code TEXT,
                failure_reason TEXT))"),
             QStringLiteral("CREATE INDEX early_statuses_by_message ON early_statuses "
                            "(account_id, provider_message_id)"),
         }},
        {11,
         "customers known by WhatsApp's business-scoped user id (usernames), with or without "
         "their number",
         {
             QStringLiteral("ALTER TABLE conversations ADD COLUMN customer_user_id TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX conversations_by_user ON conversations "
                            "(account_id, customer_user_id) WHERE customer_user_id IS NOT NULL"),
         }},
        {12,
         "customers' names and numbers indexed by every three characters, so the search box "
         "finds any part of them without reading every conversation",
         {
             // Contentless: the values live in conversations; the triggers pass the old ones
             // to delete, exactly as they were indexed.
             QStringLiteral("CREATE VIRTUAL TABLE conversations_fts USING fts5 (name, digits, "
                            "content='', tokenize='trigram')"),
             QStringLiteral(R"(CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations
             BEGIN
                INSERT INTO conversations_fts (rowid, name, digits) VALUES
                    (new.id, coalesce(new.customer_name, ''), replace(new.customer_phone, '+', ''));
             END)"),
             QStringLiteral(R"(CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations
             BEGIN
                INSERT INTO conversations_fts (conversations_fts, rowid, name, digits) VALUES
                    ('delete', old.id, coalesce(old.customer_name, ''),
                     replace(old.customer_phone, '+', ''));
             END)"),
             QStringLiteral(R"(CREATE TRIGGER conversations_fts_update
             AFTER UPDATE OF customer_name, customer_phone ON conversations BEGIN
                INSERT INTO conversations_fts (conversations_fts, rowid, name, digits) VALUES
                    ('delete', old.id, coalesce(old.customer_name, ''),
                     replace(old.customer_phone, '+', ''));
                INSERT INTO conversations_fts (rowid, name, digits) VALUES
                    (new.id, coalesce(new.customer_name, ''), replace(new.customer_phone, '+', ''));
             END)"),
             QStringLiteral("INSERT INTO conversations_fts (rowid, name, digits) SELECT id, "
                            "coalesce(customer_name, ''), replace(customer_phone, '+', '') "
                            "FROM conversations"),
         }},
        {13,
         "sends that happen exactly once (an outbox entry in flight, our reference echoed by the "
         "provider), leads that opted out, and bulk campaigns with their recipients",
         {
             // Set just before the provider is called, cleared when the call surely did not
             // take effect: an entry still in flight after a crash is reconciled, never resent.
             QStringLiteral("ALTER TABLE outbox ADD COLUMN in_flight_at INTEGER"),
             QStringLiteral("ALTER TABLE outbox ADD COLUMN campaign_id INTEGER"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN send_reference TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX messages_by_reference ON messages "
                            "(send_reference) WHERE send_reference IS NOT NULL"),
             QStringLiteral("ALTER TABLE leads ADD COLUMN opted_out_at INTEGER"),
             QStringLiteral(R"(CREATE TABLE campaigns (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
                template_name TEXT NOT NULL,
                language TEXT NOT NULL DEFAULT '',
                rate REAL NOT NULL,
                state TEXT NOT NULL
                    CHECK (state IN ('running', 'paused', 'cancelled', 'done')),
                created_by TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL))"),
             // A recipient is pending until its message and outbox entry are written (in one
             // transaction); from then on the message's own status tells how it went.
             QStringLiteral(R"(CREATE TABLE campaign_recipients (
                campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                phone TEXT NOT NULL,
                variables TEXT NOT NULL DEFAULT '{}',
                state TEXT NOT NULL CHECK (state IN ('pending', 'queued', 'cancelled')),
                message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
                PRIMARY KEY (campaign_id, position)) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX campaign_recipients_by_state ON campaign_recipients "
                            "(campaign_id, state, position)"),
             QStringLiteral("CREATE INDEX campaign_recipients_by_message ON campaign_recipients "
                            "(message_id) WHERE message_id IS NOT NULL"),
         }},
        {14,
         "a campaign keeps the content it was checked with (the template or saved reply, its "
         "body and variables), so it sends the same to its last recipient",
         {
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN content TEXT NOT NULL DEFAULT '{}'"),
         }},
        {15,
         "accounts the team's relay hands out (their tokens stay in memory, never here)",
         {
             QStringLiteral("ALTER TABLE accounts ADD COLUMN managed_by TEXT NOT NULL DEFAULT ''"),
         }},
        {16,
         "each change of a conversation's status, who made it and when, for the reports",
         {
             QStringLiteral(R"(CREATE TABLE status_changes (
                conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                actor_id TEXT,
                at INTEGER NOT NULL,
                UNIQUE (conversation_id, status, at)))"),
             QStringLiteral("CREATE INDEX status_changes_by_time ON status_changes (at)"),
             QStringLiteral("CREATE INDEX status_changes_by_conversation ON status_changes "
                            "(conversation_id, at)"),
         }},
        {17,
         "the team's labels, and the conversations that carry them",
         {
             QStringLiteral(R"(CREATE TABLE labels (
                name TEXT PRIMARY KEY,
                colour TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE conversation_labels (
                conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                label TEXT NOT NULL,
                PRIMARY KEY (conversation_id, label)) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX conversation_labels_by_label ON conversation_labels "
                            "(label, conversation_id)"),
         }},
        {18,
         "the team's saved views: named filters of the conversation list",
         {
             QStringLiteral(R"(CREATE TABLE saved_views (
                name TEXT PRIMARY KEY,
                filter TEXT NOT NULL))"),
         }},
        {19,
         "auto-assignment: each account's rules (and the team's, account ''), each teammate's "
         "capacity and last turn",
         {
             QStringLiteral(R"(CREATE TABLE routing (
                account_id TEXT NOT NULL PRIMARY KEY,
                enabled INTEGER NOT NULL,
                reassign_after_minutes INTEGER NOT NULL,
                enabled_at INTEGER NOT NULL))"),
             QStringLiteral("ALTER TABLE agents ADD COLUMN capacity INTEGER"),
             QStringLiteral("ALTER TABLE agents ADD COLUMN last_turn INTEGER NOT NULL DEFAULT 0"),
         }},
    };
    return steps;
}

} // namespace

int latestVersion()
{
    return migrations().constLast().version;
}

int versionOf(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = versionOf(db);
    for (const Migration &step : migrations()) {
        if (step.version <= current || step.version > target)
            continue;
        qCInfo(lcCache) << "migrating cache to version" << step.version << "-" << step.summary;
        sql::Transaction transaction(db);
        for (const QString &statement : step.statements)
            sql::execDirect(db, statement);
        // PRAGMA takes no bound values; the version is our own integer.
        sql::execDirect(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        transaction.commit();
    }
}

} // namespace inbox::schema
