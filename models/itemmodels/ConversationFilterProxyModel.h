// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/ConversationStore.h"

#include <QSortFilterProxyModel>

namespace inbox {

class ConversationListModel;

/// The list's filters as the UI sets them: Mine / Unassigned / All, status, provider, unread
/// only, and text search. Rows already loaded are hidden at once; the filter also goes down to
/// the ConversationListModel, which reloads its window in SQL so further pages come filtered
/// (a proxy alone would sift a window and show a sparse list over a large cache).
class ConversationFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConversationFilterProxyModel(ConversationListModel *source, QObject *parent = nullptr);

    void setScope(ConversationFilter::Scope scope, const QString &currentAgentId = QString());
    void setStatus(std::optional<ConversationStatus> status);
    void setProvider(std::optional<Provider> provider);
    void setUnreadOnly(bool unreadOnly);
    /// Only conversations with this label (empty: any).
    void setLabel(const QString &label);
    void setSearchText(const QString &text);
    ConversationFilter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply(const ConversationFilter &filter);

    ConversationListModel *m_source;
    ConversationFilter m_filter;
};

} // namespace inbox
