// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A team's relay in this process taking the demo accounts' webhooks, and inbox-sandbox beside
// it as the providers, posting to the relay (header-only: for the suites that link the relay
// and the sandbox).
#include "Sandbox.h"
#include "TeamRelay.h"
#include "cache/CacheDatabase.h"
#include "demo/DemoAccounts.h"
#include "seed/DemoSeeder.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace inbox::test {

struct SandboxTeam
{
    TeamRelay relay;
    std::unique_ptr<Sandbox> sandbox;
    QUrl sandboxUrl;

    /// `openwaWebhooks`: false loses open-wa's webhooks (a URL nobody set), so that what its
    /// customers write reaches the team only through the provider's history.
    explicit SandboxTeam(const QList<Teammate> &team, bool openwaWebhooks = true)
        : relay(team, std::chrono::milliseconds(300))
    {
        auto directory =
            relay::RelayDirectory::open(relay.dir.filePath(QStringLiteral("relay"))).value();
        for (const demo::DemoAccount &demo : demo::accounts()) {
            relay::AccountEntry entry{QStringLiteral("acme"),
                                      demo.account.provider.key(),
                                      demo.account.relayAccount,
                                      demo.verifyToken,
                                      demo.secret,
                                      {}};
            if (const auto problem = directory->addAccount(entry))
                qFatal("%s", qPrintable(*problem));
        }
        SandboxConfig config;
        config.postTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.stream.port())));
        config.statusStep = std::chrono::milliseconds(200);
        if (!openwaWebhooks)
            config.openwaWebhookUrl = QUrl();
        sandbox = std::make_unique<Sandbox>(config);
        sandboxUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(sandbox->listen()));
    }

    /// The texts sent to `digits` through open-wa, as the sandbox received them.
    QStringList sentTo(const QString &digits) const
    {
        QStringList texts;
        for (const RecordedRequest &request : sandbox->requests()) {
            if (!request.path.endsWith(QLatin1String("sendText")))
                continue;
            const QJsonObject args =
                QJsonDocument::fromJson(request.body).object().value(u"args").toObject();
            if (args.value(u"to").toString().startsWith(digits))
                texts << args.value(u"content").toString();
        }
        return texts;
    }
};

/// A demo cache at `path` (the demo's accounts, with the bistro's automatic-reply rules, and
/// `conversations` seeded conversations), closed again.
inline void seedDemoCache(const QString &path, int conversations)
{
    auto cache = CacheDatabase::openBlocking(path).value();
    SeedOptions options;
    options.accounts = demo::cacheAccounts();
    options.conversations = conversations;
    options.messages = conversations * 5;
    DemoSeeder(cache).run(options);
}

} // namespace inbox::test
