// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Agent.h"
#include "Conversation.h"
#include "Expected.h"
#include "Message.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace inbox {

/// A conversation as every desktop and the relay name it: the provider, the account's id at
/// the provider (what the relay calls the account) and the customer's number in E.164. Cache
/// row ids differ from desktop to desktop; this does not.
struct ConversationKey
{
    QString provider;
    QString account;
    QString phone;

    bool operator==(const ConversationKey &) const = default;
    /// "provider/account/phone", the relay's key for the conversation's assignee.
    QString text() const;
};

namespace team {

/// A conversation given to a teammate (by a manager, or taken by an agent for itself).
struct Assign
{
    ConversationKey conversation;
    QString assignee;
    QString assigneeName;
};

struct Unassign
{
    ConversationKey conversation;
};

/// Open, pending, resolved, or snoozed until a time (then it wakes as open).
struct SetStatus
{
    ConversationKey conversation;
    ConversationStatus status = ConversationStatus::Open;
    QDateTime snoozedUntil; ///< only for Snoozed
};

/// Someone read the conversation: its unread count is 0 on every desktop.
struct MarkRead
{
    ConversationKey conversation;
};

/// A note for the team on a customer's lead.
struct AddNote
{
    QString phone;
    QString text;
};

/// A lead's name, stage or opt-out changed; a field left out stays as it is.
struct EditLead
{
    QString phone;
    std::optional<QString> name;
    std::optional<QString> stage;
    /// True: bulk campaigns leave the customer out (an agent heard "no more"); false: back in.
    std::optional<bool> optedOut;
};

/// A template made, edited or deleted (status DISABLED: deletes are soft). Fields left out stay.
struct EditTemplate
{
    QString provider;
    QString account;
    QString name;
    QString language;
    std::optional<QString> category;
    std::optional<QString> status;
    std::optional<QJsonArray> components;
};

/// A message a teammate sent, so every inbox shows it (Meta and WATI echo nothing).
struct Outbound
{
    ConversationKey conversation;
    QString providerMessageId;
    MessageKind kind = MessageKind::Text;
    QString text;
};

/// One of the team's saved replies set, or taken away.
struct SavedReply
{
    QString shortcut;
    QString text;
    bool removed = false;
};

/// A desktop claims the automatic reply to a message; the first claim the relay sequences wins.
struct ClaimAutoReply
{
    QString provider;
    QString account;
    QString message; ///< the provider's id of the customer's message
    QString claim;   ///< the claiming desktop's own id for this claim
};

/// One of the team's labels defined (its colour, "#rrggbb") or taken away, by a manager.
struct DefineLabel
{
    QString name;
    QString colour;
    bool removed = false;
};
/// A label put on a conversation, or taken off it, by anyone on the team.
struct LabelConversation
{
    ConversationKey conversation;
    QString label;
    bool removed = false;
};

/// A named filter of the conversation list, saved for the whole team, or taken away. The filter
/// is {"scope","status","provider","label","unread","search"}, each optional.
struct SaveView
{
    QString name;
    QJsonObject filter;
    bool removed = false;
};

/// Why the auto-assignment gave a conversation: it was waiting unassigned, or its assignee was
/// offline longer than its account's rules allow.
enum class AutoAssignReason
{
    Waiting,
    Offline
};

/// A conversation given by the auto-assignment rules, decided by one desktop or the headless
/// runner. The relay stores it only while the conversation is still held by `previous` (empty:
/// nobody) and `assignee` is online; so however many inboxes decide at once, one decision
/// lands, and the others are refused.
struct AutoAssign
{
    ConversationKey conversation;
    QString assignee;
    QString assigneeName;
    QString previous;
    AutoAssignReason reason = AutoAssignReason::Waiting;
};

/// The auto-assignment rules of one account, or the team's default (provider and account
/// empty), set by a manager. Off unless enabled; `reassignAfterMinutes` 0 never reassigns. An
/// account's rules removed: it follows the team's again.
struct Routing
{
    QString provider;
    QString account;
    bool enabled = false;
    int reassignAfterMinutes = 0;
    bool removed = false;
};

/// How many open conversations the auto-assignment gives a teammate at most (0: none), set by
/// a manager; no number is no limit.
struct Capacity
{
    QString agent;
    std::optional<int> max;
};

} // namespace team

using TeamEventBody =
    std::variant<team::Assign, team::Unassign, team::SetStatus, team::MarkRead, team::AddNote,
                 team::EditLead, team::EditTemplate, team::Outbound, team::SavedReply,
                 team::ClaimAutoReply, team::DefineLabel, team::LabelConversation, team::SaveView,
                 team::AutoAssign, team::Routing, team::Capacity>;

/// What the relay stamps on a published event: who published it and when.
struct TeamEventStamp
{
    QString authorId;
    QString authorName;
    QString authorRole;
    QDateTime at;
    QString clientId;
};

/// A team event: one typed value from the controller that makes it, through the relay's check,
/// to the sync engine that applies it. On the wire it is a flat JSON object with a "type".
struct TeamEvent
{
    TeamEventBody body;
    TeamEventStamp stamp; ///< empty until the relay stamps it

    /// Its wire type: assign, unassign, status, read, note, lead, template, outbound, canned,
    /// autoreply, label, labelled, view, autoassign, routing, capacity.
    QString type() const;
    /// The conversation it is about, for those that are about one.
    std::optional<ConversationKey> conversation() const;
};

/// Every wire type, in the variant's order.
QStringList teamEventTypes();

/// The event as the relay stores and streams it (the stamp only when it has been stamped).
QJsonObject toJson(const TeamEvent &event);
/// Reads an event; a missing field, a field of the wrong type or an unknown type is an error in
/// words, and nothing is made of it.
Expected<TeamEvent, QString> teamEventFromJson(const QJsonObject &json);

/// Why a teammate of `role` may not publish `event`, or empty when it may. Rules that depend on
/// the conversation's current state (an agent takes only an unassigned one) are the relay
/// store's, which knows that state.
QString whyNotAllowed(Role role, const QString &agentId, const TeamEvent &event);

} // namespace inbox
