// The desktop inbox: parses arguments, opens the cache, shows the window. Nothing else.
#include "ConversationDelegate.h"
#include "Desktop.h"
#include "Language.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "SettingsDialog.h"
#include "cache/CacheDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("inbox"));
    QApplication::setApplicationName(QStringLiteral("inbox"));
    // Words first, so that --help is in the language too: --language, else the language chosen in
    // Settings, else the system's.
    const QStringList arguments = QCoreApplication::arguments();
    QString language = QSettings().value(inbox::SettingsDialog::languageKey()).toString();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--language"));
        at >= 0 && at + 1 < arguments.size())
        language = arguments.at(at + 1);
    inbox::useLanguage(language.isEmpty() ? QLocale() : QLocale(language),
                       QStringLiteral(":/translations"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Inbox"));

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
    parser.addOptions({cacheOption, agentOption, screenshotOption, sizeOption, relayOption,
                       sandboxOption, themeOption, languageOption});
    parser.process(app);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize windowSize =
        size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt()) : QSize();
    if (parser.isSet(screenshotOption) && !windowSize.isValid()) {
        qCritical("--size is WIDTHxHEIGHT, for example 1024x640");
        return 2;
    }
    if (parser.value(themeOption) == QLatin1String("dark"))
        inbox::look::applyDarkTheme();

    // The token never goes on the command line (other users see it there).
    inbox::Desktop::Options options;
    options.agentId = parser.value(agentOption);
    options.relayUrl = QUrl(parser.value(relayOption));
    options.token = qgetenv("INBOX_RELAY_TOKEN");
    qunsetenv("INBOX_RELAY_TOKEN");
    options.sandbox = QUrl(parser.value(sandboxOption));
    std::unique_ptr<inbox::Desktop> desktop;
    inbox::CacheDatabase::open(parser.value(cacheOption))
        .then(&app, [&](const inbox::Expected<std::shared_ptr<inbox::CacheDatabase>,
                                              inbox::CacheError> &opened) {
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
        });
    return QApplication::exec();
}
