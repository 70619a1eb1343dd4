// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

/// The relay's stream (/stream, a WebSocket of JSON text frames), read and written in one place
/// by both ends: the relay's StreamClient and the desktop's RelayClient. Reading never trusts
/// the other end: a frame that is not what the protocol says is an error in words, and numbers
/// that are not sequence numbers are never converted out of range.
namespace inbox {

/// An event as the relay streams it: a provider's webhook body, or a team event
/// (provider "team") with its author stamped by the relay.
struct RelayEvent
{
    qint64 seq = 0;
    QString provider;
    QString account; ///< the provider's id of the account (Meta's phone number id, ...)
    QDateTime receivedAt;
    QByteArray body; ///< a JSON object, compact

    friend bool operator==(const RelayEvent &, const RelayEvent &) = default;
};

namespace stream {

/// The largest sequence number a JSON number (a double) holds exactly: 2^53.
constexpr qint64 largestSequence = qint64(1) << 53;
/// A sequence number: a whole JSON number from 0 to largestSequence, or nothing.
std::optional<qint64> sequenceNumber(const QJsonValue &value);

/// A provider account as the team's relay hands it to a signed-in desktop: how the desktop
/// reaches the provider, and the token, which the desktop keeps in memory only (or in the OS
/// keychain when `keepInKeychain`). No token, with `problem` in words, when the relay cannot
/// give it.
struct TeamAccount
{
    QString provider;
    QString account; ///< the relay's id of it (Meta's phone number id, ...)
    QString displayName;
    QString businessPhone; ///< E.164, or empty
    QJsonObject connection;
    QByteArray token;
    bool keepInKeychain = false;
    QString problem;

    friend bool operator==(const TeamAccount &, const TeamAccount &) = default;
};
QJsonObject toJson(const TeamAccount &account);
TeamAccount teamAccountFromJson(const QJsonObject &json);

// What a desktop sends.

/// The first frame: the agent's token and the last sequence number it has applied.
struct Hello
{
    QByteArray token;
    qint64 cursor = 0; ///< past anything the relay can hold: INT64_MAX, answered with reset
    /// The headless runner: a service, not a teammate at a desk, so it is never shown online.
    bool headless = false;

    friend bool operator==(const Hello &, const Hello &) = default;
};
/// A team event to store and stream; `clientId` comes back in its ack or error.
struct Publish
{
    QJsonValue clientId;
    QJsonObject event;
};
/// A frame refused, as the relay answers it: {"type":"error","code","message","clientId"?}.
struct Refusal
{
    QString code;
    QString message;
    QJsonValue clientId = QJsonValue::Undefined;
};
/// An admin's account settings for the whole team; no token keeps the one the relay has.
struct SetAccount
{
    QJsonValue clientId;
    TeamAccount account;
};
using ClientFrame = std::variant<Hello, Publish, SetAccount, Refusal>;

/// A desktop's frame; a Refusal says what is wrong with it (codes bad_frame, unknown_type).
ClientFrame readClientFrame(const QByteArray &utf8);
QByteArray helloFrame(const QByteArray &token, qint64 cursor, bool headless = false);
QByteArray publishFrame(const QString &clientId, const QJsonObject &event);
QByteArray setAccountFrame(const QString &clientId, const TeamAccount &account);

// What the relay sends.

/// After a valid hello: who the token belongs to and the organisation's newest sequence.
struct Welcome
{
    QString org;
    QString agent; ///< the agent's handle
    QString name;
    QString role;
    qint64 head = 0;

    friend bool operator==(const Welcome &, const Welcome &) = default;
};
/// The cursor cannot be continued (ahead of the relay, or past the retention): start again.
struct Reset
{
    QString reason;
};
/// A publish stored as `seq`.
struct Ack
{
    QJsonValue clientId;
    qint64 seq = 0;
};
/// A relay frame this desktop cannot read, and why (logged, never applied).
struct Unreadable
{
    QString why;
};
/// The organisation's accounts, after the welcome and again whenever an admin changes one.
struct Accounts
{
    QList<TeamAccount> accounts;
};
/// A teammate of the organisation and whether a desktop of theirs is connected to the relay.
struct TeammatePresence
{
    QString agent; ///< the handle
    QString name;
    QString role;
    bool online = false;
    QDateTime since; ///< online since, or offline since; invalid: not seen since the relay started

    friend bool operator==(const TeammatePresence &, const TeammatePresence &) = default;
};
/// Every teammate of the organisation, after the accounts and again whenever one comes or goes.
struct Presence
{
    QList<TeammatePresence> agents;
};
using RelayFrame =
    std::variant<RelayEvent, Welcome, Accounts, Presence, Reset, Ack, Refusal, Unreadable>;

RelayFrame readRelayFrame(const QByteArray &utf8);
/// The body goes exactly as given (it was checked to be a JSON object when it was stored),
/// never parsed and written again.
QByteArray eventFrame(qint64 seq, const QString &provider, const QString &account,
                      const QDateTime &receivedAt, const QByteArray &body);
QByteArray welcomeFrame(const Welcome &welcome);
QByteArray accountsFrame(const QList<TeamAccount> &accounts);
QByteArray presenceFrame(const QList<TeammatePresence> &agents);
QByteArray resetFrame(const QString &reason);
QByteArray ackFrame(const QJsonValue &clientId, qint64 seq);
QByteArray refusalFrame(const Refusal &refusal);

} // namespace stream
} // namespace inbox
