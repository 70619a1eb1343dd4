// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateStore.h"

#include "CacheDatabase.h"
#include "Sql.h"

#include <QJsonDocument>

namespace inbox {

TemplateStore::TemplateStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

qint64 TemplateStore::upsertIn(QSqlDatabase &db, const MessageTemplate &t)
{
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
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

QFuture<qint64> TemplateStore::upsert(const MessageTemplate &t)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([t, events](QSqlDatabase &db) {
        const qint64 id = upsertIn(db, t);
        Q_EMIT events->templatesChanged(t.accountId);
        return id;
    });
}

QFuture<int> TemplateStore::replaceFromProvider(const QString &accountId,
                                                const QList<MessageTemplate> &listed)
{
    CacheEvents *events = m_cache->events();
    return m_cache->run([accountId, listed, events](QSqlDatabase &db) {
        sql::Transaction transaction(db);
        QSqlQuery keep = sql::prepare(db, QStringLiteral(R"(
            UPDATE templates SET status = 'DISABLED' WHERE account_id = ? AND status <> 'DISABLED')"));
        keep.addBindValue(accountId);
        sql::exec(keep);
        for (MessageTemplate t : listed) {
            t.accountId = accountId;
            upsertIn(db, t);
        }
        transaction.commit();
        Q_EMIT events->templatesChanged(accountId);
        return int(listed.size());
    });
}

void TemplateStore::applyEditIn(QSqlDatabase &db, const QString &accountId, const QString &name,
                                const QString &language, const std::optional<QString> &category,
                                const std::optional<QString> &status,
                                const std::optional<QJsonArray> &components)
{
    const auto orNull = [](const std::optional<QString> &value) {
        return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
    };
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO templates (account_id, name, language, category, status, components)
        VALUES (:account, :name, :language, coalesce(:category, 'UTILITY'),
                coalesce(:status, 'PENDING'), coalesce(:components, '[]'))
        ON CONFLICT (account_id, name, language) DO UPDATE SET
            category = coalesce(:category, category), status = coalesce(:status, status),
            components = coalesce(:components, components))"));
    query.bindValue(QStringLiteral(":account"), accountId);
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":language"), language);
    query.bindValue(QStringLiteral(":category"), orNull(category));
    query.bindValue(QStringLiteral(":status"), orNull(status));
    query.bindValue(QStringLiteral(":components"),
                    components ? QVariant(QString::fromUtf8(
                                     QJsonDocument(*components).toJson(QJsonDocument::Compact)))
                               : QVariant(QMetaType::fromType<QString>()));
    sql::exec(query);
}

void TemplateStore::setReviewIn(QSqlDatabase &db, const QString &accountId, const QString &name,
                                const QString &language, const QString &status,
                                const QString &reason)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        UPDATE templates SET status = ?, status_reason = ? WHERE account_id = ?
            AND name = ? AND (language = ? OR ? = ''))"));
    query.addBindValue(status.toUpper());
    query.addBindValue(sql::text(reason == QLatin1String("NONE") ? QString() : reason));
    query.addBindValue(accountId);
    query.addBindValue(name);
    query.addBindValue(language);
    query.addBindValue(language);
    sql::exec(query);
}

void TemplateStore::setCategoryIn(QSqlDatabase &db, const QString &accountId, const QString &name,
                                  const QString &language, const QString &category)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        UPDATE templates SET category = ? WHERE account_id = ? AND name = ?
            AND (language = ? OR ? = ''))"));
    query.addBindValue(category.toUpper());
    query.addBindValue(accountId);
    query.addBindValue(name);
    query.addBindValue(language);
    query.addBindValue(language);
    sql::exec(query);
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
