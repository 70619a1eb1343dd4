// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>

#include <optional>

namespace inbox {

/// An account's automatic replies, off by default (the restaurant-bot case): keyword rules,
/// a reply outside opening hours, a welcome for a new customer's first message, and/or an HTTP
/// hook that gets the inbound message as JSON and may answer with the reply.
struct AutoReplyRules
{
    struct Keyword
    {
        QStringList words; ///< any of them, as a whole word, case and accents ignored
        QString reply;
    };

    bool enabled = false;
    QList<Keyword> keywords;
    /// Opening hours in the account's time zone; outside them `closedReply` is sent.
    QList<int> openDays = {1, 2, 3, 4, 5, 6, 7}; ///< Qt's day numbers, Monday = 1
    QTime opensAt;
    QTime closesAt;   ///< before opensAt: open past midnight
    QString timeZone; ///< IANA id ("America/Bogota"); empty: this computer's
    QString closedReply;
    QString welcome; ///< the first message of a new customer
    QUrl hook;       ///< POSTed the inbound message; {"reply": "..."} answers it

    /// At most this many automatic replies per conversation in an hour: two bots never talk
    /// to each other for long.
    static constexpr int perConversationPerHour = 3;

    bool hasOpeningHours() const { return opensAt.isValid() && closesAt.isValid(); }
    QJsonObject toJson() const;
    static AutoReplyRules fromJson(const QJsonObject &json);
    /// What is wrong with the rules, in words; empty when they can be saved.
    QStringList problems() const;
};

/// What the rules know of an inbound message.
struct InboundForRules
{
    QString text;
    QDateTime at;              ///< when the customer wrote
    bool firstMessage = false; ///< the customer's first message on this account
};

/// The rules' reply to a message, first match wins: a keyword, then "closed" outside opening
/// hours, then the welcome for a first message. None when the rules are off or nothing applies.
std::optional<QString> ruleReply(const AutoReplyRules &rules, const InboundForRules &message);

/// True when `at` falls inside the opening hours (always, when there are none).
bool isOpen(const AutoReplyRules &rules, const QDateTime &at);

/// The seconds from `from` to `to` that fall inside the opening hours (all of them, when there
/// are none): the business time a customer waited, for the reports.
qint64 openSecondsBetween(const AutoReplyRules &rules, const QDateTime &from, const QDateTime &to);

} // namespace inbox
