// SPDX-License-Identifier: GPL-3.0-or-later
// Settings and the team's accounts: an admin signed in to the relay sets an account up once for
// the whole team (its token goes to the relay, sealed, and from there to every signed-in inbox);
// everyone sees which accounts are the team's, and only an admin changes them.
#include "SettingsDialog.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "domain/Agent.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace inbox {

namespace {

bool isAdmin(const RelayLink *relay)
{
    return relay && relay->state() == RelayLink::State::Connected &&
           canEditAccounts(roleFromKey(relay->role()).value_or(Role::Agent));
}

} // namespace

void SettingsDialog::setTeam(RelayLink *relay)
{
    if (m_team)
        disconnect(m_team, nullptr, this, nullptr);
    m_team = relay;
    const auto refresh = [this] {
        const auto shown =
            std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                         [this](const Account &a) { return a.id == m_shownAccount; });
        showTeamState(shown == m_accounts.cend() ? accountFromForm() : *shown, m_newAccount);
    };
    if (relay)
        connect(relay, &RelayLink::stateChanged, this, refresh);
    refresh();
}

std::optional<stream::TeamAccount> SettingsDialog::handedOut(const Account &account) const
{
    if (!m_team)
        return std::nullopt;
    for (const stream::TeamAccount &handed : m_team->teamAccounts()) {
        if (handed.provider == account.provider.key() && handed.account == account.relayAccount)
            return handed;
    }
    return std::nullopt;
}

bool SettingsDialog::savingForTeam() const
{
    return isAdmin(m_team) && m_forTeam->isVisible() && m_forTeam->isChecked();
}

void SettingsDialog::showTeamState(const Account &account, bool isNew)
{
    const bool team = !account.managedBy.isEmpty();
    const bool admin = isAdmin(m_team);
    m_forTeam->setVisible(admin && (isNew || team));
    m_forTeam->setEnabled(isNew); // a team account stays the team's
    m_forTeam->setChecked(team);
    const auto handed = team ? handedOut(account) : std::nullopt;
    m_keepInKeychain->setChecked(handed && handed->keepInKeychain);
    m_keepInKeychain->setVisible(m_forTeam->isVisible());
    m_keepInKeychain->setEnabled(m_forTeam->isChecked());

    const bool readOnly = team && !admin;
    m_displayName->setReadOnly(readOnly);
    m_relayAccount->setReadOnly(readOnly || team);
    for (QLineEdit *field : std::as_const(m_fields)) {
        field->setReadOnly(readOnly);
        if (team && field->echoMode() == QLineEdit::Password) {
            field->setPlaceholderText(admin ? tr("kept by the team's relay; type to replace it")
                                            : tr("kept by the team's relay"));
        }
    }
    m_save->setEnabled(!readOnly);
    m_disconnect->setEnabled(!team);
    m_disconnect->setToolTip(
        team ? tr("A team account is removed by an admin: inboxctl relay remove-connection")
             : tr("Forget how to reach this account and remove its token; its conversations "
                  "stay"));
    m_teamNote->setVisible(team);
    if (!team)
        return;
    m_teamNote->setText(
        readOnly ? tr("Set up by an admin for the whole team (%1). This inbox gets its token from "
                      "the relay while you are signed in, and forgets it when you sign out; only "
                      "an admin changes it.")
                       .arg(account.managedBy)
                 : tr("Set up for the whole team (%1): what you save here reaches every "
                      "signed-in inbox at once. Leave the token empty to keep the one the relay "
                      "has.")
                       .arg(account.managedBy));
}

void SettingsDialog::saveForTeam(const Account &account, const QByteArray &typedToken)
{
    if (account.relayAccount.isEmpty()) {
        say(m_accountResult,
            tr("A team account needs the relay's id: the id in its webhook URL (Meta's phone "
               "number id)."),
            true);
        return;
    }
    const stream::TeamAccount team{account.provider.key(),       account.relayAccount,
                                   account.displayName,          account.businessPhone,
                                   account.connection,           typedToken,
                                   m_keepInKeychain->isChecked()};
    say(m_accountResult, tr("Saving for the team…"), false);
    m_save->setEnabled(false);
    // Kept here first without a token, so the account keeps the id typed for it.
    whenReady(
        AccountStore(m_cache).upsert(account), this,
        [this, account, team] {
            m_team->setAccount(team).then(
                this, [this, account](const Expected<qint64, QString> &answer) {
                    m_save->setEnabled(true);
                    if (!answer) {
                        say(m_accountResult,
                            tr("The relay did not take it: %1").arg(answer.error()), true);
                        return;
                    }
                    m_fields.value(QStringLiteral("token"))->clear();
                    m_drafts.remove(account.id);
                    m_newAccount = false;
                    m_shownAccount = account.id;
                    m_accountId->setReadOnly(true);
                    m_provider->setEnabled(false);
                    m_autoReply->setEnabled(true);
                    Account saved = account;
                    saved.managedBy = m_team ? m_team->org() : QString();
                    showTeamState(saved, false);
                    say(m_accountResult,
                        tr("Saved %1 for the whole team: every signed-in inbox has it now.")
                            .arg(account.displayName),
                        false);
                });
        },
        [this](const CacheError &error) {
            m_save->setEnabled(true);
            say(m_accountResult, error.message(), true);
        });
}

} // namespace inbox
