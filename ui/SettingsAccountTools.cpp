// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Accounts: the tools some providers have beyond Test connection: linking a phone by
// QR code (open-wa) and paging the account's history into the inbox (every provider with a
// list of chats).
#include "AutoReplyDialog.h"
#include "PhoneConnectDialog.h"
#include "SettingsDialog.h"
#include "sync/HistorySync.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace inbox {

void SettingsDialog::showProviderTools(Provider provider)
{
    const ProviderCapabilities &can = m_catalog.capabilitiesOf(provider);
    m_linkPhone->setVisible(can.phoneSession);
    // Some providers (the Cloud API) keep no history: there is nothing to sync.
    m_syncHistory->setVisible(can.history);
}

void SettingsDialog::editAutoReply()
{
    const QString id = m_accountId->text().trimmed();
    if (m_newAccount || id.isEmpty())
        return;
    auto *dialog = new AutoReplyDialog(
        m_cache, id, m_displayName->text().isEmpty() ? id : m_displayName->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { say(m_accountResult, tr("Automatic replies saved."), false); });
    dialog->open();
}

void SettingsDialog::linkPhone()
{
    withClient([this](const Account &account, std::shared_ptr<ProviderApi> client) {
        auto session = std::dynamic_pointer_cast<PhoneSession>(client);
        if (!session) {
            if (client) {
                say(m_accountResult,
                    tr("%1 accounts are not linked by QR code")
                        .arg(m_catalog.displayName(account.provider)),
                    true);
            }
            return;
        }
        auto *dialog = new PhoneConnectDialog(
            session, account.displayName.isEmpty() ? account.id : account.displayName, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PhoneConnectDialog::linked, this, [this](const PhoneSessionState &state) {
            say(m_accountResult, tr("Phone linked: %1.").arg(phoneSummary(state)), false);
            Q_EMIT accountsChanged();
        });
        dialog->open();
    });
}

void SettingsDialog::syncHistory()
{
    if (m_history) {
        m_history->cancel();
        return;
    }
    withClient([this](const Account &account, std::shared_ptr<ProviderApi> client) {
        if (!client)
            return;
        auto *sync = new HistorySync(m_cache, account.id, client, 1, this);
        m_history = sync;
        m_syncHistory->setText(tr("Stop"));
        m_historyProgress->setRange(0, 0); // busy until the chats are counted
        m_historyProgress->setVisible(true);
        say(m_accountResult, tr("Fetching the list of chats…"), false);
        connect(sync, &HistorySync::progress, this, [this](int done, int known, int messages) {
            m_historyProgress->setRange(0, qMax(1, known));
            m_historyProgress->setValue(done);
            m_historyProgress->setFormat(tr("%1 of %2 chats").arg(done).arg(known));
            say(m_accountResult, tr("%n new message(s) so far", nullptr, messages), false);
        });
        connect(sync, &HistorySync::finished, this,
                [this, sync](int chats, int messages, const QString &problem) {
                    m_historyProgress->setVisible(false);
                    m_syncHistory->setText(tr("Sync history"));
                    const QString done = tr("History synced: %n chat(s)", nullptr, chats) +
                                         tr(", %n new message(s).", nullptr, messages);
                    say(m_accountResult,
                        problem.isEmpty() ? done : done + QLatin1Char(' ') + problem,
                        !problem.isEmpty());
                    sync->deleteLater();
                });
        sync->start();
    });
}

} // namespace inbox
