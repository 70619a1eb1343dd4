// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace inbox {

class CacheDatabase;

/// What `inboxctl seed` asks for.
struct SeedOptions
{
    int conversations = 200;
    qint64 messages = 5000;
    quint32 randomSeed = 20261122;
    /// The accounts the conversations are spread over (the demo's: demo::cacheAccounts()).
    QList<Account> accounts;
    QDateTime now = QDateTime::currentDateTimeUtc();
};

struct SeedReport
{
    int accounts = 0;
    int agents = 0;
    int conversations = 0;
    qint64 messages = 0;
    int templates = 0;
    int notes = 0;
    qint64 elapsedMs = 0;
};

/// Fills a cache with a realistic team inbox: the four providers, a team with every role,
/// customers from a dozen countries with numbers libphonenumber accepts, every message kind and
/// status, reactions, leads at every stage, notes and templates. The same seed gives the same
/// data. Messages go in through MessageStore in large transactions.
class DemoSeeder
{
public:
    explicit DemoSeeder(std::shared_ptr<CacheDatabase> cache);

    /// Blocks until done; `progress` (messages so far) is called from the database thread.
    SeedReport run(const SeedOptions &options,
                   const std::function<void(qint64)> &progress = nullptr);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
