// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookCommands.h"

#include "ProviderRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace inbox::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inboxctl", text);
}

/// The body from a file, or from standard input for "-" or no file; raw bytes, never decoded.
std::optional<QByteArray> readBody(const QString &source, QTextStream &err)
{
    QFile file;
    const bool fromStdin = source.isEmpty() || source == QLatin1String("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << tr("cannot read %1: %2").arg(source, file.errorString()) << "\n";
        return std::nullopt;
    }
    return file.readAll();
}

int parse(const QString &provider, const QString &source, QTextStream &out, QTextStream &err)
{
    const ProviderEntry *entry = findProvider(provider);
    if (!entry) {
        err << tr("webhook parse needs --provider (one of %1), not %2")
                   .arg(providerKeysText(), provider.isEmpty() ? tr("(none given)") : provider)
            << "\n";
        return 2;
    }
    const auto body = readBody(source, err);
    if (!body)
        return 2;
    const auto events = entry->parse(*body);
    if (!events) {
        err << events.error() << "\n";
        return 2;
    }
    for (const ProviderEvent &event : events.value())
        out << QJsonDocument(eventToJson(event)).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

int sign(const QString &provider, const QString &secret, const QString &source, QTextStream &out,
         QTextStream &err)
{
    const ProviderEntry *entry = findProvider(provider);
    if (!entry || !entry->webhook.signsBody()) {
        QStringList signing;
        for (const ProviderEntry &each : providerRegistry()) {
            if (each.webhook.signsBody())
                signing << each.key;
        }
        err << tr("webhook sign computes the signature header of a provider that signs its "
                  "webhooks: use --provider %1")
                   .arg(signing.join(QStringLiteral(" or ")))
            << "\n";
        return 2;
    }
    if (secret.isEmpty()) {
        err << tr("webhook sign needs --secret (the %1)").arg(entry->webhook.secretName) << "\n";
        return 2;
    }
    const auto body = readBody(source, err);
    if (!body)
        return 2;
    out << entry->webhook.sign(*body, secret.toUtf8()) << "\n";
    return 0;
}

} // namespace

int webhookCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString verb = arguments.value(2);
    QCommandLineParser parser;
    const QCommandLineOption provider(QStringLiteral("provider"), tr("provider"),
                                      QStringLiteral("name"));
    const QCommandLineOption secret(QStringLiteral("secret"), tr("app secret"),
                                    QStringLiteral("secret"));
    parser.addOptions({provider, secret});
    QStringList rest = arguments.mid(3);
    rest.prepend(arguments.value(0));
    if (!parser.parse(rest)) {
        err << parser.errorText() << "\n";
        return 2;
    }
    const QString source = parser.positionalArguments().value(0);
    if (verb == QLatin1String("parse"))
        return parse(parser.value(provider), source, out, err);
    if (verb == QLatin1String("sign"))
        return sign(parser.value(provider), parser.value(secret), source, out, err);
    err << tr("webhook needs parse or sign") << "\n";
    return 2;
}

} // namespace inbox::cli
