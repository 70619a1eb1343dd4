// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelStore.h"

#include "CacheDatabase.h"
#include "Sql.h"

#include <QSqlQuery>

namespace inbox {

namespace {

constexpr char grey[] = "#667781";

} // namespace

LabelStore::LabelStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

QFuture<QList<Label>> LabelStore::all()
{
    return m_cache->run([](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(
            db, QStringLiteral("SELECT name, colour FROM labels ORDER BY name COLLATE NOCASE"));
        sql::exec(query);
        QList<Label> labels;
        while (query.next())
            labels.append({query.value(0).toString(), query.value(1).toString()});
        return labels;
    });
}

QFuture<void> LabelStore::define(const Label &label)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([label, events](QSqlDatabase &db) {
        defineIn(db, label);
        Q_EMIT events->labelsChanged();
    });
}

QFuture<void> LabelStore::remove(const QString &name)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([name, events](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        removeIn(db, name);
        transaction.commit();
        Q_EMIT events->labelsChanged();
        Q_EMIT events->conversationsChanged({});
    });
}

QFuture<void> LabelStore::setOn(qint64 conversationId, const QString &label, bool on)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([=](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        setOnIn(db, conversationId, label, on);
        transaction.commit();
        Q_EMIT events->conversationsChanged({conversationId});
    });
}

void LabelStore::defineIn(QSqlDatabase &db, const Label &label)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO labels (name, colour) VALUES (?, ?)
        ON CONFLICT (name) DO UPDATE SET colour = excluded.colour)"));
    query.addBindValue(label.name);
    query.addBindValue(label.colour.isEmpty() ? QString::fromLatin1(grey) : label.colour);
    sql::exec(query);
}

void LabelStore::removeIn(QSqlDatabase &db, const QString &name)
{
    for (const char *statement :
         {"DELETE FROM conversation_labels WHERE label = ?", "DELETE FROM labels WHERE name = ?"}) {
        QSqlQuery query = sql::prepare(db, QString::fromLatin1(statement));
        query.addBindValue(name);
        sql::exec(query);
    }
}

void LabelStore::setOnIn(QSqlDatabase &db, qint64 conversationId, const QString &label, bool on)
{
    if (on) {
        QSqlQuery known = sql::prepare(
            db, QStringLiteral("INSERT OR IGNORE INTO labels (name, colour) VALUES (?, ?)"));
        known.addBindValue(label);
        known.addBindValue(QString::fromLatin1(grey));
        sql::exec(known);
    }
    QSqlQuery query = sql::prepare(
        db, on ? QStringLiteral("INSERT OR IGNORE INTO conversation_labels (conversation_id, "
                                "label) VALUES (?, ?)")
               : QStringLiteral("DELETE FROM conversation_labels WHERE conversation_id = ? AND "
                                "label = ?"));
    query.addBindValue(conversationId);
    query.addBindValue(label);
    sql::exec(query);
}

} // namespace inbox
