// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop inbox: parses arguments, opens the cache, shows the window, or with --headless
// runs the inbox's services with no window. Nothing else.
#include "ConversationDelegate.h"
#include "Desktop.h"
#include "Headless.h"
#include "Language.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "SettingsDialog.h"
#include "SingleInstance.h"
#include "cache/CacheDatabase.h"
#include "common/SecretSource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTranslator>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

/// Whether one of the arguments is one of `names`, before any application object exists: the
/// headless runner, --help and --version must work where there is no display.
bool asks(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (qstrcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

/// ~/.local/share/inbox/cache.db, when --cache does not say. Before 0.1, the cache was one folder
/// deeper
/// (~/.local/share/inbox/inbox, the organisation and the application both "inbox"); a cache
/// found only there is moved here, with its write-ahead log, the first time.
QString defaultCachePath()
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/inbox"_L1;
    const QString path = folder + "/cache.db"_L1;
    const QString old = folder + "/inbox/cache.db"_L1;
    if (!QFileInfo::exists(path) && QFileInfo::exists(old)) {
        bool moved = true;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString from = old + QLatin1String(suffix);
            if (QFileInfo::exists(from))
                moved = QFile::rename(from, path + QLatin1String(suffix)) && moved;
        }
        if (!moved) // the old place keeps working rather than starting empty
            return old;
        QDir().rmdir(folder + "/inbox"_L1);
    }
    return path;
}

int stopSignal[2] = {-1, -1};

/// SIGTERM (systemd stopping the unit) and SIGINT end the runner through the event loop, so that
/// the cache is closed and the relay told goodbye.
void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, stopSignal) != 0)
        return;
    auto *notifier = new QSocketNotifier(stopSignal[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] {
        qInfo("stopping");
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char one = 1;
        [[maybe_unused]] const auto written = ::write(stopSignal[0], &one, 1);
    };
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = asks(argc, argv, {"--headless"});
    const bool noWindow =
        headless || asks(argc, argv, {"-h", "--help", "--help-all", "-v", "--version"});
    std::unique_ptr<QCoreApplication> application =
        noWindow ? std::make_unique<QCoreApplication>(argc, argv)
                 : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("inbox"));
    QCoreApplication::setApplicationName(QStringLiteral("inbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INBOX_VERSION));
    // Words first, so that --help is in the language too: --language, else the language chosen in
    // Settings, else the system's.
    const QStringList arguments = QCoreApplication::arguments();
    QString language = QSettings().value(inbox::SettingsDialog::languageKey()).toString();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--language"));
        at >= 0 && at + 1 < arguments.size())
        language = arguments.at(at + 1);
    inbox::useLanguage(language.isEmpty() ? QLocale() : QLocale(language),
                       QStringLiteral(":/translations"));
    if (!noWindow) {
        QApplication::setApplicationDisplayName(QApplication::translate("main", "Inbox"));
        // The desktop finds the launcher entry, and its icon, for the window.
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.teaminbox.Inbox"));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Team inbox for WhatsApp Business."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QApplication::translate("main", "The cache file to open."),
                                         QStringLiteral("path"), defaultCachePath());
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
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main", "light (the desktop's, the default) or dark."),
        QStringLiteral("light|dark"), QStringLiteral("light"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("main", "The window's size, for --screenshot (1400x900)."),
        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1400x900"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main",
                                "en, es or pt_BR for this run (else the one chosen in Settings, "
                                "else the system's)."),
        QStringLiteral("code"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QApplication::translate(
            "main", "No window: run the relay link, outbox, automatic replies and history sync "
                    "as a service beside the relay (needs --relay)."));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("relay-token-file"),
        QApplication::translate("main", "Read the agent's relay token from this file's first line "
                                        "instead of INBOX_RELAY_TOKEN."),
        QStringLiteral("file"));
    parser.addOptions({cacheOption, agentOption, screenshotOption, sizeOption, relayOption,
                       sandboxOption, themeOption, languageOption, headlessOption,
                       tokenFileOption});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QApplication::translate("main", "A click-to-chat link to open: https://wa.me/NUMBER or "
                                        "whatsapp://send?phone=NUMBER."),
        QStringLiteral("[link]"));
    parser.process(app);
    const QString cachePath =
        parser.isSet(cacheOption) ? parser.value(cacheOption) : defaultCachePath();
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize windowSize =
        size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt()) : QSize();
    if (parser.isSet(screenshotOption) && !windowSize.isValid()) {
        qCritical("--size is WIDTHxHEIGHT, for example 1024x640");
        return 2;
    }
    // The token never goes on the command line (other users see it there).
    const auto token = inbox::secretFrom(parser.value(tokenFileOption), "INBOX_RELAY_TOKEN");
    qunsetenv("INBOX_RELAY_TOKEN");
    if (!token) {
        qCritical("%s", qPrintable(token.error()));
        return 2;
    }
    if (headless) {
        const QUrl relay(parser.value(relayOption));
        if (!relay.isValid() || relay.isEmpty() || token.value().isEmpty()) {
            qCritical("inbox --headless takes the team's messages from the relay: give its stream "
                      "with --relay ws://host:port/stream and the runner's agent token in "
                      "INBOX_RELAY_TOKEN or --relay-token-file FILE (inboxctl relay add-agent "
                      "makes one).");
            return 2;
        }
        // The runner's own log lines say when, and what: journald keeps them as they are.
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss} "
                                          "%{if-warning}warning: %{endif}"
                                          "%{if-critical}error: %{endif}%{message}"));
        quitOnSignals(&app);
        auto opened = inbox::CacheDatabase::openBlocking(cachePath);
        if (!opened) {
            qCritical("%s", qPrintable(opened.error().message()));
            return 1;
        }
        inbox::Headless runner(opened.value(),
                               {relay, token.value(), QUrl(parser.value(sandboxOption))});
        QObject::connect(&runner, &inbox::Headless::signedOut, &app,
                         [] { QCoreApplication::exit(inbox::Headless::signedOutStatus); });
        runner.start();
        return QCoreApplication::exec();
    }
    // One inbox per profile: a second start (a link clicked in a browser) goes to the first.
    inbox::SingleInstance instance(cachePath);
    const QStringList links = parser.positionalArguments();
    if (!parser.isSet(screenshotOption)) {
        if (instance.handedToRunning(links)) {
            qInfo("the inbox of %s is open already: it was shown%s", qPrintable(cachePath),
                  links.isEmpty() ? "" : " the link");
            return 0;
        }
        if (instance.listen())
            qInfo("the inbox of %s takes later starts' links", qPrintable(cachePath));
    }
    if (parser.value(themeOption) == QLatin1String("dark"))
        inbox::look::applyDarkTheme();

    inbox::Desktop::Options options;
    options.agentId = parser.value(agentOption);
    options.relayUrl = QUrl(parser.value(relayOption));
    options.token = token.value();
    options.sandbox = QUrl(parser.value(sandboxOption));
    std::unique_ptr<inbox::Desktop> desktop;
    inbox::CacheDatabase::open(cachePath).then(
        &app, [&](const inbox::Expected<std::shared_ptr<inbox::CacheDatabase>, inbox::CacheError>
                      &opened) {
            if (!opened) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Inbox"),
                                      opened.error().message());
                QApplication::exit(1);
                return;
            }
            desktop = std::make_unique<inbox::Desktop>(opened.value(), options);
            if (parser.isSet(screenshotOption)) {
                desktop->window()->resize(windowSize); // the picture's size, whatever the screen
                inbox::saveScreenshotWhenReady(desktop->window(), parser.value(screenshotOption));
            } else if (parser.isSet(sizeOption) && windowSize.isValid()) {
                desktop->window()->resize(windowSize);
            }
            desktop->window()->show();
            for (const QString &link : links)
                desktop->window()->openLink(link);
            QObject::connect(&instance, &inbox::SingleInstance::arrived, desktop->window(),
                             [window = desktop->window()](const QStringList &arguments) {
                                 window->showNormal();
                                 window->raise();
                                 window->activateWindow();
                                 for (const QString &link : arguments)
                                     window->openLink(link);
                             });
        });
    return QCoreApplication::exec();
}
