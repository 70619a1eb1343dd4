// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventStore.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace inbox::relay {

/// The relay's events, seen from its event loop. Appends are group-committed on a writer
/// thread: whatever arrives while a commit is on disk goes into the next one, which starts as
/// soon as the last one is durable (the writer takes from a queue; it never waits for the event
/// loop), so durability (a full sync per commit) costs latency, not throughput. Reads use a second
/// connection on this thread. `newEvents` fires after a local commit, and in shared mode when
/// another relay commits (PostgreSQL NOTIFY, a wake-up only: readers catch up by sequence number).
class EventLog : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Expected<Appended, QString> &)>;

    ~EventLog() override;
    static Expected<std::unique_ptr<EventLog>, QString> open(const QString &location);

    /// Stores the event; `done` runs on this thread once it is durable (or failed: nothing kept).
    void append(IncomingEvent event, Done done);
    QList<StoredEvent> after(const QString &org, qint64 seq, int limit);
    qint64 head(const QString &org);
    qint64 prunedThrough(const QString &org);
    int prune(const QDateTime &before);
    EventStore::Kind kind() const { return m_reader->kind(); }

    int queued() const { return int(m_done.size()); }
    /// Each commit's duration in milliseconds since the last call, for /metrics.
    QList<double> takeCommitTimes();

Q_SIGNALS:
    void newEvents(const QString &org);

private:
    EventLog(std::unique_ptr<EventStore> reader, QString location);
    void writeLoop(const QString &location);
    void committed(qsizetype count, const QList<Appended> &results, const QString &error,
                   double ms);

    std::unique_ptr<EventStore> m_reader;
    /// This thread's side: each queued event's organisation and what to call when it is
    /// durable, in the order they were queued.
    std::deque<std::pair<QString, Done>> m_done;
    QList<double> m_commitTimes;

    /// Shared with the writer thread, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<IncomingEvent> m_queue;
    bool m_stopping = false;
    std::thread m_writer;
};

} // namespace inbox::relay
