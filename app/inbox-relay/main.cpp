// SPDX-License-Identifier: GPL-3.0-or-later
// inbox-relay: parses arguments, opens the relay's directory and event store, and listens.
#include "Relay.h"
#include "common/SecretSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char stop = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &stop, 1);
}

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
    QCoreApplication::setApplicationVersion(QStringLiteral(INBOX_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Receives provider webhooks, stores them durably and streams them to the team."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("folder of the relay's configuration and events"),
                                  QStringLiteral("dir"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("HOST:PORT"),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("postgres://user:password@host:port/db to share "
                                                  "events with other relays"),
                                   QStringLiteral("url"));
    const QCommandLineOption storeFile(
        QStringLiteral("store-file"),
        QStringLiteral("file holding the postgres:// URL (it holds a password: better than "
                       "--store, which ps shows; or set INBOX_RELAY_STORE)"),
        QStringLiteral("file"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("PEM certificate for HTTPS and WSS"),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key"),
                                 QStringLiteral("file"));
    const QCommandLineOption retention(QStringLiteral("retention-days"),
                                       QStringLiteral("days events are kept (default 30)"),
                                       QStringLiteral("days"), QStringLiteral("30"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark-routes"),
        QStringLiteral("also serve /baseline, an answer that verifies and stores nothing, for the "
                       "ingest benchmark; never in production"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("HTTP connections at once (default 1000, or what the file limit allows)"),
        QStringLiteral("n"));
    const QCommandLineOption perSource(QStringLiteral("max-connections-per-source"),
                                       QStringLiteral("HTTP connections from one address "
                                                      "(default 100; a trusted proxy is held "
                                                      "only to --max-connections)"),
                                       QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout"),
        QStringLiteral("seconds a request may take to arrive whole (default 10)"),
        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("a reverse proxy in front (CIDR, may be repeated): from it alone the "
                       "client's address is taken from X-Forwarded-For"),
        QStringLiteral("cidr"));
    const QCommandLineOption stallTimeout(
        QStringLiteral("client-stall-timeout"),
        QStringLiteral("seconds a stream client may read nothing of what waits for it "
                       "(default 60)"),
        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("seconds a kept-alive connection may ask nothing (default 60)"),
        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption secretsKey(
        QStringLiteral("secrets-key-file"),
        QStringLiteral("file holding the key (32 bytes, base64) that seals the accounts' tokens "
                       "handed to desktops (or set INBOX_RELAY_SECRETS_KEY); make one with "
                       "openssl rand -base64 32"),
        QStringLiteral("file"));
    parser.addOptions({data, listen, store, storeFile, cert, key, retention, benchmark,
                       maxConnections, perSource, requestTimeout, idleTimeout, stallTimeout,
                       trustedProxy, secretsKey});
    parser.process(app);

    if (!parser.isSet(data))
        return fail(QStringLiteral("give the data folder with --data DIR"));
    inbox::relay::RelayOptions options;
    options.dataDir = parser.value(data);
    const auto storeUrl =
        inbox::secretFrom(parser.value(storeFile), "INBOX_RELAY_STORE", parser.value(store));
    if (!storeUrl)
        return fail(storeUrl.error());
    options.store = QString::fromUtf8(storeUrl.value());
    auto secrets = inbox::relay::SecretBox::fromFileOrEnvironment(parser.value(secretsKey));
    if (!secrets)
        return fail(QStringLiteral("--secrets-key-file: %1").arg(secrets.error()));
    options.secrets = std::move(secrets).value();
    bool daysOk = false;
    const int days = parser.value(retention).toInt(&daysOk);
    if (!daysOk || days < 1)
        return fail(QStringLiteral("--retention-days takes a whole number of days, 1 or more"));
    options.retention = std::chrono::hours(24 * days);
    options.benchmarkRoutes = parser.isSet(benchmark);
    const auto proxies = inbox::relay::RelayDirectory::parseAllowList(parser.values(trustedProxy));
    if (!proxies)
        return fail(QStringLiteral("--trusted-proxy: %1").arg(proxies.error()));
    options.trustedProxies = proxies.value();
    auto seconds = [&parser](const QCommandLineOption &option, std::chrono::milliseconds *into) {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value <= 0)
            return false;
        *into = std::chrono::milliseconds(qint64(value * 1000));
        return true;
    };
    if (!seconds(requestTimeout, &options.door.requestTimeout) ||
        !seconds(idleTimeout, &options.door.idleTimeout) ||
        !seconds(stallTimeout, &options.clientStallTimeout))
        return fail(QStringLiteral("--request-timeout, --idle-timeout and --client-stall-timeout "
                                   "take seconds, over 0"));
    // Below the process's file limit, with room for the store, the directory and the stream.
    rlimit files{};
    const int allowed = getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY
                            ? int(std::min<rlim_t>(files.rlim_cur, 1 << 20))
                            : 1 << 20;
    options.door.maxConnections = std::max(8, std::min(1000, allowed / 2));
    bool countsOk = true;
    if (parser.isSet(maxConnections))
        options.door.maxConnections = parser.value(maxConnections).toInt(&countsOk);
    if (countsOk)
        options.door.maxPerSource = parser.value(perSource).toInt(&countsOk);
    if (!countsOk || options.door.maxConnections < 1 || options.door.maxPerSource < 1)
        return fail(QStringLiteral("--max-connections and --max-connections-per-source take a "
                                   "whole number, 1 or more"));

    auto relay = inbox::relay::Relay::create(options);
    if (!relay)
        return fail(relay.error());

    if (parser.isSet(cert) != parser.isSet(key))
        return fail(QStringLiteral("TLS needs both --tls-cert and --tls-key"));
    std::optional<QSslConfiguration> tls;
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
        tls = inbox::relay::Relay::tlsConfiguration(certificate, ecKey);
    }

    const QString hostPort = parser.value(listen);
    // HOST:PORT, [IPv6]:PORT, or a host name and a port.
    QString hostText = hostPort.section(QLatin1Char(':'), 0, -2);
    if (hostText.startsWith(QLatin1Char('[')) && hostText.endsWith(QLatin1Char(']')))
        hostText = hostText.mid(1, hostText.size() - 2);
    QHostAddress host(hostText);
    if (host.isNull() && !hostText.isEmpty()) {
        const QHostInfo found = QHostInfo::fromName(hostText);
        if (!found.addresses().isEmpty())
            host = found.addresses().constFirst();
    }
    bool portOk = false;
    const uint port = hostPort.section(QLatin1Char(':'), -1).toUInt(&portOk);
    if (host.isNull() || !portOk || port > 65535)
        return fail(QStringLiteral("--listen takes HOST:PORT, like 127.0.0.1:8080, [::1]:8080 "
                                   "or localhost:8080"));
    const quint16 bound = (*relay)->open(host, quint16(port), tls);
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1: is the port taken?").arg(hostPort));
    std::printf("inbox-relay: listening on %s://%s:%u (events in %s)\n",
                parser.isSet(cert) ? "https" : "http",
                qPrintable(host.protocol() == QAbstractSocket::IPv6Protocol
                               ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
                               : host.toString()),
                bound, options.store.isEmpty() ? qPrintable(options.dataDir) : "PostgreSQL");
    std::fflush(stdout);

    // SIGTERM (systemd, docker stop) and SIGINT (Ctrl+C): a clean stop, through the event loop.
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return fail(QStringLiteral("cannot set up signal handling"));
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    QSocketNotifier stopNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &app, [&] {
        char drained[16];
        while (::read(signalPipe[0], drained, sizeof drained) > 0) {
        }
        (*relay)->shutDown([] { QCoreApplication::exit(0); });
    });
    const int code = QCoreApplication::exec();
    std::printf("inbox-relay: stopped\n");
    return code;
}
