// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "itemmodels/WhenReady.h"
#include "ports/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace inbox {

namespace {

const char savedSecret[] =
    QT_TRANSLATE_NOOP("inbox::SettingsDialog", "•••••••• saved in the keychain: type to replace");

/// Runs `done` with the secret (empty when none, or when the keychain cannot be read).
void readSecret(SecretStore *secrets, const QString &key, QObject *context,
                std::function<void(QByteArray, QString)> done)
{
    // The keychain answers on this (the GUI) thread. Settings may be closed by then: Qt 6.4
    // calls a continuation on a context that is gone, so the guard is ours.
    QPointer<QObject> alive(context);
    secrets->read(key)
        .then(QtFuture::Launch::Sync,
              [alive, done](const std::optional<QByteArray> &secret) {
                  if (alive)
                      done(secret.value_or(""), {});
              })
        .onFailed([alive, done](const SecretStoreError &error) {
            if (alive)
                done(QByteArray(), error.message());
        });
}

} // namespace

SettingsDialog::SettingsDialog(std::shared_ptr<CacheDatabase> cache, SecretStore *secrets,
                               ProviderCatalog catalog, ProviderConnector providers,
                               QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_secrets(secrets)
    , m_catalog(std::move(catalog))
    , m_providers(std::move(providers))
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settings"));
    setWindowTitle(tr("Settings"));
    resize(720, 520);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget;
    tabs->addTab(buildTeamTab(), tr("Team"));
    tabs->addTab(buildAccountsTab(), tr("Accounts"));
    tabs->addTab(buildLanguageTab(), tr("This computer"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    loadAccounts();
}

void SettingsDialog::say(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #c62828;")
                                 : QStringLiteral("color: #1e7e34;"));
}

// Team --------------------------------------------------------------------------------------

QWidget *SettingsDialog::buildTeamTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(
        tr("The relay brings your team's WhatsApp messages, assignments and notes to this "
           "desktop. Your admin gives you its address and your personal token."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_relayUrl = new QLineEdit(m_settings->value(relayUrlKey()).toString());
    m_relayUrl->setObjectName(QStringLiteral("relayUrl"));
    m_relayUrl->setPlaceholderText(QStringLiteral("wss://relay.example.com/stream"));
    form->addRow(tr("Relay address"), m_relayUrl);
    m_relayToken = new QLineEdit;
    m_relayToken->setObjectName(QStringLiteral("relayToken"));
    m_relayToken->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Your token"), m_relayToken);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    auto *signInButton = new QPushButton(tr("Sign in"));
    signInButton->setObjectName(QStringLiteral("signIn"));
    auto *signOutButton = new QPushButton(tr("Sign out"));
    signOutButton->setObjectName(QStringLiteral("signOut"));
    row->addStretch();
    row->addWidget(signOutButton);
    row->addWidget(signInButton);
    layout->addLayout(row);
    m_relayLive = new QLabel;
    m_relayLive->setObjectName(QStringLiteral("relayLive"));
    m_relayLive->setWordWrap(true);
    m_relayLive->hide();
    layout->addWidget(m_relayLive);
    m_relayResult = new QLabel;
    m_relayResult->setObjectName(QStringLiteral("relayResult"));
    m_relayResult->setWordWrap(true);
    layout->addWidget(m_relayResult);
    layout->addStretch();
    connect(signInButton, &QPushButton::clicked, this, &SettingsDialog::signIn);
    connect(signOutButton, &QPushButton::clicked, this, &SettingsDialog::signOut);
    readSecret(m_secrets, relayTokenKey(), this, [this](const QByteArray &token, const QString &) {
        m_relayToken->setPlaceholderText(token.isEmpty() ? tr("the token your admin gave you")
                                                         : tr(savedSecret));
    });
    return page;
}

void SettingsDialog::signIn()
{
    const QUrl url(m_relayUrl->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")) ||
        url.host().isEmpty()) {
        say(m_relayResult,
            tr("The relay address is a WebSocket URL: wss://host/stream (or ws:// on your own "
               "network)."),
            true);
        return;
    }
    const QByteArray typed = m_relayToken->text().trimmed().toUtf8();
    readSecret(m_secrets, relayTokenKey(), this,
               [this, url, typed](const QByteArray &saved, const QString &) {
                   const QByteArray token = typed.isEmpty() ? saved : typed;
                   if (token.isEmpty()) {
                       say(m_relayResult, tr("Type the token your admin gave you."), true);
                       return;
                   }
                   m_secrets->write(relayTokenKey(), token)
                       .then(this,
                             [this, url, token] {
                                 m_settings->setValue(relayUrlKey(), url.toString());
                                 m_relayToken->clear();
                                 m_relayToken->setPlaceholderText(tr(savedSecret));
                                 say(m_relayResult, tr("Signing in to %1…").arg(url.host()), false);
                                 Q_EMIT relaySignIn(url, token);
                             })
                       .onFailed(this, [this](const SecretStoreError &error) {
                           say(m_relayResult,
                               tr("The keychain did not take the token: %1").arg(error.message()),
                               true);
                       });
               });
}

void SettingsDialog::signOut()
{
    m_secrets->remove(relayTokenKey())
        .then(this,
              [this] {
                  m_relayToken->setPlaceholderText(tr("the token your admin gave you"));
                  say(m_relayResult, tr("Signed out: the token is gone from this computer."),
                      false);
                  Q_EMIT relaySignOut();
              })
        .onFailed(this, [this](const SecretStoreError &error) {
            say(m_relayResult, tr("The keychain did not remove the token: %1").arg(error.message()),
                true);
        });
}

// Accounts ----------------------------------------------------------------------------------

QWidget *SettingsDialog::buildAccountsTab()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    m_accountList = new QListWidget;
    m_accountList->setObjectName(QStringLiteral("accounts"));
    left->addWidget(m_accountList, 1);
    auto *add = new QPushButton(tr("Add account…"));
    add->setObjectName(QStringLiteral("addAccount"));
    left->addWidget(add);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_teamNote = new QLabel;
    m_teamNote->setObjectName(QStringLiteral("teamAccountNote"));
    m_teamNote->setWordWrap(true);
    m_teamNote->setVisible(false);
    right->addWidget(m_teamNote);
    auto *form = new QFormLayout;
    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("accountProvider"));
    for (const ProviderProfile &profile : m_catalog.profiles())
        m_provider->addItem(profile.displayName, profile.provider.key());
    form->addRow(tr("Provider"), m_provider);
    m_accountId = new QLineEdit;
    m_accountId->setObjectName(QStringLiteral("accountId"));
    m_accountId->setPlaceholderText(tr("e.g. store-meta"));
    m_accountId->setToolTip(tr("A short id for this account, lowercase: it cannot change later"));
    form->addRow(tr("Account id"), m_accountId);
    m_displayName = new QLineEdit;
    m_displayName->setObjectName(QStringLiteral("accountName"));
    m_displayName->setPlaceholderText(tr("e.g. Store (Meta)"));
    m_displayName->setToolTip(tr("How the team calls the account"));
    form->addRow(tr("Name"), m_displayName);
    m_relayAccount = new QLineEdit;
    m_relayAccount->setObjectName(QStringLiteral("relayAccount"));
    m_relayAccount->setPlaceholderText(tr("e.g. 106540352242922"));
    m_relayAccount->setToolTip(tr("The id in the relay's webhook URL for this account"));
    form->addRow(tr("Relay's id"), m_relayAccount);
    right->addLayout(form);
    m_fieldsForm = form; // the provider's own fields follow the four above
    auto *row = new QHBoxLayout;
    m_forTeam = new QCheckBox(tr("For the whole team, through the relay"));
    m_forTeam->setObjectName(QStringLiteral("forTeam"));
    m_forTeam->setToolTip(tr("Every signed-in inbox gets this account and its token from the "
                             "relay; nobody else types the token"));
    m_keepInKeychain = new QCheckBox(tr("Inboxes may keep its token in their keychain"));
    m_keepInKeychain->setObjectName(QStringLiteral("teamKeychain"));
    m_keepInKeychain->setToolTip(tr("So they send while the relay is out of reach after a "
                                    "restart; otherwise they hold it in memory only"));
    right->addWidget(m_forTeam);
    right->addWidget(m_keepInKeychain);
    auto *disconnectButton = new QPushButton(tr("Disconnect"));
    m_disconnect = disconnectButton;
    disconnectButton->setObjectName(QStringLiteral("disconnectAccount"));
    disconnectButton->setToolTip(
        tr("Forget how to reach this account and remove its token; its conversations stay"));
    m_test = new QPushButton(tr("Test connection"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    auto *save = new QPushButton(tr("Save"));
    m_save = save;
    save->setObjectName(QStringLiteral("saveAccount"));
    row->addWidget(disconnectButton);
    row->addStretch();
    row->addWidget(m_test);
    row->addWidget(save);
    right->addLayout(row);
    auto *tools = new QHBoxLayout;
    m_linkPhone = new QPushButton(tr("Link phone…"));
    m_linkPhone->setObjectName(QStringLiteral("linkPhone"));
    m_linkPhone->setToolTip(tr("Show the QR code to scan with the phone's WhatsApp"));
    m_syncHistory = new QPushButton(tr("Sync history"));
    m_syncHistory->setObjectName(QStringLiteral("syncHistory"));
    m_syncHistory->setToolTip(tr("Bring each chat's recent messages into the inbox"));
    m_historyProgress = new QProgressBar;
    m_historyProgress->setObjectName(QStringLiteral("historyProgress"));
    m_historyProgress->setVisible(false);
    m_autoReply = new QPushButton(tr("Auto-reply…"));
    m_autoReply->setObjectName(QStringLiteral("autoReply"));
    m_autoReply->setToolTip(tr("Rules and a hook that answer new messages automatically"));
    tools->addWidget(m_autoReply);
    tools->addWidget(m_linkPhone);
    tools->addWidget(m_syncHistory);
    tools->addWidget(m_historyProgress, 1);
    tools->addStretch();
    right->addLayout(tools);
    m_accountResult = new QLabel;
    m_accountResult->setObjectName(QStringLiteral("connectionResult"));
    m_accountResult->setWordWrap(true);
    right->addWidget(m_accountResult);
    right->addStretch();
    layout->addLayout(right, 3);

    connect(add, &QPushButton::clicked, this, [this] {
        m_accountList->clearSelection();
        showAccount(Account{}, true);
    });
    connect(m_accountList, &QListWidget::currentRowChanged, this, [this](int current) {
        keepDraft(); // what was typed for the account on show stays until saved or closed
        if (current >= 0 && current < m_accounts.size() && !showDraft(m_accounts.at(current).id))
            showAccount(m_accounts.at(current), false);
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { showFields(Provider(m_provider->currentData().toString()), {}); });
    connect(save, &QPushButton::clicked, this, &SettingsDialog::saveAccount);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_linkPhone, &QPushButton::clicked, this, &SettingsDialog::linkPhone);
    connect(m_autoReply, &QPushButton::clicked, this, &SettingsDialog::editAutoReply);
    connect(m_syncHistory, &QPushButton::clicked, this, &SettingsDialog::syncHistory);
    connect(disconnectButton, &QPushButton::clicked, this, &SettingsDialog::disconnectAccount);
    connect(m_forTeam, &QCheckBox::toggled, m_keepInKeychain, &QCheckBox::setEnabled);
    // What the team's relay hands out reaches the list when the cache has it.
    connect(m_cache->events(), &CacheEvents::teamAccountsChanged, this,
            [this] { loadAccounts(m_shownAccount); });
    showAccount(Account{}, true);
    return page;
}

void SettingsDialog::loadAccounts(const QString &select)
{
    whenReady(
        AccountStore(m_cache).all(), this,
        [this, select](const QList<Account> &accounts) {
            m_accounts = accounts;
            const QSignalBlocker quiet(m_accountList);
            m_accountList->clear();
            for (const Account &account : accounts) {
                m_accountList->addItem(accountLine(account));
                if (account.id == select)
                    m_accountList->setCurrentRow(m_accountList->count() - 1);
            }
        },
        [this](const CacheError &error) { say(m_accountResult, error.message(), true); });
}

void SettingsDialog::showAccount(const Account &account, bool isNew)
{
    m_newAccount = isNew;
    m_shownAccount = isNew ? QString() : account.id;
    {
        const QSignalBlocker quiet(m_provider);
        m_provider->setCurrentIndex(qMax(0, m_provider->findData(account.provider.key())));
    }
    m_provider->setEnabled(isNew);
    m_autoReply->setEnabled(!isNew); // the rules belong to a saved account
    m_accountId->setText(account.id);
    m_accountId->setReadOnly(!isNew);
    m_displayName->setText(account.displayName);
    m_relayAccount->setText(account.relayAccount);
    m_accountResult->clear();
    // A new account starts on the provider the box shows (the first).
    showFields(Provider(m_provider->currentData().toString()), account.connection);
    showTeamState(account, isNew);
    if (isNew || !account.managedBy.isEmpty()) // a team account's token is not in the keychain
        return;
    readSecret(m_secrets, accountTokenKey(account.id), this,
               [this, id = account.id](const QByteArray &token, const QString &) {
                   if (m_accountId->text() != id)
                       return;
                   for (const ConnectionField &field :
                        fieldsOf(Provider(m_provider->currentData().toString()))) {
                       if (field.secret && !token.isEmpty())
                           m_fields.value(field.key)->setPlaceholderText(tr(savedSecret));
                   }
               });
}

void SettingsDialog::showFields(Provider provider, const QJsonObject &values)
{
    constexpr int commonRows = 4; // provider, id, name, relay's id
    while (m_fieldsForm->rowCount() > commonRows)
        m_fieldsForm->removeRow(commonRows);
    m_fields.clear();
    showProviderTools(provider);
    for (const ConnectionField &field : fieldsOf(provider)) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("field_") + field.key);
        // An example, said as one: a grey value would look like one already set.
        edit->setPlaceholderText(field.secret ? field.placeholder
                                              : tr("e.g. %1").arg(field.placeholder));
        if (field.secret)
            edit->setEchoMode(QLineEdit::Password);
        else
            edit->setText(values.value(field.key).toString());
        m_fields.insert(field.key, edit);
        m_fieldsForm->addRow(field.required ? field.label : tr("%1 (optional)").arg(field.label),
                             edit);
    }
}

Account SettingsDialog::accountFromForm() const
{
    Account account;
    account.provider = Provider(m_provider->currentData().toString());
    account.id = m_accountId->text().trimmed();
    account.displayName = m_displayName->text().trimmed();
    account.relayAccount = m_relayAccount->text().trimmed();
    for (const ConnectionField &field : fieldsOf(account.provider)) {
        const QString value = m_fields.value(field.key)->text().trimmed();
        if (!field.secret && !value.isEmpty())
            account.connection.insert(field.key, value);
    }
    return account;
}

void SettingsDialog::saveAccount()
{
    Account account = accountFromForm();
    static const QRegularExpression validId(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,62}$"));
    if (!validId.match(account.id).hasMatch()) {
        say(m_accountResult,
            tr("The account id is 1 to 63 lowercase letters, digits, dots, dashes or "
               "underscores."),
            true);
        return;
    }
    if (m_newAccount) {
        for (const Account &existing : std::as_const(m_accounts)) {
            if (existing.id == account.id) {
                say(m_accountResult, tr("There is an account %1 already.").arg(account.id), true);
                return;
            }
        }
    }
    if (account.displayName.isEmpty())
        account.displayName = account.id;
    QString secretKey;
    for (const ConnectionField &field : fieldsOf(account.provider)) {
        if (field.secret)
            secretKey = field.key;
    }
    const QByteArray typed = m_fields.value(secretKey)->text().trimmed().toUtf8();
    if (savingForTeam()) {
        saveForTeam(account, typed);
        return;
    }
    // The token first: an account is never saved as connected without one it can use.
    auto store = [this, account, typed] {
        whenReady(
            AccountStore(m_cache).upsert(account), this,
            [this, account, typed] {
                QLineEdit *token = m_fields.value(QStringLiteral("token"));
                token->clear();
                if (!typed.isEmpty())
                    token->setPlaceholderText(tr(savedSecret));
                say(m_accountResult, tr("Saved %1.").arg(account.displayName), false);
                m_drafts.remove(account.id);
                m_shownAccount = account.id;
                loadAccounts(account.id);
                m_newAccount = false;
                m_accountId->setReadOnly(true);
                m_provider->setEnabled(false);
                m_autoReply->setEnabled(true);
                Q_EMIT accountsChanged();
            },
            [this](const CacheError &error) { say(m_accountResult, error.message(), true); });
    };
    if (typed.isEmpty()) {
        store();
        return;
    }
    m_secrets->write(accountTokenKey(account.id), typed)
        .then(this, store)
        .onFailed(this, [this](const SecretStoreError &error) {
            say(m_accountResult,
                tr("The keychain did not take the token, so nothing was saved: %1")
                    .arg(error.message()),
                true);
        });
}

void SettingsDialog::testConnection()
{
    say(m_accountResult, tr("Testing…"), false);
    m_test->setEnabled(false);
    withClient([this](const Account &account, std::shared_ptr<ProviderApi> client) {
        if (!client) {
            m_test->setEnabled(true);
            return;
        }
        m_testing = client;
        client->checkConnection().then(this, [this, provider = account.provider](
                                                 const Expected<QString, ProviderError> &found) {
            m_test->setEnabled(true);
            m_testing.reset();
            if (!found) {
                say(m_accountResult,
                    tr("%1 did not accept: %2")
                        .arg(m_catalog.displayName(provider), found.error().message()),
                    true);
                return;
            }
            say(m_accountResult,
                tr("Connected to %1: %2.").arg(m_catalog.displayName(provider), found.value()),
                false);
        });
    });
}

void SettingsDialog::withClient(
    std::function<void(const Account &, std::shared_ptr<ProviderApi>)> use)
{
    const Account account = accountFromForm();
    const QByteArray typed = m_fields.value(QStringLiteral("token"))->text().trimmed().toUtf8();
    if (const auto team = handedOut(account); team && !team->token.isEmpty() && typed.isEmpty()) {
        auto client = m_providers.connect(account, team->token);
        if (!client)
            say(m_accountResult, client.error(), true);
        return use(account,
                   client ? std::shared_ptr<ProviderApi>(std::move(client).value()) : nullptr);
    }
    readSecret(m_secrets, accountTokenKey(account.id), this,
               [this, account, typed, use](const QByteArray &saved, const QString &) {
                   auto client = m_providers.connect(account, typed.isEmpty() ? saved : typed);
                   if (!client) {
                       say(m_accountResult, client.error(), true);
                       return use(account, nullptr);
                   }
                   use(account, std::shared_ptr<ProviderApi>(std::move(client).value()));
               });
}

void SettingsDialog::disconnectAccount()
{
    const QString id = m_accountId->text().trimmed();
    if (m_newAccount || id.isEmpty())
        return;
    m_secrets->remove(accountTokenKey(id))
        .then(this,
              [this, id] {
                  whenReady(
                      AccountStore(m_cache).disconnect(id), this,
                      [this, id] {
                          say(m_accountResult,
                              tr("Disconnected: its token is gone; its conversations stay."),
                              false);
                          loadAccounts(id);
                          Q_EMIT accountsChanged();
                      },
                      [this](const CacheError &error) {
                          say(m_accountResult, error.message(), true);
                      });
              })
        .onFailed(this, [this](const SecretStoreError &error) {
            say(m_accountResult, error.message(), true);
        });
}

// Language ----------------------------------------------------------------------------------

QWidget *SettingsDialog::buildLanguageTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    auto *language = new QComboBox;
    language->setObjectName(QStringLiteral("language"));
    language->addItem(tr("As the system"), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    language->setCurrentIndex(
        qMax(0, language->findData(m_settings->value(languageKey()).toString())));
    form->addRow(tr("Language"), language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The inbox speaks the new language the next time it starts."));
    note->setWordWrap(true);
    layout->addWidget(note);
    // The desktop's autostart folder (XDG), where every Linux desktop looks at sign-in.
    auto *autostart = new QCheckBox(tr("&Start the inbox when I sign in to this computer"));
    autostart->setObjectName(QStringLiteral("autostart"));
    autostart->setChecked(QFileInfo::exists(autostartFile()));
    layout->addWidget(autostart);
    auto *autostartResult = new QLabel;
    autostartResult->setObjectName(QStringLiteral("autostartResult"));
    autostartResult->setWordWrap(true);
    layout->addWidget(autostartResult);
    connect(autostart, &QCheckBox::toggled, this, [autostart, autostartResult](bool on) {
        const QString problem = setAutostart(on);
        autostartResult->setText(problem);
        if (!problem.isEmpty()) {
            const QSignalBlocker quiet(autostart);
            autostart->setChecked(!on);
        }
    });
    layout->addStretch();
    connect(language, &QComboBox::currentIndexChanged, this, [this, language] {
        m_settings->setValue(languageKey(), language->currentData().toString());
    });
    return page;
}

QList<ConnectionField> SettingsDialog::fieldsOf(const Provider &provider) const
{
    const ProviderProfile *profile = m_catalog.find(provider);
    return profile ? profile->fields : QList<ConnectionField>{};
}

} // namespace inbox
