// The desktop inbox: parses arguments, opens the cache, shows the window. Nothing else.
#include "MainWindow.h"
#include "Sandbox.h"
#include "Screenshot.h"
#include "cache/CacheDatabase.h"
#include "meta/MetaClient.h"
#include "relay/RelayClient.h"
#include "sync/OutboxWorker.h"
#include "wati/WatiClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("inbox"));
    QApplication::setApplicationName(QStringLiteral("inbox"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Inbox"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("inbox"), QStringLiteral("_"),
                        QStringLiteral(":/translations")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Team inbox for WhatsApp Business."));
    parser.addHelpOption();
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"), QApplication::translate("main", "The cache file to open."),
        QStringLiteral("path"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            QStringLiteral("/cache.db"));
    const QCommandLineOption agentOption(
        QStringLiteral("agent"), QApplication::translate("main", "The signed-in agent's id."),
        QStringLiteral("id"), QStringLiteral("ana"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window once loaded, then quit."),
        QStringLiteral("png"));
    const QCommandLineOption relayOption(
        QStringLiteral("relay"),
        QApplication::translate("main",
                                "The relay's stream, ws://host:port/stream; the agent's token is "
                                "read from INBOX_RELAY_TOKEN."),
        QStringLiteral("url"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main",
                                "Send the demo accounts' messages through inbox-sandbox at this "
                                "URL (http://127.0.0.1:8090)."),
        QStringLiteral("url"));
    parser.addOptions({cacheOption, agentOption, screenshotOption, relayOption, sandboxOption});
    parser.process(app);

    std::unique_ptr<inbox::RelayClient> relay;
    // The demo's provider connections: the sandbox's accounts with its published demo tokens.
    // Real accounts come from Settings, with their tokens in the keychain.
    QNetworkAccessManager network;
    std::unique_ptr<inbox::MetaClient> sandboxMeta;
    std::unique_ptr<inbox::WatiClient> sandboxWati;
    std::unique_ptr<inbox::OutboxWorker> outbox;
    std::unique_ptr<inbox::MainWindow> window;
    // The token never goes on the command line (other users see it there).
    const QByteArray token = qgetenv("INBOX_RELAY_TOKEN");
    qunsetenv("INBOX_RELAY_TOKEN");
    inbox::CacheDatabase::open(parser.value(cacheOption))
        .then(&app, [&](const inbox::Expected<std::shared_ptr<inbox::CacheDatabase>,
                                              inbox::CacheError> &opened) {
            if (!opened) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Inbox"),
                                      opened.error().message());
                QApplication::exit(1);
                return;
            }
            window = std::make_unique<inbox::MainWindow>(opened.value(), parser.value(agentOption));
            if (parser.isSet(relayOption)) {
                relay = std::make_unique<inbox::RelayClient>(QUrl(parser.value(relayOption)), token,
                                                             opened.value(),
                                                             inbox::providerNormaliser());
                relay->start();
            }
            window->setRelayLink(relay.get());
            if (parser.isSet(sandboxOption)) {
                const QString base = parser.value(sandboxOption);
                const inbox::SandboxConfig demo;
                sandboxMeta = std::make_unique<inbox::MetaClient>(
                    &network,
                    inbox::MetaAccount{demo.metaPhoneNumberId, demo.metaWabaId, demo.metaToken,
                                       QUrl(base + QStringLiteral("/v23.0"))});
                sandboxWati = std::make_unique<inbox::WatiClient>(
                    &network,
                    inbox::WatiAccount{.baseUrl = QUrl(base + QLatin1Char('/') + demo.watiTenant),
                                       .token = demo.watiToken});
                outbox = std::make_unique<inbox::OutboxWorker>(
                    opened.value(), [&](const QString &account) -> inbox::ProviderApi * {
                        if (account == QLatin1String("meta-store"))
                            return sandboxMeta.get();
                        if (account == QLatin1String("wati-support"))
                            return sandboxWati.get();
                        return nullptr;
                    });
                outbox->start();
            }
            if (parser.isSet(screenshotOption))
                inbox::saveScreenshotWhenReady(window.get(), parser.value(screenshotOption));
            window->show();
        });
    return QApplication::exec();
}
