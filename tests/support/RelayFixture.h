// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An inbox-relay in-process on a loopback port, with a data folder of two organisations, their
// accounts on every provider and an agent of each role. Header-only: only the relay's test
// executables link the relay.
#include "Fixtures.h"
#include "Relay.h"
#include "meta/MetaWebhook.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace inbox::test {

using relay::RelayDirectory;
using relay::RelayOptions;

/// A file under tests/fixtures/meta: Meta's real payloads and the shared signature vector.
inline QByteArray metaFixture(const QString &name)
{
    return fixtureFile(QStringLiteral("meta/") + name);
}

struct RelayAnswer
{
    int status = 0;
    QByteArray body;
};

struct RelayFixture
{
    QTemporaryDir dir;
    std::unique_ptr<relay::Relay> relay;
    quint16 port = 0;
    QNetworkAccessManager network;
    QString manager;
    QString agent;
    QString admin;
    QString otherOrgAgent;
    const QByteArray appSecret = "1222e786b144d0e85b9f365372d93676"; // the shared vector's

    explicit RelayFixture(const std::function<void(RelayOptions &)> &tweak = {})
    {
        {
            auto directory = RelayDirectory::open(dir.path()).value();
            directory->addOrg(QStringLiteral("acme"));
            directory->addOrg(QStringLiteral("globex"));
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("meta"),
                                   QStringLiteral("277321005464405"),
                                   "verify-me",
                                   appSecret,
                                   {}});
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("wati"),
                                   QStringLiteral("store"),
                                   {},
                                   "wati-secret",
                                   {}});
            directory->addAccount(
                {QStringLiteral("acme"),
                 QStringLiteral("wati"),
                 QStringLiteral("fenced"),
                 {},
                 "wati-secret",
                 RelayDirectory::parseAllowList({QStringLiteral("10.0.0.0/8")}).value()});
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("unipile"),
                                   QStringLiteral("t5XY4yQzR9WVrlNFyzPMhw"),
                                   {},
                                   "unipile-secret",
                                   {}});
            directory->addAccount({QStringLiteral("acme"),
                                   QStringLiteral("openwa"),
                                   QStringLiteral("bistro"),
                                   {},
                                   "openwa-key",
                                   {}});
            directory->addAccount({QStringLiteral("globex"),
                                   QStringLiteral("meta"),
                                   QStringLiteral("999"),
                                   "v",
                                   "globex-secret",
                                   {}});
            manager =
                directory->addAgent(QStringLiteral("acme"), QStringLiteral("Marta"), Role::Manager)
                    ->token;
            agent = directory->addAgent(QStringLiteral("acme"), QStringLiteral("Ana"), Role::Agent)
                        ->token;
            admin = directory->addAgent(QStringLiteral("acme"), QStringLiteral("Ada"), Role::Admin)
                        ->token;
            otherOrgAgent =
                directory->addAgent(QStringLiteral("globex"), QStringLiteral("Gil"), Role::Agent)
                    ->token;
        }
        RelayOptions options;
        options.dataDir = dir.path();
        if (tweak)
            tweak(options);
        relay = relay::Relay::create(options).value();
        port = relay->open(QHostAddress::LocalHost, 0);
    }

    RelayAnswer send(const QByteArray &verb, const QString &path, const QByteArray &body,
                     const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            qFatal("no answer from the relay");
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }
    RelayAnswer postMeta(const QByteArray &body,
                         const QString &account = QStringLiteral("277321005464405"))
    {
        return send("POST", QStringLiteral("/webhooks/meta/") + account, body,
                    {{"X-Hub-Signature-256", meta::signatureHeader(body, appSecret)}});
    }
    qint64 head(const QString &org = QStringLiteral("acme")) { return relay->log().head(org); }
};

} // namespace inbox::test
