// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempCache.h"

#include "cache/ConversationStore.h"
#include "cache/Sql.h"

#include <QTest>

namespace inbox::test {

TempCache::TempCache()
{
    auto opened = CacheDatabase::openBlocking(path());
    if (!opened)
        qFatal("cannot open test cache: %s", qPrintable(opened.error().message()));
    m_db = opened.value();
}

QVariant scalar(CacheDatabase &db, const QString &statement)
{
    return db.run([statement](QSqlDatabase &c) { return sql::scalar(c, statement); }).result();
}

qint64 makeConversation(CacheDatabase &db, const QString &accountId, const QString &phone,
                        const QString &name, const QDateTime &at)
{
    return db
        .run([=](QSqlDatabase &c) {
            QSqlQuery account = sql::prepare(
                c, QStringLiteral("INSERT OR IGNORE INTO accounts (id, provider, display_name) "
                                  "VALUES (?, ?, ?)"));
            account.addBindValue(accountId);
            account.addBindValue(accountId.section(QLatin1Char('-'), 0, 0));
            account.addBindValue(accountId);
            sql::exec(account);
            return ConversationStore::conversationForIn(c, accountId, phone, name, at);
        })
        .result();
}

} // namespace inbox::test

namespace inbox::test {

Message message(qint64 conversationId, const QString &accountId, const QString &providerId,
                Direction direction, const QString &text, const QDateTime &at)
{
    Message m;
    m.conversationId = conversationId;
    m.accountId = accountId;
    m.providerMessageId = providerId;
    m.direction = direction;
    m.text = text;
    m.createdAt = at;
    if (direction == Direction::Outbound) {
        DeliveryState queued;
        queued.queuedAt = at;
        m.delivery = queued;
    }
    return m;
}

} // namespace inbox::test
