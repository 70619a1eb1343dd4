// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"

#include "cache/CacheError.h"

#include <QSqlDriver>
#include <QStringList>

#include <chrono>

namespace inbox::relay {

EventLog::EventLog(std::unique_ptr<EventStore> reader, QString location)
    : m_reader(std::move(reader))
{
    m_writer = std::thread([this, location = std::move(location)] { writeLoop(location); });
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
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_writer.join(); // what was queued is committed first; its answers go nowhere
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
    m_done.emplace_back(event.org, std::move(done));
    {
        std::lock_guard lock(m_mutex);
        m_queue.append(std::move(event));
    }
    m_wake.notify_one();
}

/// The writer thread: its own connection, one batch at a time, everything queued meanwhile.
void EventLog::writeLoop(const QString &location)
{
    std::unique_ptr<EventStore> store;
    QString openError;
    for (;;) {
        QList<IncomingEvent> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.isEmpty(); });
            if (m_queue.isEmpty())
                break;
            batch = std::exchange(m_queue, {});
        }
        if (!store) {
            auto opened = EventStore::open(location);
            if (opened)
                store = std::move(opened).value();
            else
                openError = opened.error();
        }
        QList<Appended> results;
        QString error = store ? QString() : openError;
        const auto started = std::chrono::steady_clock::now();
        if (store) {
            try {
                results = store->append(batch);
            } catch (const CacheError &failure) {
                error = failure.message();
            }
        }
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                .count();
        // Answers are given on the event loop's thread, in order: one call per batch.
        QMetaObject::invokeMethod(
            this,
            [this, count = batch.size(), results = std::move(results), error = std::move(error),
             ms] { committed(count, results, error, ms); },
            Qt::QueuedConnection);
    }
    store.reset(); // closes its connection on this thread
}

void EventLog::committed(qsizetype count, const QList<Appended> &results, const QString &error,
                         double ms)
{
    m_commitTimes.append(ms);
    // The batch is the oldest `count` of what is waiting: the writer takes the queue in order.
    QStringList orgs; // mostly one: a list, not a hash of every event's organisation
    for (qsizetype i = 0; i < count; ++i) {
        auto [org, done] = std::move(m_done.front());
        m_done.pop_front();
        if (!error.isEmpty()) {
            done(error);
            continue;
        }
        done(results.at(i));
        if (!results.at(i).duplicate && !orgs.contains(org))
            orgs.append(org);
    }
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
