// SPDX-License-Identifier: GPL-3.0-or-later
// WhatsApp's *bold*, _italic_, ~strike~ and ```mono``` to HTML and to plain text, on any text:
// the HTML never carries a tag the text did not come from.
#include "FuzzInput.h"
#include "WhatsAppText.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = inbox::fuzz::text(data, size);
    const QString html = inbox::whatsAppToHtml(text);
    const QString plain = inbox::whatsAppToPlain(text);
    // What a customer typed is escaped: "<script" in the text is never markup.
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        __builtin_trap();
    Q_UNUSED(plain);
    return 0;
}
