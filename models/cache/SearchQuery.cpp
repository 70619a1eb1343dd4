#include "SearchQuery.h"

#include <QRegularExpression>
#include <QStringList>

namespace inbox {

QString ftsQueryFor(const QString &typed)
{
    QStringList terms;
    for (QString word :
         typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // Inside an FTS5 string a double quote is written twice.
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace inbox
