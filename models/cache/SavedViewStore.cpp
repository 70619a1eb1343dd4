// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedViewStore.h"

#include "CacheDatabase.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace inbox {

QJsonObject filterToJson(const ConversationFilter &filter)
{
    QJsonObject json;
    if (filter.scope == ConversationFilter::Scope::Mine)
        json.insert(QStringLiteral("scope"), QStringLiteral("mine"));
    else if (filter.scope == ConversationFilter::Scope::Unassigned)
        json.insert(QStringLiteral("scope"), QStringLiteral("unassigned"));
    if (filter.status)
        json.insert(QStringLiteral("status"), conversationStatusKey(*filter.status));
    if (filter.provider)
        json.insert(QStringLiteral("provider"), filter.provider->key());
    if (!filter.label.isEmpty())
        json.insert(QStringLiteral("label"), filter.label);
    if (filter.unreadOnly)
        json.insert(QStringLiteral("unread"), true);
    if (!filter.search.trimmed().isEmpty())
        json.insert(QStringLiteral("search"), filter.search.trimmed());
    return json;
}

ConversationFilter filterFromJson(const QJsonObject &json, const QString &currentAgentId)
{
    ConversationFilter filter;
    const QString scope = json.value(QLatin1String("scope")).toString();
    if (scope == QLatin1String("mine"))
        filter.scope = ConversationFilter::Scope::Mine;
    else if (scope == QLatin1String("unassigned"))
        filter.scope = ConversationFilter::Scope::Unassigned;
    filter.currentAgentId = currentAgentId;
    filter.status = conversationStatusFromKey(json.value(QLatin1String("status")).toString());
    if (const QString provider = json.value(QLatin1String("provider")).toString();
        !provider.isEmpty())
        filter.provider = Provider(provider);
    filter.label = json.value(QLatin1String("label")).toString();
    filter.unreadOnly = json.value(QLatin1String("unread")).toBool();
    filter.search = json.value(QLatin1String("search")).toString();
    return filter;
}

SavedViewStore::SavedViewStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

QFuture<QList<SavedView>> SavedViewStore::all()
{
    return m_cache->run([](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(
            db,
            QStringLiteral("SELECT name, filter FROM saved_views ORDER BY name COLLATE NOCASE"));
        sql::exec(query);
        QList<SavedView> views;
        while (query.next()) {
            views.append({query.value(0).toString(),
                          QJsonDocument::fromJson(query.value(1).toByteArray()).object()});
        }
        return views;
    });
}

QFuture<void> SavedViewStore::save(const SavedView &view)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([view, events](QSqlDatabase &db) {
        saveIn(db, view);
        Q_EMIT events->savedViewsChanged();
    });
}

QFuture<void> SavedViewStore::remove(const QString &name)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([name, events](QSqlDatabase &db) {
        removeIn(db, name);
        Q_EMIT events->savedViewsChanged();
    });
}

void SavedViewStore::saveIn(QSqlDatabase &db, const SavedView &view)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO saved_views (name, filter) VALUES (?, ?)
        ON CONFLICT (name) DO UPDATE SET filter = excluded.filter)"));
    query.addBindValue(view.name);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(view.filter).toJson(QJsonDocument::Compact)));
    sql::exec(query);
}

void SavedViewStore::removeIn(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("DELETE FROM saved_views WHERE name = ?"));
    query.addBindValue(name);
    sql::exec(query);
}

} // namespace inbox
