// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetaErrors.h"

#include "MetaProvider.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbox::meta {

namespace {

struct KnownCode
{
    int code;
    bool retryable;
    const char *advice;
};

const KnownCode knownCodes[] = {
    {131047, false,
     QT_TRANSLATE_NOOP("inbox::meta", "more than 24 hours have passed since the customer last "
                                      "wrote; send an approved template instead")},
    {131026, false,
     QT_TRANSLATE_NOOP("inbox::meta", "the message could not be delivered; the number may not "
                                      "use WhatsApp or may need to update the app")},
    {130429, true,
     QT_TRANSLATE_NOOP("inbox::meta", "the account is sending too fast; the inbox retries "
                                      "shortly")},
    {131056, true,
     QT_TRANSLATE_NOOP("inbox::meta", "too many messages to this customer in a short time; the "
                                      "inbox retries shortly")},
    {132000, false,
     QT_TRANSLATE_NOOP("inbox::meta", "the template's variables do not match; fill in every "
                                      "{{n}} value and send again")},
    {132001, false,
     QT_TRANSLATE_NOOP("inbox::meta", "the template does not exist in this language or is not "
                                      "approved yet; pick another one")},
    {190, false,
     QT_TRANSLATE_NOOP("inbox::meta", "the access token has expired or was revoked; reconnect "
                                      "the account in Settings")},
    {100, false,
     QT_TRANSLATE_NOOP("inbox::meta", "a parameter of the request is invalid; check the "
                                      "message and the account's settings")},
};

const KnownCode *knownCode(int code)
{
    for (const KnownCode &known : knownCodes) {
        if (known.code == code)
            return &known;
    }
    return nullptr;
}

} // namespace

QString adviceFor(const QString &code)
{
    const KnownCode *known = knownCode(code.toInt());
    return known ? QCoreApplication::translate("inbox::meta", known->advice) : QString();
}

ProviderError graphError(int httpStatus, const QByteArray &body)
{
    ProviderError error;
    error.provider = meta::id();
    error.httpStatus = httpStatus;
    error.retryable = httpStatus == 429 || httpStatus >= 500;

    const QJsonObject graph =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const int code = graph.value(QLatin1String("code")).toInt();
    if (code != 0)
        error.code = QString::number(code);
    error.title = graph.value(QLatin1String("message")).toString();
    error.detail = graph.value(QLatin1String("error_data"))
                       .toObject()
                       .value(QLatin1String("details"))
                       .toString();
    if (error.title.isEmpty())
        error.title =
            QCoreApplication::translate("inbox::meta", "Meta answered HTTP %1").arg(httpStatus);

    if (const KnownCode *known = knownCode(code)) {
        error.retryable = known->retryable;
        error.advice = QCoreApplication::translate("inbox::meta", known->advice);
        return error;
    }
    error.advice =
        error.retryable
            ? QCoreApplication::translate("inbox::meta",
                                          "Meta is unavailable; the inbox retries shortly")
            : QCoreApplication::translate("inbox::meta",
                                          "Meta refused the request; check the account's settings");
    return error;
}

} // namespace inbox::meta
