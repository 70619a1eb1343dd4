// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIdentityProxyModel>

namespace inbox {

/// Stands between the chat view and its messages: older pages load at the top, and each
/// message gets the names of the people in it and a reading for screen readers.
///
/// Qt's views ask for more rows when scrolled to the bottom; a chat's older messages are at the
/// top. The proxy says it has nothing more to fetch, and loadOlder() (called when the view
/// reaches the top) asks the message model for its next page instead.
class ChatHistoryProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Roles
    {
        /// Who wrote the message: the customer, the teammate, or "Automatic reply".
        SenderNameRole = Qt::UserRole + 200,
        QuotedSenderNameRole, ///< who wrote the message a reply quotes
        QuotedLineRole,       ///< the quoted message's first line, or what it is ("Photo")
    };

    ChatHistoryProxy(QString customerName, QHash<QString, QString> teammates,
                     QObject *parent = nullptr);

    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
    void loadOlder()
    {
        if (sourceModel() && sourceModel()->canFetchMore({}))
            sourceModel()->fetchMore({});
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Teammates' names by agent id (they may arrive after the chat opened).
    void setTeammates(QHash<QString, QString> teammates);

private:
    QString nameOf(bool outbound, const QString &agentId, bool automatic) const;
    QString accessibleText(const QModelIndex &index) const;
    QString accessibleDescription(const QModelIndex &index) const;

    QString m_customerName;
    QHash<QString, QString> m_teammates;
};

} // namespace inbox
