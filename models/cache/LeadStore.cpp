// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadStore.h"

#include "CacheDatabase.h"
#include "Sql.h"

#include <QJsonDocument>

namespace inbox {

LeadStore::LeadStore(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

bool LeadStore::setOptedOutIn(QSqlDatabase &db, const QString &canonicalPhone, const QDateTime &at)
{
    QSqlQuery update = sql::prepare(
        db, at.isValid()
                ? QStringLiteral("UPDATE leads SET opted_out_at = :at WHERE phone = :phone AND "
                                 "opted_out_at IS NULL")
                : QStringLiteral("UPDATE leads SET opted_out_at = NULL WHERE phone = :phone AND "
                                 "opted_out_at IS NOT NULL"));
    if (at.isValid())
        update.bindValue(QStringLiteral(":at"), sql::toDb(at));
    update.bindValue(QStringLiteral(":phone"), canonicalPhone);
    sql::exec(update);
    return update.numRowsAffected() > 0;
}

QFuture<bool> LeadStore::setOptedOut(const QString &canonicalPhone, const QDateTime &at)
{
    return m_cache->run(
        [canonicalPhone, at](QSqlDatabase &db) { return setOptedOutIn(db, canonicalPhone, at); });
}

QFuture<QDateTime> LeadStore::optedOutAt(const QString &canonicalPhone)
{
    return m_cache->run([canonicalPhone](QSqlDatabase &db) {
        QSqlQuery query =
            sql::prepare(db, QStringLiteral("SELECT opted_out_at FROM leads WHERE phone = :phone"));
        query.bindValue(QStringLiteral(":phone"), canonicalPhone);
        sql::exec(query);
        return query.next() ? sql::timeFromDb(query.value(0)) : QDateTime();
    });
}

qint64 LeadStore::leadForPhoneIn(QSqlDatabase &db, const QString &canonicalPhone,
                                 const QString &name, const QDateTime &at, bool *created)
{
    QSqlQuery &insert = sql::reused(db, QStringLiteral(R"(
        INSERT INTO leads (name, phone, stage, source, created_at)
        VALUES (:name, :phone, :stage, 'whatsapp', :at)
        ON CONFLICT (phone) DO NOTHING)"));
    insert.bindValue(QStringLiteral(":name"),
                     name.isEmpty() ? QStringLiteral("WhatsApp ") + canonicalPhone : name);
    insert.bindValue(QStringLiteral(":phone"), canonicalPhone);
    insert.bindValue(QStringLiteral(":stage"), defaultPipeline().first());
    insert.bindValue(QStringLiteral(":at"), sql::toDb(at));
    sql::exec(insert);
    if (created)
        *created = insert.numRowsAffected() > 0;

    QSqlQuery &find = sql::reused(db, QStringLiteral("SELECT id FROM leads WHERE phone = :phone"));
    find.bindValue(QStringLiteral(":phone"), canonicalPhone);
    sql::exec(find);
    return find.next() ? find.value(0).toLongLong() : 0;
}

qint64 LeadStore::addNoteIn(QSqlDatabase &db, const Note &note)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
        INSERT INTO notes (lead_id, conversation_id, author_id, created_at, text)
        VALUES (:lead, :conversation, :author, :at, :text))"));
    query.bindValue(QStringLiteral(":lead"), note.leadId);
    query.bindValue(QStringLiteral(":conversation"), note.conversationId > 0
                                                         ? QVariant(note.conversationId)
                                                         : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":author"), note.authorId);
    query.bindValue(QStringLiteral(":at"), sql::toDb(note.createdAt));
    query.bindValue(QStringLiteral(":text"), note.text);
    sql::exec(query);
    return query.lastInsertId().toLongLong();
}

QFuture<std::optional<Lead>> LeadStore::find(qint64 leadId)
{
    return m_cache->run([leadId](QSqlDatabase &db) -> std::optional<Lead> {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT id, name, phone, stage, source, owner_id, custom_fields, created_at,
                   opted_out_at
            FROM leads WHERE id = :id)"));
        query.bindValue(QStringLiteral(":id"), leadId);
        sql::exec(query);
        if (!query.next())
            return std::nullopt;
        Lead lead;
        lead.id = query.value(0).toLongLong();
        lead.name = query.value(1).toString();
        lead.phone = query.value(2).toString();
        lead.stage = query.value(3).toString();
        lead.source = query.value(4).toString();
        lead.ownerId = query.value(5).toString();
        lead.customFields = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
        lead.createdAt = sql::timeFromDb(query.value(7));
        if (!query.value(8).isNull())
            lead.optedOutAt = sql::timeFromDb(query.value(8));
        return lead;
    });
}

void LeadStore::editIn(QSqlDatabase &db, qint64 leadId, const std::optional<QString> &name,
                       const std::optional<QString> &stage)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("UPDATE leads SET name = coalesce(?, name), "
                                                      "stage = coalesce(?, stage) WHERE id = ?"));
    query.addBindValue(name ? QVariant(*name) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(stage ? QVariant(*stage) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(leadId);
    sql::exec(query);
}

QFuture<void> LeadStore::setStage(qint64 leadId, const QString &stage)
{
    return m_cache->run([leadId, stage](QSqlDatabase &db) { editIn(db, leadId, {}, stage); });
}

QFuture<void> LeadStore::setCustomFields(qint64 leadId, const QJsonObject &fields)
{
    return m_cache->run([leadId, fields](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(
            db, QStringLiteral("UPDATE leads SET custom_fields = :fields WHERE id = :id"));
        query.bindValue(QStringLiteral(":fields"),
                        QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        query.bindValue(QStringLiteral(":id"), leadId);
        sql::exec(query);
    });
}

QFuture<qint64> LeadStore::addNote(const Note &note)
{
    return m_cache->run([note](QSqlDatabase &db) { return addNoteIn(db, note); });
}

QFuture<QList<Note>> LeadStore::notes(qint64 leadId)
{
    return m_cache->run([leadId](QSqlDatabase &db) {
        QSqlQuery query = sql::prepare(db, QStringLiteral(R"(
            SELECT n.id, n.lead_id, n.conversation_id, n.author_id, a.name, n.created_at, n.text
            FROM notes n LEFT JOIN agents a ON a.id = n.author_id
            WHERE n.lead_id = :lead ORDER BY n.created_at, n.id)"));
        query.bindValue(QStringLiteral(":lead"), leadId);
        sql::exec(query);
        QList<Note> notes;
        while (query.next()) {
            Note note;
            note.id = query.value(0).toLongLong();
            note.leadId = query.value(1).toLongLong();
            note.conversationId = query.value(2).toLongLong();
            note.authorId = query.value(3).toString();
            note.authorName = query.value(4).toString();
            note.createdAt = sql::timeFromDb(query.value(5));
            note.text = query.value(6).toString();
            notes.append(note);
        }
        return notes;
    });
}

} // namespace inbox
