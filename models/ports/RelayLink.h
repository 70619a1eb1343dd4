// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "sync/StreamFrames.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

namespace inbox {

/// The desktop's link to the relay, as the UI and controllers see it: its state for the status
/// bar, and team events to publish. Implemented over a WebSocket in providers/relay.
class RelayLink : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Connecting,
        Connected,
        Reconnecting, ///< see reconnectInSeconds()
        SignedOut     ///< the token was refused: sign in again in Settings
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual State state() const = 0;
    virtual int reconnectInSeconds() const = 0;
    /// The organisation, agent id and role the relay welcomed this desktop as.
    virtual QString org() const = 0;
    virtual QString agentId() const = 0;
    virtual QString role() const = 0;
    /// Where this desktop reaches the relay (ws://host/stream).
    virtual QUrl url() const = 0;
    /// Publishes a team event ({"type": "assign", ...}); gives the relay's sequence number, or
    /// the refusal in words (a role that may not, not connected...).
    virtual QFuture<Expected<qint64, QString>> publish(const QJsonObject &event) = 0;
    /// An admin sets up a provider account for the whole team (no token keeps the relay's);
    /// the refusal in words, or nothing wrong.
    virtual QFuture<Expected<qint64, QString>> setAccount(const stream::TeamAccount &account) = 0;
    /// The accounts the organisation's relay handed out, the last time it did.
    virtual QList<stream::TeamAccount> teamAccounts() const = 0;
    /// The organisation's teammates and who of them is online, as the relay last said; empty
    /// while not connected.
    virtual QList<stream::TeammatePresence> presence() const = 0;

Q_SIGNALS:
    void stateChanged(inbox::RelayLink::State state);
    /// Events past the relay's retention were missed: reload history from the providers.
    void resetRequested();
    /// A batch of events is in the cache, with the cursor.
    void applied(qint64 cursor);
    /// The relay handed out the organisation's accounts (after the welcome, and again each time
    /// an admin changes one).
    void teamAccountsChanged(const QList<inbox::stream::TeamAccount> &accounts);
    /// A teammate came online or went offline (or joined or left the team).
    void presenceChanged();
};

} // namespace inbox
