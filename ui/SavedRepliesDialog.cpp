// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedRepliesDialog.h"

#include "cache/CacheDatabase.h"
#include "controllers/SavedReplyController.h"
#include "itemmodels/WhenReady.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbox {

SavedRepliesDialog::SavedRepliesDialog(std::shared_ptr<CacheDatabase> cache,
                                       SavedReplyController *replies, QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_replies(replies)
{
    setWindowTitle(tr("Saved replies"));
    resize(720, 420);
    m_shortcut = new QLineEdit;
    m_shortcut->setObjectName(QStringLiteral("savedReplyShortcut"));
    m_shortcut->setPlaceholderText(tr("hours"));
    m_shortcut->setToolTip(tr("Agents type / and this word in the composer"));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("savedReplyText"));
    m_text->setPlaceholderText(tr("We are open Monday to Saturday, 9:00 to 18:00."));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("savedReplyList"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *add = new QPushButton(tr("&New reply"));
    add->setObjectName(QStringLiteral("newSavedReply"));

    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(add);
    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("Shortcut /"), m_shortcut);
    form->addRow(tr("Text"), m_text);
    right->addLayout(form, 1);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("savedReplyState"));
    m_state->setWordWrap(true);
    right->addWidget(m_state);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveSavedReply"));
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteSavedReply"));
    right->addWidget(buttons);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &SavedRepliesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &SavedRepliesDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &SavedRepliesDialog::remove);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedRepliesDialog::showReply);
    connect(m_cache->events(), &CacheEvents::cannedResponsesChanged, this,
            &SavedRepliesDialog::reload);
    reload();
}

void SavedRepliesDialog::reload()
{
    // What to show afterwards is decided now: reads may finish after later calls changed it.
    QString wanted = std::exchange(m_wanted, QString());
    if (wanted.isEmpty() && m_list->currentRow() >= 0)
        wanted = m_all.value(m_list->currentRow()).shortcut;
    whenReady(
        CannedResponseStore(m_cache).all(), this,
        [this, wanted](const QList<CannedResponse> &all) {
            m_all = all;
            const QSignalBlocker quiet(m_list);
            m_list->clear();
            int current = -1;
            for (const CannedResponse &reply : all) {
                auto *item = new QListWidgetItem(
                    QStringLiteral("/%1 — %2")
                        .arg(reply.shortcut, reply.text.section(QLatin1Char('\n'), 0, 0).left(60)));
                item->setToolTip(reply.text);
                m_list->addItem(item);
                if (reply.shortcut == wanted)
                    current = m_list->count() - 1;
            }
            // Through the view, so that it counts as chosen: a list with no current row picks
            // its first one by itself when it gets the focus.
            m_list->setCurrentIndex(current >= 0 ? m_list->model()->index(current, 0)
                                                 : QModelIndex());
            if (current >= 0)
                fill(current); // what was said about the last change stays
            else if (all.isEmpty() || !wanted.isEmpty())
                startNew();
            Q_EMIT loaded();
        },
        [this](const CacheError &error) { say(error.message(), true); });
}

void SavedRepliesDialog::select(const QString &shortcut)
{
    for (int row = 0; row < m_all.size(); ++row) {
        if (m_all.at(row).shortcut == shortcut) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    startNew();
    m_shortcut->setText(shortcut);
}

void SavedRepliesDialog::fill(int row)
{
    if (row < 0 || row >= m_all.size())
        return;
    const CannedResponse &reply = m_all.at(row);
    m_shortcut->setText(reply.shortcut);
    m_text->setPlainText(reply.text);
    m_delete->setEnabled(true);
}

void SavedRepliesDialog::showReply(int row)
{
    fill(row);
    say({}, false);
}

void SavedRepliesDialog::startNew()
{
    const QSignalBlocker quiet(m_list);
    m_list->setCurrentIndex(QModelIndex());
    m_shortcut->clear();
    m_text->clear();
    m_delete->setEnabled(false);
    m_shortcut->setFocus();
    say(m_all.isEmpty() ? tr("No saved replies yet: write the first one.") : QString(), false);
}

void SavedRepliesDialog::save()
{
    const QString shortcut = m_shortcut->text().trimmed();
    const int row = m_list->currentRow();
    const QString renamedFrom = row >= 0 ? m_all.value(row).shortcut : QString();
    m_save->setEnabled(false);
    whenReady(
        m_replies->save(shortcut, m_text->toPlainText()), this,
        [this, shortcut, renamedFrom](const QString &problem) {
            m_save->setEnabled(true);
            if (!problem.isEmpty()) {
                say(problem, true);
                return;
            }
            if (!renamedFrom.isEmpty() && renamedFrom != shortcut)
                m_replies->remove(renamedFrom); // a new shortcut replaces the old one
            m_wanted = shortcut;
            say(tr("Saved: agents type /%1 to use it.").arg(shortcut), false);
            reload();
        },
        [this](const CacheError &error) {
            m_save->setEnabled(true);
            say(error.message(), true);
        });
}

void SavedRepliesDialog::remove()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_all.size())
        return;
    const QString shortcut = m_all.at(row).shortcut;
    if (QMessageBox::question(this, tr("Delete saved reply"),
                              tr("Delete /%1 for the whole team?").arg(shortcut)) !=
        QMessageBox::Yes)
        return;
    whenReady(
        m_replies->remove(shortcut), this,
        [this, shortcut](const QString &problem) {
            if (!problem.isEmpty()) {
                say(problem, true);
                return;
            }
            say(tr("Deleted /%1.").arg(shortcut), false);
            reload();
        },
        [this](const CacheError &error) { say(error.message(), true); });
}

void SavedRepliesDialog::say(const QString &problem, bool isError)
{
    m_state->setText(problem);
    m_state->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace inbox
