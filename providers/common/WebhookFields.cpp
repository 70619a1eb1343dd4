#include "WebhookFields.h"

#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

namespace inbox::webhook {

Expected<QJsonDocument, QString> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return QCoreApplication::translate("inbox::webhook", "not JSON: %1 at byte %2")
            .arg(error.errorString())
            .arg(error.offset);
    }
    return document;
}

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

QString e164FromJid(const QString &jid)
{
    const qsizetype at = jid.indexOf(QLatin1Char('@'));
    const QString user = at < 0 ? jid : jid.left(at);
    const QString server = at < 0 ? QString() : jid.mid(at + 1);
    if (server != QLatin1String("c.us") && server != QLatin1String("s.whatsapp.net") &&
        !server.isEmpty())
        return {};
    // A device suffix ("5511987654321:12@s.whatsapp.net") is not part of the number.
    const QString digits = user.section(QLatin1Char(':'), 0, 0);
    for (const QChar c : digits) {
        if (!c.isDigit())
            return {};
    }
    return e164FromWaId(digits);
}

bool isGroupJid(const QString &jid)
{
    return jid.endsWith(QLatin1String("@g.us"));
}

QString jidFromE164(const QString &e164, QLatin1String suffix)
{
    QString digits = e164;
    digits.remove(QLatin1Char('+'));
    return digits + QLatin1Char('@') + suffix;
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
