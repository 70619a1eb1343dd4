// SPDX-License-Identifier: GPL-3.0-or-later
// The open chat: its messages in a windowed model, kept at the newest as they come unless the
// agent scrolled up to read (then a pill says something new came), and always at the agent's
// own message just sent. A quote takes the agent to the message it quotes; a file is
// downloaded once and opened from here; a failed message is sent again from its bubble. The
// Conversation menu asks the provider for the latest statuses and keeps the customer's opt-out.
#include "ChatHistoryProxy.h"
#include "Composer.h"
#include "LeadPanel.h"
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "UiLog.h"
#include "WhatsAppText.h"
#include "cache/CacheDatabase.h"
#include "cache/ConversationStore.h"
#include "cache/Sql.h"
#include "controllers/LeadController.h"
#include "controllers/MessageController.h"
#include "domain/WhatsAppLink.h"
#include "itemmodels/MessageListModel.h"
#include "itemmodels/WhenReady.h"
#include "sync/HistorySync.h"
#include "sync/MediaFetcher.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace inbox {

void MainWindow::showConversation(qint64 conversationId, const QString &title)
{
    m_chatTitle->setText(title);
    m_messageView->setAccessibleName(tr("Messages with %1").arg(title));
    auto *model =
        new MessageListModel(MessageStore(m_cache), m_cache->events(), conversationId, this);
    connect(
        model, &MessageListModel::pageLoaded, this,
        [this, model] {
            if (model != m_messages)
                return;
            // Rows have their own heights: once the view has laid them out at its final
            // width, go to the newest.
            QTimer::singleShot(0, this, [this, model] {
                if (model != m_messages)
                    return;
                m_messageView->doItemsLayout();
                m_messageView->scrollToBottom();
                Q_EMIT contentReady();
            });
        },
        Qt::SingleShotConnection);
    auto *history = new ChatHistoryProxy(m_openCustomer, m_agentNames, model);
    history->setSourceModel(model);
    // New messages keep the view at the bottom, unless the agent scrolled up to read.
    connect(history, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                m_appending = first > 0 && first == m_history->rowCount();
                m_followNewest = first > 0 && m_messageView->verticalScrollBar()->value() ==
                                                  m_messageView->verticalScrollBar()->maximum();
            });
    connect(history, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                // What the agent just sent is shown, wherever the agent had scrolled to.
                for (int row = first; row <= last && m_appending; ++row) {
                    const QModelIndex index = m_history->index(row, 0);
                    if (index.data(MessageListModel::StatusRole).toString() ==
                            QLatin1String("queued") &&
                        index.data(MessageListModel::SenderAgentIdRole).toString() ==
                            m_currentAgentId)
                        m_followNewest = true;
                }
                if (m_followNewest) {
                    m_followNewest = false;
                    QTimer::singleShot(0, m_messageView, &QListView::scrollToBottom);
                } else if (m_appending) {
                    // The agent scrolled up to read: say that something new came, below.
                    m_newMessages->show();
                    placeNewMessagesPill();
                }
                m_appending = false;
            });
    m_newMessages->hide();
    m_messageView->setModel(history);
    if (m_messages)
        m_messages->deleteLater();
    m_messages = model;
    m_history = history;
}

void MainWindow::wireBubbles(MessageDelegate *bubbles)
{
    connect(bubbles, &MessageDelegate::retryRequested, this, &MainWindow::retryMessage);
    connect(bubbles, &MessageDelegate::quoteActivated, this, &MainWindow::showMessage);
    connect(bubbles, &MessageDelegate::mediaActivated, this, &MainWindow::activateMedia);
    // A received picture in view is fetched without a click.
    connect(bubbles, &MessageDelegate::mediaWanted, m_media,
            [this](qint64 messageId) { m_media->fetch(messageId); });
    connect(m_media, &MediaFetcher::started, bubbles, [bubbles](qint64 messageId) {
        bubbles->setTransfer(messageId, MessageDelegate::Transfer::Downloading);
    });
    connect(m_media, &MediaFetcher::fetched, bubbles, [bubbles](qint64 messageId) {
        bubbles->setTransfer(messageId, MessageDelegate::Transfer::None);
    });
    connect(m_media, &MediaFetcher::failed, bubbles,
            [bubbles](qint64 messageId, const QString &reason) {
                bubbles->setTransfer(messageId, MessageDelegate::Transfer::Failed, reason);
            });
}

void MainWindow::retryMessage(qint64 messageId)
{
    whenReady(
        m_messageActions->retry(messageId), this,
        [this](bool queued) {
            statusBar()->showMessage(
                queued ? tr("Sending again…") : tr("That message is already being sent."), 4000);
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message()); });
}

void MainWindow::activateMedia(qint64 messageId)
{
    if (!m_messages)
        return;
    const int row = m_messages->rowOf(messageId);
    if (row < 0)
        return;
    const QString local =
        m_messages->index(row, 0).data(MessageListModel::MediaLocalPathRole).toString();
    if (!local.isEmpty() && QFileInfo::exists(local)) {
        // The desktop's own viewer: the photo viewer, the video player, the PDF reader.
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(local)))
            statusBar()->showMessage(
                tr("No program on this computer opens %1.").arg(QFileInfo(local).fileName()),
                10000);
        return;
    }
    m_media->fetch(messageId, true); // the agent asked: a recent failure does not hold it back
}

void MainWindow::showMessage(qint64 messageId)
{
    if (!m_messages || !m_history)
        return;
    const int row = m_messages->rowOf(messageId);
    if (row >= 0) {
        m_wantedMessage = 0;
        const QModelIndex index = m_history->index(row, 0);
        m_messageView->scrollTo(index, QAbstractItemView::PositionAtCenter);
        m_messageView->setCurrentIndex(index); // the focus ring marks it
        m_messageView->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Older than the loaded pages: load them until it is there (a reply rarely quotes far back;
    // a quote of a message this cache never had has no id to come here with).
    if (m_wantedMessage != messageId) {
        m_wantedMessage = messageId;
        m_pagesToWanted = 40;
    }
    if (m_pagesToWanted-- <= 0 || !m_messages->canFetchMore({})) {
        m_wantedMessage = 0;
        statusBar()->showMessage(tr("That message is not in this chat's history on this computer."),
                                 6000);
        return;
    }
    connect(
        m_messages, &MessageListModel::pageLoaded, this,
        [this, messageId] {
            if (m_wantedMessage == messageId)
                QTimer::singleShot(0, this, [this, messageId] { showMessage(messageId); });
        },
        Qt::SingleShotConnection);
    m_messages->fetchMore({});
}

namespace {

/// A video, voice note, audio or document (a picture too): something to download and open.
bool carriesAFile(const QModelIndex &index)
{
    const auto kind = kindFromKey(index.data(MessageListModel::KindRole).toString());
    return kind && isMediaKind(*kind) && *kind != MessageKind::Sticker;
}

} // namespace

void MainWindow::showMessageMenu(const QPoint &at)
{
    // Right-click, the Menu key or Shift+F10 on a message: every action a bubble has.
    const QModelIndex index = m_messageView->indexAt(at);
    if (!index.isValid() ||
        index.data(MessageListModel::KindRole).toString() == QLatin1String("system"))
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("messageMenu"));
    QAction *reply = menu.addAction(tr("Reply"));
    reply->setEnabled(m_composer->isEnabled());
    QMenu *react = menu.addMenu(tr("React"));
    react->setObjectName(QStringLiteral("reactMenu"));
    const bool sent = !index.data(MessageListModel::ProviderMessageIdRole).toString().isEmpty();
    react->setEnabled(sent && m_composer->isEnabled());
    if (!sent)
        react->setToolTip(tr("A message can be reacted to once it is sent"));
    for (const QString &emoji : reactionChoices()) {
        react->addAction(emoji, this, [this, index, emoji] { reactTo(index, emoji); });
    }
    react->addSeparator();
    react->addAction(tr("Remove my reaction"), this, [this, index] { reactTo(index, {}); });
    const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
    if (const qint64 quoted = index.data(MessageListModel::QuotedIdRole).toLongLong())
        menu.addAction(tr("Go to the quoted message"), this,
                       [this, quoted] { showMessage(quoted); });
    if (carriesAFile(index)) {
        const bool here = !index.data(MessageListModel::MediaLocalPathRole).toString().isEmpty();
        menu.addAction(here ? tr("Open the file") : tr("Download the file"), this,
                       [this, id] { activateMedia(id); });
    }
    if (index.data(MessageListModel::StatusRole).toString() == QLatin1String("failed"))
        menu.addAction(tr("Send again"), this, [this, id] { retryMessage(id); });
    if (index.data(MessageListModel::DirectionRole).toString() == QLatin1String("out") &&
        m_syncStatusAction->isEnabled())
        menu.addAction(m_syncStatusAction);
    if (menu.exec(m_messageView->viewport()->mapToGlobal(at)) == reply) {
        m_composer->replyTo(index.data(MessageListModel::ProviderMessageIdRole).toString(),
                            index.data(ChatHistoryProxy::SenderNameRole).toString(),
                            whatsAppToPlain(index.data(Qt::DisplayRole).toString()));
    }
}

void MainWindow::buildConversationMenu()
{
    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    conversation->setObjectName(QStringLiteral("conversationMenu"));
    m_syncStatusAction =
        conversation->addAction(tr("Sync &status"), this, &MainWindow::syncOpenStatus);
    m_syncStatusAction->setObjectName(QStringLiteral("syncStatusAction"));
    m_syncStatusAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_optOutAction = conversation->addAction(tr("Customer &opted out of bulk campaigns"));
    m_optOutAction->setObjectName(QStringLiteral("optOutAction"));
    m_optOutAction->setCheckable(true);
    // triggered, not toggled: only the agent's choice publishes; the cache's state only shows.
    connect(m_optOutAction, &QAction::triggered, this, &MainWindow::setOpenLeadOptedOut);
    buildLabelMenu(conversation);
    buildBulkMenu(conversation);
    updateConversationActions();
}

void MainWindow::updateConversationActions()
{
    if (!m_syncStatusAction)
        return;
    const bool open = m_openConversation != 0;
    const bool history = open && m_catalog.capabilitiesOf(m_openProvider).history;
    m_syncStatusAction->setEnabled(history);
    m_syncStatusAction->setStatusTip(
        open && !history
            ? tr("%1 has no message history to ask: its statuses arrive by webhook, through the "
                 "relay.")
                  .arg(m_catalog.displayName(m_openProvider))
            : tr("Ask the provider how far the conversation's latest messages got."));
    const Lead &lead = m_lead->lead();
    m_optOutAction->setEnabled(open && lead.id != 0);
    m_optOutAction->setChecked(lead.optedOutAt.isValid());
}

void MainWindow::syncOpenStatus()
{
    const qint64 conversation = m_openConversation;
    const std::shared_ptr<ProviderApi> api =
        m_providerApis ? m_providerApis(m_openAccount) : nullptr;
    if (conversation == 0 || !api) {
        statusBar()->showMessage(conversation == 0 ? tr("Open a conversation first.")
                                                   : tr("This account is not connected: check "
                                                        "it in Settings."),
                                 8000);
        return;
    }
    const QString provider = m_catalog.displayName(m_openProvider);
    statusBar()->showMessage(tr("Asking %1 for the latest statuses…").arg(provider));
    const QString account = m_openAccount;
    whenReady(
        ConversationStore(m_cache).byIds(ConversationFilter{}, {conversation}), this,
        [this, api, account, provider](const QList<Conversation> &found) {
            if (found.isEmpty())
                return;
            HistorySync::syncStatus(m_cache, account, api, found.first().customerPhone, this)
                .then(this, [this, provider](const StatusSyncOutcome &outcome) {
                    if (!outcome.problem.isEmpty()) {
                        statusBar()->showMessage(tr("Sync status failed: %1").arg(outcome.problem),
                                                 15000);
                    } else if (outcome.updated == 0) {
                        statusBar()->showMessage(
                            tr("Sync status: every status is as %1 has it.").arg(provider), 8000);
                    } else {
                        statusBar()->showMessage(
                            outcome.updated == 1
                                ? tr("Sync status: 1 message updated from %1.").arg(provider)
                                : tr("Sync status: %1 messages updated from %2.")
                                      .arg(outcome.updated)
                                      .arg(provider),
                            8000);
                    }
                });
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message(), 10000); });
}

void MainWindow::setOpenLeadOptedOut(bool optedOut)
{
    const Lead lead = m_lead->lead();
    whenReady(
        m_leadActions->setOptedOut(lead.id, lead.phone, optedOut), this,
        [this, optedOut](const QString &problem) {
            statusBar()->showMessage(!problem.isEmpty() ? problem
                                     : optedOut
                                         ? tr("Bulk campaigns leave this customer out from now on.")
                                         : tr("Bulk campaigns may write to this customer again."),
                                     8000);
            m_lead->reload();
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message(), 10000); });
}

void MainWindow::activateMessage(const QModelIndex &index)
{
    // Enter on a message does what its one button does: send again, open or fetch its file,
    // go to what it quotes.
    if (!index.isValid())
        return;
    const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
    if (index.data(MessageListModel::StatusRole).toString() == QLatin1String("failed"))
        retryMessage(id);
    else if (carriesAFile(index))
        activateMedia(id);
    else if (const qint64 quoted = index.data(MessageListModel::QuotedIdRole).toLongLong())
        showMessage(quoted);
}

bool MainWindow::openLink(const QString &link)
{
    const auto parsed = whatsAppLinkOf(QUrl(link));
    if (!parsed) {
        statusBar()->showMessage(
            tr("%1 is not a WhatsApp link with a valid number (https://wa.me/NUMBER)").arg(link),
            10000);
        return false;
    }
    const QString phone = parsed->phone;
    m_cache
        ->run([phone](QSqlDatabase &db) {
            QSqlQuery find = sql::prepare(db, QStringLiteral(R"(
                SELECT id FROM conversations WHERE customer_phone = ?
                ORDER BY last_activity_at DESC LIMIT 1)"));
            find.addBindValue(phone);
            sql::exec(find);
            return find.next() ? find.value(0).toLongLong() : qint64(0);
        })
        .then(this, [this, phone](qint64 conversation) {
            if (conversation > 0) {
                qCInfo(lcUi) << "a link opened conversation" << conversation;
                openConversationById(conversation);
                return;
            }
            if (auto *search = findChild<QLineEdit *>(QStringLiteral("search")))
                search->setText(phone);
            statusBar()->showMessage(
                tr("No conversation with %1 yet: it starts when they write, or with a template "
                   "from a campaign.")
                    .arg(phone),
                15000);
        });
    return true;
}

} // namespace inbox
