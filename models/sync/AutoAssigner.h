// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TeamEvent.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace inbox {

class CacheDatabase;
class RelayLink;

/// Gives waiting conversations to teammates by the team's auto-assignment rules (see
/// planAssignments), with presence from the relay. Every connected inbox and the headless
/// runner runs one. Each decision goes out as an "autoassign" event, which the relay stores
/// only while the conversation is still where the decision found it and the assignee is online:
/// so one decision lands however many inboxes make it, and the others are refused (quietly:
/// another inbox was first). Nothing is decided without the relay, which alone knows who is
/// online.
class AutoAssigner : public QObject
{
    Q_OBJECT
public:
    explicit AutoAssigner(std::shared_ptr<CacheDatabase> cache, QObject *parent = nullptr);

    void setRelayLink(RelayLink *relay);

    /// How long after a change the assigner looks again: changes that come together are
    /// planned once.
    static constexpr int settleMs = 250;

Q_SIGNALS:
    /// This inbox's decision landed: the relay stored it.
    void assigned(const inbox::ConversationKey &conversation, const QString &assignee);

private:
    void schedule();
    void plan();
    void publish(const team::AutoAssign &decision);

    std::shared_ptr<CacheDatabase> m_cache;
    QPointer<RelayLink> m_relay;
    QTimer m_soon;  ///< a change just happened
    QTimer m_later; ///< an offline assignee's time runs out
    /// Conversations decided on and not to be decided again until then (the relay has not
    /// answered, or its answer has not reached the cache yet).
    QHash<QString, QDateTime> m_holding;
    bool m_planning = false;
    bool m_again = false;
};

} // namespace inbox
