// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetaTemplates.h"

#include "MetaProvider.h"
#include "domain/Attachment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace inbox::meta {

Expected<TemplatePage, QString> parseTemplatePage(const QByteArray &body, const QString &accountId)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QCoreApplication::translate("inbox::meta", "the template list is not JSON: %1")
            .arg(error.errorString());
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("data")).isArray())
        return QCoreApplication::translate("inbox::meta", "the template list has no \"data\" list");

    TemplatePage page;
    for (const QJsonValue &item : root.value(QLatin1String("data")).toArray()) {
        const QJsonObject json = item.toObject();
        MessageTemplate t;
        t.accountId = accountId;
        t.name = json.value(QLatin1String("name")).toString();
        t.language = json.value(QLatin1String("language")).toString();
        t.category = json.value(QLatin1String("category")).toString();
        t.status = json.value(QLatin1String("status")).toString();
        t.providerId = json.value(QLatin1String("id")).toString();
        t.components = componentsFromJson(json.value(QLatin1String("components")).toArray());
        page.templates.append(t);
    }
    const QJsonObject paging = root.value(QLatin1String("paging")).toObject();
    // Meta sends "next" only when there is another page; the cursor alone is not enough.
    if (paging.contains(QLatin1String("next"))) {
        page.nextCursor = paging.value(QLatin1String("cursors"))
                              .toObject()
                              .value(QLatin1String("after"))
                              .toString();
    }
    return page;
}

QJsonObject templateCreateBody(const MessageTemplate &t, const QMap<int, QString> &examples)
{
    QJsonArray components = componentsToJson(t.components);
    for (qsizetype i = 0; i < components.size(); ++i) {
        const TemplateComponent &component = t.components.at(i);
        QJsonObject json = components.at(i).toObject();
        // What the cache keeps beside Meta's fields is not Meta's to see.
        json.remove(QStringLiteral("examples"));
        json.remove(QStringLiteral("parameterNames"));
        components[i] = json;
        const QList<int> numbers = placeholdersOf(component.text);
        if (numbers.isEmpty())
            continue;
        QJsonArray values;
        for (int number : numbers)
            values.append(examples.value(number));
        if (component.type == TemplateComponent::Type::Header)
            json.insert(QStringLiteral("example"),
                        QJsonObject{{QStringLiteral("header_text"), values}});
        else if (component.type == TemplateComponent::Type::Body)
            json.insert(QStringLiteral("example"),
                        QJsonObject{{QStringLiteral("body_text"), QJsonArray{values}}});
        components[i] = json;
    }
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("language"), t.language},
            {QStringLiteral("category"), t.category},
            {QStringLiteral("components"), components}};
}

std::optional<ProviderError> checkUploadLimits(MessageKind kind, qint64 sizeBytes)
{
    const qint64 limit = attachmentLimit(kind);
    if (limit == 0)
        return std::nullopt;
    if (sizeBytes <= limit)
        return std::nullopt;
    ProviderError error;
    error.provider = meta::id();
    error.title = QCoreApplication::translate("inbox::meta", "The file is too large for WhatsApp");
    error.detail = QCoreApplication::translate(
                       "inbox::meta", "%1 is more than the %2 WhatsApp takes for this kind of file "
                                      "(%3)")
                       .arg(dataSize(sizeBytes), dataSize(limit), mediaKindWord(kind));
    error.advice = QCoreApplication::translate(
                       "inbox::meta", "send a smaller file (%1 at most), or share a link to it")
                       .arg(dataSize(limit));
    return error;
}

} // namespace inbox::meta
