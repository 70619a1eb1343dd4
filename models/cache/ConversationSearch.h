// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace inbox {

struct Conversation;

/// What the search box finds, as the conversation list asks for it: the most active matching
/// conversations first, each page in the time the index needs for the words typed, however
/// many messages the cache holds.
///
/// A conversation matches when one of its messages holds the words typed (word beginnings,
/// accents ignored, as in the message index), when its lead's name does, or, from three
/// characters on, when its customer's name holds the text typed or its number the digits typed.
///
/// How: the message index gives the ids of every matching message (cheap: no message is read),
/// kept while the cache does not change. Few matches: their conversations are looked up and
/// sorted. Many: the conversations are walked in activity order and each one's message ids
/// checked against the matches, which stops as soon as a page is full.
namespace conversationsearch {

/// The filter's other conditions, as SQL over `conversations c JOIN accounts a`, with their
/// values bound by name.
struct Conditions
{
    QStringList clauses;
    QVariantMap values;
};

struct Page
{
    QList<qint64> ids;               ///< most active first
    QHash<qint64, qint64> newestHit; ///< conversation -> its newest matching message, if any
};

/// The first `limit` matching conversations that `where` lets through.
Page pageIn(QSqlDatabase &db, const QString &typed, const Conditions &where, int limit);
/// Which of `ids` match, each with its newest matching message (0 when only its name, number
/// or lead matches).
QHash<qint64, qint64> matchesIn(QSqlDatabase &db, const QString &typed, const QList<qint64> &ids);
/// Sets each row's matched message and its text with the words marked (char 2 before, char 3
/// after), as the message index's highlight() marks them.
void markIn(QSqlDatabase &db, const QString &typed, const QHash<qint64, qint64> &newestHit,
            QList<Conversation> &rows);

} // namespace conversationsearch

} // namespace inbox
