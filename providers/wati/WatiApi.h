// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "ports/ProviderApi.h"

#include <QByteArray>
#include <QList>

namespace inbox::wati {

/// GET /api/v1/getMessageTemplates: "messageTemplates" with elementName, category, status,
/// language {value}, header {typeString, text}, body (with WATI's named {{params}}),
/// bodyOriginal (with {{1}}, {{2}}), footer and buttons. The stored text is the numbered one;
/// the names go with it so a send can give WATI the values by name. `page` is the page number
/// asked for; the next cursor is the following page while the answer says there is one.
Expected<TemplatePage, QString> parseTemplateList(const QByteArray &body, const QString &accountId,
                                                  int page, int pageSize);

/// GET /api/v1/getMessages/{phone}: "messages.items", newest first, each like a message
/// webhook ("owner" true for ours); items that are not messages (ticket and assignment events)
/// are left out. `customer` is the E.164 number the history belongs to.
Expected<HistoryPage, QString> parseHistoryPage(const QByteArray &body, const QString &customer,
                                                int page, int pageSize);

/// GET /api/v1/getContacts: "contact_list" with wAId (or phone), fullName and customParams.
Expected<QList<ContactCard>, QString> parseContactList(const QByteArray &body);

} // namespace inbox::wati
