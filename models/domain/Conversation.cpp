// SPDX-License-Identifier: GPL-3.0-or-later
#include "Conversation.h"

namespace inbox {

QString conversationStatusKey(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return QStringLiteral("open");
    case ConversationStatus::Pending:
        return QStringLiteral("pending");
    case ConversationStatus::Resolved:
        return QStringLiteral("resolved");
    case ConversationStatus::Snoozed:
        return QStringLiteral("snoozed");
    }
    Q_UNREACHABLE();
}

std::optional<ConversationStatus> conversationStatusFromKey(const QString &key)
{
    for (ConversationStatus status : {ConversationStatus::Open, ConversationStatus::Pending,
                                      ConversationStatus::Resolved, ConversationStatus::Snoozed}) {
        if (conversationStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace inbox
