// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelsDialog.h"

#include "cache/CacheDatabase.h"
#include "controllers/LabelController.h"
#include "itemmodels/WhenReady.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbox {

namespace {

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(colour));
    painter.drawRoundedRect(pixmap.rect(), 3, 3);
    return QIcon(pixmap);
}

} // namespace

LabelsDialog::LabelsDialog(std::shared_ptr<CacheDatabase> cache, LabelController *labels,
                           QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_labels(labels)
{
    setWindowTitle(tr("Labels"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The team's labels. Anyone puts them on a conversation "
                                "(Conversation → Labels); the list filters by them."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("labelList"));
    m_list->setAccessibleName(tr("The team's labels"));
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("labelName"));
    m_name->setPlaceholderText(tr("New label, e.g. VIP"));
    m_name->setAccessibleName(tr("Label name"));
    m_colour = new QPushButton(tr("Colour…"));
    m_colour->setObjectName(QStringLiteral("labelColour"));
    m_colour->setIcon(swatch(m_chosen));
    m_colour->setAutoDefault(false);
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addLabel"));
    add->setDefault(true); // Enter in the name adds it
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeLabel"));
    remove->setAutoDefault(false);
    row->addWidget(m_name, 1);
    row->addWidget(m_colour);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("labelResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 380);

    connect(add, &QPushButton::clicked, this, &LabelsDialog::add);
    connect(remove, &QPushButton::clicked, this, &LabelsDialog::removeSelected);
    connect(m_colour, &QPushButton::clicked, this, &LabelsDialog::chooseColour);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            m_name->setText(name); // Add again with another colour recolours it
    });
    connect(m_cache->events(), &CacheEvents::labelsChanged, this, &LabelsDialog::reload);
    reload();
}

void LabelsDialog::reload()
{
    whenReady(
        LabelStore(m_cache).all(), this,
        [this](const QList<Label> &labels) {
            const QString current =
                m_list->currentItem() ? m_list->currentItem()->text() : QString();
            m_list->clear();
            for (const Label &label : labels) {
                auto *item = new QListWidgetItem(swatch(label.colour), label.name, m_list);
                item->setData(Qt::UserRole, label.colour);
                if (label.name == current)
                    m_list->setCurrentItem(item);
            }
        },
        [this](const CacheError &error) { say(error.message()); });
}

void LabelsDialog::add()
{
    const Label label{m_name->text().trimmed(), m_chosen};
    m_labels->define(label).then(this, [this, name = label.name](const QString &problem) {
        say(problem);
        if (problem.isEmpty()) {
            m_name->clear();
            m_result->setText(tr("%1 is one of the team's labels.").arg(name));
        }
    });
}

void LabelsDialog::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        say(tr("Choose the label to remove in the list."));
        return;
    }
    m_labels->remove(item->text()).then(this, [this, name = item->text()](const QString &problem) {
        say(problem);
        if (problem.isEmpty())
            m_result->setText(tr("%1 is gone, from every conversation too.").arg(name));
    });
}

void LabelsDialog::chooseColour()
{
    const QColor colour = QColorDialog::getColor(QColor(m_chosen), this, tr("Label colour"));
    if (!colour.isValid())
        return;
    m_chosen = colour.name();
    m_colour->setIcon(swatch(m_chosen));
}

void LabelsDialog::say(const QString &problem)
{
    m_result->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b3261e"));
    m_result->setText(problem);
}

} // namespace inbox
