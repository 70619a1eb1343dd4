// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace inbox {

class CacheDatabase;

/// One of the team's labels: a word managers define, which anyone puts on conversations.
struct Label
{
    QString name;
    QString colour; ///< "#rrggbb"
};

/// The team's labels and which conversations carry them, as the relay's events say.
class LabelStore
{
public:
    explicit LabelStore(std::shared_ptr<CacheDatabase> cache);

    QFuture<QList<Label>> all();
    /// Without a relay: the change is this desktop's alone.
    QFuture<void> define(const Label &label);
    QFuture<void> remove(const QString &name);
    QFuture<void> setOn(qint64 conversationId, const QString &label, bool on);

    /// A label made or changed; taking it away takes it off every conversation.
    static void defineIn(QSqlDatabase &db, const Label &label);
    static void removeIn(QSqlDatabase &db, const QString &name);
    /// Puts the label on the conversation (made with a grey colour if nobody defined it yet,
    /// so no event is lost), or takes it off.
    static void setOnIn(QSqlDatabase &db, qint64 conversationId, const QString &label, bool on);

private:
    std::shared_ptr<CacheDatabase> m_cache;
};

} // namespace inbox
