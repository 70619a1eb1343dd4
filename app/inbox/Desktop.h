// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace inbox {

class CacheDatabase;
class MainWindow;
class Services;

/// The running desktop: the window over the inbox's services (Services.h). Settings changes
/// (sign in, sign out, accounts) are applied here without a restart.
class Desktop : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString agentId;
        QUrl relayUrl;    ///< from --relay; else the one saved in Settings
        QByteArray token; ///< with --relay: from INBOX_RELAY_TOKEN
        QUrl sandbox;     ///< demo accounts send through inbox-sandbox here
    };

    Desktop(std::shared_ptr<CacheDatabase> cache, Options options);
    ~Desktop() override;

    MainWindow *window() const { return m_window.get(); }

private:
    std::shared_ptr<CacheDatabase> m_cache;
    Options m_options;
    QSettings m_settings;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace inbox
