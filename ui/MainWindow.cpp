#include "MainWindow.h"

#include "cache/CacheDatabase.h"
#include "itemmodels/ConversationFilterProxyModel.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/MessageListModel.h"
#include "ports/RelayLink.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace inbox {

MainWindow::MainWindow(std::shared_ptr<CacheDatabase> cache, QString currentAgentId,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_cache(std::move(cache))
    , m_currentAgentId(std::move(currentAgentId))
{
    setWindowTitle(tr("Inbox"));
    resize(1100, 720);

    m_conversations =
        new ConversationListModel(ConversationStore(m_cache), m_cache->events(), this);
    m_filtered = new ConversationFilterProxyModel(m_conversations, this);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    auto *filterBar = new QWidget;
    buildFilters(filterBar);
    leftLayout->addWidget(filterBar);
    m_conversationView = new QListView;
    m_conversationView->setObjectName(QStringLiteral("conversationList"));
    m_conversationView->setModel(m_filtered);
    m_conversationView->setUniformItemSizes(true);
    m_conversationView->setTextElideMode(Qt::ElideRight);
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
    m_messageView->setWordWrap(true);
    m_messageView->setAlternatingRowColors(true);
    rightLayout->addWidget(m_messageView);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    connect(m_conversationView, &QListView::activated, this, [this](const QModelIndex &index) {
        showConversation(index.data(ConversationListModel::IdRole).toLongLong(),
                         index.data(ConversationListModel::TitleRole).toString());
    });
    connect(m_conversationView, &QListView::clicked, m_conversationView, &QListView::activated);
    connect(m_conversations, &ConversationListModel::pageLoaded, this, [this] {
        statusBar()->showMessage(tr("%n conversation(s) loaded", nullptr, m_filtered->rowCount()));
        if (!m_messages)
            Q_EMIT contentReady();
    });
    connect(m_conversations, &ConversationListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
}

MainWindow::~MainWindow() = default;

void MainWindow::setRelayLink(RelayLink *link)
{
    m_relay = link;
    if (!m_relayState) {
        m_relayState = new QLabel;
        m_relayState->setObjectName(QStringLiteral("relayState"));
        statusBar()->addPermanentWidget(m_relayState);
    }
    auto show = [this] {
        if (!m_relay) {
            m_relayState->setText(tr("Offline: no relay set"));
            return;
        }
        switch (m_relay->state()) {
        case RelayLink::State::Connecting:
            m_relayState->setText(tr("Relay: connecting…"));
            break;
        case RelayLink::State::Connected:
            m_relayState->setText(tr("Relay: connected (%1)").arg(m_relay->org()));
            break;
        case RelayLink::State::Reconnecting:
            m_relayState->setText(
                tr("Relay: reconnecting in %n s", nullptr, m_relay->reconnectInSeconds()));
            break;
        case RelayLink::State::SignedOut:
            m_relayState->setText(tr("Relay: signed out (token refused)"));
            break;
        }
    };
    show();
    if (link) {
        connect(link, &RelayLink::stateChanged, m_relayState, show);
        // The countdown moves while reconnecting.
        auto *tick = new QTimer(m_relayState);
        connect(tick, &QTimer::timeout, m_relayState, show);
        tick->start(1000);
    }
}

void MainWindow::buildFilters(QWidget *bar)
{
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *search = new QLineEdit;
    search->setObjectName(QStringLiteral("search"));
    search->setPlaceholderText(tr("Search names, numbers and messages"));
    search->setClearButtonEnabled(true);
    layout->addWidget(search);
    connect(search, &QLineEdit::textChanged, m_filtered,
            &ConversationFilterProxyModel::setSearchText);

    auto *row = new QHBoxLayout;
    auto *scope = new QComboBox;
    scope->addItem(tr("All"), int(ConversationFilter::Scope::All));
    scope->addItem(tr("Mine"), int(ConversationFilter::Scope::Mine));
    scope->addItem(tr("Unassigned"), int(ConversationFilter::Scope::Unassigned));
    connect(scope, &QComboBox::currentIndexChanged, this, [this, scope] {
        m_filtered->setScope(ConversationFilter::Scope(scope->currentData().toInt()),
                             m_currentAgentId);
    });
    row->addWidget(scope);

    auto *status = new QComboBox;
    status->addItem(tr("Any status"));
    for (auto s : {ConversationStatus::Open, ConversationStatus::Pending,
                   ConversationStatus::Resolved, ConversationStatus::Snoozed}) {
        const QString key = conversationStatusKey(s);
        status->addItem(key.left(1).toUpper() + key.mid(1), key);
    }
    connect(status, &QComboBox::currentIndexChanged, this, [this, status] {
        m_filtered->setStatus(conversationStatusFromKey(status->currentData().toString()));
    });
    row->addWidget(status);

    auto *provider = new QComboBox;
    provider->addItem(tr("All providers"));
    for (Provider p : allProviders)
        provider->addItem(providerDisplayName(p), providerKey(p));
    connect(provider, &QComboBox::currentIndexChanged, this, [this, provider] {
        m_filtered->setProvider(providerFromKey(provider->currentData().toString()));
    });
    row->addWidget(provider);

    auto *unread = new QCheckBox(tr("Unread"));
    connect(unread, &QCheckBox::toggled, m_filtered, &ConversationFilterProxyModel::setUnreadOnly);
    row->addWidget(unread);
    layout->addLayout(row);
}

void MainWindow::openConversationAt(int row)
{
    const QModelIndex index = m_filtered->index(row, 0);
    if (!index.isValid())
        return;
    m_conversationView->setCurrentIndex(index);
    showConversation(index.data(ConversationListModel::IdRole).toLongLong(),
                     index.data(ConversationListModel::TitleRole).toString());
}

void MainWindow::showConversation(qint64 conversationId, const QString &title)
{
    m_chatTitle->setText(title);
    auto *model =
        new MessageListModel(MessageStore(m_cache), m_cache->events(), conversationId, this);
    connect(
        model, &MessageListModel::pageLoaded, this,
        [this, model] {
            if (model != m_messages)
                return;
            m_messageView->scrollToBottom();
            Q_EMIT contentReady();
        },
        Qt::SingleShotConnection);
    m_messageView->setModel(model);
    if (m_messages)
        m_messages->deleteLater();
    m_messages = model;
}

} // namespace inbox
