// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/ConversationStore.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace inbox {

class CacheDatabase;

/// One action done to every conversation that matches a filter, loaded in the list or not
/// (resolve, mark read, put a label on, assign): one team event per conversation, one after
/// the other so the relay's answers come back in order, with progress and a stop.
class BulkAction : public QObject
{
    Q_OBJECT
public:
    /// `act` does the action to one conversation and gives its problem in words, or nothing.
    using Act = std::function<QFuture<QString>(qint64 conversationId)>;

    BulkAction(std::shared_ptr<CacheDatabase> cache, Act act, QObject *parent = nullptr);

    /// Every conversation `filter` lets through, most active first (all of them, not a page).
    static QFuture<QList<qint64>> matching(const std::shared_ptr<CacheDatabase> &cache,
                                           const ConversationFilter &filter);

    /// Acts on each of `conversations` in turn.
    void start(const QList<qint64> &conversations);
    /// The conversations not done yet are left as they are.
    void stop();

Q_SIGNALS:
    void progressed(int done, int total);
    /// `problems`: what went wrong, one line per conversation it went wrong for.
    void finished(int done, int total, const QStringList &problems);

private:
    void next();

    std::shared_ptr<CacheDatabase> m_cache;
    Act m_act;
    QList<qint64> m_todo;
    int m_total = 0;
    int m_done = 0;
    QStringList m_problems;
    bool m_stopped = false;
};

} // namespace inbox
