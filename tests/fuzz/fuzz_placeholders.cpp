// SPDX-License-Identifier: GPL-3.0-or-later
// Template text with {{n}} placeholders: found, filled, and checked for review, whatever the
// text. Every placeholder found is reported filled or missing.
#include "FuzzInput.h"
#include "domain/MessageTemplate.h"

#include <QMap>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = inbox::fuzz::text(data, size);
    const QList<int> found = inbox::placeholdersOf(text);
    QMap<int, QString> values;
    for (int i = 0; i < found.size(); i += 2)
        values.insert(found.at(i), QStringLiteral("v"));
    const inbox::RenderedText rendered = inbox::renderPlaceholders(text, values);
    for (const int n : rendered.missing) {
        if (!found.contains(n))
            __builtin_trap();
    }
    inbox::MessageTemplate tmpl;
    tmpl.name = text.left(64);
    inbox::TemplateComponent body;
    body.type = inbox::TemplateComponent::Type::Body;
    body.text = text;
    tmpl.components = {body};
    const QStringList problems = inbox::templateProblems(tmpl);
    Q_UNUSED(problems);
    return 0;
}
