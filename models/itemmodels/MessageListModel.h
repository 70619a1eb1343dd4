// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/MessageStore.h"

#include <QAbstractListModel>
#include <QList>

namespace inbox {

class CacheEvents;

/// The messages of one conversation, oldest at the top. The newest page loads first; older pages
/// are prepended through fetchMore as the agent scrolls up; new messages are appended live and
/// status or reaction changes update their row in place. Only loaded pages are held in memory.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        ProviderMessageIdRole,
        DirectionRole, ///< in, out
        KindRole,      ///< text, image, template, ...
        TextRole,
        StatusRole, ///< queued, sent, delivered, read, failed; empty for inbound
        FailureCodeRole,
        FailureReasonRole,
        CreatedAtRole,
        SenderAgentIdRole,
        ReplyToRole, ///< the provider id of the quoted message
        MediaFileNameRole,
        MediaMimeTypeRole,
        MediaSizeRole,
        MediaLocalPathRole,
        ReactionsRole, ///< QStringList of emoji
        DetailsRole,   ///< QJsonObject: location, contacts, interactive choice, raw unsupported
        QuotedIdRole,  ///< the cache id of the message a reply quotes; 0: none, or not here
        QuotedDirectionRole,
        QuotedKindRole,
        QuotedTextRole,
        QuotedSenderAgentIdRole,
        QuotedPicturePathRole, ///< the quoted picture on this computer, for a thumbnail
    };
    Q_ENUM(Roles)

    static constexpr int pageSize = 50;

    MessageListModel(MessageStore store, CacheEvents *events, qint64 conversationId,
                     QObject *parent = nullptr);

    qint64 conversationId() const { return m_conversationId; }
    bool isLoading() const { return m_loading; }
    int rowOf(qint64 messageId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded();
    /// Messages newer than any loaded one arrived (the view decides whether to follow them).
    void messagesAppended(int count);
    void loadFailed(const QString &message);

private:
    void loadPage();
    void addMessages(qint64 conversationId, const QList<qint64> &ids);
    void updateMessage(qint64 conversationId, qint64 messageId);

    MessageStore m_store;
    qint64 m_conversationId;
    QList<Message> m_rows;
    bool m_loading = false;
    bool m_atStart = false; ///< the oldest message is loaded
};

} // namespace inbox
