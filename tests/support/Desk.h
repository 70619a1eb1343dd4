#pragma once

// A desktop's window on a seeded cache of its own, for the GUI suites that drive the real
// widgets (header-only: only the suites that link the UI include it).
#include "LeadPanel.h"
#include "MainWindow.h"
#include "cache/CacheDatabase.h"
#include "seed/DemoSeeder.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <memory>

namespace inbox::test {

/// The demo data (40 conversations, 400 messages) in a new cache at `path`.
inline std::shared_ptr<CacheDatabase> seededCache(const QString &path)
{
    auto opened = CacheDatabase::openBlocking(path);
    if (!opened)
        qFatal("cannot open %s", qPrintable(path));
    SeedOptions options;
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
        , window(cache, agent)
    {
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        ready.wait();
        panel = window.findChild<LeadPanel *>(QStringLiteral("leadPanel"));
    }
    template<class W>
    W *find(const char *name)
    {
        return panel->findChild<W *>(QLatin1String(name));
    }
};

} // namespace inbox::test
