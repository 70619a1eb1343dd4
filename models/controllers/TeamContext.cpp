// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamContext.h"

#include "ModelsLog.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <QPromise>

#include <memory>

namespace inbox {

TeamContext::TeamContext(QString agentId, QObject *parent)
    : QObject(parent)
    , m_agentId(std::move(agentId))
{}

void TeamContext::setRelayLink(RelayLink *relay)
{
    m_relay = relay;
}

RelayLink *TeamContext::relay() const
{
    return m_relay.data();
}

void TeamContext::setIdentity(const QString &agentId, Role role)
{
    m_agentId = agentId;
    m_role = role;
    Q_EMIT identityChanged();
}

QFuture<QString> settled(const QString &problem)
{
    return QtFuture::makeReadyFuture(problem);
}

QFuture<QString> TeamContext::publishOr(const TeamEvent &event,
                                        std::function<QFuture<void>()> local)
{
    // The relay decides; asking first only spares a round trip and says it the same way.
    if (const QString why = whyNotAllowed(m_role, m_agentId, event); !why.isEmpty())
        return settled(why);
    const Outcome finish;
    if (m_relay) {
        const QString type = event.type();
        whenReady(
            m_relay->publish(toJson(event)), this,
            [finish, type](const Expected<qint64, QString> &sequenced) {
                if (!sequenced)
                    qCInfo(lcModels)
                        << "the relay did not take a" << type << "event:" << sequenced.error();
                finish(sequenced ? QString() : sequenced.error());
            },
            [finish](const CacheError &error) { finish(error.message()); });
    } else {
        whenReady(
            local(), this, [finish] { finish({}); },
            [finish](const CacheError &error) { finish(error.message()); });
    }
    return finish.future();
}

} // namespace inbox
