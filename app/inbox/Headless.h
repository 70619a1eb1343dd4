// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

namespace inbox {

class CacheDatabase;
class Services;

/// `inbox --headless`: the inbox's services with no window, as a service beside the relay. It
/// takes the team's stream into its own cache, answers customers by the accounts' automatic
/// reply rules under the same claim rule as the desktops (whoever the relay sequences first
/// answers, so a customer gets one reply however many desktops are open), sends what its outbox
/// holds, tells teammates what it sent, and fills its cache from the providers' history when
/// it starts on an account it has never seen and when the relay says events were missed. What
/// happens is logged (category inbox.headless); no message text or token ever is.
class Headless : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl relayUrl;
        QByteArray token;
        QUrl sandbox; ///< demo accounts send through inbox-sandbox here
    };

    /// The exit status when the relay refuses the token: restarting cannot help (the unit's
    /// RestartPreventExitStatus), an admin must give the runner a new token.
    static constexpr int signedOutStatus = 78; // EX_CONFIG

    Headless(std::shared_ptr<CacheDatabase> cache, Options options, QObject *parent = nullptr);
    ~Headless() override;

    void start();

Q_SIGNALS:
    /// The relay refused the token; the runner stops working.
    void signedOut();

private:
    void relayStateChanged();
    /// Pages the newest history of `accounts` (those whose provider has one) into the cache.
    void syncHistory(const QStringList &accounts, const QString &why);

    std::shared_ptr<CacheDatabase> m_cache;
    Options m_options;
    std::unique_ptr<Services> m_services;
    QHash<QString, QString> m_health; ///< the last problem logged per account
    QHash<QString, QString> m_phones; ///< the last session state logged per account
    QSet<QString> m_syncing;
    bool m_firstClients = true;
};

} // namespace inbox
