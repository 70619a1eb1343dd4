// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventStore.h"

#include "cache/CacheError.h"
#include "cache/Sql.h"
#include "common/Signature.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <cstring>

namespace inbox::relay {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::relay", text);
}

QString connectionName()
{
    return QStringLiteral("relay-events-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

EventStore::EventStore(QSqlDatabase db, Kind kind, std::unique_ptr<EventBackend> backend)
    : m_db(std::move(db))
    , m_backend(std::move(backend))
    , m_kind(kind)
{}

EventStore::~EventStore()
{
    m_backend->release();
    m_statements.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Expected<std::unique_ptr<EventStore>, QString> EventStore::open(const QString &location)
{
    std::unique_ptr<EventStore> store;
    if (location.startsWith(QLatin1String("postgres://")) ||
        location.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(location);
        if (!url.isValid() || url.path().size() < 2)
            return tr("%1 is not a postgres://user:password@host:port/database URL").arg(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        QStringList options;
        for (const auto &[key, value] : QUrlQuery(url).queryItems())
            options << key + QLatin1Char('=') + value;
        db.setConnectOptions(options.join(QLatin1Char(';')));
        store.reset(new EventStore(db, Kind::Postgres, postgresEvents()));
    } else {
        const bool folderExisted = QFileInfo::exists(location);
        if (!QDir().mkpath(location))
            return tr("cannot create the data folder %1").arg(location);
        if (!folderExisted)
            sql::keepToOwner(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
        db.setDatabaseName(QDir(location).filePath(QStringLiteral("events.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        store.reset(new EventStore(db, Kind::Sqlite, sqliteEvents()));
    }
    if (!store->m_db.open()) {
        // The URL's password never reaches a message.
        QUrl shown(location);
        shown.setPassword({});
        return tr("cannot open the event store %1: %2")
            .arg(shown.toString(), store->m_db.lastError().text());
    }
    if (store->m_kind == Kind::Sqlite) // every webhook's body: the relay's user's alone
        sql::keepDatabaseToOwner(store->m_db.databaseName());
    try {
        store->m_backend->prepare(store->m_db);
        migrate(store->m_db, store->m_backend->schema());
    } catch (const CacheError &error) {
        return tr("the event store cannot be prepared: %1").arg(error.message());
    }
    return store;
}

QSqlQuery &EventStore::statement(const QString &text)
{
    return m_statements.get(m_db, text);
}

namespace {

/// A provider's retry is the same body from the same account: its key is 8 bytes of
/// SHA-256(provider, account, body). A key already taken is confirmed against the stored
/// event itself, so a collision (one chance in 2^64) is stored, never dropped.
qint64 bodyKey(const IncomingEvent &event)
{
    const QByteArray provider = event.provider.toUtf8();
    const QByteArray account = event.account.toUtf8();
    const auto digest = signature::sha256(
        {provider, QByteArrayView("\0", 1), account, QByteArrayView("\0", 1), event.body});
    qint64 key = 0;
    std::memcpy(&key, digest.data(), sizeof key);
    return key;
}

} // namespace

bool EventStore::changeAssignee(const QString &org, const AssigneeChange &change)
{
    if (change.onlyIfHeldBy) {
        const bool wasFree = change.onlyIfHeldBy->isEmpty();
        QSqlQuery &swap = statement(wasFree ? QStringLiteral(R"(
                INSERT INTO assignments (org, conversation, assignee) VALUES (?, ?, ?)
                ON CONFLICT (org, conversation) DO UPDATE SET assignee = excluded.assignee
                WHERE assignments.assignee = '')")
                                            : QStringLiteral(R"(
                UPDATE assignments SET assignee = ? WHERE org = ? AND conversation = ?
                    AND assignee = ?)"));
        if (wasFree) {
            swap.addBindValue(org);
            swap.addBindValue(change.conversation);
            swap.addBindValue(change.assignee);
        } else {
            swap.addBindValue(change.assignee);
            swap.addBindValue(org);
            swap.addBindValue(change.conversation);
            swap.addBindValue(*change.onlyIfHeldBy);
        }
        sql::exec(swap);
        return swap.numRowsAffected() > 0;
    }
    const bool restricted = !change.onlyIfFreeOrHeldBy.isEmpty();
    if (restricted && change.assignee.isEmpty()) {
        // An agent hands back only its own.
        QSqlQuery &release = statement(QStringLiteral(
            "UPDATE assignments SET assignee = '' WHERE org = ? AND conversation = ? AND "
            "assignee = ?"));
        release.addBindValue(org);
        release.addBindValue(change.conversation);
        release.addBindValue(change.onlyIfFreeOrHeldBy);
        sql::exec(release);
        return release.numRowsAffected() > 0;
    }
    // One statement, so that PostgreSQL relays side by side decide on the row's latest value.
    QSqlQuery &assign = statement(restricted ? QStringLiteral(R"(
            INSERT INTO assignments (org, conversation, assignee) VALUES (?, ?, ?)
            ON CONFLICT (org, conversation) DO UPDATE SET assignee = excluded.assignee
            WHERE assignments.assignee = '' OR assignments.assignee = ?)")
                                             : QStringLiteral(R"(
            INSERT INTO assignments (org, conversation, assignee) VALUES (?, ?, ?)
            ON CONFLICT (org, conversation) DO UPDATE SET assignee = excluded.assignee)"));
    assign.addBindValue(org);
    assign.addBindValue(change.conversation);
    assign.addBindValue(sql::text(change.assignee));
    if (restricted)
        assign.addBindValue(change.onlyIfFreeOrHeldBy);
    sql::exec(assign);
    return assign.numRowsAffected() > 0;
}

QString EventStore::assigneeOf(const QString &org, const QString &conversation)
{
    QSqlQuery &query = statement(
        QStringLiteral("SELECT assignee FROM assignments WHERE org = ? AND conversation = ?"));
    query.addBindValue(org);
    query.addBindValue(conversation);
    sql::exec(query);
    const QString assignee = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return assignee;
}

QList<Appended> EventStore::append(const QList<IncomingEvent> &batch)
{
    sql::Transaction transaction(m_db);
    // Each organisation's head is read once per batch (locked in PostgreSQL, so relays sharing
    // the database take turns: no gaps, no duplicates) and written back once at the end.
    std::map<QString, qint64> heads;
    for (const IncomingEvent &event : batch) {
        if (heads.count(event.org))
            continue;
        if (!m_knownOrgs.contains(event.org)) {
            QSqlQuery &ensure = statement(
                QStringLiteral("INSERT INTO org_heads (org) VALUES (?) ON CONFLICT DO NOTHING"));
            ensure.addBindValue(event.org);
            sql::exec(ensure);
        }
        QSqlQuery &head = statement(m_backend->headForAppend());
        head.addBindValue(event.org);
        sql::exec(head);
        heads[event.org] = head.next() ? head.value(0).toLongLong() : 0;
        head.finish();
    }
    QList<Appended> results;
    results.reserve(batch.size());
    for (const IncomingEvent &event : batch) {
        if (event.assignee && !changeAssignee(event.org, *event.assignee)) {
            results.append({0, false, assigneeOf(event.org, event.assignee->conversation)});
            continue;
        }
        const auto key = event.deduplicate ? std::optional(bodyKey(event)) : std::nullopt;
        const qint64 seq = heads[event.org] + 1;
        EventRow row{
            event.org,  seq, event.provider, event.account, event.receivedAt.toMSecsSinceEpoch(),
            event.body, key};
        if (m_backend->insert(m_db, row)) {
            heads[event.org] = seq;
            results.append({seq, false});
            continue;
        }
        // The key is taken. The same body from the same account: acknowledged, not stored
        // again. Another body under the same key: stored, without a key.
        const auto earlier = m_backend->holderOf(m_db, *key);
        if (earlier && earlier->provider == event.provider && earlier->account == event.account &&
            earlier->body == event.body) {
            results.append({earlier->seq, true});
            continue;
        }
        row.bodyKey.reset();
        if (m_backend->insert(m_db, row)) {
            heads[event.org] = seq;
            results.append({seq, false});
        }
    }
    QSqlQuery &advance = statement(QStringLiteral("UPDATE org_heads SET head = ? WHERE org = ?"));
    for (const auto &[org, head] : heads) {
        advance.addBindValue(head);
        advance.addBindValue(org);
        sql::exec(advance);
        m_backend->announce(m_db, org);
    }
    transaction.commit();
    for (const auto &entry : heads)
        m_knownOrgs.insert(entry.first);
    return results;
}

QList<StoredEvent> EventStore::after(const QString &org, qint64 seq, int limit)
{
    QSqlQuery &query = statement(QStringLiteral(R"(
        SELECT seq, provider, account, received_at, body FROM events
        WHERE org = ? AND seq > ? ORDER BY seq LIMIT ?)"));
    query.addBindValue(org);
    query.addBindValue(seq);
    query.addBindValue(limit);
    sql::exec(query);
    QList<StoredEvent> events;
    while (query.next()) {
        events.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(),
                       QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC),
                       query.value(4).toByteArray()});
    }
    query.finish();
    return events;
}

qint64 EventStore::head(const QString &org)
{
    QSqlQuery query =
        sql::prepare(m_db, QStringLiteral("SELECT head FROM org_heads WHERE org = ?"));
    query.addBindValue(org);
    sql::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 EventStore::prunedThrough(const QString &org)
{
    QSqlQuery query =
        sql::prepare(m_db, QStringLiteral("SELECT pruned_through FROM org_heads WHERE org = ?"));
    query.addBindValue(org);
    sql::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

int EventStore::prune(const QDateTime &before)
{
    // Each organisation's events are received in sequence order, so its old events are a prefix
    // of its sequence, found by binary search on the primary key. (An index on the time cost
    // every insert a tenth of the writer's time, for a question asked once an hour.)
    const qint64 cutoff = before.toMSecsSinceEpoch();
    sql::Transaction transaction(m_db);
    QSqlQuery heads =
        sql::prepare(m_db, QStringLiteral("SELECT org, pruned_through, head FROM org_heads"));
    sql::exec(heads);
    struct Range
    {
        QString org;
        qint64 prunedThrough;
        qint64 head;
    };
    QList<Range> ranges;
    while (heads.next()) {
        ranges.append(
            {heads.value(0).toString(), heads.value(1).toLongLong(), heads.value(2).toLongLong()});
    }
    QSqlQuery receivedAt = sql::prepare(
        m_db, QStringLiteral("SELECT received_at FROM events WHERE org = ? AND seq = ?"));
    QSqlQuery mark =
        sql::prepare(m_db, QStringLiteral("UPDATE org_heads SET pruned_through = ? WHERE org = ?"));
    // Whole prefixes only: a client's cursor either sees every later event or gets a reset.
    QSqlQuery remove =
        sql::prepare(m_db, QStringLiteral("DELETE FROM events WHERE org = ? AND seq <= ?"));
    int removed = 0;
    for (const Range &range : std::as_const(ranges)) {
        qint64 through = range.prunedThrough;
        qint64 low = range.prunedThrough + 1;
        qint64 high = range.head;
        while (low <= high) {
            const qint64 middle = low + (high - low) / 2;
            receivedAt.addBindValue(range.org);
            receivedAt.addBindValue(middle);
            sql::exec(receivedAt);
            const bool old = receivedAt.next() && receivedAt.value(0).toLongLong() < cutoff;
            receivedAt.finish();
            if (old) {
                through = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (through == range.prunedThrough)
            continue;
        mark.addBindValue(through);
        mark.addBindValue(range.org);
        sql::exec(mark);
        remove.addBindValue(range.org);
        remove.addBindValue(through);
        sql::exec(remove);
        removed += remove.numRowsAffected();
    }
    transaction.commit();
    return removed;
}

} // namespace inbox::relay
