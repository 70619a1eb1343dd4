// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ProviderApi.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;

/// Brings an account's real templates from its provider into the cache: every page (Meta's
/// message_templates, WATI's getMessageTemplates), then all at once, so the picker offers
/// what the provider will accept. One the provider no longer lists stays as DISABLED.
class TemplateSync : public QObject
{
    Q_OBJECT
public:
    TemplateSync(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor, QObject *parent = nullptr);

    /// Gives an empty string once the cache holds the provider's list, else the problem in
    /// words (the cache is then left as it was). A sync of an account already under way is
    /// not started twice.
    QFuture<QString> sync(const QString &accountId);

Q_SIGNALS:
    void synced(const QString &accountId, int templates);
    void failed(const QString &accountId, const QString &problem);

private:
    struct Run;
    void nextPage(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run, const QString &problem);

    std::shared_ptr<CacheDatabase> m_cache;
    ApiLookup m_apiFor;
    QSet<QString> m_running;
};

} // namespace inbox
