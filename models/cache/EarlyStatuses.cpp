// SPDX-License-Identifier: GPL-3.0-or-later
// Statuses that arrive before their message (a provider's webhooks come in any order): kept in
// early_statuses under the provider's id, applied when a message takes that id.
#include "MessageStore.h"
#include "Sql.h"

namespace inbox {

void MessageStore::keepEarlyStatusIn(QSqlDatabase &db, const QString &accountId,
                                     const QString &providerMessageId, const StatusUpdate &update)
{
    QSqlQuery &keep = sql::reused(db, QStringLiteral(R"(
        INSERT INTO early_statuses (account_id, provider_message_id, status, at, failure_code,
                                    failure_reason)
        VALUES (?, ?, ?, ?, ?, ?))"));
    keep.addBindValue(accountId);
    keep.addBindValue(providerMessageId);
    keep.addBindValue(statusKey(update.status));
    keep.addBindValue(sql::toDb(update.at));
    keep.addBindValue(sql::nullIfEmpty(update.failureCode));
    keep.addBindValue(sql::nullIfEmpty(update.failureReason));
    sql::exec(keep);
}

std::optional<std::pair<qint64, qint64>> MessageStore::applyEarlyStatusesIn(QSqlDatabase &db,
                                                                            qint64 messageId)
{
    QSqlQuery &early = sql::reused(db, QStringLiteral(R"(
        SELECT e.id, e.status, e.at, e.failure_code, e.failure_reason FROM early_statuses e
            JOIN messages m ON m.account_id = e.account_id
                AND m.provider_message_id = e.provider_message_id
        WHERE m.id = ? ORDER BY e.id)"));
    early.addBindValue(messageId);
    sql::exec(early);
    QList<qint64> applied;
    QList<StatusUpdate> updates;
    while (early.next()) {
        applied << early.value(0).toLongLong();
        updates.append({statusFromKey(early.value(1).toString()).value_or(MessageStatus::Sent),
                        sql::timeFromDb(early.value(2)), early.value(3).toString(),
                        early.value(4).toString()});
    }
    early.finish();
    std::optional<std::pair<qint64, qint64>> changed;
    for (const StatusUpdate &update : std::as_const(updates)) {
        if (const auto hit = applyStatusByIdIn(db, messageId, update))
            changed = hit;
    }
    QSqlQuery &forget = sql::reused(db, QStringLiteral("DELETE FROM early_statuses WHERE id = ?"));
    for (const qint64 id : std::as_const(applied)) {
        forget.addBindValue(id);
        sql::exec(forget);
    }
    return changed;
}

} // namespace inbox
