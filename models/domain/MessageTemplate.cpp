// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageTemplate.h"

#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace inbox {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*(\d+)\s*\}\})"));
    return pattern;
}

QString typeKey(TemplateComponent::Type type)
{
    switch (type) {
    case TemplateComponent::Type::Header:
        return QStringLiteral("HEADER");
    case TemplateComponent::Type::Body:
        return QStringLiteral("BODY");
    case TemplateComponent::Type::Footer:
        return QStringLiteral("FOOTER");
    case TemplateComponent::Type::Buttons:
        return QStringLiteral("BUTTONS");
    }
    Q_UNREACHABLE();
}

} // namespace

QList<int> placeholdersOf(const QString &text)
{
    QList<int> numbers;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const int number = matches.next().captured(1).toInt();
        if (!numbers.contains(number))
            numbers.append(number);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

namespace {

/// "{{1}} to {{n}} without gaps": the first number that is missing, or 0.
int firstGap(const QList<int> &numbers)
{
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (numbers.at(i) != i + 1)
            return int(i + 1);
    }
    return 0;
}

} // namespace

QStringList templateProblems(const MessageTemplate &t)
{
    QStringList problems;
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9_]{1,512}$"));
    if (!validName.match(t.name).hasMatch()) {
        problems << QCoreApplication::translate(
            "inbox::MessageTemplate", "The name is lowercase letters, digits and underscores, like "
                                      "order_update.");
    }
    if (t.language.trimmed().isEmpty())
        problems << QCoreApplication::translate("inbox::MessageTemplate",
                                                "Choose the template's language.");
    static const QStringList categories = {QStringLiteral("MARKETING"), QStringLiteral("UTILITY"),
                                           QStringLiteral("AUTHENTICATION")};
    if (!categories.contains(t.category))
        problems << QCoreApplication::translate(
            "inbox::MessageTemplate", "Choose a category: marketing, utility or authentication.");
    bool hasBody = false;
    for (const TemplateComponent &c : t.components) {
        switch (c.type) {
        case TemplateComponent::Type::Body: {
            hasBody = !c.text.trimmed().isEmpty();
            if (c.text.size() > 1024) {
                problems << QCoreApplication::translate(
                                "inbox::MessageTemplate",
                                "The body has %1 characters; WhatsApp allows 1024.")
                                .arg(c.text.size());
            }
            if (const int gap = firstGap(placeholdersOf(c.text)); gap > 0) {
                problems << QCoreApplication::translate(
                                "inbox::MessageTemplate",
                                "Placeholders are numbered {{1}}, {{2}}… without gaps: {{%1}} is "
                                "missing.")
                                .arg(gap);
            }
            break;
        }
        case TemplateComponent::Type::Header:
            if (c.format == QLatin1String("TEXT")) {
                if (c.text.trimmed().isEmpty())
                    problems << QCoreApplication::translate(
                        "inbox::MessageTemplate",
                        "The text header is empty: write it, or choose no header.");
                if (c.text.size() > 60)
                    problems << QCoreApplication::translate(
                                    "inbox::MessageTemplate",
                                    "The header has %1 characters; WhatsApp allows 60.")
                                    .arg(c.text.size());
                const QList<int> numbers = placeholdersOf(c.text);
                if (numbers.size() > 1 || (numbers.size() == 1 && numbers.first() != 1))
                    problems << QCoreApplication::translate(
                        "inbox::MessageTemplate", "A header may hold one placeholder, {{1}}.");
            }
            break;
        case TemplateComponent::Type::Footer:
            if (c.text.size() > 60)
                problems << QCoreApplication::translate(
                                "inbox::MessageTemplate",
                                "The footer has %1 characters; WhatsApp allows 60.")
                                .arg(c.text.size());
            if (!placeholdersOf(c.text).isEmpty())
                problems << QCoreApplication::translate("inbox::MessageTemplate",
                                                        "A footer cannot hold placeholders.");
            break;
        case TemplateComponent::Type::Buttons:
            if (c.buttons.size() > 10)
                problems << QCoreApplication::translate("inbox::MessageTemplate",
                                                        "At most 10 buttons.");
            for (const QJsonValue &value : c.buttons) {
                const QJsonObject button = value.toObject();
                const QString type = button.value(QLatin1String("type")).toString();
                const QString text = button.value(QLatin1String("text")).toString();
                if (text.trimmed().isEmpty() || text.size() > 25)
                    problems << QCoreApplication::translate(
                        "inbox::MessageTemplate",
                        "Each button needs a label of 1 to 25 characters.");
                if (type == QLatin1String("URL")) {
                    const QUrl url(button.value(QLatin1String("url")).toString());
                    if (!url.isValid() || url.scheme() != QLatin1String("https") ||
                        url.host().isEmpty())
                        problems << QCoreApplication::translate(
                                        "inbox::MessageTemplate",
                                        "The button \"%1\" needs an https:// address.")
                                        .arg(text);
                } else if (type == QLatin1String("PHONE_NUMBER")) {
                    if (!PhoneNumber::parse(button.value(QLatin1String("phone_number")).toString()))
                        problems << QCoreApplication::translate(
                                        "inbox::MessageTemplate",
                                        "The button \"%1\" needs a phone number in international "
                                        "form, like +55 11 98765 4321.")
                                        .arg(text);
                }
            }
            break;
        }
    }
    if (!hasBody)
        problems << QCoreApplication::translate("inbox::MessageTemplate",
                                                "Write the body: it is what the customer reads.");
    problems.removeDuplicates();
    return problems;
}

RenderedText renderPlaceholders(const QString &text, const QMap<int, QString> &values)
{
    RenderedText result;
    const QList<int> wanted = placeholdersOf(text);
    for (int number : wanted) {
        if (values.value(number).trimmed().isEmpty())
            result.missing.append(number);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!wanted.contains(it.key()))
            result.extra.append(it.key());
    }

    qsizetype last = 0;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        result.text += QStringView(text).mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(1).toInt());
        result.text += value.trimmed().isEmpty() ? match.captured() : value;
        last = match.capturedEnd();
    }
    result.text += QStringView(text).mid(last);
    return result;
}

QJsonArray componentsToJson(const QList<TemplateComponent> &components)
{
    QJsonArray array;
    for (const TemplateComponent &component : components) {
        QJsonObject json{{QStringLiteral("type"), typeKey(component.type)}};
        if (!component.format.isEmpty())
            json.insert(QStringLiteral("format"), component.format);
        if (!component.text.isEmpty())
            json.insert(QStringLiteral("text"), component.text);
        if (!component.buttons.isEmpty())
            json.insert(QStringLiteral("buttons"), component.buttons);
        if (!component.parameterNames.isEmpty()) {
            json.insert(QStringLiteral("parameterNames"),
                        QJsonArray::fromStringList(component.parameterNames));
        }
        if (!component.examples.isEmpty())
            json.insert(QStringLiteral("examples"), QJsonArray::fromStringList(component.examples));
        array.append(json);
    }
    return array;
}

QList<TemplateComponent> componentsFromJson(const QJsonArray &json)
{
    QList<TemplateComponent> components;
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        const QString type = object.value(QStringLiteral("type")).toString().toUpper();
        TemplateComponent component;
        for (auto candidate : {TemplateComponent::Type::Header, TemplateComponent::Type::Body,
                               TemplateComponent::Type::Footer, TemplateComponent::Type::Buttons}) {
            if (typeKey(candidate) == type)
                component.type = candidate;
        }
        component.format = object.value(QStringLiteral("format")).toString();
        component.text = object.value(QStringLiteral("text")).toString();
        component.buttons = object.value(QStringLiteral("buttons")).toArray();
        for (const QJsonValue &name : object.value(QStringLiteral("parameterNames")).toArray())
            component.parameterNames.append(name.toString());
        // Ours as stored, or Meta's: {"example": {"body_text": [["Joana", "#123"]]}} for a body,
        // {"header_text": ["Joana"]} for a header.
        QJsonArray examples = object.value(QStringLiteral("examples")).toArray();
        const QJsonObject meta = object.value(QStringLiteral("example")).toObject();
        if (examples.isEmpty())
            examples = meta.value(QStringLiteral("body_text")).toArray().first().toArray();
        if (examples.isEmpty())
            examples = meta.value(QStringLiteral("header_text")).toArray();
        for (const QJsonValue &example : std::as_const(examples))
            component.examples.append(example.toString());
        components.append(component);
    }
    return components;
}

} // namespace inbox
