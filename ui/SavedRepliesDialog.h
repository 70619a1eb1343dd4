// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CannedResponseStore.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace inbox {

class CacheDatabase;
class SavedReplyController;

/// The team's saved replies, for managers and admins: the list on the left, the chosen one's
/// shortcut and text on the right; New, Save and Delete. Changes go to the whole team; what
/// stops one (a bad shortcut, no text, a role that may not) is said under the fields.
class SavedRepliesDialog : public QDialog
{
    Q_OBJECT
public:
    SavedRepliesDialog(std::shared_ptr<CacheDatabase> cache, SavedReplyController *replies,
                       QWidget *parent = nullptr);

    /// Shows the reply with this shortcut (a new one when there is none).
    void select(const QString &shortcut);

Q_SIGNALS:
    /// The list was read (again) from the cache.
    void loaded();

private:
    void reload();
    void fill(int row);
    void showReply(int row);
    void startNew();
    void save();
    void remove();
    void say(const QString &problem, bool isError);

    std::shared_ptr<CacheDatabase> m_cache;
    SavedReplyController *m_replies;
    QList<CannedResponse> m_all;
    QString m_wanted; ///< the shortcut to show once the list is read again
    QListWidget *m_list = nullptr;
    QLineEdit *m_shortcut = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace inbox
