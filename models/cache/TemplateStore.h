// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MessageTemplate.h"

#include <QFuture>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace inbox {

class CacheDatabase;

/// The message templates of each account, as the provider last listed them.
class TemplateStore
{
public:
    explicit TemplateStore(std::shared_ptr<CacheDatabase> cache);

    /// Keyed by account, name and language.
    QFuture<qint64> upsert(const MessageTemplate &messageTemplate);
    /// Every template of an account, by name and language.
    QFuture<QList<MessageTemplate>> forAccount(const QString &accountId);
    /// The account's templates as the provider lists them now, in one transaction: each is
    /// added or updated; one the provider no longer lists stays, as DISABLED (sent messages
    /// still name it). Gives how many the provider listed.
    QFuture<int> replaceFromProvider(const QString &accountId,
                                     const QList<MessageTemplate> &listed);

    // Inside the caller's transaction, on the database thread.
    static qint64 upsertIn(QSqlDatabase &db, const MessageTemplate &messageTemplate);
    /// A teammate's edit: the fields it carries are set; a template new here is added.
    static void applyEditIn(QSqlDatabase &db, const QString &accountId, const QString &name,
                            const QString &language, const std::optional<QString> &category,
                            const std::optional<QString> &status,
                            const std::optional<QJsonArray> &components);
    /// A review's outcome (an empty language: every language of the name).
    /// The provider moved a template to another category (MARKETING, UTILITY...).
    static void setCategoryIn(QSqlDatabase &db, const QString &accountId, const QString &name,
                              const QString &language, const QString &category);
    static void setReviewIn(QSqlDatabase &db, const QString &accountId, const QString &name,
                            const QString &language, const QString &status, const QString &reason);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
