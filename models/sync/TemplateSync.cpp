// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateSync.h"

#include "ModelsLog.h"
#include "cache/CacheDatabase.h"
#include "cache/TemplateStore.h"
#include "itemmodels/WhenReady.h"

#include <QCoreApplication>
#include <QPromise>

namespace inbox {

namespace {

/// A provider that keeps giving pages is stopped here (100 pages of 100 is every template a
/// WhatsApp account may have, several times over).
constexpr int maxPages = 100;

} // namespace

struct TemplateSync::Run
{
    QString accountId;
    std::shared_ptr<ProviderApi> api;
    QList<MessageTemplate> listed;
    QString cursor;
    int pages = 0;
    QPromise<QString> promise;
};

TemplateSync::TemplateSync(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_apiFor(std::move(apiFor))
{}

QFuture<QString> TemplateSync::sync(const QString &accountId)
{
    auto run = std::make_shared<Run>();
    run->accountId = accountId;
    run->promise.start();
    QFuture<QString> future = run->promise.future();
    run->api = m_apiFor ? m_apiFor(accountId) : nullptr;
    if (!run->api) {
        finish(run, QCoreApplication::translate("inbox::TemplateSync",
                                                "the account %1 is not connected: add its token "
                                                "in Settings")
                        .arg(accountId));
        return future;
    }
    if (m_running.contains(accountId)) { // the one under way answers for both
        run->promise.addResult(QString());
        run->promise.finish();
        return future;
    }
    m_running.insert(accountId);
    nextPage(run);
    return future;
}

void TemplateSync::nextPage(const std::shared_ptr<Run> &run)
{
    whenReady(
        run->api->listTemplates(run->cursor), this,
        [this, run](const Expected<TemplatePage, ProviderError> &page) {
            if (!page) {
                finish(run, page.error().message());
                return;
            }
            run->listed += page->templates;
            run->cursor = page->nextCursor;
            if (!run->cursor.isEmpty() && ++run->pages < maxPages) {
                nextPage(run);
                return;
            }
            whenReady(
                TemplateStore(m_cache).replaceFromProvider(run->accountId, run->listed), this,
                [this, run](int) { finish(run, {}); },
                [this, run](const CacheError &error) { finish(run, error.message()); });
        },
        [this, run](const CacheError &error) { finish(run, error.message()); });
}

void TemplateSync::finish(const std::shared_ptr<Run> &run, const QString &problem)
{
    if (!run->api || m_running.remove(run->accountId)) {
        if (problem.isEmpty()) {
            qCInfo(lcModels) << "templates of" << run->accountId << ":" << run->listed.size();
            Q_EMIT synced(run->accountId, int(run->listed.size()));
        } else {
            qCWarning(lcModels) << "templates of" << run->accountId << "not synced:" << problem;
            Q_EMIT failed(run->accountId, problem);
        }
    }
    run->promise.addResult(problem);
    run->promise.finish();
}

} // namespace inbox
