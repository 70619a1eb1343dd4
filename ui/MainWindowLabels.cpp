// SPDX-License-Identifier: GPL-3.0-or-later
// The team's labels and saved views in the main window: a filter over the list, Conversation →
// Labels to put them on the open conversation or take them off, Inbox → Labels… for managers,
// and the views picker that saves the list's filter for the team and applies a saved one.
#include "ConversationDelegate.h"
#include "LabelsDialog.h"
#include "MainWindow.h"
#include "cache/CacheDatabase.h"
#include "controllers/LabelController.h"
#include "itemmodels/ConversationFilterProxyModel.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/WhenReady.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace inbox {

void MainWindow::buildLabelFilter(QBoxLayout *into)
{
    m_labelFilter = new QComboBox;
    m_labelFilter->setObjectName(QStringLiteral("labelFilter"));
    m_labelFilter->setAccessibleName(tr("Filter by label"));
    m_labelFilter->addItem(tr("Any label"), QString());
    connect(m_labelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filtered->setLabel(m_labelFilter->currentData().toString()); });
    into->addWidget(m_labelFilter);
}

void MainWindow::buildLabelMenu(QMenu *conversation)
{
    m_labelMenu = conversation->addMenu(tr("&Labels"));
    m_labelMenu->setObjectName(QStringLiteral("labelMenu"));
    connect(m_labelMenu, &QMenu::aboutToShow, this, &MainWindow::fillLabelMenu);
    fillLabelMenu();
}

void MainWindow::fillLabelMenu()
{
    m_labelMenu->clear();
    const QStringList on = m_openConversation != 0 ? m_conversationView->currentIndex()
                                                         .data(ConversationListModel::LabelsRole)
                                                         .toStringList()
                                                   : QStringList();
    for (const Label &label : std::as_const(m_teamLabels)) {
        QAction *action = m_labelMenu->addAction(label.name);
        action->setObjectName(QStringLiteral("label:") + label.name);
        action->setCheckable(true);
        action->setChecked(on.contains(label.name));
        action->setEnabled(m_openConversation != 0);
        connect(action, &QAction::triggered, this, [this, name = label.name](bool checked) {
            m_labels->setOn(m_openConversation, name, checked)
                .then(this, [this](const QString &problem) {
                    if (!problem.isEmpty())
                        statusBar()->showMessage(problem, 8000);
                });
        });
    }
    if (m_teamLabels.isEmpty()) {
        QAction *none = m_labelMenu->addAction(tr("No labels yet"));
        none->setEnabled(false);
    }
    if (canAssign(m_role)) {
        m_labelMenu->addSeparator();
        m_labelMenu->addAction(tr("&Manage labels…"), this, [this] { openLabels(); });
    }
}

LabelsDialog *MainWindow::openLabels()
{
    if (!canAssign(m_role))
        return nullptr;
    auto *dialog = new LabelsDialog(m_cache, m_labels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::reloadLabels()
{
    whenReady(
        LabelStore(m_cache).all(), this,
        [this](const QList<Label> &labels) {
            m_teamLabels = labels;
            QHash<QString, QColor> colours;
            for (const Label &label : labels)
                colours.insert(label.name, QColor(label.colour));
            m_conversationDelegate->setLabelColours(colours);
            m_conversationView->viewport()->update();
            if (!m_labelFilter)
                return;
            const QString chosen = m_labelFilter->currentData().toString();
            const QSignalBlocker quiet(m_labelFilter);
            m_labelFilter->clear();
            m_labelFilter->addItem(tr("Any label"), QString());
            for (const Label &label : labels)
                m_labelFilter->addItem(label.name, label.name);
            const int index = m_labelFilter->findData(chosen);
            m_labelFilter->setCurrentIndex(qMax(0, index));
            if (index < 0 && !chosen.isEmpty()) // the label was taken away
                m_filtered->setLabel(QString());
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message(), 8000); });
}

void MainWindow::buildViewPicker(QBoxLayout *into)
{
    auto *row = new QHBoxLayout;
    m_viewPicker = new QComboBox;
    m_viewPicker->setObjectName(QStringLiteral("viewPicker"));
    m_viewPicker->setAccessibleName(tr("The team's saved views"));
    m_viewPicker->addItem(tr("Saved views"), QString());
    auto *actions = new QToolButton;
    actions->setObjectName(QStringLiteral("viewActions"));
    actions->setText(tr("Views"));
    actions->setAccessibleName(tr("Save or remove a view"));
    actions->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(actions);
    QAction *save = menu->addAction(tr("&Save this view for the team…"));
    save->setObjectName(QStringLiteral("saveViewAction"));
    m_removeViewAction = menu->addAction(tr("&Remove this view"));
    m_removeViewAction->setObjectName(QStringLiteral("removeViewAction"));
    m_removeViewAction->setEnabled(false);
    actions->setMenu(menu);
    row->addWidget(m_viewPicker, 1);
    row->addWidget(actions);
    into->addLayout(row);

    connect(m_viewPicker, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_viewPicker->currentData().toString();
        m_removeViewAction->setEnabled(!name.isEmpty());
        for (const SavedView &view : std::as_const(m_views)) {
            if (view.name == name)
                applyView(view);
        }
    });
    connect(save, &QAction::triggered, this, [this] {
        auto *ask = new QInputDialog(this);
        ask->setObjectName(QStringLiteral("viewNameDialog"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Save this view"));
        ask->setLabelText(tr("The team sees it under this name (one saved before under it is "
                             "replaced):"));
        ask->setTextValue(m_viewPicker->currentData().toString());
        connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &name) {
            m_labels->saveView(name, m_filtered->filter())
                .then(this, [this, name](const QString &problem) {
                    statusBar()->showMessage(problem.isEmpty()
                                                 ? tr("Saved the view %1 for the team.").arg(name)
                                                 : problem,
                                             8000);
                });
        });
        ask->open();
    });
    connect(m_removeViewAction, &QAction::triggered, this, [this] {
        const QString name = m_viewPicker->currentData().toString();
        if (!name.isEmpty())
            m_labels->removeView(name);
    });
}

void MainWindow::applyView(const SavedView &view)
{
    const ConversationFilter filter = filterFromJson(view.filter, m_currentAgentId);
    const auto choose = [this](const char *name, const QVariant &data) {
        if (auto *box = findChild<QComboBox *>(QLatin1String(name)))
            box->setCurrentIndex(qMax(0, box->findData(data)));
    };
    choose("scopeFilter", int(filter.scope));
    choose("statusFilter",
           filter.status ? QVariant(conversationStatusKey(*filter.status)) : QVariant());
    choose("providerFilter", filter.provider ? QVariant(filter.provider->key()) : QVariant());
    choose("labelFilter", filter.label);
    if (auto *unread = findChild<QCheckBox *>(QStringLiteral("unreadFilter")))
        unread->setChecked(filter.unreadOnly);
    if (auto *search = findChild<QLineEdit *>(QStringLiteral("search")))
        search->setText(filter.search);
}

void MainWindow::reloadViews()
{
    whenReady(
        SavedViewStore(m_cache).all(), this,
        [this](const QList<SavedView> &views) {
            m_views = views;
            if (!m_viewPicker)
                return;
            const QString chosen = m_viewPicker->currentData().toString();
            const QSignalBlocker quiet(m_viewPicker);
            m_viewPicker->clear();
            m_viewPicker->addItem(tr("Saved views"), QString());
            for (const SavedView &view : views)
                m_viewPicker->addItem(view.name, view.name);
            m_viewPicker->setCurrentIndex(qMax(0, m_viewPicker->findData(chosen)));
            m_removeViewAction->setEnabled(m_viewPicker->currentIndex() > 0);
        },
        [this](const CacheError &error) { statusBar()->showMessage(error.message(), 8000); });
}

} // namespace inbox
