// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationFilterProxyModel.h"

#include "ConversationListModel.h"

namespace inbox {

ConversationFilterProxyModel::ConversationFilterProxyModel(ConversationListModel *source,
                                                           QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
    , m_filter(source->filter())
{
    setSourceModel(source);
    setDynamicSortFilter(false); // the source keeps its own order
}

void ConversationFilterProxyModel::setScope(ConversationFilter::Scope scope,
                                            const QString &currentAgentId)
{
    ConversationFilter next = m_filter;
    next.scope = scope;
    if (!currentAgentId.isEmpty())
        next.currentAgentId = currentAgentId;
    apply(next);
}

void ConversationFilterProxyModel::setStatus(std::optional<ConversationStatus> status)
{
    ConversationFilter next = m_filter;
    next.status = status;
    apply(next);
}

void ConversationFilterProxyModel::setProvider(std::optional<Provider> provider)
{
    ConversationFilter next = m_filter;
    next.provider = provider;
    apply(next);
}

void ConversationFilterProxyModel::setLabel(const QString &label)
{
    ConversationFilter next = m_filter;
    next.label = label;
    apply(next);
}

void ConversationFilterProxyModel::setUnreadOnly(bool unreadOnly)
{
    ConversationFilter next = m_filter;
    next.unreadOnly = unreadOnly;
    apply(next);
}

void ConversationFilterProxyModel::setSearchText(const QString &text)
{
    ConversationFilter next = m_filter;
    next.search = text;
    apply(next);
}

void ConversationFilterProxyModel::apply(const ConversationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
    m_source->setFilter(filter);
}

bool ConversationFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                    const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    Conversation c;
    c.assigneeId = row.data(ConversationListModel::AssigneeIdRole).toString();
    c.status = conversationStatusFromKey(row.data(ConversationListModel::StatusRole).toString())
                   .value_or(ConversationStatus::Open);
    c.provider = Provider(row.data(ConversationListModel::ProviderRole).toString());
    c.unreadCount = row.data(ConversationListModel::UnreadCountRole).toInt();
    c.labels = row.data(ConversationListModel::LabelsRole).toStringList();
    // Text search needs the full-text index: the source's reload answers it.
    return m_filter.acceptsIgnoringSearch(c);
}

} // namespace inbox
