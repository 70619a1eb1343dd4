// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/ProviderEvent.h"
#include "sync/StreamFrames.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace inbox {

class CacheDatabase;

/// Turns a provider's webhook body into domain events (the providers' pure normalisers).
using Normaliser = std::function<Expected<QList<ProviderEvent>, QString>(const QString &provider,
                                                                         const QByteArray &body)>;

/// What applying a batch did, for logs and tests.
struct SyncReport
{
    qint64 cursor = 0;
    int messages = 0;             ///< new message rows
    int statuses = 0;             ///< status reports that changed a message
    int teamEvents = 0;           ///< team events applied
    int cannedResponses = 0;      ///< saved replies added, changed or removed
    int labels = 0;               ///< the team's labels defined or removed
    int routing = 0;              ///< auto-assignment rules or capacities changed
    int savedViews = 0;           ///< the team's saved views saved or removed
    QStringList templateAccounts; ///< accounts whose templates changed
    QStringList autoReplyClaims;  ///< claims that won their message (the first sequenced)
    /// Teammates' notes in the batch, for whoever they mention.
    struct TeamNote
    {
        QString phone;
        QString author;
        QString text;
        QDateTime at;
    };
    QList<TeamNote> notes;
    /// The last health each account's provider reported in the batch (empty: well).
    QMap<QString, QString> accountHealth;
    int skipped = 0; ///< bodies no normaliser could read, and notices
};

/// Applies the relay's events to the cache, idempotently, with the relay cursor committed in
/// the same transaction: a crash never skips an event, and one applied twice changes nothing.
///
/// Provider events: a message is one row however often it arrives (account and provider id);
/// statuses merge with mergeStatus; an unknown number gets the lead "WhatsApp <phone>" (source
/// whatsapp) and a known one links to its lead; template reviews update the template. Team
/// events: assign, unassign, status, note, lead, template, read, outbound. An account the cache
/// does not know yet is added (named by its id) rather than losing its events.
class SyncEngine
{
public:
    SyncEngine(std::shared_ptr<CacheDatabase> cache, QString org, Normaliser normalise);

    QFuture<SyncReport> apply(const QList<RelayEvent> &events);
    /// Messages that come from a provider's API rather than the relay (history pages: with
    /// `past` set) for the cache's account `accountId`, applied like webhook messages: one row
    /// each however often they come. No relay is involved, so no engine is needed: neither a
    /// cursor nor a normaliser.
    static QFuture<SyncReport> applyMessages(const std::shared_ptr<CacheDatabase> &cache,
                                             const QString &accountId,
                                             const QList<MessageEvent> &messages);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    QString m_org;
    Normaliser m_normalise;
};

} // namespace inbox
