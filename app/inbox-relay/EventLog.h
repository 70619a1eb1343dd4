#pragma once

#include "EventStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <functional>

namespace inbox::relay {

class StoreWriter;

/// The relay's events, seen from its event loop. Appends are group-committed on a writer
/// thread: whatever arrives while a commit is on disk goes into the next one, so durability
/// (a full sync per commit) costs latency, not throughput. Reads use a second connection on
/// this thread. `newEvents` fires after a local commit, and in shared mode when another relay
/// commits (PostgreSQL NOTIFY, a wake-up only: readers catch up by sequence number).
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

    int queued() const { return int(m_waiting.size() + m_inFlight.size()); }
    /// Each commit's duration in milliseconds since the last call, for /metrics.
    QList<double> takeCommitTimes();

Q_SIGNALS:
    void newEvents(const QString &org);

private:
    struct Waiting
    {
        IncomingEvent event;
        Done done;
    };

    EventLog(std::unique_ptr<EventStore> reader, const QString &location);
    void commitNext();
    void committed(const QList<Appended> &results, const QString &error, double ms);

    std::unique_ptr<EventStore> m_reader;
    QThread m_thread;
    StoreWriter *m_writer = nullptr;
    QList<Waiting> m_waiting;
    QList<Waiting> m_inFlight;
    QList<double> m_commitTimes;
};

} // namespace inbox::relay
