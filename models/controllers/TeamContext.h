#pragma once

#include "domain/Agent.h"
#include "domain/TeamEvent.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace inbox {

class RelayLink;

/// What every controller needs to act for the signed-in teammate: the relay link (none when
/// the desktop works alone) and who is signed in. One per window; the controllers share it.
class TeamContext : public QObject
{
    Q_OBJECT
public:
    explicit TeamContext(QString agentId, QObject *parent = nullptr);

    void setRelayLink(RelayLink *relay);
    RelayLink *relay() const;
    void setIdentity(const QString &agentId, Role role);
    const QString &agentId() const { return m_agentId; }
    Role role() const { return m_role; }

    /// With a relay, publishes `event`: the relay checks it and its echo changes every
    /// desktop's cache, this one's too. Alone, runs `local` on this desktop's cache instead.
    /// Gives an empty string once done, else what went wrong in words.
    QFuture<QString> publishOr(const TeamEvent &event, std::function<QFuture<void>()> local);

Q_SIGNALS:
    void identityChanged();

private:
    QPointer<RelayLink> m_relay;
    QString m_agentId;
    Role m_role = Role::Agent;
};

/// A future that is already done, with `problem` (empty: all went well).
QFuture<QString> settled(const QString &problem = {});

} // namespace inbox
