// SPDX-License-Identifier: GPL-3.0-or-later
// inbox-sandbox: a local stand-in for the providers. Parses arguments, starts the
// Sandbox, and optionally lets simulated customers write on a schedule.
#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inbox-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INBOX_VERSION));
    QCommandLineParser parser;
    {
        // The control routes, from the fakes themselves.
        QString routes;
        for (const inbox::sandbox::ControlRoute &route :
             inbox::Sandbox(inbox::SandboxConfig{}).controlRoutes())
            routes += QStringLiteral("\n  %1\n      %2").arg(route.route, route.what);
        parser.setApplicationDescription(
            QStringLiteral("Local stand-in for the WhatsApp providers: Meta's Cloud API, WATI, "
                           "UniPile and open-wa, with simulated customers and webhooks posted "
                           "(and retried) as each provider posts them.\n\nControl routes:") +
            routes);
    }
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("HOST:PORT to listen on"),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8090"));
    const QCommandLineOption metaWebhook(QStringLiteral("meta-webhook"),
                                         QStringLiteral("URL to post Meta webhooks to"),
                                         QStringLiteral("url"));
    const QCommandLineOption watiWebhook(QStringLiteral("wati-webhook"),
                                         QStringLiteral("URL to post WATI webhooks to"),
                                         QStringLiteral("url"));
    const QCommandLineOption unipileWebhook(QStringLiteral("unipile-webhook"),
                                            QStringLiteral("URL to post UniPile webhooks to"),
                                            QStringLiteral("url"));
    const QCommandLineOption openwaWebhook(QStringLiteral("openwa-webhook"),
                                           QStringLiteral("URL to post open-wa webhooks to"),
                                           QStringLiteral("url"));
    const QCommandLineOption relay(
        QStringLiteral("relay"),
        QStringLiteral("post every provider's webhooks to the relay at this URL, at each demo "
                       "account's /webhooks/PROVIDER/ACCOUNT (the --*-webhook options win)"),
        QStringLiteral("url"));
    const QCommandLineOption openwaUnlinked(
        QStringLiteral("openwa-unlinked"),
        QStringLiteral("start the open-wa session with no phone linked: it shows a QR code, and "
                       "the phone links a few seconds after the code is first shown"));
    const QCommandLineOption customers(
        QStringLiteral("customers-every"),
        QStringLiteral("a simulated customer writes every N seconds"), QStringLiteral("seconds"),
        QStringLiteral("0"));
    const QCommandLineOption script(
        QStringLiteral("script"),
        QStringLiteral("play simulated customers from a JSON file: [{\"afterMs\", \"provider\", "
                       "\"from\", \"name\", \"kind\", \"text\", \"replyTo\"}]"),
        QStringLiteral("file"));
    parser.addOptions({listen, relay, metaWebhook, watiWebhook, unipileWebhook, openwaWebhook,
                       openwaUnlinked, customers, script});
    parser.process(app);

    inbox::SandboxConfig config;
    if (parser.isSet(relay))
        config.postTo(QUrl(parser.value(relay)));
    if (parser.isSet(metaWebhook))
        config.metaWebhookUrl = QUrl(parser.value(metaWebhook));
    if (parser.isSet(watiWebhook))
        config.watiWebhookUrl = QUrl(parser.value(watiWebhook));
    if (parser.isSet(unipileWebhook))
        config.unipileWebhookUrl = QUrl(parser.value(unipileWebhook));
    if (parser.isSet(openwaWebhook))
        config.openwaWebhookUrl = QUrl(parser.value(openwaWebhook));
    config.openwaLinked = !parser.isSet(openwaUnlinked);
    inbox::Sandbox sandbox(config);
    const QString hostPort = parser.value(listen);
    const QHostAddress host(hostPort.section(QLatin1Char(':'), 0, -2));
    if (host.isNull() ||
        !sandbox.listen(host, quint16(hostPort.section(QLatin1Char(':'), -1).toUInt()))) {
        std::fprintf(stderr, "cannot listen on %s: give a free HOST:PORT with --listen\n",
                     qPrintable(hostPort));
        return 1;
    }
    std::printf("inbox-sandbox: Meta at %s, WATI at %s, UniPile at %s, open-wa at %s\n",
                qPrintable(sandbox.metaBaseUrl().toString()),
                qPrintable(sandbox.watiBaseUrl().toString()),
                qPrintable(sandbox.unipileBaseUrl().toString()),
                qPrintable(sandbox.openwaBaseUrl().toString()));
    std::fflush(stdout);

    if (parser.isSet(script)) {
        QFile file(parser.value(script));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the script %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return 2;
        }
        if (const QString problem = sandbox.playScript(file.readAll()); !problem.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file.fileName()), qPrintable(problem));
            return 2;
        }
    }

    QTimer customerTimer;
    if (const int every = parser.value(customers).toInt(); every > 0) {
        // Mostly text, and now and then every other kind a customer can send.
        static const QStringList lines = {QStringLiteral("Hi! Is my order on its way?"),
                                          QStringLiteral("Can I change the delivery address?"),
                                          QStringLiteral("Do you have this in size M?"),
                                          QStringLiteral("Thanks, that was quick!")};
        QObject::connect(&customerTimer, &QTimer::timeout, &sandbox, [&sandbox] {
            auto *random = QRandomGenerator::global();
            const QStringList providers = sandbox.providers();
            const QString provider = providers.at(random->bounded(providers.size()));
            const QStringList kinds = sandbox.customerKinds(provider);
            QString kind = random->bounded(3) ? QStringLiteral("text")
                                              : kinds.at(random->bounded(kinds.size()));
            if (kind == QLatin1String("reaction"))
                kind = QStringLiteral("text"); // a reaction needs a message to react to
            sandbox.customerWrites({provider,
                                    QStringLiteral("55119876%1").arg(random->bounded(10000, 99999)),
                                    QStringLiteral("Sandbox Customer"),
                                    kind,
                                    lines.at(random->bounded(lines.size())),
                                    {}});
        });
        customerTimer.start(every * 1000);
    }
    return QCoreApplication::exec();
}
