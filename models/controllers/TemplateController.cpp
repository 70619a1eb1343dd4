// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateController.h"

#include "TeamContext.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/TemplateStore.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <QPromise>

namespace inbox {

TemplateController::TemplateController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                                       QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_team(team)
{}

QFuture<QString> TemplateController::record(const MessageTemplate &t)
{
    if (const QString why =
            whyNotAllowed(m_team->role(), m_team->agentId(), TeamEvent{team::EditTemplate{}, {}});
        !why.isEmpty())
        return settled(why);
    const Outcome finish;
    // The cache first, whatever the relay says: this desktop shows what the provider has.
    whenReady(
        TemplateStore(m_cache).upsert(t), this,
        [this, t, finish](qint64) {
            if (!m_team->relay()) {
                finish({});
                return;
            }
            // Teammates know the account by the provider's id for it, as the relay does.
            whenReady(
                AccountStore(m_cache).all(), this,
                [this, t, finish](const QList<Account> &accounts) {
                    team::EditTemplate edit{{},
                                            t.accountId,
                                            t.name,
                                            t.language,
                                            t.category,
                                            t.status,
                                            componentsToJson(t.components)};
                    for (const Account &account : accounts) {
                        if (account.id != t.accountId)
                            continue;
                        edit.provider = account.provider.key();
                        if (!account.relayAccount.isEmpty())
                            edit.account = account.relayAccount;
                    }
                    whenReady(m_team->publishOr(TeamEvent{edit, {}},
                                                [] { return QtFuture::makeReadyFuture(); }),
                              this, finish,
                              [finish](const CacheError &error) { finish(error.message()); });
                },
                [finish](const CacheError &error) { finish(error.message()); });
        },
        [finish](const CacheError &error) { finish(error.message()); });
    return finish.future();
}

} // namespace inbox
