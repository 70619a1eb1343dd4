// SPDX-License-Identifier: GPL-3.0-or-later
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

/// Marco Rossi the manager and Priya Sharma the agent, each at a desk of their own on one relay,
/// both signed in: what most teamwork tests start from.
struct ManagerAndAgent
{
    TeamRelay team{{{QStringLiteral("Marco Rossi"), Role::Manager, QStringLiteral("marco")},
                    {QStringLiteral("Priya Sharma"), Role::Agent, QStringLiteral("priya")}}};
    QTemporaryDir dir;
    TeamDesk marco{team, dir, QStringLiteral("marco")};
    TeamDesk priya{team, dir, QStringLiteral("priya")};

    bool connected() const { return marco.connected() && priya.connected(); }
};

} // namespace inbox::test
