// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"

#include "ModelsLog.h"
#include "cache/CacheDatabase.h"
#include "domain/Agent.h"
#include "domain/MessagingWindow.h"
#include "itemmodels/MessagePreview.h"
#include "itemmodels/WhenReady.h"

#include <QLocale>

namespace inbox {

namespace {

/// The list's order: newest activity first, then the higher id.
bool comesBefore(const Conversation &a, const Conversation &b)
{
    if (a.lastActivityAt != b.lastActivityAt)
        return a.lastActivityAt > b.lastActivityAt;
    return a.id > b.id;
}

} // namespace

ConversationListModel::ConversationListModel(ConversationStore store, CacheEvents *events,
                                             ProviderCatalog providers, QObject *parent,
                                             std::function<QDateTime()> now)
    : QAbstractListModel(parent)
    , m_store(std::move(store))
    , m_providers(std::move(providers))
    , m_now(std::move(now))
{
    connect(events, &CacheEvents::conversationsChanged, this, &ConversationListModel::refresh);
    reload();
}

void ConversationListModel::setFilter(const ConversationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ConversationListModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_atEnd = false;
    whenReady(
        m_store.page(m_filter, std::nullopt, pageSize), this,
        [this, generation](const QList<Conversation> &rows) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_rows = rows; // in order: nothing of the held activity is waiting any more
            m_heldMoved.clear();
            m_heldNew.clear();
            m_atEnd = rows.size() < pageSize;
            endResetModel();
            m_loading = false;
            Q_EMIT pageLoaded();
        },
        [this](const CacheError &error) {
            m_loading = false;
            Q_EMIT loadFailed(error.message());
        });
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const Conversation &last = lastInOrder();
    const ConversationCursor after{last.lastActivityAt, last.id};
    whenReady(
        m_store.page(m_filter, after, pageSize), this,
        [this, generation](const QList<Conversation> &page) {
            if (generation != m_generation)
                return;
            m_atEnd = page.size() < pageSize;
            QList<Conversation> fresh;
            for (const Conversation &c : page) {
                if (rowOf(c.id) < 0) // a live update may have placed it already
                    fresh.append(c);
            }
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
                m_rows.append(fresh);
                endInsertRows();
            }
            // Only now: a view reacting to the new rows must not start a load that
            // reads the window half-way through its update.
            m_loading = false;
            Q_EMIT pageLoaded();
        },
        [this](const CacheError &error) {
            m_loading = false;
            Q_EMIT loadFailed(error.message());
        });
}

void ConversationListModel::refresh(const QList<qint64> &ids)
{
    const quint64 generation = m_generation;
    whenReady(
        m_store.byIds(m_filter, ids), this,
        [this, ids, generation](const QList<Conversation> &matching) {
            if (generation != m_generation)
                return;
            QSet<qint64> stillMatching;
            for (const Conversation &c : matching) {
                stillMatching.insert(c.id);
                place(c);
            }
            for (qint64 id : ids) {
                if (!stillMatching.contains(id))
                    removeRowOf(id);
            }
        },
        [](const CacheError &error) {
            qCWarning(lcModels) << "conversation refresh failed:" << error.message();
        });
}

int ConversationListModel::insertionRow(const Conversation &conversation) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), conversation, comesBefore);
    return int(it - m_rows.cbegin());
}

const Conversation &ConversationListModel::lastInOrder() const
{
    return *std::max_element(m_rows.cbegin(), m_rows.cend(), comesBefore);
}

void ConversationListModel::setOrderHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (held)
        return;
    if (!m_heldMoved.isEmpty()) {
        // Every row to its place at once; views keep their current row and scroll position.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> ids;
        for (const QModelIndex &index : before)
            ids.append(m_rows.at(index.row()).id);
        std::stable_sort(m_rows.begin(), m_rows.end(), comesBefore);
        QModelIndexList after;
        for (const qint64 id : std::as_const(ids))
            after.append(index(rowOf(id)));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    m_heldMoved.clear();
    for (const Conversation &waiting : std::exchange(m_heldNew, {}))
        place(waiting);
    Q_EMIT heldActivityChanged(0);
}

void ConversationListModel::place(const Conversation &conversation)
{
    const int from = rowOf(conversation.id);
    if (m_held) {
        if (from >= 0) {
            if (m_rows.at(from).lastActivityAt != conversation.lastActivityAt)
                m_heldMoved.insert(conversation.id);
            m_rows[from] = conversation;
            Q_EMIT dataChanged(index(from), index(from));
        } else {
            m_heldNew.removeIf([&](const Conversation &c) { return c.id == conversation.id; });
            m_heldNew.append(conversation);
        }
        Q_EMIT heldActivityChanged(int(m_heldMoved.size() + m_heldNew.size()));
        return;
    }
    if (from >= 0) {
        // Where the row belongs among the others, then the move from where it is.
        m_rows.removeAt(from);
        const int to = insertionRow(conversation);
        m_rows.insert(from, conversation);
        if (to != from) {
            // Qt names the row *before which* it lands, counted in the old order.
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            m_rows.move(from, to);
            endMoveRows();
        }
        const QModelIndex changed = index(to);
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    const int to = insertionRow(conversation);
    // Beyond the loaded window the row will come with its page; adding it now would leave a gap.
    if (to == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, to, to);
    m_rows.insert(to, conversation);
    endInsertRows();
}

void ConversationListModel::removeRowOf(qint64 conversationId)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == conversationId)
            return int(i);
    }
    return -1;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ConversationListModel::accessibleDescription(const Conversation &c) const
{
    // What a screen reader says after the name: the last message, unread, assignee, status.
    QStringList sentences;
    if (c.lastMessageKind) {
        const QString line = previewLine(*c.lastMessageKind, c.lastMessageText).simplified();
        sentences << (c.lastMessageDirection == Direction::Outbound
                          ? tr("Last message, from us: %1").arg(line)
                          : tr("Last message: %1").arg(line));
    }
    if (c.unreadCount > 0)
        sentences << tr("%n unread", nullptr, c.unreadCount);
    sentences << (c.assigneeName.isEmpty() ? tr("Unassigned")
                                           : tr("Assigned to %1").arg(c.assigneeName));
    switch (c.status) {
    case ConversationStatus::Open:
        sentences << tr("Open");
        break;
    case ConversationStatus::Pending:
        sentences << tr("Pending");
        break;
    case ConversationStatus::Resolved:
        sentences << tr("Resolved");
        break;
    case ConversationStatus::Snoozed:
        sentences << tr("Snoozed until %1")
                         .arg(QLocale().toString(c.snoozedUntil.toLocalTime(),
                                                 QLocale::ShortFormat));
        break;
    }
    if (!c.labels.isEmpty())
        sentences << tr("Labels: %1").arg(c.labels.join(QStringLiteral(", ")));
    if (const ProviderProfile *profile = m_providers.find(c.provider))
        sentences << tr("On %1").arg(profile->displayName);
    const auto window =
        messagingWindow(m_providers.capabilitiesOf(c.provider), c.lastInboundAt, m_now());
    if (m_providers.capabilitiesOf(c.provider).messagingWindow && !window.open)
        sentences << tr("24-hour window closed: only a template can be sent");
    return sentences.join(QStringLiteral(". "));
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title();
    case Qt::AccessibleTextRole:
        return c.title();
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(c);
    case Qt::ToolTipRole:
        return c.customerName.isEmpty() ? c.customerPhone
                                        : c.customerName + QStringLiteral(" · ") + c.customerPhone;
    case IdRole:
        return c.id;
    case AccountIdRole:
        return c.accountId;
    case ProviderRole:
        return c.provider.key();
    case CustomerNameRole:
        return c.customerName;
    case CustomerPhoneRole:
        return c.customerPhone;
    case LeadIdRole:
        return c.leadId;
    case AssigneeIdRole:
        return c.assigneeId;
    case AssigneeNameRole:
        return c.assigneeName;
    case AssigneeInitialsRole:
        return initialsOf(c.assigneeName);
    case StatusRole:
        return conversationStatusKey(c.status);
    case SnoozedUntilRole:
        return c.snoozedUntil;
    case UnreadCountRole:
        return c.unreadCount;
    case LastActivityRole:
        return c.lastActivityAt;
    case LastInboundRole:
        return c.lastInboundAt;
    case PreviewRole:
        return c.lastMessageKind ? previewLine(*c.lastMessageKind, c.lastMessageText) : QString();
    case PreviewDirectionRole:
        return c.lastMessageDirection ? directionKey(*c.lastMessageDirection) : QString();
    case PreviewStatusRole:
        return c.lastMessageStatus ? statusKey(*c.lastMessageStatus) : QString();
    case WindowOpenRole:
        return messagingWindow(m_providers.capabilitiesOf(c.provider), c.lastInboundAt, m_now())
            .open;
    case MatchedMessageIdRole:
        return c.matchedMessageId;
    case MatchedTextRole:
        return c.matchedText;
    case LabelsRole:
        return c.labels;
    case WindowClosesAtRole:
        return messagingWindow(m_providers.capabilitiesOf(c.provider), c.lastInboundAt, m_now())
            .closesAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "conversationId"},
                  {AccountIdRole, "accountId"},
                  {ProviderRole, "provider"},
                  {TitleRole, "title"},
                  {CustomerNameRole, "customerName"},
                  {CustomerPhoneRole, "customerPhone"},
                  {LeadIdRole, "leadId"},
                  {AssigneeIdRole, "assigneeId"},
                  {AssigneeNameRole, "assigneeName"},
                  {AssigneeInitialsRole, "assigneeInitials"},
                  {StatusRole, "status"},
                  {SnoozedUntilRole, "snoozedUntil"},
                  {UnreadCountRole, "unreadCount"},
                  {LastActivityRole, "lastActivity"},
                  {LastInboundRole, "lastInbound"},
                  {PreviewRole, "preview"},
                  {PreviewDirectionRole, "previewDirection"},
                  {PreviewStatusRole, "previewStatus"},
                  {WindowOpenRole, "windowOpen"},
                  {WindowClosesAtRole, "windowClosesAt"},
                  {MatchedMessageIdRole, "matchedMessageId"},
                  {MatchedTextRole, "matchedText"},
                  {LabelsRole, "labels"}});
    return names;
}

} // namespace inbox
