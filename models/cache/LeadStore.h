// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Lead.h"

#include <QFuture>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace inbox {

class CacheDatabase;

/// Leads and their notes: one lead per canonical phone number.
class LeadStore
{
public:
    explicit LeadStore(std::shared_ptr<CacheDatabase> cache);

    /// The lead for a canonical number, made on first contact as "WhatsApp <phone>" at the first
    /// stage of the default pipeline. Runs inside the caller's transaction.
    /// `created` tells whether this call made it.
    static qint64 leadForPhoneIn(QSqlDatabase &db, const QString &canonicalPhone,
                                 const QString &name, const QDateTime &at, bool *created = nullptr);
    static qint64 addNoteIn(QSqlDatabase &db, const Note &note);
    /// The customer of `canonicalPhone` asked to hear no more (or an agent says so, or takes
    /// it back with an invalid `at`): bulk campaigns leave them out. The first time is kept.
    /// Gives true when it changed anything.
    static bool setOptedOutIn(QSqlDatabase &db, const QString &canonicalPhone, const QDateTime &at);
    QFuture<bool> setOptedOut(const QString &canonicalPhone, const QDateTime &at);
    /// When the customer opted out (invalid: never, or taken back).
    QFuture<QDateTime> optedOutAt(const QString &canonicalPhone);
    /// Sets the lead's name and stage where given.
    static void editIn(QSqlDatabase &db, qint64 leadId, const std::optional<QString> &name,
                       const std::optional<QString> &stage);

    QFuture<std::optional<Lead>> find(qint64 leadId);
    QFuture<void> setStage(qint64 leadId, const QString &stage);
    QFuture<void> setCustomFields(qint64 leadId, const QJsonObject &fields);
    QFuture<qint64> addNote(const Note &note);
    /// Oldest first, with the author's name when the agent is known.
    QFuture<QList<Note>> notes(qint64 leadId);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
