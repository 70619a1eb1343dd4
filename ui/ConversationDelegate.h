// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Provider.h"

#include <QColor>
#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;

class QPainter;

namespace inbox {

/// Paints a conversation list row: avatar, name, time, the last message with its ticks, unread
/// badge, provider badge, assignee initials, the team's labels and the 24-hour window. No widget
/// per row.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ConversationDelegate(QAbstractItemView *view, ProviderCatalog providers);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The team's labels' colours, for their chips.
    void setLabelColours(QHash<QString, QColor> colours) { m_labelColours = std::move(colours); }

private:
    QAbstractItemView *m_view;
    ProviderCatalog m_providers;
    QHash<QString, QColor> m_labelColours;
};

/// What the delegates share: colours and marks that mean the same everywhere.
namespace look {
/// The chip a conversation on `provider` carries: its short name in its colour.
struct ProviderChip
{
    QString text;
    QColor colour;
};
ProviderChip providerChip(const ProviderCatalog &providers, const Provider &provider);
/// Ticks for an outbound status: clock queued, ✓ sent, ✓✓ delivered and read, ! failed.
QString ticks(const QString &status);
QColor tickColor(const QString &status, const QPalette &palette);
/// The ticks drawn as WhatsApp draws them, `height` pixels tall: one grey check sent, two grey
/// delivered, two blue read, a clock queued, a red mark failed. Their width at that height.
int ticksWidth(const QString &status, int height);
/// Paints them with their left edge at `left`, centred on `centreY`; gives the width used.
int paintTicks(QPainter *painter, int left, int centreY, int height, const QString &status,
               const QColor &colour);
/// "14:05" (no seconds)
QString clock(const QDateTime &at);
/// "14:05" today, "Mon" this week, "12/11" before.
QString shortTime(const QDateTime &at);
QColor avatarColor(const QString &seed);
/// A dark look for desktops that have none (`inbox --theme dark`): Fusion with a
/// WhatsApp-like night palette. The painted rows and bubbles follow the palette's lightness.
void applyDarkTheme();
} // namespace look

} // namespace inbox
