// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/LabelStore.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace inbox {

class CacheDatabase;
class LabelController;

/// Inbox → Labels… (managers and admins): the team's labels, each with its colour; add one,
/// recolour one, take one away (it comes off every conversation). Every desktop has the change
/// through the relay.
class LabelsDialog : public QDialog
{
    Q_OBJECT
public:
    LabelsDialog(std::shared_ptr<CacheDatabase> cache, LabelController *labels,
                 QWidget *parent = nullptr);

private:
    void reload();
    void add();
    void removeSelected();
    void chooseColour();
    void say(const QString &problem);

    std::shared_ptr<CacheDatabase> m_cache;
    LabelController *m_labels;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_colour = nullptr;
    QLabel *m_result = nullptr;
    QString m_chosen = QStringLiteral("#25d366");
};

} // namespace inbox
