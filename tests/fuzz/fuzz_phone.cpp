// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers as people and providers write them, through libphonenumber: a number or an
// error in words, and a number's canonical form parses again to itself.
#include "FuzzInput.h"
#include "domain/PhoneNumber.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = inbox::fuzz::text(data, size);
    for (const QString &region : {QString(), QStringLiteral("BR")}) {
        const auto parsed = inbox::PhoneNumber::parse(input, region);
        if (!parsed) {
            if (parsed.error().isEmpty())
                __builtin_trap();
            continue;
        }
        // The canonical form is a fixed point. (e164() keeps the number as it was written when
        // the Brazilian ninth digit was added to it, which may not be a valid E.164 itself:
        // "004ZM4 IM7451" in BR gives +5504964467451, canonically +5549964467451.)
        const auto again = inbox::PhoneNumber::parse(parsed.value().canonical());
        if (!again || again.value().canonical() != parsed.value().canonical() ||
            again.value().e164() != parsed.value().canonical())
            __builtin_trap();
    }
    return 0;
}
