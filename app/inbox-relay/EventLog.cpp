#include "EventLog.h"

#include "cache/CacheError.h"

#include <QPointer>
#include <QSet>
#include <QSqlDriver>

namespace inbox::relay {

/// Lives on the writer thread with its own connection; commits one batch at a time.
class StoreWriter : public QObject
{
public:
    explicit StoreWriter(QString location)
        : m_location(std::move(location))
    {}

    /// Runs on the writer thread; answers through `reply` (called on that thread).
    void commit(const QList<IncomingEvent> &batch,
                const std::function<void(QList<Appended>, QString, double)> &reply)
    {
        if (!m_store) {
            auto opened = EventStore::open(m_location);
            if (!opened) {
                reply({}, opened.error(), 0);
                return;
            }
            m_store = std::move(opened).value();
        }
        QElapsedTimer timer;
        timer.start();
        try {
            const QList<Appended> results = m_store->append(batch);
            reply(results, {}, double(timer.nsecsElapsed()) / 1e6);
        } catch (const CacheError &error) {
            reply({}, error.message(), double(timer.nsecsElapsed()) / 1e6);
        }
    }

    void close() { m_store.reset(); }

private:
    QString m_location;
    std::unique_ptr<EventStore> m_store;
};

EventLog::EventLog(std::unique_ptr<EventStore> reader, const QString &location)
    : m_reader(std::move(reader))
    , m_writer(new StoreWriter(location))
{
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("relay-writer"));
    m_thread.start();
    if (m_reader->kind() == EventStore::Kind::Postgres) {
        QSqlDriver *driver = m_reader->database().driver();
        driver->subscribeToNotification(EventStore::notifyChannel());
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    Q_EMIT newEvents(payload.toString());
                });
    }
}

EventLog::~EventLog()
{
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Expected<std::unique_ptr<EventLog>, QString> EventLog::open(const QString &location)
{
    auto reader = EventStore::open(location);
    if (!reader)
        return reader.error();
    return std::unique_ptr<EventLog>(new EventLog(std::move(reader).value(), location));
}

void EventLog::append(IncomingEvent event, Done done)
{
    m_waiting.append({std::move(event), std::move(done)});
    if (m_inFlight.isEmpty())
        commitNext();
}

void EventLog::commitNext()
{
    if (m_waiting.isEmpty())
        return;
    m_inFlight = std::exchange(m_waiting, {});
    QList<IncomingEvent> batch;
    batch.reserve(m_inFlight.size());
    for (const Waiting &waiting : std::as_const(m_inFlight))
        batch.append(waiting.event);
    QPointer<EventLog> self(this);
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, batch, self] {
        writer->commit(batch, [self](QList<Appended> results, QString error, double ms) {
            QMetaObject::invokeMethod(
                self,
                [self, results, error, ms] {
                    if (self)
                        self->committed(results, error, ms);
                },
                Qt::QueuedConnection);
        });
    });
}

void EventLog::committed(const QList<Appended> &results, const QString &error, double ms)
{
    m_commitTimes.append(ms);
    const QList<Waiting> done = std::exchange(m_inFlight, {});
    QSet<QString> orgs;
    for (qsizetype i = 0; i < done.size(); ++i) {
        if (error.isEmpty()) {
            done[i].done(results.at(i));
            if (!results.at(i).duplicate)
                orgs.insert(done[i].event.org);
        } else {
            done[i].done(error);
        }
    }
    commitNext();
    for (const QString &org : std::as_const(orgs))
        Q_EMIT newEvents(org);
}

QList<StoredEvent> EventLog::after(const QString &org, qint64 seq, int limit)
{
    return m_reader->after(org, seq, limit);
}

qint64 EventLog::head(const QString &org)
{
    return m_reader->head(org);
}

qint64 EventLog::prunedThrough(const QString &org)
{
    return m_reader->prunedThrough(org);
}

int EventLog::prune(const QDateTime &before)
{
    return m_reader->prune(before);
}

QList<double> EventLog::takeCommitTimes()
{
    return std::exchange(m_commitTimes, {});
}

} // namespace inbox::relay
