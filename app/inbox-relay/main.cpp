// inbox-relay: parses arguments, opens the relay's directory and event store, and listens.
#include "Relay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "inbox-relay: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inbox-relay"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Receives provider webhooks, stores them durably and streams them to the team."));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("folder of the relay's configuration and events"),
                                  QStringLiteral("dir"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("HOST:PORT"),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("postgres://user:password@host:port/db to share "
                                                  "events with other relays"),
                                   QStringLiteral("url"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("PEM certificate for HTTPS and WSS"),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key"),
                                 QStringLiteral("file"));
    const QCommandLineOption retention(QStringLiteral("retention-days"),
                                       QStringLiteral("days events are kept (default 30)"),
                                       QStringLiteral("days"), QStringLiteral("30"));
    parser.addOptions({data, listen, store, cert, key, retention});
    parser.process(app);

    if (!parser.isSet(data))
        return fail(QStringLiteral("give the data folder with --data DIR"));
    inbox::relay::RelayOptions options;
    options.dataDir = parser.value(data);
    options.store = parser.value(store);
    bool daysOk = false;
    const int days = parser.value(retention).toInt(&daysOk);
    if (!daysOk || days < 1)
        return fail(QStringLiteral("--retention-days takes a whole number of days, 1 or more"));
    options.retention = std::chrono::hours(24 * days);

    auto relay = inbox::relay::Relay::create(options);
    if (!relay)
        return fail(relay.error());

    if (parser.isSet(cert) != parser.isSet(key))
        return fail(QStringLiteral("TLS needs both --tls-cert and --tls-key"));
    if (parser.isSet(cert)) {
        QFile certFile(parser.value(cert));
        QFile keyFile(parser.value(key));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the certificate or the key file"));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey privateKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey =
            privateKey.isNull() ? QSslKey(keyFile.seek(0) ? &keyFile : nullptr, QSsl::Ec, QSsl::Pem)
                                : privateKey;
        if (certificate.isNull() || ecKey.isNull())
            return fail(QStringLiteral("the certificate or the key is not PEM"));
        (*relay)->sslSetup(certificate, ecKey);
    }

    const QString hostPort = parser.value(listen);
    const QHostAddress host(hostPort.section(QLatin1Char(':'), 0, -2));
    bool portOk = false;
    const uint port = hostPort.section(QLatin1Char(':'), -1).toUInt(&portOk);
    if (host.isNull() || !portOk || port > 65535)
        return fail(QStringLiteral("--listen takes HOST:PORT, like 127.0.0.1:8080"));
    const quint16 bound = (*relay)->listen(host, quint16(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1: is the port taken?").arg(hostPort));
    std::printf("inbox-relay: listening on %s://%s:%u (events in %s)\n",
                parser.isSet(cert) ? "https" : "http", qPrintable(host.toString()), bound,
                options.store.isEmpty() ? qPrintable(options.dataDir) : "PostgreSQL");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
