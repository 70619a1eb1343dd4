// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions: Conversation → All matching the filter assigns, resolves, marks read or labels
// every conversation the list's filter lets through, loaded or not, one team event each, after a
// confirmation that says how many, with progress and a stop.
#include "MainWindow.h"
#include "controllers/BulkActions.h"
#include "controllers/ConversationController.h"
#include "controllers/LabelController.h"
#include "itemmodels/ConversationFilterProxyModel.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace inbox {

void MainWindow::buildBulkMenu(QMenu *conversation)
{
    QMenu *bulk = conversation->addMenu(tr("All &matching the filter"));
    bulk->setObjectName(QStringLiteral("bulkMenu"));
    QAction *resolve = bulk->addAction(tr("&Resolve all…"));
    resolve->setObjectName(QStringLiteral("bulkResolve"));
    connect(resolve, &QAction::triggered, this, [this] {
        runBulk(tr("Conversations matching the filter: %1. Resolve them all?"),
                tr("Resolved %1 of %2."), [this](qint64 id) {
                    return m_conversationActions->setStatus(id, ConversationStatus::Resolved);
                });
    });
    QAction *read = bulk->addAction(tr("Mark all &read…"));
    read->setObjectName(QStringLiteral("bulkRead"));
    connect(read, &QAction::triggered, this, [this] {
        runBulk(tr("Conversations matching the filter: %1. Mark them all read? Customers see blue "
                   "ticks where their provider shows them."),
                tr("Marked %1 of %2 read."),
                [this](qint64 id) { return m_conversationActions->open(id); });
    });
    m_bulkAssignMenu = bulk->addMenu(tr("&Assign all to"));
    m_bulkAssignMenu->setObjectName(QStringLiteral("bulkAssignMenu"));
    m_bulkAssignMenu->menuAction()->setVisible(canAssign(m_role));
    connect(m_bulkAssignMenu, &QMenu::aboutToShow, this, &MainWindow::fillBulkAssignMenu);
    fillBulkAssignMenu();
    m_bulkLabelMenu = bulk->addMenu(tr("Put a &label on all"));
    m_bulkLabelMenu->setObjectName(QStringLiteral("bulkLabelMenu"));
    connect(m_bulkLabelMenu, &QMenu::aboutToShow, this, &MainWindow::fillBulkLabelMenu);
    fillBulkLabelMenu();
}

void MainWindow::fillBulkLabelMenu()
{
    m_bulkLabelMenu->clear();
    for (const Label &label : std::as_const(m_teamLabels)) {
        QAction *action = m_bulkLabelMenu->addAction(label.name);
        action->setObjectName(QStringLiteral("bulkLabel:") + label.name);
        connect(action, &QAction::triggered, this, [this, name = label.name] {
            runBulk(tr("Conversations matching the filter: %1. Put the label %2 on them all?")
                        .arg(QStringLiteral("%1"), name),
                    tr("Labelled %1 of %2."),
                    [this, name](qint64 id) { return m_labels->setOn(id, name, true); });
        });
    }
    m_bulkLabelMenu->setEnabled(!m_teamLabels.isEmpty());
}

void MainWindow::fillBulkAssignMenu()
{
    // The team as the relay says it, else as the cache knows it.
    QList<std::pair<QString, QString>> team;
    if (m_relay) {
        for (const stream::TeammatePresence &mate : m_relay->presence())
            team.append({mate.agent, mate.name.isEmpty() ? mate.agent : mate.name});
    }
    if (team.isEmpty()) {
        for (auto it = m_agentNames.cbegin(); it != m_agentNames.cend(); ++it)
            team.append({it.key(), it.value().isEmpty() ? it.key() : it.value()});
        std::sort(team.begin(), team.end(), [](const auto &a, const auto &b) {
            return a.second.localeAwareCompare(b.second) < 0;
        });
    }
    m_bulkAssignMenu->clear();
    for (const auto &[id, name] : std::as_const(team)) {
        QAction *action = m_bulkAssignMenu->addAction(name);
        action->setObjectName(QStringLiteral("bulkAssign:") + id);
        connect(action, &QAction::triggered, this, [this, id, name] {
            runBulk(tr("Conversations matching the filter: %1. Assign them all to %2?")
                        .arg(QStringLiteral("%1"), name),
                    tr("Assigned %1 of %2."), [this, id, name](qint64 conversation) {
                        return m_conversationActions->assign(conversation, id, name);
                    });
        });
    }
    m_bulkAssignMenu->setEnabled(!team.isEmpty());
}

void MainWindow::runBulk(const QString &question, const QString &doneText,
                         std::function<QFuture<QString>(qint64)> act)
{
    whenReady(
        BulkAction::matching(m_cache, m_filtered->filter()), this,
        [=, this](const QList<qint64> &ids) {
            if (ids.isEmpty()) {
                statusBar()->showMessage(tr("No conversation matches the filter."), 8000);
                return;
            }
            const QString asked = question.arg(ids.size());
            auto *confirm = new QMessageBox(QMessageBox::Question, tr("All matching the filter"),
                                            asked, QMessageBox::Yes | QMessageBox::Cancel, this);
            confirm->setObjectName(QStringLiteral("bulkConfirm"));
            confirm->setAttribute(Qt::WA_DeleteOnClose);
            connect(confirm, &QMessageBox::accepted, this, [=, this] {
                auto *action = new BulkAction(m_cache, act, this);
                auto *progress = new QProgressDialog(asked, tr("Stop"), 0, int(ids.size()), this);
                progress->setObjectName(QStringLiteral("bulkProgress"));
                progress->setWindowTitle(tr("All matching the filter"));
                progress->setMinimumDuration(0);
                progress->setAutoClose(false);
                progress->setAutoReset(false);
                connect(progress, &QProgressDialog::canceled, action, &BulkAction::stop);
                connect(action, &BulkAction::progressed, progress, &QProgressDialog::setValue);
                connect(action, &BulkAction::finished, this,
                        [=, this](int done, int total, const QStringList &problems) {
                            QString said = doneText.arg(done).arg(total);
                            if (!problems.isEmpty())
                                said += QLatin1Char(' ') + tr("Not changed: %1 (%2).")
                                                               .arg(problems.size())
                                                               .arg(problems.first());
                            statusBar()->showMessage(said, 15000);
                            progress->setLabelText(said);
                            progress->setCancelButtonText(tr("Close"));
                            connect(progress, &QProgressDialog::canceled, progress,
                                    &QObject::deleteLater);
                            action->deleteLater();
                        });
                progress->show();
                action->start(ids);
            });
            confirm->open();
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message(), 8000); });
}

} // namespace inbox
