// SPDX-License-Identifier: GPL-3.0-or-later
// A stream frame, read as the relay reads a desktop's and as a desktop reads the relay's: never
// a crash or a number out of range, every refusal in words, and every frame read is written back
// and reads again the same.
#include "FuzzInput.h"
#include "sync/StreamFrames.h"

using namespace inbox;
using namespace inbox::stream;

namespace {

void asTheRelayReadsIt(const QByteArray &input)
{
    const ClientFrame frame = readClientFrame(input);
    if (const auto *refusal = std::get_if<Refusal>(&frame)) {
        if (refusal->code.isEmpty() || refusal->message.isEmpty())
            __builtin_trap();
    } else if (const auto *hello = std::get_if<Hello>(&frame)) {
        if (hello->cursor < 0)
            __builtin_trap();
        const auto again = readClientFrame(helloFrame(hello->token, hello->cursor));
        if (!std::holds_alternative<Hello>(again) || std::get<Hello>(again) != *hello)
            __builtin_trap();
    } else {
        const auto &publish = std::get<Publish>(frame);
        const auto again =
            readClientFrame(publishFrame(publish.clientId.toString(), publish.event));
        if (!std::holds_alternative<Publish>(again) ||
            std::get<Publish>(again).event != publish.event)
            __builtin_trap();
    }
}

void asADesktopReadsIt(const QByteArray &input)
{
    const RelayFrame frame = readRelayFrame(input);
    if (const auto *event = std::get_if<RelayEvent>(&frame)) {
        if (event->seq < 0 || event->seq > largestSequence)
            __builtin_trap();
        const auto again = readRelayFrame(eventFrame(event->seq, event->provider, event->account,
                                                     event->receivedAt, event->body));
        if (!std::holds_alternative<RelayEvent>(again) || std::get<RelayEvent>(again) != *event)
            __builtin_trap();
    } else if (const auto *welcome = std::get_if<Welcome>(&frame)) {
        const auto again = readRelayFrame(welcomeFrame(*welcome));
        if (!std::holds_alternative<Welcome>(again) || std::get<Welcome>(again) != *welcome)
            __builtin_trap();
    } else if (const auto *ack = std::get_if<Ack>(&frame)) {
        if (ack->seq < 0 || ack->seq > largestSequence)
            __builtin_trap();
    } else if (const auto *unreadable = std::get_if<Unreadable>(&frame)) {
        if (unreadable->why.isEmpty())
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    asTheRelayReadsIt(input);
    asADesktopReadsIt(input);
    return 0;
}
