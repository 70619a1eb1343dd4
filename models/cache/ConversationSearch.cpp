// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationSearch.h"

#include "SearchQuery.h"
#include "Sql.h"
#include "SqliteStatement.h"
#include "domain/Conversation.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace inbox::conversationsearch {

namespace {

/// Up to this many matching messages and names, their conversations are looked up directly;
/// past it the activity walk is cheaper.
constexpr std::size_t directLookUp = 2000;
/// Conversations read per step of the walk.
constexpr int walkStep = 256;
/// A walk this long without a full page means the matches are few conversations' many
/// messages: the direct look-up is then the cheaper way to the rest.
constexpr int longestWalk = 4096;

/// What the words typed match, kept for the connection while nothing in the cache changes
/// (the list asks again for each page, and for every conversation a webhook touches).
struct Matches
{
    QString connection;
    QString typed;
    qint64 changes = -1;
    std::vector<qint64> messages; ///< ids of every matching message, ascending
    QSet<qint64> byName;          ///< conversations whose name, number or lead matches
};

/// The trigram index's query for a customer's name or number, or nothing under three characters.
QString nameQueryFor(const QString &typed)
{
    const QString text = typed.trimmed();
    QStringList parts;
    auto quoted = [](QString value) {
        return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    if (text.size() >= 3)
        parts << QStringLiteral("name : ") + quoted(text);
    // Digits match numbers only when the search is a number ("+55 11 9876"), so a name with a
    // digit in it ("customer 17") does not also match every phone holding "17". A number typed
    // as dialled: the international prefix (00 55 …) or a national number's trunk prefix
    // (0 11 …) is not in the stored E.164.
    if (!text.contains(QRegularExpression(QStringLiteral("\\p{L}")))) {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        digits.remove(QRegularExpression(QStringLiteral("^0+")));
        if (digits.size() >= 3)
            parts << QStringLiteral("digits : ") + quoted(digits);
    }
    return parts.join(QStringLiteral(" OR "));
}

Matches &kept()
{
    thread_local Matches matches; // each connection lives on one thread
    return matches;
}

bool isKept(const QSqlDatabase &db, const QString &typed)
{
    const Matches &matches = kept();
    return matches.connection == db.connectionName() && matches.typed == typed &&
           matches.changes == sql::totalChanges(db);
}

const Matches &matchesFor(QSqlDatabase &db, const QString &typed)
{
    if (isKept(db, typed))
        return kept();
    const qint64 changes = sql::totalChanges(db);
    Matches &matches = kept();
    matches = Matches{db.connectionName(), typed, -1, {}, {}}; // kept only once complete
    const QByteArray fts = ftsQueryFor(typed).toUtf8();

    // Every matching message's id straight from the index, in rowid order; a few hundred
    // thousand for a common word, which QtSql would take ten times as long to hand over.
    sql::SqliteStatement &messages = sql::reusedSqlite(
        db, QStringLiteral("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?"));
    messages.bindText(1, fts);
    while (messages.step())
        matches.messages.push_back(messages.integer(0));
    std::sort(matches.messages.begin(), matches.messages.end()); // FTS5 promises no order

    sql::SqliteStatement &leads = sql::reusedSqlite(
        db, QStringLiteral("SELECT c.id FROM conversations c WHERE c.lead_id IN "
                           "(SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"));
    leads.bindText(1, fts);
    while (leads.step())
        matches.byName.insert(leads.integer(0));
    const QByteArray names = nameQueryFor(typed).toUtf8();
    if (!names.isEmpty()) {
        sql::SqliteStatement &found = sql::reusedSqlite(
            db,
            QStringLiteral("SELECT rowid FROM conversations_fts WHERE conversations_fts MATCH ?"));
        found.bindText(1, names);
        while (found.step())
            matches.byName.insert(found.integer(0));
    }
    matches.changes = changes;
    return matches;
}

bool isMatchingMessage(const Matches &matches, qint64 messageId)
{
    return std::binary_search(matches.messages.cbegin(), matches.messages.cend(), messageId);
}

/// The newest of a conversation's messages that match, or 0.
qint64 newestHitIn(QSqlDatabase &db, const Matches &matches, qint64 conversationId)
{
    if (matches.messages.empty())
        return 0;
    sql::SqliteStatement &ids =
        sql::reusedSqlite(db, QStringLiteral("SELECT id FROM messages WHERE conversation_id = ?"));
    ids.bind(1, conversationId);
    qint64 newest = 0;
    while (ids.step()) {
        const qint64 id = ids.integer(0);
        if (id > newest && isMatchingMessage(matches, id))
            newest = id;
    }
    return newest;
}

QString idList(const QList<qint64> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (const qint64 id : ids)
        text << QString::number(id);
    return text.join(QLatin1Char(','));
}

QSqlQuery bound(QSqlDatabase &db, const QString &statement, const QVariantMap &values)
{
    QSqlQuery query = sql::prepare(db, statement);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    sql::exec(query);
    return query;
}

QString whereOf(const QStringList &clauses)
{
    return clauses.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

const QString fromConversations =
    QStringLiteral("SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id");
const QString byActivity = QStringLiteral(" ORDER BY c.last_activity_at DESC, c.id DESC");

/// Few matches: every matching conversation, then the filter and the order over those alone.
Page lookUpIn(QSqlDatabase &db, const Matches &matches, const Conditions &where, int limit)
{
    Page page;
    QSet<qint64> candidates = matches.byName;
    QHash<qint64, qint64> newest;
    if (!matches.messages.empty()) {
        QList<qint64> messageIds(matches.messages.cbegin(), matches.messages.cend());
        QSqlQuery owners = sql::prepare(
            db, QStringLiteral("SELECT conversation_id, max(id) FROM messages WHERE id IN (%1) "
                               "GROUP BY conversation_id")
                    .arg(idList(messageIds)));
        sql::exec(owners);
        while (owners.next()) {
            const qint64 conversation = owners.value(0).toLongLong();
            candidates.insert(conversation);
            newest.insert(conversation, owners.value(1).toLongLong());
        }
    }
    if (candidates.isEmpty())
        return page;
    QStringList clauses = where.clauses;
    clauses << QStringLiteral("c.id IN (%1)").arg(idList(candidates.values()));
    QVariantMap values = where.values;
    values.insert(QStringLiteral(":limit"), limit);
    QSqlQuery rows = bound(
        db, fromConversations + whereOf(clauses) + byActivity + QStringLiteral(" LIMIT :limit"),
        values);
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        page.ids << id;
        if (const qint64 hit = newest.value(id))
            page.newestHit.insert(id, hit);
    }
    return page;
}

/// Many matches: the conversations the filter lets through, most active first, each checked
/// until the page is full. Nullopt when the walk grows too long for what it finds.
std::optional<Page> walkIn(QSqlDatabase &db, const Matches &matches, const Conditions &where,
                           int limit)
{
    Page page;
    qint64 afterAt = std::numeric_limits<qint64>::max();
    qint64 afterId = std::numeric_limits<qint64>::max();
    QStringList clauses = where.clauses;
    clauses << QStringLiteral("(c.last_activity_at, c.id) < (:walkAt, :walkId)");
    const QString statement =
        QStringLiteral("SELECT c.id, c.last_activity_at FROM conversations c JOIN "
                       "accounts a ON a.id = c.account_id") +
        whereOf(clauses) + byActivity + QStringLiteral(" LIMIT %1").arg(walkStep);
    for (int walked = 0; page.ids.size() < limit;) {
        if (walked >= longestWalk)
            return std::nullopt;
        QVariantMap values = where.values;
        values.insert(QStringLiteral(":walkAt"), afterAt);
        values.insert(QStringLiteral(":walkId"), afterId);
        QSqlQuery &step = sql::reused(db, statement);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            step.bindValue(it.key(), it.value());
        sql::exec(step);
        QList<qint64> batch;
        while (step.next()) {
            batch << step.value(0).toLongLong();
            afterAt = step.value(1).toLongLong();
            afterId = batch.last();
        }
        step.finish();
        walked += int(batch.size());
        for (const qint64 id : std::as_const(batch)) {
            const qint64 hit = newestHitIn(db, matches, id);
            if (hit == 0 && !matches.byName.contains(id))
                continue;
            page.ids << id;
            if (hit)
                page.newestHit.insert(id, hit);
            if (page.ids.size() == limit)
                break;
        }
        if (batch.size() < walkStep)
            break; // every conversation seen
    }
    return page;
}

} // namespace

Page pageIn(QSqlDatabase &db, const QString &typed, const Conditions &where, int limit)
{
    const Matches &matches = matchesFor(db, typed);
    if (matches.messages.size() + std::size_t(matches.byName.size()) > directLookUp) {
        if (auto walked = walkIn(db, matches, where, limit))
            return *walked;
    }
    return lookUpIn(db, matches, where, limit);
}

QHash<qint64, qint64> matchesIn(QSqlDatabase &db, const QString &typed, const QList<qint64> &ids)
{
    const Matches &matches = matchesFor(db, typed);
    QHash<qint64, qint64> found;
    for (const qint64 id : ids) {
        const qint64 hit = newestHitIn(db, matches, id);
        if (hit || matches.byName.contains(id))
            found.insert(id, hit);
    }
    return found;
}

void markIn(QSqlDatabase &db, const QString &typed, const QHash<qint64, qint64> &newestHit,
            QList<Conversation> &rows)
{
    QList<qint64> messageIds;
    for (const Conversation &c : rows) {
        if (const qint64 hit = newestHit.value(c.id))
            messageIds << hit;
    }
    if (messageIds.isEmpty())
        return;
    // The words are marked by FTS5's own highlight(), with the same tokenizer and query, in a
    // scratch index of just these messages: asking the big index for a few rowids would
    // expand every prefix over all its terms once per row.
    const bool unchanged = isKept(db, typed);
    sql::execDirect(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_marks "
                                       "USING fts5 (text, tokenize='unicode61 remove_diacritics "
                                       "2')"));
    sql::execDirect(db, QStringLiteral("DELETE FROM temp.search_marks"));
    sql::execDirect(db, QStringLiteral("INSERT INTO temp.search_marks (rowid, text) SELECT id, "
                                       "text FROM main.messages WHERE id IN (%1)")
                            .arg(idList(messageIds)));
    QSqlQuery marked = sql::prepare(
        db, QStringLiteral("SELECT rowid, highlight(search_marks, 0, char(2), char(3)) FROM "
                           "temp.search_marks WHERE search_marks MATCH :fts"));
    marked.bindValue(QStringLiteral(":fts"), ftsQueryFor(typed));
    sql::exec(marked);
    QHash<qint64, QString> texts;
    while (marked.next())
        texts.insert(marked.value(0).toLongLong(), marked.value(1).toString());
    marked.finish();
    for (Conversation &c : rows) {
        const qint64 hit = newestHit.value(c.id);
        if (hit && texts.contains(hit)) {
            c.matchedMessageId = hit;
            c.matchedText = texts.value(hit);
        }
    }
    // The scratch index is ours: writing it changed nothing the kept matches depend on.
    if (unchanged)
        kept().changes = sql::totalChanges(db);
}

} // namespace inbox::conversationsearch
