#include "MessageTemplate.h"

#include <QJsonObject>
#include <QRegularExpression>

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
        components.append(component);
    }
    return components;
}

} // namespace inbox
