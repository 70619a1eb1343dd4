// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ChatHistoryProxy.h"
#include "Composer.h"
#include "ConversationDelegate.h"
#include "LeadPanel.h"
#include "MessageDelegate.h"
#include "SavedRepliesDialog.h"
#include "TemplatePicker.h"
#include "UiLog.h"
#include "WhatsAppText.h"
#include "cache/AccountStore.h"
#include "cache/CacheDatabase.h"
#include "cache/ConversationStore.h"
#include "cache/OutboxStore.h"
#include "controllers/ConversationController.h"
#include "controllers/LabelController.h"
#include "controllers/LeadController.h"
#include "controllers/MessageController.h"
#include "controllers/SavedReplyController.h"
#include "controllers/TeamContext.h"
#include "controllers/TemplateController.h"
#include "domain/MessagingWindow.h"
#include "itemmodels/ConversationFilterProxyModel.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"
#include "sync/MediaFetcher.h"
#include "sync/TemplateSync.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

Q_LOGGING_CATEGORY(lcStartup, "inbox.startup")

namespace inbox {

MainWindow::MainWindow(std::shared_ptr<CacheDatabase> cache, QString currentAgentId,
                       ProviderCatalog providers, QWidget *parent)
    : QMainWindow(parent)
    , m_cache(std::move(cache))
    , m_currentAgentId(std::move(currentAgentId))
    , m_catalog(std::move(providers))
{
    setWindowTitle(tr("Inbox"));
    // 1400x900 where the screen has room; never larger than the screen it opens on (a laptop at
    // twice the scale has 960x540 to give).
    QSize first(1400, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        first = first.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(first);

    m_conversations =
        new ConversationListModel(ConversationStore(m_cache), m_cache->events(), m_catalog, this);
    m_filtered = new ConversationFilterProxyModel(m_conversations, this);
    // Who is signed in is known now: the list is not loaded a second time when the agents
    // list (or the relay's welcome) names the same agent.
    m_filtered->setScope(ConversationFilter::Scope::All, m_currentAgentId);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    auto *filterBar = new QWidget;
    buildFilters(filterBar);
    leftLayout->addWidget(filterBar);
    m_conversationView = new QListView;
    m_conversationView->setObjectName(QStringLiteral("conversationList"));
    m_conversationView->setAccessibleName(tr("Conversations"));
    m_conversationView->setModel(m_filtered);
    m_conversationView->setUniformItemSizes(true);
    m_conversationDelegate = new ConversationDelegate(m_conversationView, m_catalog);
    m_conversationView->setItemDelegate(m_conversationDelegate);
    m_conversationView->setMouseTracking(true);
    m_conversationView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_conversationView->setResizeMode(QListView::Adjust);
    leftLayout->addWidget(m_conversationView);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    m_chatTitle = new QLabel(tr("Select a conversation"));
    QFont titleFont = m_chatTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_chatTitle->setFont(titleFont);
    rightLayout->addWidget(m_chatTitle);
    m_messageView = new QListView;
    m_messageView->setObjectName(QStringLiteral("messageList"));
    m_messageView->setAccessibleName(tr("Messages"));
    // Right-click on a message: reply to it (the composer quotes it), or react to it.
    m_messageView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messageView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showMessageMenu);
    m_bubbles = new MessageDelegate(m_messageView);
    m_messageView->setItemDelegate(m_bubbles);
    m_messageView->setResizeMode(QListView::Adjust);
    m_messageView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageView->setSelectionMode(QAbstractItemView::NoSelection);
    m_messageView->setFrameShape(QFrame::NoFrame);
    m_messageView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // At the top, the older page; rows added above keep what the agent reads in place.
    connect(m_messageView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_messageView->verticalScrollBar()->minimum() && m_history &&
            m_messageView->verticalScrollBar()->maximum() > 0) {
            m_fromBottom = m_messageView->verticalScrollBar()->maximum() - value;
            m_history->loadOlder();
        }
    });
    connect(m_messageView->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this](int, int maximum) {
                if (m_fromBottom >= 0) {
                    m_messageView->verticalScrollBar()->setValue(maximum - m_fromBottom);
                    m_fromBottom = -1;
                }
            });
    {
        // The chat's wallpaper: a calm tint behind the bubbles.
        QPalette chat = m_messageView->palette();
        const bool dark = chat.color(QPalette::Window).lightness() < 128;
        chat.setColor(QPalette::Base, dark ? QColor(0x0B141A) : QColor(0xEFEAE2));
        m_messageView->setPalette(chat);
    }
    rightLayout->addWidget(m_messageView, 1);
    m_newMessages = new QPushButton(tr("↓ New messages"), m_messageView);
    m_newMessages->setObjectName(QStringLiteral("newMessages"));
    m_newMessages->setCursor(Qt::PointingHandCursor);
    m_newMessages->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1FA855; color: white; border: none; border-radius: 14px; "
        "padding: 6px 14px; font-weight: bold; }"));
    m_newMessages->hide();
    connect(m_newMessages, &QPushButton::clicked, this, [this] {
        m_messageView->scrollToBottom();
        m_newMessages->hide();
    });
    connect(m_messageView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_messageView->verticalScrollBar()->maximum())
            m_newMessages->hide();
    });
    m_messageView->installEventFilter(this); // the pill stays at the bottom when resized
    m_team = new TeamContext(m_currentAgentId, this);
    m_messageActions = new MessageController(m_cache, m_team, this);
    m_composer = new Composer(m_cache, m_currentAgentId, m_messageActions);
    m_composer->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_composer, &Composer::templateRequested, this, [this] { openTemplatePicker(); });
    connect(m_composer, &Composer::savedRepliesRequested, this, [this](const QString &shortcut) {
        if (SavedRepliesDialog *dialog = openSavedReplies())
            connect(
                dialog, &SavedRepliesDialog::loaded, dialog,
                [dialog, shortcut] { dialog->select(shortcut); }, Qt::SingleShotConnection);
    });
    rightLayout->addWidget(m_composer, 0);

    m_conversationActions = new ConversationController(
        m_cache, m_team, m_catalog,
        [this](const QString &accountId) {
            return m_providerApis ? m_providerApis(accountId) : nullptr;
        },
        this);
    m_leadActions = new LeadController(m_cache, m_team, this);
    m_savedReplies = new SavedReplyController(m_cache, m_team, this);
    m_labels = new LabelController(m_cache, m_team, this);
    connect(m_cache->events(), &CacheEvents::labelsChanged, this, &MainWindow::reloadLabels);
    reloadLabels();
    connect(m_cache->events(), &CacheEvents::savedViewsChanged, this, &MainWindow::reloadViews);
    reloadViews();
    m_templateActions = new TemplateController(m_cache, m_team, this);
    m_media = new MediaFetcher(
        m_cache,
        [this](const QString &accountId) {
            return m_providerApis ? m_providerApis(accountId) : nullptr;
        },
        this);
    wireBubbles(m_bubbles);
    m_templateSync = new TemplateSync(
        m_cache,
        [this](const QString &accountId) {
            return m_providerApis ? m_providerApis(accountId) : nullptr;
        },
        this);
    connect(m_conversationActions, &ConversationController::woke, this,
            [this](const QList<qint64> &woken) {
                statusBar()->showMessage(
                    tr("%n snoozed conversation(s) came back", nullptr, int(woken.size())), 10000);
                Q_EMIT snoozesEnded(woken);
            });
    m_conversationActions->startWaking();
    // What a provider says of an account's health (quality, restrictions, a phone gone) shows
    // in the status bar until it is well again.
    connect(m_cache->events(), &CacheEvents::accountHealthReported, this,
            &MainWindow::setAccountHealth);
    connect(m_cache->events(), &CacheEvents::teamNoteAdded, this, &MainWindow::teamNoteArrived);
    // What arrives in the chat the agent is looking at is read: no badge on the open chat.
    connect(m_cache->events(), &CacheEvents::messagesAdded, this, [this](qint64 conversationId) {
        if (conversationId == m_openConversation && isActiveWindow())
            markOpenConversationRead();
    });
    connect(qApp, &QGuiApplication::focusWindowChanged, this, [this] {
        if (m_openConversation != 0 && isActiveWindow()) // back at the window
            markOpenConversationRead();
    });

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    connect(splitter, &QSplitter::splitterMoved, this, &MainWindow::rememberLayout);
    m_lead = new LeadPanel(m_cache, m_catalog, m_conversationActions, m_leadActions);
    m_lead->setIdentity(m_currentAgentId, m_role);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->addWidget(m_lead);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({390, 730, 280}); // kept in proportion: the chat has over half
    setCentralWidget(splitter);

    connect(m_conversationView, &QListView::activated, this, &MainWindow::openConversation);
    // The highlighted row is always the open chat. Keys that move the highlight open what it
    // lands on, once it rests (PageDown held does not open every row it passes); a reorder,
    // a filter or a reload moves the highlight back to the open chat, or takes it away.
    m_conversationView->installEventFilter(this);
    m_keyboardSettle = new QTimer(this);
    m_keyboardSettle->setSingleShot(true);
    m_keyboardSettle->setInterval(150);
    // Where the keys put the highlight, by conversation: a page loaded meanwhile may reset the
    // view's current row.
    connect(m_conversationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_keyboardSettle->isActive() && current.isValid())
                    m_keyboardTarget = current.data(ConversationListModel::IdRole).toLongLong();
            });
    connect(m_keyboardSettle, &QTimer::timeout, this, [this] {
        if (m_keyboardTarget != 0 && m_keyboardTarget != m_openConversation)
            openConversationById(std::exchange(m_keyboardTarget, 0));
        else
            keepOpenConversationHighlighted();
    });
    connect(m_filtered, &QAbstractItemModel::rowsInserted, this,
            &MainWindow::keepOpenConversationHighlighted, Qt::QueuedConnection);
    connect(m_filtered, &QAbstractItemModel::rowsRemoved, this,
            &MainWindow::keepOpenConversationHighlighted, Qt::QueuedConnection);
    connect(m_filtered, &QAbstractItemModel::rowsMoved, this,
            &MainWindow::keepOpenConversationHighlighted, Qt::QueuedConnection);
    connect(m_filtered, &QAbstractItemModel::layoutChanged, this,
            &MainWindow::keepOpenConversationHighlighted, Qt::QueuedConnection);
    connect(m_filtered, &QAbstractItemModel::modelReset, this,
            &MainWindow::keepOpenConversationHighlighted, Qt::QueuedConnection);
    connect(m_conversationView, &QListView::clicked, m_conversationView, &QListView::activated);
    // Startup's one figure (bench_start reads it): the first paint of the loaded list.
    m_conversationView->viewport()->installEventFilter(this);
    connect(m_conversations, &ConversationListModel::pageLoaded, this, [this] {
        m_listLoaded = true;
        statusBar()->showMessage(tr("%n conversation(s) loaded", nullptr, m_filtered->rowCount()));
        if (!m_messages)
            Q_EMIT contentReady();
    });
    m_heldActivity = new QLabel(m_conversationView);
    m_heldActivity->setObjectName(QStringLiteral("heldActivity"));
    m_heldActivity->setStyleSheet(QStringLiteral(
        "QLabel { background: #1FA855; color: white; border-radius: 10px; padding: 3px 10px; "
        "font-weight: bold; }"));
    m_heldActivity->hide();
    connect(
        m_conversations, &ConversationListModel::heldActivityChanged, this, [this](int waiting) {
            m_heldActivity->setText(tr("↑ New activity: %n", nullptr, waiting));
            m_heldActivity->adjustSize();
            m_heldActivity->move((m_conversationView->width() - m_heldActivity->width()) / 2, 6);
            m_heldActivity->setVisible(waiting > 0);
            m_heldActivity->raise();
        });
    connect(m_conversations, &ConversationListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_lead, &LeadPanel::openConversationRequested, this, &MainWindow::openConversationById);
    connect(m_lead, &LeadPanel::leadShown, this, &MainWindow::updateConversationActions);
    addShortcuts();
    buildMenus();
    showIdentity();
    watchOutbox();
    // Offline, the role is the one the cache knows for this agent; the relay's welcome wins.
    whenReady(
        AgentStore(m_cache).all(), this,
        [this](const QList<Agent> &agents) {
            QHash<QString, QString> names;
            for (const Agent &agent : agents)
                names.insert(agent.id, agent.name);
            if (m_history)
                m_history->setTeammates(names);
            m_agentNames = names;
            showIdentity();
            for (const Agent &agent : agents) {
                if (agent.id == m_currentAgentId &&
                    !(m_relay && m_relay->state() == RelayLink::State::Connected))
                    setIdentity(agent.id, agent.role);
            }
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message()); });
}

void MainWindow::setIdentity(const QString &agentId, Role role)
{
    m_currentAgentId = agentId;
    m_role = role;
    m_team->setIdentity(agentId, role);
    m_lead->setIdentity(agentId, role);
    // Managers and admins edit templates and saved replies; others do not see the editors.
    if (m_templatesAction)
        m_templatesAction->setVisible(canEditTemplates(role));
    if (m_savedRepliesAction)
        m_savedRepliesAction->setVisible(canAssign(role));
    if (m_campaignAction)
        m_campaignAction->setVisible(canAssign(role));
    if (m_reportsAction)
        m_reportsAction->setVisible(canAssign(role));
    if (m_labelsAction)
        m_labelsAction->setVisible(canAssign(role));
    if (m_autoAssignAction)
        m_autoAssignAction->setVisible(canAssign(role));
    if (m_bulkAssignMenu)
        m_bulkAssignMenu->menuAction()->setVisible(canAssign(role));
    m_composer->setMayEditSavedReplies(canAssign(role));
    m_filtered->setScope(ConversationFilter::Scope(m_scope->currentData().toInt()), agentId);
    showIdentity();
}

void MainWindow::placeNewMessagesPill()
{
    m_newMessages->adjustSize();
    m_newMessages->move((m_messageView->width() - m_newMessages->width()) / 2,
                        m_messageView->height() - m_newMessages->height() - 16);
    m_newMessages->raise();
}

void MainWindow::keepOpenConversationHighlighted()
{
    if (m_keyboardSettle->isActive())
        return; // the agent is moving through the list: its open follows the highlight
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const QModelIndex index = m_filtered->index(row, 0);
        if (index.data(ConversationListModel::IdRole).toLongLong() == m_openConversation) {
            if (m_conversationView->currentIndex() != index)
                m_conversationView->setCurrentIndex(index);
            return;
        }
    }
    // Filtered out or not loaded: no other customer's row may look open.
    m_conversationView->selectionModel()->clear();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_conversationView && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            m_keyboardSettle->start(); // (again): opens once the keys rest
            break;
        default:
            break;
        }
    }
    if (watched == m_messageView && event->type() == QEvent::Resize && m_newMessages->isVisible())
        placeNewMessagesPill();
    if (watched == m_messageView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_messageView->currentIndex();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && current.isValid()) {
            activateMessage(current);
            return true;
        }
        if ((key->key() == Qt::Key_Menu ||
             (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) &&
            current.isValid()) {
            showMessageMenu(m_messageView->visualRect(current).center());
            return true;
        }
    }
    // The row under the pointer stays where it is: the list's order waits while it is there.
    if (watched == m_conversationView->viewport() &&
        (event->type() == QEvent::Enter || event->type() == QEvent::Leave))
        m_conversations->setOrderHeld(event->type() == QEvent::Enter);
    if (event->type() == QEvent::Paint && m_listLoaded && !m_listPainted &&
        watched == m_conversationView->viewport()) {
        m_listPainted = true;
        qCInfo(lcStartup) << "conversation list painted with" << m_filtered->rowCount() << "rows";
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildFilters(QWidget *bar)
{
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    buildViewPicker(layout);
    // Three short rows rather than one long one: the list stays narrow enough for the chat to
    // keep half of a 1024-pixel window, in every language.
    auto *searchRow = new QHBoxLayout;
    auto *search = new QLineEdit;
    search->setObjectName(QStringLiteral("search"));
    search->setPlaceholderText(tr("Search names, numbers and messages"));
    search->setAccessibleName(tr("Search conversations"));
    search->setClearButtonEnabled(true);
    searchRow->addWidget(search, 1);
    layout->addLayout(searchRow);
    connect(search, &QLineEdit::textChanged, m_filtered,
            &ConversationFilterProxyModel::setSearchText);

    auto *row = new QHBoxLayout;
    auto *scope = new QComboBox;
    m_scope = scope;
    scope->setObjectName(QStringLiteral("scopeFilter"));
    scope->addItem(tr("All"), int(ConversationFilter::Scope::All));
    scope->addItem(tr("Mine"), int(ConversationFilter::Scope::Mine));
    scope->addItem(tr("Unassigned"), int(ConversationFilter::Scope::Unassigned));
    connect(scope, &QComboBox::currentIndexChanged, this, [this, scope] {
        m_filtered->setScope(ConversationFilter::Scope(scope->currentData().toInt()),
                             m_currentAgentId);
    });
    row->addWidget(scope);

    auto *status = new QComboBox;
    status->setObjectName(QStringLiteral("statusFilter"));
    status->addItem(tr("Any status"));
    status->addItem(tr("Open"), conversationStatusKey(ConversationStatus::Open));
    status->addItem(tr("Pending"), conversationStatusKey(ConversationStatus::Pending));
    status->addItem(tr("Resolved"), conversationStatusKey(ConversationStatus::Resolved));
    status->addItem(tr("Snoozed"), conversationStatusKey(ConversationStatus::Snoozed));
    connect(status, &QComboBox::currentIndexChanged, this, [this, status] {
        m_filtered->setStatus(conversationStatusFromKey(status->currentData().toString()));
    });
    row->addWidget(status);
    layout->addLayout(row);

    auto *provider = new QComboBox;
    provider->setObjectName(QStringLiteral("providerFilter"));
    provider->addItem(tr("All providers"));
    for (const ProviderProfile &profile : m_catalog.profiles())
        provider->addItem(profile.displayName, profile.provider.key());
    connect(provider, &QComboBox::currentIndexChanged, this, [this, provider] {
        const QString key = provider->currentData().toString();
        m_filtered->setProvider(key.isEmpty() ? std::nullopt : std::optional(Provider(key)));
    });
    auto *providerRow = new QHBoxLayout;
    providerRow->addWidget(provider, 1);
    buildLabelFilter(providerRow);
    layout->addLayout(providerRow);

    auto *unread = new QCheckBox(tr("Unread"));
    unread->setObjectName(QStringLiteral("unreadFilter"));
    connect(unread, &QCheckBox::toggled, m_filtered, &ConversationFilterProxyModel::setUnreadOnly);
    searchRow->addWidget(unread);
}

void MainWindow::openConversationAt(int row)
{
    const QModelIndex index = m_filtered->index(row, 0);
    if (!index.isValid())
        return;
    m_conversationView->setCurrentIndex(index);
    openConversation(index);
}

void MainWindow::openConversation(const QModelIndex &index)
{
    // A search hit opens at the message that matched, not at the newest; if the agent has
    // moved to another chat before this one loaded, that one opens as usual.
    const qint64 conversation = index.data(ConversationListModel::IdRole).toLongLong();
    if (const qint64 matched = index.data(ConversationListModel::MatchedMessageIdRole).toLongLong())
        connect(
            this, &MainWindow::contentReady, this,
            [this, conversation, matched] {
                if (m_openConversation == conversation)
                    showMessage(matched);
            },
            Qt::SingleShotConnection);
    present(index.data(ConversationListModel::IdRole).toLongLong(),
            index.data(ConversationListModel::AccountIdRole).toString(),
            index.data(ConversationListModel::CustomerNameRole).toString(),
            index.data(ConversationListModel::TitleRole).toString(),
            index.data(ConversationListModel::LeadIdRole).toLongLong(),
            index.data(ConversationListModel::WindowOpenRole).toBool(),
            Provider(index.data(ConversationListModel::ProviderRole).toString()));
}

void MainWindow::present(qint64 conversationId, const QString &accountId,
                         const QString &customerName, const QString &title, qint64 leadId,
                         bool windowOpen, Provider provider)
{
    m_openConversation = conversationId;
    rememberLayout();
    m_openAccount = accountId;
    m_openCustomer = customerName;
    m_openProvider = provider;
    showConversation(conversationId, title);
    markOpenConversationRead();
    m_composer->setConversation(conversationId, accountId, windowOpen,
                                m_catalog.capabilitiesOf(provider));
    m_lead->setLead(leadId, conversationId);
    updateConversationActions();
}

void MainWindow::markOpenConversationRead()
{
    whenReady(
        m_conversationActions->open(m_openConversation), this,
        [this](const QString &problem) {
            if (!problem.isEmpty())
                statusBar()->showMessage(problem, 10000);
        },
        [](const CacheError &error) { qCWarning(lcUi) << error.message(); });
}

void MainWindow::openConversationById(qint64 conversationId)
{
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        if (m_filtered->index(row, 0).data(ConversationListModel::IdRole).toLongLong() ==
            conversationId) {
            openConversationAt(row);
            return;
        }
    }
    // Not in the list as it is filtered now: open it all the same.
    whenReady(
        ConversationStore(m_cache).byIds(ConversationFilter{}, {conversationId}), this,
        [this](const QList<Conversation> &found) {
            if (found.isEmpty())
                return;
            const Conversation &c = found.first();
            present(c.id, c.accountId, c.customerName, c.title(), c.leadId,
                    messagingWindow(m_catalog.capabilitiesOf(c.provider), c.lastInboundAt,
                                    QDateTime::currentDateTimeUtc())
                        .open,
                    c.provider);
            // The list may have loaded it meanwhile: then its row is the highlighted one, else
            // no row is.
            keepOpenConversationHighlighted();
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message()); });
}

TemplatePicker *MainWindow::openTemplatePicker()
{
    if (m_openConversation == 0)
        return nullptr;
    auto *picker = new TemplatePicker(m_cache, m_messageActions, m_openConversation, m_openAccount,
                                      m_openCustomer, m_currentAgentId,
                                      m_catalog.capabilitiesOf(m_openProvider), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    // The provider's list is the truth: what the cache holds shows at once, the fresh list
    // replaces it when it arrives (WATI's answer is kept for five minutes).
    if (m_providerApis && m_providerApis(m_openAccount)) {
        picker->setSyncState(tr("Checking the account's templates with its provider…"));
        QPointer<TemplatePicker> shown(picker);
        whenReady(
            m_templateSync->sync(m_openAccount), this,
            [shown](const QString &problem) {
                if (shown)
                    shown->setSyncState(
                        problem.isEmpty()
                            ? QString()
                            : tr("The provider's templates could not be read: %1").arg(problem));
            },
            [](const CacheError &error) { qCWarning(lcUi) << error.message(); });
    }
    picker->open();
    return picker;
}

} // namespace inbox
