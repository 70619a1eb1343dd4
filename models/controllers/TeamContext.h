// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agent.h"
#include "domain/TeamEvent.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>

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

/// The end of a controller's steps: call it once with the problem in words (empty: all went
/// well); copies share the one promise, so each step's callback can hold one.
class Outcome
{
public:
    Outcome()
        : m_promise(std::make_shared<QPromise<QString>>())
    {
        m_promise->start();
    }
    void operator()(const QString &problem) const
    {
        m_promise->addResult(problem);
        m_promise->finish();
    }
    QFuture<QString> future() const { return m_promise->future(); }

private:
    std::shared_ptr<QPromise<QString>> m_promise;
};

} // namespace inbox
