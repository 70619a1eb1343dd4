// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "ports/ProviderConnector.h"
#include "sync/StreamFrames.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;

namespace inbox {

class CacheDatabase;
class HistorySync;
class RelayLink;
class SecretStore;

/// Settings: the team's relay (URL and agent token: sign in, sign out), the provider accounts
/// this desktop reaches (add, edit, disconnect; the fields each provider needs; Test
/// connection), and the language. Tokens go to the keychain and are never shown again: a saved
/// one shows as a placeholder, and typing replaces it.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// ~/.config/autostart/io.github.teaminbox.Inbox.desktop: there, the desktop starts the inbox
    /// at sign-in.
    static QString autostartFile();
    /// Puts the entry there or takes it away; the problem in words, or empty.
    static QString setAutostart(bool on);
    SettingsDialog(std::shared_ptr<CacheDatabase> cache, SecretStore *secrets,
                   ProviderCatalog catalog, ProviderConnector providers, QSettings *settings,
                   QWidget *parent = nullptr);

    static QString relayTokenKey() { return QStringLiteral("relay/token"); }
    /// The language setting: empty follows the system, else "en", "es" or "pt_BR".
    static QString languageKey() { return QStringLiteral("language"); }
    static QString relayUrlKey() { return QStringLiteral("relay/url"); }
    /// What the main window knows now, so that Settings says the same: the relay this desktop
    /// is on (`relayUrl`, empty: none) and how that goes in words, and each account's problem
    /// as the status bar shows it (an account not listed works).
    void setLiveState(const QUrl &relayUrl, const QString &relayState,
                      const QMap<QString, QString> &accountProblems);

    /// The relay this desktop is signed in to (null: none): an admin then sets accounts up for
    /// the whole team through it, and accounts the team set up show as the team's, read-only
    /// for everyone else (SettingsTeamAccounts.cpp).
    void setTeam(RelayLink *relay);

Q_SIGNALS:
    /// The relay URL and token were saved: connect with them.
    void relaySignIn(const QUrl &url, const QByteArray &token);
    /// The token was removed from the keychain: disconnect.
    void relaySignOut();
    /// An account's connection or token changed: its client should be made again.
    void accountsChanged();

private:
    QWidget *buildTeamTab();
    QWidget *buildAccountsTab();
    QWidget *buildLanguageTab();
    void signIn();
    void signOut();
    void loadAccounts(const QString &select = {});
    void showAccount(const Account &account, bool isNew);
    /// Rebuilds the provider's fields in the form.
    void showFields(Provider provider, const QJsonObject &values);
    Account accountFromForm() const;
    void saveAccount();
    void testConnection();
    /// Builds the form's account's client (with the typed or the saved token) and hands it to
    /// `use`; a missing field or token is said in the result line instead.
    void withClient(std::function<void(const Account &, std::shared_ptr<ProviderApi>)> use);
    /// Link phone… (open-wa): the QR code dialog.
    void linkPhone();
    /// Sync history: pages the account's chats and their newest messages into the cache.
    void syncHistory();
    /// Shows the buttons the form's provider has.
    void showProviderTools(Provider provider);
    QList<ConnectionField> fieldsOf(const Provider &provider) const;
    /// Auto-reply…: the account's automatic replies (a saved account).
    void editAutoReply();
    void disconnectAccount();
    /// The team's part of the form: the note over it, the "for the whole team" choice for an
    /// admin, and read-only fields for an account only an admin may change.
    void showTeamState(const Account &account, bool isNew);
    /// Saves the form's account for the whole team through the relay (an admin, signed in).
    void saveForTeam(const Account &account, const QByteArray &typedToken);
    bool savingForTeam() const;
    /// The account as the team's relay handed it out, if it is the team's.
    std::optional<stream::TeamAccount> handedOut(const Account &account) const;
    void say(QLabel *label, const QString &text, bool problem);
    /// The account list's line for an account: provider, name, and whether it works here.
    QString accountLine(const Account &account) const;
    /// What was typed for the account on show, kept when the agent goes to another account
    /// (SettingsLive.cpp); a saved account's draft goes once it is saved.
    void keepDraft();
    bool showDraft(const QString &accountId);

    std::shared_ptr<CacheDatabase> m_cache;
    SecretStore *m_secrets;
    ProviderCatalog m_catalog;
    ProviderConnector m_providers;
    QSettings *m_settings;

    QLineEdit *m_relayUrl = nullptr;
    QLineEdit *m_relayToken = nullptr;
    QLabel *m_relayResult = nullptr;
    QLabel *m_relayLive = nullptr; ///< the relay as the window is connected to it now
    QMap<QString, QString> m_accountProblems;
    QString m_shownAccount; ///< the saved account the form shows (empty: a new one)
    struct Draft
    {
        Account account;
        QHash<QString, QString> secrets; ///< typed, not saved yet: in memory only
    };
    QHash<QString, Draft> m_drafts;

    QList<Account> m_accounts;
    QListWidget *m_accountList = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_accountId = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_relayAccount = nullptr;
    QFormLayout *m_fieldsForm = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QLabel *m_accountResult = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_disconnect = nullptr;
    QPointer<RelayLink> m_team;
    QLabel *m_teamNote = nullptr;
    QCheckBox *m_forTeam = nullptr;
    QCheckBox *m_keepInKeychain = nullptr;
    QPushButton *m_linkPhone = nullptr;
    QPushButton *m_autoReply = nullptr;
    QPushButton *m_syncHistory = nullptr;
    QProgressBar *m_historyProgress = nullptr;
    QPointer<HistorySync> m_history;
    bool m_newAccount = false;
    /// The client under test, kept until its answer arrives.
    std::shared_ptr<ProviderApi> m_testing;
};

} // namespace inbox
