#pragma once

#include <QIdentityProxyModel>

namespace inbox {

/// Stands between the chat view and its messages so that older pages load at the top.
///
/// Qt's views ask for more rows when scrolled to the bottom; a chat's older messages are at the
/// top. The proxy says it has nothing more to fetch, and loadOlder() (called when the view
/// reaches the top) asks the message model for its next page instead.
class ChatHistoryProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
    void loadOlder()
    {
        if (sourceModel() && sourceModel()->canFetchMore({}))
            sourceModel()->fetchMore({});
    }
};

} // namespace inbox
