// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include "ProvidersLog.h"

#include <QCoreApplication>
#include <QPromise>
#include <qt6keychain/keychain.h>

#include <memory>

namespace inbox {

namespace {

// The jobs have no parent and delete themselves when they finish: libsecret calls back into a
// job after its operation ends, so a job deleted with the store (an inbox quitting, a sign-out)
// while one is in flight would be used after it is freed. A store that goes first only drops
// the answer (its connections go with it).

SecretStoreError errorFor(const QKeychain::Job &job)
{
    QString advice;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        advice = QCoreApplication::translate(
            "inbox::KeychainSecretStore",
            "The system keychain is not available. Install and unlock a keychain (GNOME Keyring "
            "or KWallet on Linux), then try again.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        advice = QCoreApplication::translate(
            "inbox::KeychainSecretStore",
            "The keychain refused access. Unlock it and allow the inbox to use it.");
        break;
    default:
        advice = QCoreApplication::translate("inbox::KeychainSecretStore",
                                             "The keychain could not store the secret.");
        break;
    }
    // The job's text names the key at most, never the secret.
    return SecretStoreError(advice + QStringLiteral(" (") + job.errorString() + QLatin1Char(')'));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QFuture<void> KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError) {
            qCWarning(lcProviders) << "keychain write failed:" << done->errorString();
            promise->setException(errorFor(*done));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<std::optional<QByteArray>> KeychainSecretStore::read(const QString &key)
{
    auto promise = std::make_shared<QPromise<std::optional<QByteArray>>>();
    promise->start();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *done) {
        if (done->error() == QKeychain::EntryNotFound) {
            promise->addResult(std::nullopt);
        } else if (done->error() != QKeychain::NoError) {
            qCWarning(lcProviders) << "keychain read failed:" << done->errorString();
            promise->setException(errorFor(*done));
        } else {
            promise->addResult(static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData());
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<void> KeychainSecretStore::remove(const QString &key)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound) {
            qCWarning(lcProviders) << "keychain delete failed:" << done->errorString();
            promise->setException(errorFor(*done));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace inbox
