// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AutoReply.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace inbox {

class CacheDatabase;
class RelayLink;
class ReplyHook;

/// Answers new inbound messages by the account's automatic-reply rules and/or its HTTP hook.
/// A reply goes through the outbox like any message, marked automatic ("automatic": true in
/// its details), only inside the 24-hour window, and never to our own messages: only inbound
/// ones written in the last few minutes are answered (not history, not a catch-up after days
/// away), at most AutoReplyRules::perConversationPerHour times an hour per conversation.
///
/// With several desktops on one relay, each would answer: so each first publishes a claim for
/// the message ("autoreply" team event), and only the desktop whose claim the relay sequenced
/// first sends. Without a relay connection the desktop answers by itself.
class AutoReplier : public QObject
{
    Q_OBJECT
public:
    AutoReplier(std::shared_ptr<CacheDatabase> cache, ReplyHook *hook, QObject *parent = nullptr);

    void setRelayLink(RelayLink *relay) { m_relay = relay; }

    /// Messages older than this when they reach the desktop get no automatic reply.
    static constexpr int freshSeconds = 10 * 60;

    struct Candidate
    {
        qint64 messageId = 0;
        QString providerMessageId;
        qint64 conversationId = 0;
        QString accountId;
        QString provider;
        QString relayAccount;
        QString phone;
        QString name;
        QString text;
        QString kind;
        QDateTime at;
        AutoReplyRules rules;
        bool firstMessage = false;
        int recentAutomatic = 0;
    };

Q_SIGNALS:
    /// An automatic reply was queued in this conversation.
    void replied(qint64 conversationId, const QString &text);
    /// Something kept a reply from going out (the hook failed, the relay refused the claim).
    void problem(const QString &accountId, const QString &text);

private:
    void consider(qint64 conversationId, const QList<qint64> &messageIds);
    void decide(const Candidate &candidate);
    void claimAndSend(const Candidate &candidate, const QString &reply);
    void send(const Candidate &candidate, const QString &reply);

    std::shared_ptr<CacheDatabase> m_cache;
    ReplyHook *m_hook;
    QPointer<RelayLink> m_relay;
    QHash<QString, std::pair<Candidate, QString>> m_claims; ///< ours, waiting for the relay
};

} // namespace inbox
