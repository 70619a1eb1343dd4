// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookFields.h"

#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

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
    if (!value.isDouble())
        return value.toString();
    // A whole number as its digits; one no integer holds exactly (1e300, 0.5) as written,
    // never cast: a cast out of range is undefined behaviour.
    const double number = value.toDouble();
    constexpr double exactUpTo = 9007199254740992.0; // 2^53
    if (std::isfinite(number) && std::abs(number) < exactUpTo && number == std::trunc(number))
        return QString::number(qint64(number));
    return QString::number(number, 'g', 17);
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
    // Before 1970 or after 9999 is no message's time: refused, so the arrival time is used.
    constexpr qint64 year10000 = 253402300800;
    if (!ok || value < 0 || value >= year10000)
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
}

qint64 wholeNumber(const QJsonObject &object, const char *key)
{
    bool ok = false;
    const qint64 value = text(object, key).toLongLong(&ok);
    constexpr qint64 exactUpTo = qint64(1) << 53;
    return ok && value >= 0 && value <= exactUpTo ? value : 0;
}

QString shortJson(const QJsonObject &object, int limit)
{
    const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return json.size() > limit ? json.left(limit) + QStringLiteral("…") : json;
}

} // namespace inbox::webhook
