// SPDX-License-Identifier: GPL-3.0-or-later
// Settings says what the main window says: the relay this desktop is connected to and how that
// goes, each account's state as the status bar shows it; and what the agent typed for an
// account stays when they look at another one, until they save it or close Settings. And the
// autostart entry, which is this computer's too.
#include "SettingsDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>

namespace inbox {

void SettingsDialog::setLiveState(const QUrl &relayUrl, const QString &relayState,
                                  const QMap<QString, QString> &accountProblems)
{
    // Started with --relay (the demo, a deployment script): the address in use, not an empty
    // field that says "none".
    if (m_relayUrl->text().trimmed().isEmpty() && relayUrl.isValid())
        m_relayUrl->setText(relayUrl.toString());
    m_relayLive->setText(relayUrl.isValid()
                             ? tr("This desktop now: %1 (%2)").arg(relayState, relayUrl.toString())
                             : tr("This desktop now: %1").arg(relayState));
    m_relayLive->setVisible(!relayState.isEmpty());
    m_accountProblems = accountProblems;
    for (int row = 0; row < m_accountList->count() && row < m_accounts.size(); ++row)
        m_accountList->item(row)->setText(accountLine(m_accounts.at(row)));
}

QString SettingsDialog::accountLine(const Account &account) const
{
    const QString provider = m_catalog.displayName(account.provider);
    if (account.connection.isEmpty())
        return tr("%1 · %2: not set up on this computer").arg(provider, account.displayName);
    if (const QString problem = m_accountProblems.value(account.id); !problem.isEmpty())
        return tr("%1 · %2: ⚠ %3").arg(provider, account.displayName, problem);
    if (!account.managedBy.isEmpty())
        return tr("%1 · %2 · the team's").arg(provider, account.displayName);
    return tr("%1 · %2").arg(provider, account.displayName);
}

void SettingsDialog::keepDraft()
{
    if (m_shownAccount.isEmpty())
        return;
    const Account typed = accountFromForm();
    Draft draft{typed, {}};
    for (const ConnectionField &field : fieldsOf(typed.provider)) {
        if (QLineEdit *edit = m_fields.value(field.key);
            field.secret && edit && !edit->text().isEmpty())
            draft.secrets.insert(field.key, edit->text());
    }
    const auto saved = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                    [this](const Account &a) { return a.id == m_shownAccount; });
    const bool changed = saved == m_accounts.cend() || saved->displayName != typed.displayName ||
                         saved->relayAccount != typed.relayAccount ||
                         saved->connection != typed.connection || !draft.secrets.isEmpty();
    if (changed)
        m_drafts.insert(m_shownAccount, draft);
    else
        m_drafts.remove(m_shownAccount);
}

bool SettingsDialog::showDraft(const QString &accountId)
{
    const auto draft = m_drafts.constFind(accountId);
    if (draft == m_drafts.cend())
        return false;
    const auto saved = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                    [&](const Account &a) { return a.id == accountId; });
    if (saved == m_accounts.cend())
        return false;
    const Draft kept = *draft; // showAccount() shows the saved one; the typed values go on top
    showAccount(*saved, false);
    m_displayName->setText(kept.account.displayName);
    m_relayAccount->setText(kept.account.relayAccount);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (kept.secrets.contains(it.key()))
            it.value()->setText(kept.secrets.value(it.key()));
        else if (it.value()->echoMode() != QLineEdit::Password) // a secret never shows
            it.value()->setText(kept.account.connection.value(it.key()).toString());
    }
    say(m_accountResult,
        tr("Not saved yet: what you typed is kept until you save or close Settings."), false);
    return true;
}

QString SettingsDialog::autostartFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/io.github.teaminbox.Inbox.desktop");
}

QString SettingsDialog::setAutostart(bool on)
{
    const QString path = autostartFile();
    if (!on) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return tr("%1 cannot be removed; remove it to stop the inbox starting by itself.")
                .arg(path);
        return {};
    }
    QDir().mkpath(QFileInfo(path).path());
    QFile entry(path);
    if (!entry.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("%1 cannot be written: %2").arg(path, entry.errorString());
    // This very program, wherever it was installed or built.
    entry.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Inbox\n"
                               "Exec=\"%1\"\nIcon=io.github.teaminbox.Inbox\n"
                               "X-GNOME-Autostart-enabled=true\n")
                    .arg(QCoreApplication::applicationFilePath())
                    .toUtf8());
    return {};
}

} // namespace inbox
