// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatHistoryProxy.h"

#include "WhatsAppText.h"
#include "domain/Attachment.h"
#include "domain/Message.h"
#include "itemmodels/MessageListModel.h"
#include "itemmodels/MessagePreview.h"

#include <QJsonObject>
#include <QLocale>

namespace inbox {

ChatHistoryProxy::ChatHistoryProxy(QString customerName, QHash<QString, QString> teammates,
                                   QObject *parent)
    : QIdentityProxyModel(parent)
    , m_customerName(std::move(customerName))
    , m_teammates(std::move(teammates))
{}

void ChatHistoryProxy::setTeammates(QHash<QString, QString> teammates)
{
    m_teammates = std::move(teammates);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0),
                           {SenderNameRole, QuotedSenderNameRole, Qt::AccessibleTextRole});
}

QString ChatHistoryProxy::nameOf(bool outbound, const QString &agentId, bool automatic) const
{
    if (!outbound)
        return m_customerName.isEmpty() ? tr("Customer") : m_customerName;
    if (automatic)
        return tr("⚙ Automatic reply");
    return m_teammates.value(agentId, agentId); // empty: sent from the phone itself
}

QVariant ChatHistoryProxy::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case SenderNameRole:
        return nameOf(index.data(MessageListModel::DirectionRole).toString() ==
                          QLatin1String("out"),
                      index.data(MessageListModel::SenderAgentIdRole).toString(),
                      index.data(MessageListModel::DetailsRole)
                          .toJsonObject()
                          .value(QLatin1String("automatic"))
                          .toBool());
    case QuotedSenderNameRole:
        if (index.data(MessageListModel::QuotedIdRole).toLongLong() == 0)
            return QString();
        {
            const QString name =
                nameOf(index.data(MessageListModel::QuotedDirectionRole).toString() ==
                           QLatin1String("out"),
                       index.data(MessageListModel::QuotedSenderAgentIdRole).toString(), false);
            return name.isEmpty() ? tr("You") : name; // as WhatsApp names our side's quotes
        }
    case QuotedLineRole: {
        if (index.data(MessageListModel::ReplyToRole).toString().isEmpty())
            return QString();
        if (index.data(MessageListModel::QuotedIdRole).toLongLong() == 0)
            return tr("A message that is not on this computer");
        const auto kind = kindFromKey(index.data(MessageListModel::QuotedKindRole).toString());
        const QString text =
            whatsAppToPlain(index.data(MessageListModel::QuotedTextRole).toString());
        return previewLine(kind.value_or(MessageKind::Text), text.section(QLatin1Char('\n'), 0, 0));
    }
    case Qt::AccessibleTextRole:
        return accessibleText(index);
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(index);
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

QString ChatHistoryProxy::accessibleText(const QModelIndex &index) const
{
    // "Amaka Okafor at 14:02: What time do you open tomorrow?"
    const QString kind = index.data(MessageListModel::KindRole).toString();
    const QString time =
        QLocale().toString(index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime(),
                           QLocale::ShortFormat);
    if (kind == QLatin1String("system"))
        return tr("%1 at %2").arg(index.data(MessageListModel::TextRole).toString(), time);
    const QString what = whatsAppToPlain(index.data(Qt::DisplayRole).toString());
    const QString sender = index.data(SenderNameRole).toString();
    return tr("%1 at %2: %3").arg(sender.isEmpty() ? tr("You") : sender, time, what);
}

QString ChatHistoryProxy::accessibleDescription(const QModelIndex &index) const
{
    QStringList sentences;
    if (const QString quoted = index.data(QuotedLineRole).toString(); !quoted.isEmpty()) {
        const QString who = index.data(QuotedSenderNameRole).toString();
        sentences << (who.isEmpty() ? tr("Replying to: %1").arg(quoted)
                                    : tr("Replying to %1: %2").arg(who, quoted));
    }
    if (const qint64 size = index.data(MessageListModel::MediaSizeRole).toLongLong(); size > 0) {
        const QString file = index.data(MessageListModel::MediaFileNameRole).toString();
        const auto kind = kindFromKey(index.data(MessageListModel::KindRole).toString());
        const QString what = previewLine(kind.value_or(MessageKind::Document), QString());
        sentences << (file.isEmpty() ? tr("%1, %2").arg(what, dataSize(size))
                                     : tr("%1 %2, %3").arg(what, file, dataSize(size)));
        sentences << (index.data(MessageListModel::MediaLocalPathRole).toString().isEmpty()
                          ? tr("Press Enter to download it")
                          : tr("Press Enter to open it"));
    }
    const QString status = index.data(MessageListModel::StatusRole).toString();
    if (status == QLatin1String("queued"))
        sentences << tr("Waiting to be sent");
    else if (status == QLatin1String("sent"))
        sentences << tr("Sent");
    else if (status == QLatin1String("delivered"))
        sentences << tr("Delivered");
    else if (status == QLatin1String("read"))
        sentences << tr("Read");
    else if (status == QLatin1String("failed")) {
        const QString reason = index.data(MessageListModel::FailureReasonRole).toString();
        sentences << tr("Not delivered: %1").arg(reason.isEmpty() ? tr("unknown reason") : reason);
        sentences << tr("Press Enter to send it again");
    }
    const QStringList reactions = index.data(MessageListModel::ReactionsRole).toStringList();
    if (!reactions.isEmpty())
        sentences << tr("Reactions: %1").arg(reactions.join(QLatin1Char(' ')));
    return sentences.join(QStringLiteral(". "));
}

} // namespace inbox
