// The team's labels in the main window: a filter over the list, Conversation → Labels to put
// them on the open conversation or take them off, and Inbox → Labels… for managers.
#include "ConversationDelegate.h"
#include "LabelsDialog.h"
#include "MainWindow.h"
#include "cache/CacheDatabase.h"
#include "controllers/LabelController.h"
#include "itemmodels/ConversationFilterProxyModel.h"
#include "itemmodels/ConversationListModel.h"
#include "itemmodels/WhenReady.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QListView>
#include <QMenu>
#include <QStatusBar>

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

} // namespace inbox
