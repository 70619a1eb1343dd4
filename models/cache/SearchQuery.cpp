// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include <QRegularExpression>
#include <QStringList>

namespace inbox {

QString ftsQueryFor(const QString &typed)
{
    if (typed.trimmed().isEmpty()) // the list without a search: every refresh asks
        return {};
    QStringList terms;
    for (QString word :
         typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // Inside an FTS5 string a double quote is written twice.
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        // One letter as a prefix would expand to every word starting with it (100 ms over a
        // million messages); as a whole word it stays instant. Two letters on are prefixes.
        const bool prefix = word.size() > 1;
        terms.append(QLatin1Char('"') + word +
                     (prefix ? QStringLiteral("\"*") : QStringLiteral("\"")));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace inbox
