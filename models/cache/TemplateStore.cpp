#include "TemplateStore.h"

#include "CacheDatabase.h"
#include "Sql.h"

#include <QJsonDocument>

namespace inbox {

TemplateStore::TemplateStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

QFuture<qint64> TemplateStore::upsert(const MessageTemplate &t)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([t, events](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            INSERT INTO templates (account_id, name, language, category, status, components,
                                   provider_template_id, status_reason)
            VALUES (:account, :name, :language, :category, :status, :components, :providerId,
                    :reason)
            ON CONFLICT (account_id, name, language) DO UPDATE SET category = excluded.category,
                status = excluded.status, components = excluded.components,
                provider_template_id = excluded.provider_template_id,
                status_reason = excluded.status_reason
            RETURNING id)"));
        query.bindValue(QStringLiteral(":account"), t.accountId);
        query.bindValue(QStringLiteral(":name"), t.name);
        query.bindValue(QStringLiteral(":language"), t.language);
        query.bindValue(QStringLiteral(":category"), t.category);
        query.bindValue(QStringLiteral(":status"), t.status);
        query.bindValue(QStringLiteral(":providerId"), sql::text(t.providerId));
        query.bindValue(QStringLiteral(":reason"), sql::text(t.statusReason));
        query.bindValue(
            QStringLiteral(":components"),
            QString::fromUtf8(
                QJsonDocument(componentsToJson(t.components)).toJson(QJsonDocument::Compact)));
        sql::exec(query);
        const qint64 id = query.next() ? query.value(0).toLongLong() : qint64(0);
        Q_EMIT events->templatesChanged(t.accountId);
        return id;
    });
}

QFuture<QList<MessageTemplate>> TemplateStore::forAccount(const QString &accountId)
{
    return m_cache->run([accountId](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT id, account_id, name, language, category, status, components,
                   provider_template_id, status_reason
            FROM templates
            WHERE account_id = :account ORDER BY name, language)"));
        query.bindValue(QStringLiteral(":account"), accountId);
        sql::exec(query);
        QList<MessageTemplate> templates;
        while (query.next()) {
            MessageTemplate t;
            t.id = query.value(0).toLongLong();
            t.accountId = query.value(1).toString();
            t.name = query.value(2).toString();
            t.language = query.value(3).toString();
            t.category = query.value(4).toString();
            t.status = query.value(5).toString();
            t.components =
                componentsFromJson(QJsonDocument::fromJson(query.value(6).toByteArray()).array());
            t.providerId = query.value(7).toString();
            t.statusReason = query.value(8).toString();
            templates.append(t);
        }
        return templates;
    });
}

} // namespace inbox
