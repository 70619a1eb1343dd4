// SPDX-License-Identifier: GPL-3.0-or-later
// A team event as a desktop publishes it (JSON): read, or refused in words; one read is
// written back and reads again the same.
#include "FuzzInput.h"
#include "domain/TeamEvent.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(inbox::fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const auto event = inbox::teamEventFromJson(document.object());
    if (!event) {
        if (event.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    const auto again = inbox::teamEventFromJson(inbox::toJson(event.value()));
    if (!again)
        __builtin_trap();
    return 0;
}
