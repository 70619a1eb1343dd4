// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus, keyboard shortcuts, the dialogs they open, and reactions.
#include "AutoAssignDialog.h"
#include "CampaignDialog.h"
#include "LeadPanel.h"
#include "MainWindow.h"
#include "ReportsDialog.h"
#include "SavedRepliesDialog.h"
#include "SettingsDialog.h"
#include "TemplateEditor.h"
#include "UiLog.h"
#include "cache/AccountStore.h"
#include "cache/OutboxStore.h"
#include "controllers/ConversationController.h"
#include "controllers/MessageController.h"
#include "itemmodels/ConversationFilterProxyModel.h"
#include "itemmodels/MessageListModel.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"
#include "sync/TemplateSync.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>

namespace inbox {

QStringList MainWindow::reactionChoices()
{
    return {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
            QStringLiteral("😮"), QStringLiteral("😢"),      QStringLiteral("🙏")};
}

void MainWindow::reactTo(const QModelIndex &index, const QString &emoji)
{
    Message target;
    target.id = index.data(MessageListModel::IdRole).toLongLong();
    target.providerMessageId = index.data(MessageListModel::ProviderMessageIdRole).toString();
    target.conversationId = m_openConversation;
    target.accountId = m_openAccount;
    whenReady(
        m_messageActions->react(target, emoji), this, [](qint64) {},
        [this](const CacheError &error) { statusBar()->showMessage(error.message(), 6000); });
}

void MainWindow::addShortcuts()
{
    struct Key
    {
        QKeySequence keys;
        const char *what;
        std::function<void()> action;
    };
    const QList<Key> keys = {
        {QKeySequence(Qt::CTRL | Qt::Key_K), QT_TR_NOOP("Search conversations"),
         [this] {
             auto *search = findChild<QLineEdit *>(QStringLiteral("search"));
             search->setFocus();
             search->selectAll();
         }},
        {QKeySequence(Qt::ALT | Qt::Key_Up), QT_TR_NOOP("Previous conversation"),
         [this] {
             openConversationAt(qMax(0, m_conversationView->currentIndex().row() - 1));
         }},
        {QKeySequence(Qt::ALT | Qt::Key_Down), QT_TR_NOOP("Next conversation"),
         [this] {
             openConversationAt(
                 qMin(m_filtered->rowCount() - 1, m_conversationView->currentIndex().row() + 1));
         }},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QT_TR_NOOP("Send a template"),
         [this] {
             openTemplatePicker();
         }},
        {QKeySequence(Qt::Key_Escape), QT_TR_NOOP("Clear the search"),
         [this] {
             findChild<QLineEdit *>(QStringLiteral("search"))->clear();
         }},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QT_TR_NOOP("Take the open conversation"),
         [this] {
             act([this](qint64 id) { return m_conversationActions->take(id); });
         }},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         QT_TR_NOOP("Resolve the open conversation"),
         [this] {
             act([this](qint64 id) {
                 return m_conversationActions->setStatus(id, ConversationStatus::Resolved);
             });
         }},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
         QT_TR_NOOP("Snooze the open conversation until tomorrow at 9:00"),
         [this] {
             act([this](qint64 id) {
                 const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(9, 0));
                 return m_conversationActions->setStatus(id, ConversationStatus::Snoozed,
                                                         tomorrow.toUTC());
             });
         }},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QT_TR_NOOP("Write a note for the team"),
         [this] {
             if (auto *note = m_lead->findChild<QLineEdit *>(QStringLiteral("newNote")))
                 note->setFocus();
         }},
    };
    QStringList help;
    for (const Key &key : keys) {
        auto *shortcut = new QShortcut(key.keys, this);
        connect(shortcut, &QShortcut::activated, this, key.action);
        help << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.keys.toString(QKeySequence::NativeText).toHtmlEscaped(),
                         tr(key.what).toHtmlEscaped());
    }
    help << QStringLiteral("<tr><td><b>Enter</b></td><td>%1</td></tr>")
                .arg(tr("Send the message").toHtmlEscaped())
         << QStringLiteral("<tr><td><b>Shift+Enter</b></td><td>%1</td></tr>")
                .arg(tr("New line in the message").toHtmlEscaped());
    m_shortcutRows = help;
}

void MainWindow::act(const std::function<QFuture<QString>(qint64)> &action)
{
    if (m_openConversation == 0) {
        statusBar()->showMessage(tr("Open a conversation first."), 5000);
        return;
    }
    whenReady(
        action(m_openConversation), this,
        [this](const QString &problem) {
            if (!problem.isEmpty())
                statusBar()->showMessage(problem, 10000);
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message(), 10000); });
}

QString MainWindow::shortcutsHelp() const
{
    // The window's own keys, then every menu's, as the menus have them now.
    QStringList rows = m_shortcutRows;
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut().isEmpty() || !action->isVisible())
                continue;
            rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                             action->text().remove(QLatin1Char('&')).toHtmlEscaped());
        }
    }
    return QStringLiteral("<table cellpadding=4>") + rows.join(QString()) +
           QStringLiteral("</table>");
}

void MainWindow::showShortcuts()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(shortcutsHelp());
    box.exec();
}

void MainWindow::buildMenus()
{
    QMenu *inbox = menuBar()->addMenu(tr("&Inbox"));
    QAction *settings = inbox->addAction(tr("&Settings…"), this, [this] { openSettings(); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_templatesAction =
        inbox->addAction(tr("Message &templates…"), this, [this] { openTemplateEditor(); });
    m_templatesAction->setObjectName(QStringLiteral("templatesAction"));
    m_templatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_templatesAction->setVisible(canEditTemplates(m_role));
    m_savedRepliesAction =
        inbox->addAction(tr("Saved &replies…"), this, [this] { openSavedReplies(); });
    m_savedRepliesAction->setObjectName(QStringLiteral("savedRepliesAction"));
    m_savedRepliesAction->setVisible(canAssign(m_role));
    m_campaignAction = inbox->addAction(tr("Bulk &campaign…"), this, [this] { openCampaigns(); });
    m_campaignAction->setObjectName(QStringLiteral("campaignAction"));
    m_campaignAction->setVisible(canAssign(m_role));
    m_reportsAction = inbox->addAction(tr("Re&ports…"), this, [this] { openReports(); });
    m_reportsAction->setObjectName(QStringLiteral("reportsAction"));
    m_reportsAction->setVisible(canAssign(m_role));
    m_labelsAction = inbox->addAction(tr("&Labels…"), this, [this] { openLabels(); });
    m_labelsAction->setObjectName(QStringLiteral("labelsAction"));
    m_labelsAction->setVisible(canAssign(m_role));
    m_autoAssignAction =
        inbox->addAction(tr("&Auto-assignment…"), this, [this] { openAutoAssign(); });
    m_autoAssignAction->setObjectName(QStringLiteral("autoAssignAction"));
    m_autoAssignAction->setVisible(canAssign(m_role));
    inbox->addSeparator();
    QAction *quit = inbox->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty()) // a platform with no standard keys (offscreen, some WMs)
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    buildConversationMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::Key_F1));
}

void MainWindow::setServices(SecretStore *secrets, ProviderConnector providers, QSettings *settings)
{
    m_secrets = secrets;
    m_providers = std::move(providers);
    m_settings = settings;
    restoreLayout();
}

void MainWindow::setProviderApis(ApiLookup apis)
{
    m_providerApis = std::move(apis);
}

void MainWindow::syncTemplates()
{
    whenReady(
        AccountStore(m_cache).all(), this,
        [this](const QList<Account> &accounts) {
            for (const Account &account : accounts) {
                if (!m_catalog.capabilitiesOf(account.provider).templates || !m_providerApis ||
                    !m_providerApis(account.id))
                    continue;
                whenReady(
                    m_templateSync->sync(account.id), this,
                    [this, name = account.displayName](const QString &problem) {
                        if (!problem.isEmpty())
                            statusBar()->showMessage(
                                tr("The templates of %1 could not be read: %2").arg(name, problem),
                                10000);
                    },
                    [](const CacheError &error) { qCWarning(lcUi) << error.message(); });
            }
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message()); });
}

void MainWindow::setTemplateAdmin(
    std::function<std::shared_ptr<TemplateAdmin>(const QString &)> adminFor)
{
    m_templateAdmin = std::move(adminFor);
}

SavedRepliesDialog *MainWindow::openSavedReplies()
{
    if (!canAssign(m_role))
        return nullptr;
    auto *dialog = new SavedRepliesDialog(m_cache, m_savedReplies, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

CampaignDialog *MainWindow::openCampaigns()
{
    // Managers and admins: a campaign writes to many customers at once.
    if (!canAssign(m_role))
        return nullptr;
    auto *dialog = new CampaignDialog(m_cache, m_catalog, m_providerApis, m_currentAgentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ReportsDialog *MainWindow::openReports()
{
    // Managers and admins: how the team works, agent by agent.
    if (!canAssign(m_role))
        return nullptr;
    auto *dialog = new ReportsDialog(m_cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

AutoAssignDialog *MainWindow::openAutoAssign()
{
    // Managers and admins: who is given new conversations, and how many.
    if (!canAssign(m_role))
        return nullptr;
    auto *dialog = new AutoAssignDialog(m_cache, m_catalog, m_relay, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

TemplateEditor *MainWindow::openTemplateEditor()
{
    if (!canEditTemplates(m_role))
        return nullptr;
    auto *editor = new TemplateEditor(m_cache, m_catalog, m_templateAdmin, m_templateActions, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

SettingsDialog *MainWindow::openSettings()
{
    if (!m_secrets || !m_settings)
        return nullptr;
    auto *dialog = new SettingsDialog(m_cache, m_secrets, m_catalog, m_providers, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::relaySignIn, this, &MainWindow::relaySignIn);
    connect(dialog, &SettingsDialog::relaySignOut, this, &MainWindow::relaySignOut);
    connect(dialog, &SettingsDialog::accountsChanged, this, &MainWindow::accountsChanged);
    dialog->setTeam(m_relay);
    // Settings says what the status bar says, and follows it while open.
    auto live = [this, dialog] {
        dialog->setLiveState(m_relay ? m_relay->url() : QUrl(),
                             m_relayState ? m_relayState->text() : tr("Offline: no relay set"),
                             m_accountProblems);
    };
    live();
    if (m_relay)
        connect(m_relay, &RelayLink::stateChanged, dialog, live);
    dialog->open();
    return dialog;
}

} // namespace inbox
