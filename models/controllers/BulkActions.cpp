// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkActions.h"

#include "cache/CacheDatabase.h"
#include "cache/ConversationSearch.h"
#include "cache/Sql.h"
#include "itemmodels/WhenReady.h"

#include <QSqlQuery>

namespace inbox {

BulkAction::BulkAction(std::shared_ptr<CacheDatabase> cache, Act act, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_act(std::move(act))
{}

QFuture<QList<qint64>> BulkAction::matching(const std::shared_ptr<CacheDatabase> &cache,
                                            const ConversationFilter &filter)
{
    return cache->run(
        [filter](QSqlDatabase &db) { return ConversationStore::idsMatchingIn(db, filter); });
}

void BulkAction::start(const QList<qint64> &conversations)
{
    m_todo = conversations;
    m_total = int(conversations.size());
    m_done = 0;
    m_problems.clear();
    m_stopped = false;
    Q_EMIT progressed(0, m_total);
    next();
}

void BulkAction::stop()
{
    m_stopped = true;
}

void BulkAction::next()
{
    if (m_stopped || m_todo.isEmpty()) {
        Q_EMIT finished(m_done, m_total, m_problems);
        return;
    }
    const qint64 conversation = m_todo.takeFirst();
    whenReady(
        m_act(conversation), this,
        [this](const QString &problem) {
            if (!problem.isEmpty())
                m_problems << problem;
            ++m_done;
            Q_EMIT progressed(m_done, m_total);
            next();
        },
        [this](const CacheError &error) {
            m_problems << error.message();
            ++m_done;
            next();
        });
}

} // namespace inbox
