// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatsAppLink.h"

#include "PhoneNumber.h"

#include <QUrlQuery>

namespace inbox {

std::optional<WhatsAppLink> whatsAppLinkOf(const QUrl &url)
{
    const QUrlQuery query(url);
    QString number;
    const QString host = url.host().toLower();
    if (url.scheme() == QLatin1String("whatsapp") && host == QLatin1String("send")) {
        number = query.queryItemValue(QStringLiteral("phone"), QUrl::FullyDecoded).trimmed();
    } else if ((url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
               (host == QLatin1String("wa.me") || host == QLatin1String("www.wa.me"))) {
        number = url.path().mid(1);
    } else if ((url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
               (host == QLatin1String("api.whatsapp.com") ||
                host == QLatin1String("web.whatsapp.com")) &&
               url.path() == QLatin1String("/send")) {
        number = query.queryItemValue(QStringLiteral("phone"), QUrl::FullyDecoded).trimmed();
    } else {
        return std::nullopt;
    }
    // The links carry the number in international form, digits only ("+" optional).
    if (!number.startsWith(QLatin1Char('+')))
        number.prepend(QLatin1Char('+'));
    const QString phone = PhoneNumber::canonicalOf(number);
    if (phone.isEmpty())
        return std::nullopt;
    return WhatsAppLink{phone, query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded)};
}

} // namespace inbox
