// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/RoutingStore.h"
#include "domain/Provider.h"
#include "sync/StreamFrames.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace inbox {

class CacheDatabase;
class RelayLink;

/// Inbox → Auto-assignment… (managers and admins): whether new conversations are given out by
/// themselves, for the team and per account, and after how long offline a teammate's
/// conversations go to someone else; each teammate's presence, load and limit. Saved as team
/// events through the relay, which alone knows who is online: without it, this only shows.
class AutoAssignDialog : public QDialog
{
    Q_OBJECT
public:
    AutoAssignDialog(std::shared_ptr<CacheDatabase> cache, const ProviderCatalog &catalog,
                     RelayLink *relay, QWidget *parent = nullptr);

    /// Publishes what was changed; says the outcome in the dialog.
    void save();

private:
    void reload();
    void showSettings(const RoutingSettings &settings);
    void showPresence();
    QList<QJsonObject> changes() const;

    std::shared_ptr<CacheDatabase> m_cache;
    ProviderCatalog m_catalog;
    QPointer<RelayLink> m_relay;
    RoutingSettings m_settings;
    QTableWidget *m_rules = nullptr;
    QTableWidget *m_teammates = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace inbox
