// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An inbox-relay in this process on a loopback port, with the organisation acme and the
// teammates a test names (header-only: only the suites that link the relay include it).
#include "Relay.h"
#include "RelayDirectory.h"

#include <QHash>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace inbox::test {

struct Teammate
{
    QString name;
    Role role;
    QString handle;
};

struct TeamRelay
{
    QTemporaryDir dir;
    std::unique_ptr<relay::Relay> server;
    QUrl stream;
    QHash<QString, QByteArray> tokens; ///< by handle

    /// `pingEvery`: how soon a revoked token is cut off (the relay checks at each ping).
    explicit TeamRelay(const QList<Teammate> &team,
                       std::chrono::milliseconds pingEvery = std::chrono::seconds(30))
    {
        const QString data = dir.filePath(QStringLiteral("relay"));
        {
            auto directory = relay::RelayDirectory::open(data).value();
            directory->addOrg(QStringLiteral("acme"));
            for (const Teammate &mate : team) {
                tokens.insert(
                    mate.handle,
                    directory->addAgent(QStringLiteral("acme"), mate.name, mate.role, mate.handle)
                        ->token.toUtf8());
            }
        }
        relay::RelayOptions options;
        options.dataDir = data;
        options.pingEvery = pingEvery;
        server = relay::Relay::create(options).value();
        const quint16 port = server->open(QHostAddress::LocalHost, 0);
        stream = QUrl(QStringLiteral("ws://127.0.0.1:%1/stream").arg(port));
    }
};

} // namespace inbox::test
