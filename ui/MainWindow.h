// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/LabelStore.h"
#include "cache/SavedViewStore.h"
#include "domain/Agent.h"
#include "domain/Provider.h"
#include "ports/PhoneSession.h"
#include "ports/ProviderApi.h"
#include "ports/ProviderConnector.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QMap>

#include <functional>
#include <memory>

class QBoxLayout;
class QComboBox;
class QMenu;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;
class QSettings;

namespace inbox {

class ConversationController;
class LeadController;
class SavedReplyController;
class TeamContext;
class TemplateSync;
class MessageController;
class TemplateController;

class CacheDatabase;
class ConversationFilterProxyModel;
class ConversationListModel;
class ChatHistoryProxy;
class MediaFetcher;
class Composer;
class LeadPanel;
class MessageListModel;
class RelayLink;
class SecretStore;
class SettingsDialog;
class TemplateAdmin;
class TemplateEditor;
class SavedRepliesDialog;
class CampaignDialog;
class ReportsDialog;
class AutoAssignDialog;
class LabelsDialog;
class LabelController;
class ConversationDelegate;

/// The first window: the conversation list with its filters beside the chat of the selected
/// conversation, both as plain views over the windowed models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `providers`: what each provider can do (the registry's catalog).
    MainWindow(std::shared_ptr<CacheDatabase> cache, QString currentAgentId,
               ProviderCatalog providers, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConversationListModel *conversations() const { return m_conversations; }
    Composer *composer() const { return m_composer; }
    MessageListModel *messages() const { return m_messages; }
    /// Brings received files to this computer through the accounts' provider APIs.
    MediaFetcher *media() const { return m_media; }
    /// Shows the message in the chat (loading older pages until it is there) and marks it.
    void showMessage(qint64 messageId);
    /// Selects a conversation by its row in the (filtered) list.
    void openConversationAt(int row);
    /// Opens the template picker for the open conversation; nullptr when none is open.
    class TemplatePicker *openTemplatePicker();
    /// Shows the relay connection in the status bar: connected, reconnecting in N s, signed
    /// out, or offline when there is none.
    void setRelayLink(RelayLink *link);
    /// Who is signed in and what the role lets them do (the relay's welcome says it; offline,
    /// the cache's agent list). "Mine", the assignment controls and admin screens follow it.
    void setIdentity(const QString &agentId, Role role);
    QString currentAgentId() const { return m_currentAgentId; }
    /// The conversation the chat shows (0: none).
    qint64 openConversationId() const { return m_openConversation; }
    /// What F1 shows: every key of the window and of its menus, in words.
    QString shortcutsHelp() const;
    Role role() const { return m_role; }
    /// A role in words ("Manager"), and what it may do.
    static QString roleText(Role role);
    static QString roleAbilities(Role role);
    /// The status bar's provider health: an account's last problem, or empty once it works.
    void setAccountHealth(const QString &accountId, const QString &problem);
    /// The emoji the React menu offers, WhatsApp's quick six.
    static QStringList reactionChoices();
    /// Reacts to the message at `index` (an empty emoji takes our reaction back): shown at
    /// once, sent through the outbox.
    void reactTo(const QModelIndex &index, const QString &emoji);
    /// A linked phone's session (open-wa): its number and battery in the status bar, or, when
    /// it is not linked or not reachable, the account's problem in words.
    void setPhoneSession(const QString &accountId,
                         const Expected<PhoneSessionState, ProviderError> &session);
    /// Opens a conversation by id, selecting it in the list when the list shows it.
    void openConversationById(qint64 conversationId);
    /// A click-to-chat link (wa.me, whatsapp://send): opens the conversation with that number,
    /// or, with none yet, searches for it and says so. False when it is not such a link.
    bool openLink(const QString &link);
    /// What Settings works with: the keychain, the providers, the settings file.
    /// `settings` also keeps the window as it was left: geometry, splitter, filters, search and
    /// the open conversation, restored here and saved as they change.
    void setServices(SecretStore *secrets, ProviderConnector providers, QSettings *settings);
    /// Opens Settings (nullptr when the services are not set).
    SettingsDialog *openSettings();
    /// Each account's provider connection, for read receipts.
    void setProviderApis(ApiLookup apis);
    /// Brings every account's templates from its provider (at sign-in, when accounts change).
    void syncTemplates();
    /// Where the template editor submits an account's templates (nullptr: it cannot).
    void setTemplateAdmin(
        std::function<std::shared_ptr<TemplateAdmin>(const QString &accountId)> adminFor);
    /// Opens the template editor: admins only (nullptr for other roles).
    TemplateEditor *openTemplateEditor();
    /// Managers' and admins' editor of the team's saved replies (null for agents).
    SavedRepliesDialog *openSavedReplies();
    CampaignDialog *openCampaigns();
    /// Inbox → Reports (managers and admins).
    ReportsDialog *openReports();
    /// Inbox → Labels… (managers and admins).
    LabelsDialog *openLabels();
    /// Inbox → Auto-assignment… (managers and admins).
    AutoAssignDialog *openAutoAssign();

Q_SIGNALS:
    /// Snoozed conversations came back (their time came), for a notification.
    void snoozesEnded(const QList<qint64> &conversationIds);
    /// A teammate's note mentions the signed-in agent (@handle): for a notification.
    void mentioned(const QString &title, const QString &text);
    /// The conversation list and, if one is open, its messages have their first page.
    void contentReady();
    /// From Settings: connect to the relay with these, or disconnect; accounts changed.
    void relaySignIn(const QUrl &url, const QByteArray &token);
    void relaySignOut();
    void accountsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// Runs an action on the open conversation; its problem, if any, goes to the status bar.
    void act(const std::function<QFuture<QString>(qint64)> &action);
    /// The window as the agent left it, from the settings (MainWindowMemory.cpp).
    void restoreLayout();
    void rememberLayout();
    void buildFilters(QWidget *bar);
    void addShortcuts();
    void buildMenus();
    void showShortcuts();
    /// The status bar says how many messages wait in the outbox.
    void watchOutbox();
    /// A teammate's note: said in the status bar (and notified) when it mentions this agent.
    void teamNoteArrived(const QString &phone, const QString &author, const QString &text,
                         const QDateTime &at);
    /// Chat, composer and lead panel follow the conversation at `index` of the list.
    void openConversation(const QModelIndex &index);
    void showConversation(qint64 conversationId, const QString &title);
    /// The chat's bubbles: clicks on quotes, files and Retry, and the downloads' progress.
    void wireBubbles(class MessageDelegate *bubbles);
    /// A file's Download / Open: opens what is here, fetches what is not.
    void activateMedia(qint64 messageId);
    void retryMessage(qint64 messageId);
    void showMessageMenu(const QPoint &at);
    /// The Conversation menu: Sync status, and the customer's opt-out of bulk campaigns
    /// (MainWindowChat.cpp).
    void buildConversationMenu();
    /// The team's labels (MainWindowLabels.cpp).
    void buildLabelFilter(QBoxLayout *into);
    void buildLabelMenu(QMenu *conversation);
    void fillLabelMenu();
    void reloadLabels();
    /// The team's saved views.
    void buildViewPicker(QBoxLayout *into);
    void applyView(const SavedView &view);
    void reloadViews();
    /// Bulk actions on every conversation the filter lets through (MainWindowBulk.cpp).
    void buildBulkMenu(QMenu *conversation);
    void fillBulkLabelMenu();
    void fillBulkAssignMenu();
    /// Counts what matches, asks `question` (its %1 the count), then runs `act` on each.
    void runBulk(const QString &question, const QString &doneText,
                 std::function<QFuture<QString>(qint64)> act);
    void updateConversationActions();
    /// Asks the open conversation's provider for its latest statuses (its newest history page).
    void syncOpenStatus();
    void setOpenLeadOptedOut(bool optedOut);
    void activateMessage(const QModelIndex &index);
    qint64 m_wantedMessage = 0; ///< showMessage() waits for older pages to bring it
    int m_pagesToWanted = 0;
    MediaFetcher *m_media = nullptr;
    class MessageDelegate *m_bubbles = nullptr;
    /// The open conversation is read (nothing happens when nothing is unread).
    void markOpenConversationRead();
    /// The list's highlight is on the open conversation, or on none when the list hides it.
    void keepOpenConversationHighlighted();
    void present(qint64 conversationId, const QString &accountId, const QString &customerName,
                 const QString &title, qint64 leadId, bool windowOpen, Provider provider);

    std::shared_ptr<CacheDatabase> m_cache;
    QString m_currentAgentId;
    Role m_role = Role::Agent;
    class QComboBox *m_scope = nullptr;
    ConversationListModel *m_conversations = nullptr;
    ConversationFilterProxyModel *m_filtered = nullptr;
    MessageListModel *m_messages = nullptr;
    QListView *m_conversationView = nullptr;
    QListView *m_messageView = nullptr;
    QLabel *m_chatTitle = nullptr;
    QLabel *m_relayState = nullptr;
    QDateTime m_relayDownSince;       ///< when the relay went away after being reached
    bool m_relayWasConnected = false; ///< the relay was reached once this run
    QLabel *m_identity = nullptr;     ///< "Signed in as Marco Rossi · Manager"
    QHash<QString, QString> m_agentNames;
    /// The status bar names who is signed in and their role.
    void showIdentity();
    ChatHistoryProxy *m_history = nullptr;
    Composer *m_composer = nullptr;
    LeadPanel *m_lead = nullptr;
    bool m_followNewest = false;
    bool m_appending = false;             ///< rows about to arrive are newer ones, at the end
    QPushButton *m_newMessages = nullptr; ///< the "new messages" pill
    void placeNewMessagesPill();
    qint64 m_openConversation = 0;
    QString m_openAccount;
    QString m_openCustomer;
    Provider m_openProvider;
    int m_fromBottom = -1; ///< while an older page loads: where the agent was, from the bottom
    RelayLink *m_relay = nullptr;
    bool m_listLoaded = false;
    bool m_listPainted = false;
    QTimer *m_relayTick = nullptr;
    QStringList m_shortcutRows; ///< the window's own keys, for F1
    QLabel *m_health = nullptr;
    QMap<QString, QString> m_accountProblems;
    QLabel *m_phones = nullptr;
    QMap<QString, QString> m_phoneStates;
    SecretStore *m_secrets = nullptr;
    std::function<std::shared_ptr<TemplateAdmin>(const QString &)> m_templateAdmin;
    QAction *m_templatesAction = nullptr;
    QAction *m_savedRepliesAction = nullptr;
    QAction *m_campaignAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QAction *m_labelsAction = nullptr;
    QAction *m_autoAssignAction = nullptr;
    QMenu *m_bulkAssignMenu = nullptr;
    LabelController *m_labels = nullptr;
    QComboBox *m_labelFilter = nullptr;
    QMenu *m_labelMenu = nullptr;
    QList<Label> m_teamLabels;
    QComboBox *m_viewPicker = nullptr;
    QAction *m_removeViewAction = nullptr;
    QList<SavedView> m_views;
    QMenu *m_bulkLabelMenu = nullptr;
    ConversationDelegate *m_conversationDelegate = nullptr;
    QAction *m_syncStatusAction = nullptr;
    QAction *m_optOutAction = nullptr;
    ApiLookup m_providerApis;
    QTimer *m_keyboardSettle = nullptr; ///< keys moved the highlight: open it when they rest
    QLabel *m_heldActivity = nullptr;   ///< "↑ New activity" while the order waits
    qint64 m_keyboardTarget = 0;        ///< the conversation the keys moved the highlight to
    TeamContext *m_team = nullptr;
    ConversationController *m_conversationActions = nullptr;
    LeadController *m_leadActions = nullptr;
    SavedReplyController *m_savedReplies = nullptr;
    TemplateSync *m_templateSync = nullptr;
    TemplateController *m_templateActions = nullptr;
    MessageController *m_messageActions = nullptr;
    ProviderConnector m_providers;
    ProviderCatalog m_catalog;
    QSettings *m_settings = nullptr;
    bool m_remembering = false; ///< the layout is restored: changes are saved from now on
};

} // namespace inbox
