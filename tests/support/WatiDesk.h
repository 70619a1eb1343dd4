// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A WATI account on the sandbox (real HTTP on loopback), its templates in a fresh cache, for
// the campaign tests.
#include "Borrowed.h"
#include "Sandbox.h"
#include "TempCache.h"
#include "cache/AccountStore.h"
#include "cache/CampaignStore.h"
#include "cache/TemplateStore.h"
#include "domain/Campaign.h"
#include "wati/WatiClient.h"

#include <QNetworkAccessManager>
#include <QTest>

namespace inbox::test {

/// A WATI account on the sandbox, with its templates as the provider lists them.
struct WatiDesk
{
    TempCache cache;
    Sandbox sandbox{SandboxConfig{}};
    QNetworkAccessManager network;
    std::unique_ptr<WatiClient> client;

    bool open()
    {
        if (!sandbox.listen())
            return false;
        client = std::make_unique<WatiClient>(
            &network, WatiAccount{sandbox.watiBaseUrl(), sandbox.config().watiToken,
                                  QStringLiteral("inbox"), QStringLiteral("wati-main")});
        Account account;
        account.id = QStringLiteral("wati-main");
        account.provider = Provider(QStringLiteral("wati"));
        account.displayName = QStringLiteral("WATI main");
        account.businessPhone = QStringLiteral("+14155550100");
        account.connection = {{QStringLiteral("baseUrl"), sandbox.watiBaseUrl().toString()}};
        AccountStore(cache.db()).upsert(account).waitForFinished();
        const auto page = client->listTemplates(QString());
        if (!QTest::qWaitFor([&page] { return page.isFinished(); }, 10000))
            return false;
        if (!page.result())
            return false;
        TemplateStore(cache.db())
            .replaceFromProvider(account.id, page.result()->templates)
            .waitForFinished();
        return true;
    }
    ApiLookup apis()
    {
        return [this](const QString &) -> std::shared_ptr<ProviderApi> {
            return borrowed(client.get());
        };
    }
    Campaign make(const QString &name, int recipients, double rate)
    {
        CampaignFacts facts =
            CampaignStore(cache.db())
                .facts(QStringLiteral("wati-main"), QStringLiteral("order_update"), 7,
                       QDateTime::currentDateTimeUtc())
                .result();
        const QList<MessageTemplate> templates =
            TemplateStore(cache.db()).forAccount(QStringLiteral("wati-main")).result();
        for (const MessageTemplate &t : templates) {
            if (t.name == QLatin1String("order_update"))
                facts.content = contentOfTemplate(t);
        }
        QList<CampaignRecipient> list;
        for (int i = 0; i < recipients; ++i) {
            list.append(
                CampaignRecipient{i + 2,
                                  QStringLiteral("+491512345%1").arg(8000 + i),
                                  {{QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)},
                                   {QStringLiteral("order_number"), QString::number(9000 + i)}},
                                  {}});
        }
        Campaign campaign;
        campaign.name = name;
        campaign.accountId = QStringLiteral("wati-main");
        campaign.content = facts.content.value();
        campaign.rate = rate;
        campaign.createdBy = QStringLiteral("marco");
        campaign.createdAt = QDateTime::currentDateTimeUtc();
        return CampaignStore(cache.db()).create(campaign, checkRecipients(list, facts)).result();
    }
};

} // namespace inbox::test
