// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CampaignStore.h"
#include "domain/Account.h"
#include "domain/Campaign.h"
#include "domain/Provider.h"
#include "ports/ProviderApi.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QDoubleSpinBox;
class QTableWidget;

namespace inbox {

class CacheDatabase;
class CampaignRunner;

/// Bulk campaign for managers and admins: choose the account, its template (or saved reply
/// where the provider has no templates) and a recipient list (a CSV file, or the account's
/// conversations), Check shows each recipient's verdict with counts per reason (nothing sent,
/// exportable as CSV), Send runs the campaign at its rate with a progress bar, Pause, Resume
/// and Cancel, and the table then shows each recipient's result as the statuses arrive.
class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    CampaignDialog(std::shared_ptr<CacheDatabase> cache, ProviderCatalog catalog, ApiLookup apis,
                   QString agentId, QWidget *parent = nullptr);

    /// The list to check, as a CSV file (what "Choose file…" sets).
    void setRecipientFile(const QString &path);
    /// Runs the check; the table fills when it is done.
    void check();
    /// Starts the campaign of the last check's eligible recipients.
    void send();
    CampaignRunner *runner() const { return m_runner; }
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;

Q_SIGNALS:
    void checked(int eligible, int ineligible);
    void progressed(const CampaignProgress &progress);

private:
    void loadAccounts();
    void accountChosen();
    void checkList(const QList<CampaignRecipient> &recipients, const Account &account,
                   const CampaignContent &content);
    void showVerdicts();
    void run(const Campaign &campaign);
    void showResults();
    void exportTable();
    std::optional<Account> chosenAccount() const;
    std::optional<CampaignContent> chosenContent() const;

    std::shared_ptr<CacheDatabase> m_cache;
    ProviderCatalog m_catalog;
    ApiLookup m_apis;
    QString m_agentId;
    QList<Account> m_accounts;
    QList<CampaignContent> m_contents;
    QList<RecipientVerdict> m_verdicts;
    std::optional<Campaign> m_campaign;
    CampaignRunner *m_runner = nullptr;

    QComboBox *m_account = nullptr;
    QComboBox *m_content = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_file = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_cap = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_export = nullptr;
    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QPushButton *m_send = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace inbox
