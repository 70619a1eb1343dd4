// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AutoReply.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimeEdit;

namespace inbox {

class CacheDatabase;

/// An account's automatic replies: on or off, keyword rules (words → reply), opening hours
/// with the reply sent when closed, a welcome for a new customer, and an HTTP hook. Problems
/// are said in words and nothing is saved until there are none.
class AutoReplyDialog : public QDialog
{
    Q_OBJECT
public:
    AutoReplyDialog(std::shared_ptr<CacheDatabase> cache, QString accountId,
                    const QString &accountName, QWidget *parent = nullptr);

    /// The rules as the form has them.
    AutoReplyRules rules() const;

private:
    void present(const AutoReplyRules &rules);
    void addKeyword(const QString &words, const QString &reply);
    void save();

    std::shared_ptr<CacheDatabase> m_cache;
    QString m_accountId;
    QCheckBox *m_enabled = nullptr;
    QTableWidget *m_keywords = nullptr;
    QGroupBox *m_hours = nullptr;
    QTimeEdit *m_opens = nullptr;
    QTimeEdit *m_closes = nullptr;
    QList<QCheckBox *> m_days;
    QLineEdit *m_timeZone = nullptr;
    QPlainTextEdit *m_closedReply = nullptr;
    QPlainTextEdit *m_welcome = nullptr;
    QLineEdit *m_hook = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace inbox
