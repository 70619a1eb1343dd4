#pragma once

#include "domain/MessageTemplate.h"

#include <QFuture>
#include <QList>

#include <memory>

namespace inbox {

class CacheDatabase;

/// The message templates of each account, as the provider last listed them.
class TemplateStore
{
public:
    explicit TemplateStore(std::shared_ptr<CacheDatabase> cache);

    /// Keyed by account, name and language.
    QFuture<qint64> upsert(const MessageTemplate &messageTemplate);
    /// Every template of an account, by name and language.
    QFuture<QList<MessageTemplate>> forAccount(const QString &accountId);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
