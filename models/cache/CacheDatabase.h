// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CacheError.h"
#include "domain/Expected.h"

#include <QDateTime>
#include <QException>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace inbox {

/// Tells item models what changed in the cache, whichever store or thread changed it.
/// Signals are emitted from the database thread; connections to GUI objects are queued.
class CacheEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void messagesAdded(qint64 conversationId, const QList<qint64> &messageIds);
    /// Messages from a provider's history: shown, never notified, counted unread or replied to.
    void pastMessagesAdded(qint64 conversationId, const QList<qint64> &messageIds);
    void messageChanged(qint64 conversationId, qint64 messageId);
    void conversationsChanged(const QList<qint64> &conversationIds);
    /// A message went back into the outbox (a Retry): whoever sends should look now.
    void outboxRefilled();
    void cannedResponsesChanged();
    /// An account's templates changed (a review ended, an admin edited one).
    void templatesChanged(const QString &accountId);
    /// The relay sequenced this automatic-reply claim first for its message: its desktop sends.
    void autoReplyClaimed(const QString &claim);
    /// A teammate's note came through the relay (`author` is their handle).
    void teamNoteAdded(const QString &phone, const QString &author, const QString &text,
                       const QDateTime &at);
    /// A provider reported an account's health (empty `problem`: well again).
    void accountHealthReported(const QString &accountId, const QString &problem);
    /// The team's relay handed out accounts, or this desktop forgot them (signed out).
    void teamAccountsChanged();
    /// The team's labels changed (made, recoloured or taken away).
    void labelsChanged();
    /// The team's saved views changed.
    void savedViewsChanged();
    /// The auto-assignment's rules or a teammate's capacity or load changed.
    void routingChanged();
};

/// The local SQLite cache: one file, WAL, versioned schema, all work on one database thread.
///
/// Every store runs its queries through run(), which returns a QFuture, so the GUI thread never
/// waits on the disk. SQLite connections belong to the thread that opened them, hence a pool of
/// exactly one thread that never expires.
class CacheDatabase
{
public:
    /// Opens (creating or migrating) the cache at `path` on the database thread. A corrupt file, a
    /// newer schema or a read-only location is refused with a CacheError and left untouched.
    static QFuture<Expected<std::shared_ptr<CacheDatabase>, CacheError>> open(const QString &path);
    /// The same, waiting for the answer: for command-line tools, tests and benchmarks.
    static Expected<std::shared_ptr<CacheDatabase>, CacheError> openBlocking(const QString &path);

    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    QString path() const { return m_path; }
    CacheEvents *events() const { return m_events.get(); }

    /// Runs `task(connection)` on the database thread. Errors thrown by the task (CacheError)
    /// reach the caller through the future.
    template<class Task>
    auto run(Task task) -> QFuture<std::invoke_result_t<Task, QSqlDatabase &>>
    {
        return onDatabaseThread(
            [this, task = std::move(task)]() mutable { return task(connection()); });
    }

    /// The folder beside the cache file where downloaded media goes.
    QString mediaFolder() const;

private:
    explicit CacheDatabase(QString path);

    // Not QtConcurrent::run: waiting on its future may run a task that has not started yet on
    // the waiting thread ("work stealing"), and a SQLite connection must stay on its own thread.
    template<class Work>
    auto onDatabaseThread(Work work) -> QFuture<std::invoke_result_t<Work>>
    {
        using Result = std::invoke_result_t<Work>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        m_pool->start([promise, work = std::move(work)]() mutable {
            try {
                if constexpr (std::is_void_v<Result>)
                    work();
                else
                    promise->addResult(work());
            } catch (const QException &error) {
                promise->setException(error);
            } catch (...) {
                promise->setException(std::current_exception());
            }
            promise->finish();
        });
        return future;
    }

    QSqlDatabase &connection();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
    std::unique_ptr<QThreadPool> m_pool;
    std::unique_ptr<CacheEvents> m_events;
};

} // namespace inbox
