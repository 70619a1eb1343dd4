#pragma once

// A teammate's desktop on a relay: its window on a seeded cache of its own, linked to the relay
// as that teammate (header-only: for the suites that link the UI, the relay and the providers).
#include "Desk.h"
#include "ProviderRegistry.h"
#include "TeamRelay.h"
#include "relay/RelayClient.h"

#include <QTemporaryDir>

namespace inbox::test {

struct TeamDesk
{
    Desk desk;
    RelayClient link;

    /// `handle` is one of `team`'s teammates; the cache goes in `dir`.
    TeamDesk(TeamRelay &team, const QTemporaryDir &dir, const QString &handle)
        : desk(dir.filePath(handle + QStringLiteral(".db")), handle)
        , link(team.stream, team.tokens.value(handle), desk.cache, providerNormaliser())
    {
        desk.window.setRelayLink(&link);
        link.start();
    }
    bool connected() const { return link.state() == RelayLink::State::Connected; }
};

} // namespace inbox::test
