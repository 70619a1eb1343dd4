// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace inbox {

namespace {

/// Lower case without accents, so "Menú" matches "menu".
QString folded(const QString &text)
{
    QString plain = text.normalized(QString::NormalizationForm_D);
    plain.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    return plain.toCaseFolded();
}

bool containsWord(const QString &text, const QString &word)
{
    const QString needle = folded(word).trimmed();
    if (needle.isEmpty())
        return false;
    const QRegularExpression whole(QStringLiteral("(^|\\W)") + QRegularExpression::escape(needle) +
                                       QStringLiteral("($|\\W)"),
                                   QRegularExpression::UseUnicodePropertiesOption);
    return whole.match(folded(text)).hasMatch();
}

} // namespace

QJsonObject AutoReplyRules::toJson() const
{
    QJsonArray rules;
    for (const Keyword &keyword : keywords) {
        rules.append(
            QJsonObject{{QStringLiteral("words"), QJsonArray::fromStringList(keyword.words)},
                        {QStringLiteral("reply"), keyword.reply}});
    }
    QJsonArray days;
    for (int day : openDays)
        days.append(day);
    QJsonObject json{
        {QStringLiteral("enabled"), enabled},     {QStringLiteral("keywords"), rules},
        {QStringLiteral("openDays"), days},       {QStringLiteral("closedReply"), closedReply},
        {QStringLiteral("welcome"), welcome},     {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("hook"), hook.toString()}};
    if (hasOpeningHours()) {
        json.insert(QStringLiteral("opensAt"), opensAt.toString(QStringLiteral("HH:mm")));
        json.insert(QStringLiteral("closesAt"), closesAt.toString(QStringLiteral("HH:mm")));
    }
    return json;
}

AutoReplyRules AutoReplyRules::fromJson(const QJsonObject &json)
{
    AutoReplyRules rules;
    rules.enabled = json.value(QLatin1String("enabled")).toBool();
    for (const QJsonValue &value : json.value(QLatin1String("keywords")).toArray()) {
        const QJsonObject keyword = value.toObject();
        QStringList words;
        for (const QJsonValue &word : keyword.value(QLatin1String("words")).toArray())
            words << word.toString();
        rules.keywords.append({words, keyword.value(QLatin1String("reply")).toString()});
    }
    if (json.contains(QLatin1String("openDays"))) {
        rules.openDays.clear();
        for (const QJsonValue &day : json.value(QLatin1String("openDays")).toArray())
            rules.openDays << day.toInt();
    }
    rules.opensAt =
        QTime::fromString(json.value(QLatin1String("opensAt")).toString(), QStringLiteral("HH:mm"));
    rules.closesAt = QTime::fromString(json.value(QLatin1String("closesAt")).toString(),
                                       QStringLiteral("HH:mm"));
    rules.timeZone = json.value(QLatin1String("timeZone")).toString();
    rules.closedReply = json.value(QLatin1String("closedReply")).toString();
    rules.welcome = json.value(QLatin1String("welcome")).toString();
    rules.hook = QUrl(json.value(QLatin1String("hook")).toString());
    return rules;
}

QStringList AutoReplyRules::problems() const
{
    QStringList found;
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        const Keyword &keyword = keywords.at(i);
        const bool noWords = std::all_of(keyword.words.cbegin(), keyword.words.cend(),
                                         [](const QString &w) { return w.trimmed().isEmpty(); });
        if (noWords)
            found << QCoreApplication::translate("inbox::AutoReply", "keyword rule %1 has no words")
                         .arg(i + 1);
        if (keyword.reply.trimmed().isEmpty())
            found << QCoreApplication::translate("inbox::AutoReply", "keyword rule %1 has no reply")
                         .arg(i + 1);
    }
    if (opensAt.isValid() != closesAt.isValid())
        found << QCoreApplication::translate(
            "inbox::AutoReply", "opening hours need both an opening and a closing time");
    if (hasOpeningHours() && opensAt == closesAt)
        found << QCoreApplication::translate("inbox::AutoReply",
                                             "opening and closing times are the same");
    if (hasOpeningHours() && closedReply.trimmed().isEmpty())
        found << QCoreApplication::translate("inbox::AutoReply",
                                             "opening hours need the reply to send when closed");
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        found << QCoreApplication::translate(
                     "inbox::AutoReply",
                     "\"%1\" is not a time zone; use a name like America/Bogota")
                     .arg(timeZone);
    if (!hook.isEmpty() && (!hook.isValid() || !hook.scheme().startsWith(QLatin1String("http"))))
        found << QCoreApplication::translate("inbox::AutoReply",
                                             "the hook must be an http(s) address");
    return found;
}

bool isOpen(const AutoReplyRules &rules, const QDateTime &at)
{
    if (!rules.hasOpeningHours())
        return true;
    const QTimeZone zone =
        rules.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(rules.timeZone.toUtf8());
    const QDateTime local = at.toTimeZone(zone);
    const QTime time = local.time();
    if (rules.opensAt < rules.closesAt) {
        return rules.openDays.contains(local.date().dayOfWeek()) && time >= rules.opensAt &&
               time < rules.closesAt;
    }
    // Open past midnight: after opening belongs to today, before closing to yesterday.
    if (time >= rules.opensAt)
        return rules.openDays.contains(local.date().dayOfWeek());
    return time < rules.closesAt && rules.openDays.contains(local.date().addDays(-1).dayOfWeek());
}

qint64 openSecondsBetween(const AutoReplyRules &rules, const QDateTime &from, const QDateTime &to)
{
    if (to <= from)
        return 0;
    if (!rules.hasOpeningHours())
        return from.secsTo(to);
    const QTimeZone zone =
        rules.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(rules.timeZone.toUtf8());
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 end = to.toMSecsSinceEpoch();
    qint64 open = 0;
    // Each day's opening, from the day before `from` (open past midnight) to the day of `to`.
    const QDate last = to.toTimeZone(zone).date();
    for (QDate day = from.toTimeZone(zone).date().addDays(-1); day <= last; day = day.addDays(1)) {
        if (!rules.openDays.contains(day.dayOfWeek()))
            continue;
        const QDate closingDay = rules.closesAt > rules.opensAt ? day : day.addDays(1);
        const qint64 opens = QDateTime(day, rules.opensAt, zone).toMSecsSinceEpoch();
        const qint64 closes = QDateTime(closingDay, rules.closesAt, zone).toMSecsSinceEpoch();
        open += qMax<qint64>(0, qMin(closes, end) - qMax(opens, start));
    }
    return open / 1000;
}

std::optional<QString> ruleReply(const AutoReplyRules &rules, const InboundForRules &message)
{
    if (!rules.enabled)
        return std::nullopt;
    for (const AutoReplyRules::Keyword &keyword : rules.keywords) {
        for (const QString &word : keyword.words) {
            if (containsWord(message.text, word) && !keyword.reply.trimmed().isEmpty())
                return keyword.reply;
        }
    }
    if (!isOpen(rules, message.at) && !rules.closedReply.trimmed().isEmpty())
        return rules.closedReply;
    if (message.firstMessage && !rules.welcome.trimmed().isEmpty())
        return rules.welcome;
    return std::nullopt;
}

} // namespace inbox
