// Phone numbers as people and providers write them, through libphonenumber: a number or an
// error in words, and a parsed number parses again to itself.
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
        const auto again = inbox::PhoneNumber::parse(parsed.value().e164());
        if (!again || again.value().e164() != parsed.value().e164())
            __builtin_trap();
    }
    return 0;
}
