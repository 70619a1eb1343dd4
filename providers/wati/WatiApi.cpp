// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatiApi.h"

#include "WatiWebhook.h"
#include "common/WebhookFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace inbox::wati {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return webhook::text(object, key);
}

Expected<QJsonObject, QString> objectIn(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QCoreApplication::translate("inbox::wati", "WATI's %1 is not a JSON object: %2")
            .arg(what, error.errorString());
    return document.object();
}

/// The {{...}} names of a text in the order they first appear.
QStringList placeholderNames(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^{}]+?)\s*\}\})"));
    QStringList names;
    for (const auto &match : placeholder.globalMatch(text)) {
        if (!names.contains(match.captured(1)))
            names.append(match.captured(1));
    }
    return names;
}

MessageTemplate templateOf(const QJsonObject &json, const QString &accountId)
{
    MessageTemplate t;
    t.accountId = accountId;
    t.providerId = str(json, "id");
    t.name = str(json, "elementName");
    t.category = str(json, "category").toUpper();
    t.status = str(json, "status").toUpper();
    const QJsonValue language = json.value(QLatin1String("language"));
    t.language = language.isObject() ? str(language.toObject(), "value") : language.toString();

    const QJsonObject header = json.value(QLatin1String("header")).toObject();
    const QString headerType = str(header, "typeString").toUpper();
    if (!headerType.isEmpty() && headerType != QLatin1String("NONE"))
        t.components.append(
            {TemplateComponent::Type::Header, headerType, str(header, "text"), {}, {}});

    TemplateComponent body{TemplateComponent::Type::Body, {}, str(json, "bodyOriginal"), {}, {}};
    const QString named = str(json, "body");
    if (body.text.isEmpty()) {
        body.text = named;
    } else {
        // bodyOriginal numbers the placeholders WATI names in body: pair them by position.
        const QStringList names = placeholderNames(named);
        if (names.size() == placeholdersOf(body.text).size() &&
            names != placeholderNames(body.text))
            body.parameterNames = names;
    }
    t.components.append(body);
    if (const QString footer = str(json, "footer"); !footer.isEmpty())
        t.components.append({TemplateComponent::Type::Footer, {}, footer, {}, {}});
    if (const QJsonArray buttons = json.value(QLatin1String("buttons")).toArray();
        !buttons.isEmpty()) {
        t.components.append({TemplateComponent::Type::Buttons, {}, {}, buttons, {}});
    }
    return t;
}

/// Page numbers are the cursors: the next one while a full page came back.
QString nextPage(int page, qsizetype received, int pageSize)
{
    return received >= pageSize ? QString::number(page + 1) : QString();
}

} // namespace

Expected<TemplatePage, QString> parseTemplateList(const QByteArray &body, const QString &accountId,
                                                  int page, int pageSize)
{
    const auto root = objectIn(body, QCoreApplication::translate("inbox::wati", "template list"));
    if (!root)
        return root.error();
    const QJsonValue list = root->value(QLatin1String("messageTemplates"));
    if (!list.isArray())
        return QCoreApplication::translate("inbox::wati",
                                           "WATI's template list has no \"messageTemplates\" list");
    TemplatePage result;
    for (const QJsonValue &item : list.toArray())
        result.templates.append(templateOf(item.toObject(), accountId));
    const QJsonObject link = root->value(QLatin1String("link")).toObject();
    if (link.contains(QLatin1String("nextPage")))
        result.nextCursor = str(link, "nextPage").isEmpty() ? QString() : QString::number(page + 1);
    else
        result.nextCursor = nextPage(page, result.templates.size(), pageSize);
    return result;
}

Expected<HistoryPage, QString> parseHistoryPage(const QByteArray &body, const QString &customer,
                                                int page, int pageSize)
{
    const auto root = objectIn(body, QCoreApplication::translate("inbox::wati", "message history"));
    if (!root)
        return root.error();
    const QJsonValue messages = root->value(QLatin1String("messages"));
    if (messages.isNull())
        return HistoryPage{}; // WATI answers "messages": null for a number it has never seen
    const QJsonValue items = messages.toObject().value(QLatin1String("items"));
    if (!items.isArray())
        return QCoreApplication::translate("inbox::wati",
                                           "WATI's message history has no \"messages.items\" list");

    HistoryPage result;
    const QJsonArray list = items.toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        const QString eventType = str(item, "eventType");
        if (!eventType.isEmpty() && eventType != QLatin1String("message") &&
            eventType != QLatin1String("broadcastMessage")) {
            continue;
        }
        const bool outbound = item.value(QLatin1String("owner")).toBool();
        MessageEvent m = messageFromJson(item, outbound);
        (outbound ? m.to : m.from) = customer;
        if (outbound)
            m.customerName.clear();
        if (const QString operatorName = str(item, "operatorName"); !operatorName.isEmpty())
            m.details.insert(QStringLiteral("operatorName"), operatorName);
        if (const QString status = str(item, "statusString"); !status.isEmpty())
            m.details.insert(QStringLiteral("status"), status.toLower());
        result.messages.append(m);
    }
    result.nextCursor = nextPage(page, list.size(), pageSize);
    return result;
}

Expected<QList<ContactCard>, QString> parseContactList(const QByteArray &body)
{
    const auto root = objectIn(body, QCoreApplication::translate("inbox::wati", "contact list"));
    if (!root)
        return root.error();
    const QJsonValue list = root->value(QLatin1String("contact_list"));
    if (!list.isArray())
        return QCoreApplication::translate("inbox::wati",
                                           "WATI's contact list has no \"contact_list\" list");
    QList<ContactCard> contacts;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject json = value.toObject();
        ContactCard contact;
        QString digits = str(json, "wAid");
        if (digits.isEmpty())
            digits = str(json, "phone");
        contact.phone = webhook::e164FromWaId(digits);
        contact.name = str(json, "fullName");
        if (contact.name.isEmpty())
            contact.name = str(json, "firstName");
        for (const QJsonValue &param : json.value(QLatin1String("customParams")).toArray()) {
            const QJsonObject field = param.toObject();
            contact.fields.insert(str(field, "name"), str(field, "value"));
        }
        contacts.append(contact);
    }
    return contacts;
}

} // namespace inbox::wati
