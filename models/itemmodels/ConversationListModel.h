// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/ConversationStore.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

#include <functional>

namespace inbox {

class CacheEvents;

/// The conversation list, newest activity first, as a window of rows: the first page loads on
/// start, further pages through fetchMore as the view scrolls, and rows that change in the cache
/// are refreshed, moved or added in place. Filters run in SQL (see ConversationFilter), so a
/// window is never a sieve over a whole table.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        AccountIdRole,
        ProviderRole, ///< provider key: meta, wati, unipile, openwa
        TitleRole,    ///< name, or number when the name is unknown
        CustomerNameRole,
        CustomerPhoneRole,
        LeadIdRole,
        AssigneeIdRole,
        AssigneeNameRole,
        AssigneeInitialsRole,
        StatusRole, ///< open, pending, resolved, snoozed
        SnoozedUntilRole,
        UnreadCountRole,
        LastActivityRole,
        LastInboundRole,
        PreviewRole, ///< the last message as one line
        PreviewDirectionRole,
        PreviewStatusRole,  ///< the last outbound message's status key, for its ticks
        WindowOpenRole,     ///< the 24-hour window, at the time data() is called (always open
                            ///< where the provider has none)
        WindowClosesAtRole, ///< invalid where the provider has no window
        /// While searching: the newest matching message's id, and its text with each match
        /// between U+0002 and U+0003.
        MatchedMessageIdRole,
        MatchedTextRole,
        LabelsRole, ///< the team's labels on it (QStringList)
    };
    Q_ENUM(Roles)

    static constexpr int pageSize = 100;

    /// `providers` says which conversations have a messaging window; `now` is injectable so
    /// tests can place it.
    ConversationListModel(ConversationStore store, CacheEvents *events, ProviderCatalog providers,
                          QObject *parent = nullptr,
                          std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc);

    ConversationFilter filter() const { return m_filter; }
    /// Replaces the filter and reloads the first page.
    void setFilter(const ConversationFilter &filter);
    /// The row of a conversation in the loaded window, or -1.
    int rowOf(qint64 conversationId) const;
    bool isLoading() const { return m_loading; }
    /// While held (the pointer is over the list), new activity changes rows in place and new
    /// conversations wait, so the row under the pointer never moves; letting go puts every row
    /// where it belongs.
    void setOrderHeld(bool held);
    bool isOrderHeld() const { return m_held; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// A page (first or further) arrived.
    void pageLoaded();
    void loadFailed(const QString &message);
    /// How many conversations have activity waiting for the order to be let go (0: none).
    void heldActivityChanged(int waiting);

private:
    /// A row in words for a screen reader: last message, unread, assignee, status, provider.
    QString accessibleDescription(const Conversation &conversation) const;
    void reload();
    void refresh(const QList<qint64> &ids);
    void place(const Conversation &conversation);
    void removeRowOf(qint64 conversationId);
    int insertionRow(const Conversation &conversation) const;

    ConversationStore m_store;
    ProviderCatalog m_providers;
    std::function<QDateTime()> m_now;
    ConversationFilter m_filter;
    QList<Conversation> m_rows;
    bool m_loading = false;
    bool m_atEnd = false;
    quint64 m_generation = 0; ///< answers for an older filter are dropped
    bool m_held = false;
    QSet<qint64> m_heldMoved;      ///< loaded rows whose activity changed while held
    QList<Conversation> m_heldNew; ///< conversations new to the window, waiting
    /// The row that comes last in activity order (rows may be out of order while held).
    const Conversation &lastInOrder() const;
};

} // namespace inbox
