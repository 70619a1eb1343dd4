// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderEvent.h"

#include <QJsonArray>

namespace inbox {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

/// Adds `value` unless it is empty: absent fields stay out of the line.
void put(QJsonObject &json, const char *key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(QLatin1String(key), value);
}

} // namespace

QString StatusEvent::failureText() const
{
    QString text = errorTitle.isEmpty() ? errorDetail : errorTitle;
    if (!errorCode.isEmpty())
        text += QStringLiteral(" (") + errorCode + QLatin1Char(')');
    if (!errorTitle.isEmpty() && !errorDetail.isEmpty() && errorDetail != errorTitle)
        text += QStringLiteral(": ") + errorDetail;
    if (!errorAdvice.isEmpty())
        text += (text.endsWith(QLatin1Char(')')) ? QStringLiteral(": ") : QStringLiteral(". ")) +
                errorAdvice;
    return text;
}

QJsonObject eventToJson(const ProviderEvent &event)
{
    QJsonObject json;
    if (const auto *m = std::get_if<MessageEvent>(&event)) {
        json.insert(QStringLiteral("type"), QStringLiteral("message"));
        json.insert(QStringLiteral("direction"), m->direction == Direction::Inbound
                                                     ? QStringLiteral("inbound")
                                                     : QStringLiteral("outbound"));
        put(json, "externalId", m->externalId);
        put(json, "from", m->from);
        put(json, "to", m->to);
        put(json, "kind", m->kind);
        put(json, "text", m->text);
        put(json, "replyTo", m->replyTo);
        put(json, "timestamp", isoUtc(m->timestamp));
        put(json, "customerName", m->customerName);
    } else if (const auto *s = std::get_if<StatusEvent>(&event)) {
        json.insert(QStringLiteral("type"), QStringLiteral("status"));
        put(json, "externalId", s->externalId);
        if (!s->otherIds.isEmpty())
            json.insert(QStringLiteral("otherIds"), QJsonArray::fromStringList(s->otherIds));
        put(json, "reference", s->reference);
        put(json, "status", s->status);
        put(json, "recipient", s->recipient);
        put(json, "errorCode", s->errorCode);
        put(json, "errorTitle", s->errorTitle);
        put(json, "timestamp", isoUtc(s->timestamp));
    } else if (const auto *t = std::get_if<TemplateStatusEvent>(&event)) {
        json.insert(QStringLiteral("type"), QStringLiteral("template_status"));
        put(json, "name", t->name);
        put(json, "language", t->language);
        put(json, "status", t->status);
        put(json, "reason", t->reason);
        put(json, "category", t->category);
    } else if (const auto *h = std::get_if<AccountHealthEvent>(&event)) {
        json.insert(QStringLiteral("type"), QStringLiteral("account_health"));
        json.insert(QStringLiteral("problem"), h->problem);
    } else if (const auto *n = std::get_if<NoticeEvent>(&event)) {
        json.insert(QStringLiteral("type"), QStringLiteral("notice"));
        put(json, "field", n->field);
        put(json, "detail", n->detail);
    }
    return json;
}

} // namespace inbox
