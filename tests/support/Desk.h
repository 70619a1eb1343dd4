// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A desktop's window on a seeded cache of its own, for the GUI suites that drive the real
// widgets (header-only: only the suites that link the UI include it).
#include "LeadPanel.h"
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "cache/CacheDatabase.h"
#include "demo/DemoAccounts.h"
#include "itemmodels/ConversationListModel.h"
#include "seed/DemoSeeder.h"

#include <QListView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace inbox::test {

/// The demo data (40 conversations, 400 messages) in a new cache at `path`.
inline std::shared_ptr<CacheDatabase> seededCache(const QString &path)
{
    auto opened = CacheDatabase::openBlocking(path);
    if (!opened)
        qFatal("cannot open %s", qPrintable(path));
    SeedOptions options;
    options.accounts = demo::cacheAccounts();
    options.conversations = 40;
    options.messages = 400;
    DemoSeeder(opened.value()).run(options);
    return opened.value();
}

/// Runs `statement` on the cache's thread; the first column of its first row.
inline QVariant scalar(const std::shared_ptr<CacheDatabase> &cache, const QString &statement)
{
    return cache
        ->run([statement](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.exec(statement);
            return query.next() ? query.value(0) : QVariant();
        })
        .result();
}

inline QString assigneeOf(const std::shared_ptr<CacheDatabase> &cache, qint64 conversation)
{
    return scalar(cache, QStringLiteral("SELECT assignee_id FROM conversations WHERE id = %1")
                             .arg(conversation))
        .toString();
}

/// The window of `agent`, shown and loaded, with its lead panel.
struct Desk
{
    std::shared_ptr<CacheDatabase> cache;
    MainWindow window;
    LeadPanel *panel = nullptr;

    Desk(const QString &path, const QString &agent)
        : cache(seededCache(path))
        , window(cache, agent, providerCatalog())
    {
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        ready.wait();
        // Settled: no load of the list is still under way (its answer would replace the rows).
        if (!QTest::qWaitFor([this] { return !window.conversations()->isLoading(); }))
            qWarning("the conversation list is still loading");
        panel = window.findChild<LeadPanel *>(QStringLiteral("leadPanel"));
    }
    template<class W>
    W *find(const char *name)
    {
        return panel->findChild<W *>(QLatin1String(name));
    }
};

inline void shoot(QWidget *widget, const QString &name)
{
    if (const QString shots = qEnvironmentVariable("INBOX_SHOTS"); !shots.isEmpty())
        widget->grab().save(shots + QLatin1Char('/') + name);
}

inline void run(const std::shared_ptr<CacheDatabase> &cache, const QString &statement)
{
    scalar(cache, statement);
}

/// The newest conversation of an account that has an inbound message with a provider id.
inline qint64 conversationWithInbound(const std::shared_ptr<CacheDatabase> &cache,
                                      const QString &account)
{
    return scalar(cache,
                  QStringLiteral("SELECT c.id FROM conversations c WHERE c.account_id = '%1' "
                                 "AND EXISTS (SELECT 1 FROM messages m WHERE "
                                 "m.conversation_id = c.id AND m.direction = 'in' AND "
                                 "m.provider_message_id IS NOT NULL) ORDER BY c.id LIMIT 1")
                      .arg(account))
        .toLongLong();
}

inline int unreadOf(const std::shared_ptr<CacheDatabase> &cache, qint64 conversation)
{
    return scalar(cache, QStringLiteral("SELECT unread_count FROM conversations WHERE id = %1")
                             .arg(conversation))
        .toInt();
}

/// The list's row of a conversation (after the list has re-read it).
inline QModelIndex rowOf(QListView *list, qint64 conversation)
{
    QAbstractItemModel *model = list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ConversationListModel::IdRole).toLongLong() == conversation)
            return index;
    }
    return {};
}

/// The customer last wrote at `msecs` (the 24-hour window follows); true once the list shows it.
inline bool lastWroteAt(Desk &desk, qint64 conversation, qint64 msecs)
{
    run(desk.cache, QStringLiteral("UPDATE conversations SET last_inbound_at = %1 WHERE id = %2")
                        .arg(msecs)
                        .arg(conversation));
    Q_EMIT desk.cache->events()->conversationsChanged({conversation});
    auto *list = desk.window.findChild<QListView *>(QStringLiteral("conversationList"));
    return QTest::qWaitFor([&] {
        return rowOf(list, conversation)
                   .data(ConversationListModel::LastInboundRole)
                   .toDateTime()
                   .toMSecsSinceEpoch() == msecs;
    });
}

/// Makes a conversation unread (as a burst of customer messages would) and waits for its row.
inline QModelIndex makeUnread(Desk &desk, qint64 conversation, int unread)
{
    run(desk.cache,
        QStringLiteral("UPDATE conversations SET unread_count = %1, assignee_id = NULL, "
                       "last_activity_at = %2 WHERE id = %3")
            .arg(unread)
            .arg(QDateTime::currentMSecsSinceEpoch())
            .arg(conversation));
    Q_EMIT desk.cache->events()->conversationsChanged({conversation});
    auto *list = desk.window.findChild<QListView *>(QStringLiteral("conversationList"));
    QModelIndex index;
    const bool shown = QTest::qWaitFor([&] {
        index = rowOf(list, conversation);
        return index.isValid() &&
               index.data(ConversationListModel::UnreadCountRole).toInt() == unread;
    });
    return shown ? index : QModelIndex(); // invalid when the list never showed it so
}

} // namespace inbox::test
