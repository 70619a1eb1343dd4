// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageListModel.h"

#include "MessagePreview.h"
#include "ModelsLog.h"
#include "cache/CacheDatabase.h"
#include "itemmodels/WhenReady.h"

namespace inbox {

namespace {

bool isOlder(const Message &a, const Message &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}

} // namespace

MessageListModel::MessageListModel(MessageStore store, CacheEvents *events, qint64 conversationId,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_store(std::move(store))
    , m_conversationId(conversationId)
{
    connect(events, &CacheEvents::messagesAdded, this, &MessageListModel::addMessages);
    connect(events, &CacheEvents::pastMessagesAdded, this, &MessageListModel::addMessages);
    connect(events, &CacheEvents::messageChanged, this, &MessageListModel::updateMessage);
    loadPage();
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atStart && !m_loading;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadPage();
}

void MessageListModel::loadPage()
{
    m_loading = true;
    std::optional<MessageCursor> before;
    if (!m_rows.isEmpty())
        before = MessageCursor{m_rows.constFirst().createdAt, m_rows.constFirst().id};
    whenReady(
        m_store.page(m_conversationId, before, pageSize), this,
        [this](QList<Message> page) {
            m_atStart = page.size() < pageSize;
            std::reverse(page.begin(), page.end());
            // A live message may have arrived while the first page was loading.
            page.removeIf([this](const Message &m) { return rowOf(m.id) >= 0; });
            if (!page.isEmpty()) {
                beginInsertRows({}, 0, int(page.size() - 1));
                m_rows = page + m_rows;
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

void MessageListModel::addMessages(qint64 conversationId, const QList<qint64> &ids)
{
    if (conversationId != m_conversationId)
        return;
    whenReady(
        m_store.byIds(ids), this,
        [this](const QList<Message> &messages) {
            int appended = 0;
            for (const Message &message : messages) {
                if (rowOf(message.id) >= 0)
                    continue;
                const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), message, isOlder);
                const int row = int(at - m_rows.cbegin());
                // Older than the loaded window: it comes with its page.
                if (row == 0 && !m_atStart && !m_rows.isEmpty())
                    continue;
                if (row == m_rows.size())
                    ++appended;
                beginInsertRows({}, row, row);
                m_rows.insert(row, message);
                endInsertRows();
            }
            if (appended > 0)
                Q_EMIT messagesAppended(appended);
        },
        [](const CacheError &error) {
            qCWarning(lcModels) << "loading new messages failed:" << error.message();
        });
}

void MessageListModel::updateMessage(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId || rowOf(messageId) < 0)
        return;
    whenReady(
        m_store.byIds({messageId}), this,
        [this](const QList<Message> &messages) {
            for (const Message &message : messages) {
                const int row = rowOf(message.id);
                if (row < 0)
                    continue;
                m_rows[row] = message;
                Q_EMIT dataChanged(index(row), index(row));
            }
        },
        [](const CacheError &error) {
            qCWarning(lcModels) << "refreshing a message failed:" << error.message();
        });
}

int MessageListModel::rowOf(qint64 messageId) const
{
    // Recent rows change most: search from the bottom.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows.at(i).id == messageId)
            return int(i);
    }
    return -1;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Plain views show what the message is even without text: "Voice message".
        return previewLine(m.kind, m.text);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m.direction == Direction::Outbound
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case TextRole:
        return m.text;
    case IdRole:
        return m.id;
    case ProviderMessageIdRole:
        return m.providerMessageId;
    case DirectionRole:
        return directionKey(m.direction);
    case KindRole:
        return kindKey(m.kind);
    case StatusRole:
        return m.delivery ? statusKey(m.delivery->status) : QString();
    case FailureCodeRole:
        return m.delivery ? m.delivery->failureCode : QString();
    case FailureReasonRole:
        return m.delivery ? m.delivery->failureReason : QString();
    case CreatedAtRole:
        return m.createdAt;
    case SenderAgentIdRole:
        return m.senderAgentId;
    case ReplyToRole:
        return m.replyToProviderId;
    case MediaFileNameRole:
        return m.media ? m.media->fileName : QString();
    case MediaMimeTypeRole:
        return m.media ? m.media->mimeType : QString();
    case MediaSizeRole:
        return m.media ? m.media->sizeBytes : qint64(0);
    case MediaLocalPathRole:
        return m.media ? m.media->localPath : QString();
    case ReactionsRole: {
        QStringList emoji;
        for (const Reaction &reaction : m.reactions)
            emoji.append(reaction.emoji);
        return emoji;
    }
    case DetailsRole:
        return m.details;
    case QuotedIdRole:
        return m.quoted ? m.quoted->id : qint64(0);
    case QuotedDirectionRole:
        return m.quoted ? directionKey(m.quoted->direction) : QString();
    case QuotedKindRole:
        return m.quoted ? kindKey(m.quoted->kind) : QString();
    case QuotedTextRole:
        return m.quoted ? m.quoted->text : QString();
    case QuotedSenderAgentIdRole:
        return m.quoted ? m.quoted->senderAgentId : QString();
    case QuotedPicturePathRole:
        return m.quoted && (m.quoted->kind == MessageKind::Image ||
                            m.quoted->kind == MessageKind::Sticker)
                   ? m.quoted->mediaLocalPath
                   : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "messageId"},
                  {ProviderMessageIdRole, "providerMessageId"},
                  {DirectionRole, "direction"},
                  {KindRole, "kind"},
                  {TextRole, "text"},
                  {StatusRole, "status"},
                  {FailureCodeRole, "failureCode"},
                  {FailureReasonRole, "failureReason"},
                  {CreatedAtRole, "createdAt"},
                  {SenderAgentIdRole, "senderAgentId"},
                  {ReplyToRole, "replyTo"},
                  {MediaFileNameRole, "mediaFileName"},
                  {MediaMimeTypeRole, "mediaMimeType"},
                  {MediaSizeRole, "mediaSize"},
                  {MediaLocalPathRole, "mediaLocalPath"},
                  {ReactionsRole, "reactions"},
                  {DetailsRole, "details"},
                  {QuotedIdRole, "quotedId"},
                  {QuotedDirectionRole, "quotedDirection"},
                  {QuotedKindRole, "quotedKind"},
                  {QuotedTextRole, "quotedText"},
                  {QuotedSenderAgentIdRole, "quotedSenderAgentId"},
                  {QuotedPicturePathRole, "quotedPicturePath"}});
    return names;
}

} // namespace inbox
