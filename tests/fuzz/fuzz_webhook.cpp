// SPDX-License-Identifier: GPL-3.0-or-later
// One provider's webhook normaliser on any body: it gives events or an error in words, and
// never crashes, reads out of bounds or hits undefined behaviour. Built once per provider
// (FUZZ_PROVIDER_HEADER, FUZZ_PROVIDER_NAMESPACE).
#include "FuzzInput.h"

#include FUZZ_PROVIDER_HEADER

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto events =
        inbox::FUZZ_PROVIDER_NAMESPACE::parseWebhook(inbox::fuzz::bytes(data, size));
    if (!events && events.error().isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
