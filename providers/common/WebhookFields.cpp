#include "WebhookFields.h"

#include "domain/PhoneNumber.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace inbox::webhook {

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

QString e164FromWaId(const QString &digits)
{
    if (digits.isEmpty())
        return {};
    const auto parsed = PhoneNumber::parse(digits);
    return parsed ? parsed->e164() : QLatin1Char('+') + digits;
}

QDateTime fromUnixSeconds(const QString &seconds)
{
    bool ok = false;
    const qint64 value = seconds.toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(value, Qt::UTC) : QDateTime();
}

QString shortJson(const QJsonObject &object, int limit)
{
    const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return json.size() > limit ? json.left(limit) + QStringLiteral("…") : json;
}

} // namespace inbox::webhook
