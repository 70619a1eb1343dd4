// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamFrames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace inbox::stream {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox::stream", text);
}

QString typeOf(const QJsonObject &frame)
{
    return frame.value(QLatin1String("type")).toString();
}

QByteArray compact(const QJsonObject &frame)
{
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

/// The frame as a JSON object, or why it is not one.
std::variant<QJsonObject, QString> objectOf(const QByteArray &utf8)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return tr("frames are JSON objects: %1").arg(error.errorString());
    if (!document.isObject())
        return tr("frames are JSON objects, not arrays");
    return document.object();
}

/// JSON numbers are doubles: one past what a sequence number can be (1e300, 2^63) is a cursor
/// from the future, never a conversion out of range; below zero, or none, is the beginning.
qint64 cursorOf(const QJsonValue &value)
{
    const double cursor = value.toDouble();
    if (std::isnan(cursor) || cursor <= 0)
        return 0;
    if (cursor > double(largestSequence))
        return std::numeric_limits<qint64>::max();
    return qint64(cursor);
}

} // namespace

std::optional<qint64> sequenceNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= 0 && number <= double(largestSequence)) || std::trunc(number) != number)
        return std::nullopt;
    return qint64(number);
}

QJsonObject toJson(const TeamAccount &account)
{
    QJsonObject json{{QStringLiteral("provider"), account.provider},
                     {QStringLiteral("account"), account.account},
                     {QStringLiteral("name"), account.displayName},
                     {QStringLiteral("phone"), account.businessPhone},
                     {QStringLiteral("connection"), account.connection},
                     {QStringLiteral("keepInKeychain"), account.keepInKeychain}};
    if (!account.token.isEmpty())
        json.insert(QStringLiteral("token"), QString::fromUtf8(account.token));
    if (!account.problem.isEmpty())
        json.insert(QStringLiteral("problem"), account.problem);
    return json;
}

TeamAccount teamAccountFromJson(const QJsonObject &json)
{
    const auto text = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    return {text("provider"),
            text("account"),
            text("name"),
            text("phone"),
            json.value(QLatin1String("connection")).toObject(),
            text("token").toUtf8(),
            json.value(QLatin1String("keepInKeychain")).toBool(),
            text("problem")};
}

ClientFrame readClientFrame(const QByteArray &utf8)
{
    auto parsed = objectOf(utf8);
    if (const auto *why = std::get_if<QString>(&parsed))
        return Refusal{QStringLiteral("bad_frame"), *why};
    const QJsonObject frame = std::get<QJsonObject>(std::move(parsed));
    const QString type = typeOf(frame);
    if (type == QLatin1String("hello"))
        return Hello{frame.value(QLatin1String("token")).toString().toUtf8(),
                     cursorOf(frame.value(QLatin1String("cursor"))),
                     frame.value(QLatin1String("headless")).toBool()};
    if (type == QLatin1String("publish"))
        return Publish{frame.value(QLatin1String("clientId")),
                       frame.value(QLatin1String("event")).toObject()};
    if (type == QLatin1String("set_account")) {
        const QJsonValue account = frame.value(QLatin1String("account"));
        if (!account.isObject()) {
            return Refusal{QStringLiteral("bad_frame"), tr("set_account carries an account object"),
                           frame.value(QLatin1String("clientId"))};
        }
        return SetAccount{frame.value(QLatin1String("clientId")),
                          teamAccountFromJson(account.toObject())};
    }
    return Refusal{
        QStringLiteral("unknown_type"),
        tr("unknown frame type \"%1\"; clients send hello, publish and set_account").arg(type),
        frame.value(QLatin1String("clientId"))};
}

QByteArray helloFrame(const QByteArray &token, qint64 cursor, bool headless)
{
    QJsonObject frame{{QStringLiteral("type"), QStringLiteral("hello")},
                      {QStringLiteral("token"), QString::fromUtf8(token)},
                      {QStringLiteral("cursor"), cursor}};
    if (headless)
        frame.insert(QStringLiteral("headless"), true);
    return compact(frame);
}

QByteArray publishFrame(const QString &clientId, const QJsonObject &event)
{
    return compact({{QStringLiteral("type"), QStringLiteral("publish")},
                    {QStringLiteral("clientId"), clientId},
                    {QStringLiteral("event"), event}});
}

QByteArray setAccountFrame(const QString &clientId, const TeamAccount &account)
{
    return compact({{QStringLiteral("type"), QStringLiteral("set_account")},
                    {QStringLiteral("clientId"), clientId},
                    {QStringLiteral("account"), toJson(account)}});
}

RelayFrame readRelayFrame(const QByteArray &utf8)
{
    auto parsed = objectOf(utf8);
    if (const auto *why = std::get_if<QString>(&parsed))
        return Unreadable{*why};
    const QJsonObject frame = std::get<QJsonObject>(std::move(parsed));
    const QString type = typeOf(frame);
    const auto text = [&frame](const char *key) {
        return frame.value(QLatin1String(key)).toString();
    };
    const auto seq = sequenceNumber(frame.value(QLatin1String("seq")));
    if (type == QLatin1String("event")) {
        const QJsonValue body = frame.value(QLatin1String("body"));
        if (!seq || !body.isObject())
            return Unreadable{tr("an event without a sequence number or a JSON object body")};
        return RelayEvent{*seq, text("provider"), text("account"),
                          QDateTime::fromString(text("receivedAt"), Qt::ISODateWithMs),
                          compact(body.toObject())};
    }
    if (type == QLatin1String("welcome")) {
        const auto head = sequenceNumber(frame.value(QLatin1String("head")));
        if (!head)
            return Unreadable{tr("a welcome without the relay's head sequence")};
        return Welcome{text("org"), text("agent"), text("name"), text("role"), *head};
    }
    if (type == QLatin1String("accounts")) {
        Accounts accounts;
        for (const QJsonValue &account : frame.value(QLatin1String("accounts")).toArray())
            accounts.accounts << teamAccountFromJson(account.toObject());
        return accounts;
    }
    if (type == QLatin1String("presence")) {
        Presence presence;
        for (const QJsonValue &entry : frame.value(QLatin1String("agents")).toArray()) {
            const QJsonObject agent = entry.toObject();
            const QString handle = agent.value(QLatin1String("agent")).toString();
            if (handle.isEmpty())
                return Unreadable{tr("a presence entry without the agent's handle")};
            presence.agents.append(
                {handle, agent.value(QLatin1String("name")).toString(),
                 agent.value(QLatin1String("role")).toString(),
                 agent.value(QLatin1String("online")).toBool(),
                 QDateTime::fromString(agent.value(QLatin1String("since")).toString(),
                                       Qt::ISODateWithMs)});
        }
        return presence;
    }
    if (type == QLatin1String("reset"))
        return Reset{text("reason")};
    if (type == QLatin1String("ack")) {
        if (!seq)
            return Unreadable{tr("an ack without a sequence number")};
        return Ack{frame.value(QLatin1String("clientId")), *seq};
    }
    if (type == QLatin1String("error"))
        return Refusal{text("code"), text("message"), frame.value(QLatin1String("clientId"))};
    return Unreadable{tr("unknown frame type \"%1\"").arg(type)};
}

QByteArray eventFrame(qint64 seq, const QString &provider, const QString &account,
                      const QDateTime &receivedAt, const QByteArray &body)
{
    QByteArray frame =
        compact({{QStringLiteral("type"), QStringLiteral("event")},
                 {QStringLiteral("seq"), seq},
                 {QStringLiteral("provider"), provider},
                 {QStringLiteral("account"), account},
                 {QStringLiteral("receivedAt"), receivedAt.toString(Qt::ISODateWithMs)}});
    frame.chop(1);
    frame += ",\"body\":" + body + '}';
    return frame;
}

QByteArray welcomeFrame(const Welcome &welcome)
{
    return compact({{QStringLiteral("type"), QStringLiteral("welcome")},
                    {QStringLiteral("org"), welcome.org},
                    {QStringLiteral("agent"), welcome.agent},
                    {QStringLiteral("name"), welcome.name},
                    {QStringLiteral("role"), welcome.role},
                    {QStringLiteral("head"), welcome.head}});
}

QByteArray accountsFrame(const QList<TeamAccount> &accounts)
{
    QJsonArray list;
    for (const TeamAccount &account : accounts)
        list.append(toJson(account));
    return compact(
        {{QStringLiteral("type"), QStringLiteral("accounts")}, {QStringLiteral("accounts"), list}});
}

QByteArray presenceFrame(const QList<TeammatePresence> &agents)
{
    QJsonArray list;
    for (const TeammatePresence &agent : agents) {
        QJsonObject entry{{QStringLiteral("agent"), agent.agent},
                          {QStringLiteral("name"), agent.name},
                          {QStringLiteral("role"), agent.role},
                          {QStringLiteral("online"), agent.online}};
        if (agent.since.isValid())
            entry.insert(QStringLiteral("since"), agent.since.toUTC().toString(Qt::ISODateWithMs));
        list.append(entry);
    }
    return compact(
        {{QStringLiteral("type"), QStringLiteral("presence")}, {QStringLiteral("agents"), list}});
}

QByteArray resetFrame(const QString &reason)
{
    return compact(
        {{QStringLiteral("type"), QStringLiteral("reset")}, {QStringLiteral("reason"), reason}});
}

QByteArray ackFrame(const QJsonValue &clientId, qint64 seq)
{
    return compact({{QStringLiteral("type"), QStringLiteral("ack")},
                    {QStringLiteral("clientId"), clientId},
                    {QStringLiteral("seq"), seq}});
}

QByteArray refusalFrame(const Refusal &refusal)
{
    QJsonObject frame{{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("code"), refusal.code},
                      {QStringLiteral("message"), refusal.message}};
    if (!refusal.clientId.isUndefined())
        frame.insert(QStringLiteral("clientId"), refusal.clientId);
    return compact(frame);
}

} // namespace inbox::stream
