// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoAssignDialog.h"

#include "MainWindow.h"
#include "cache/CacheDatabase.h"
#include "domain/TeamEvent.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace inbox {

namespace {

/// The rules' row key: the account's id, or "team".
QString rowKey(const QString &accountId)
{
    return accountId.isEmpty() ? QStringLiteral("team") : accountId;
}

std::optional<RoutingRules> rulesOf(const RoutingSettings &settings, const QString &accountId)
{
    for (const RoutingRules &rules : settings.rules) {
        if (rules.accountId == accountId)
            return rules;
    }
    return std::nullopt;
}

QTableWidget *table(const QStringList &headers, const QString &name, const QString &spoken)
{
    auto *widget = new QTableWidget(0, int(headers.size()));
    widget->setObjectName(name);
    widget->setAccessibleName(spoken);
    widget->setHorizontalHeaderLabels(headers);
    widget->verticalHeader()->hide();
    widget->setSelectionMode(QAbstractItemView::NoSelection);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < headers.size(); ++column)
        widget->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return widget;
}

/// "22:15" today, the date as well before.
QString when(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate()
               ? locale.toString(local.time(), QLocale::ShortFormat)
               : locale.toString(local, QLocale::ShortFormat);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

AutoAssignDialog::AutoAssignDialog(std::shared_ptr<CacheDatabase> cache,
                                   const ProviderCatalog &catalog, RelayLink *relay,
                                   QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_catalog(catalog)
    , m_relay(relay)
{
    setWindowTitle(tr("Auto-assignment"));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("New conversations go by themselves to the teammates online, in turn, to those under "
           "their limit; the customer waiting longest goes first. Every decision is a line in the "
           "chat. One inbox decides each (any that is open, or the headless runner)."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_rules = table({tr("Account"), tr("Assign automatically"), tr("Reassign after offline")},
                    QStringLiteral("routingRules"), tr("Auto-assignment rules by account"));
    layout->addWidget(m_rules, 1);
    m_teammates = table({tr("Teammate"), tr("Role"), tr("Presence"), tr("Open"), tr("Limit")},
                        QStringLiteral("routingTeammates"),
                        tr("Teammates, their presence, open conversations and limit"));
    layout->addWidget(m_teammates, 1);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("routingResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("Save for the team"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("routingSave"));
    connect(m_save, &QPushButton::clicked, this, &AutoAssignDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_cache->events(), &CacheEvents::routingChanged, this, &AutoAssignDialog::reload);
    if (m_relay) {
        connect(m_relay, &RelayLink::presenceChanged, this, &AutoAssignDialog::showPresence);
        connect(m_relay, &RelayLink::stateChanged, this, &AutoAssignDialog::showPresence);
    }
    reload();
}

void AutoAssignDialog::reload()
{
    whenReady(
        RoutingStore(m_cache).settings(), this,
        [this](const RoutingSettings &settings) { showSettings(settings); },
        [this](const CacheError &error) { m_result->setText(error.message()); });
}

void AutoAssignDialog::showSettings(const RoutingSettings &settings)
{
    m_settings = settings;
    const RoutingRules team = rulesOf(settings, {}).value_or(RoutingRules{});
    m_rules->setRowCount(int(settings.accounts.size()) + 1);
    const auto addRow = [this, &team](int row, const QString &accountId, const QString &name) {
        m_rules->setItem(row, 0, cell(name));
        auto *choice = new QComboBox;
        choice->setObjectName(QStringLiteral("rule:") + rowKey(accountId));
        choice->setAccessibleName(tr("Assign automatically: %1").arg(name));
        auto *after = new QSpinBox;
        after->setObjectName(QStringLiteral("reassign:") + rowKey(accountId));
        after->setAccessibleName(tr("Reassign after offline, in minutes: %1").arg(name));
        after->setRange(0, 24 * 60);
        after->setSuffix(tr(" min"));
        after->setSpecialValueText(tr("Never"));
        const auto own = rulesOf(m_settings, accountId);
        if (accountId.isEmpty()) {
            choice->addItem(tr("Off"), QStringLiteral("off"));
            choice->addItem(tr("On"), QStringLiteral("on"));
        } else {
            choice->addItem(team.enabled ? tr("As the team (on)") : tr("As the team (off)"),
                            QStringLiteral("team"));
            choice->addItem(tr("On"), QStringLiteral("on"));
            choice->addItem(tr("Off"), QStringLiteral("off"));
        }
        const RoutingRules shown = own.value_or(team);
        choice->setCurrentIndex(
            choice->findData(!accountId.isEmpty() && !own
                                 ? QStringLiteral("team")
                                 : (shown.enabled ? QStringLiteral("on") : QStringLiteral("off"))));
        after->setValue(shown.reassignAfterMinutes);
        const auto follow = [choice, after] {
            after->setEnabled(choice->currentData() != QStringLiteral("team"));
        };
        connect(choice, &QComboBox::currentIndexChanged, after, follow);
        follow();
        m_rules->setCellWidget(row, 1, choice);
        m_rules->setCellWidget(row, 2, after);
    };
    addRow(0, {}, tr("Every account: the team's rules"));
    for (int row = 0; row < settings.accounts.size(); ++row) {
        const RoutingAccount &account = settings.accounts.at(row);
        addRow(row + 1, account.id,
               QStringLiteral("%1 · %2").arg(account.displayName,
                                             m_catalog.displayName(Provider(account.provider))));
    }
    // The accounts that follow the team show the team's rules as they are typed.
    auto *teamChoice = qobject_cast<QComboBox *>(m_rules->cellWidget(0, 1));
    auto *teamAfter = qobject_cast<QSpinBox *>(m_rules->cellWidget(0, 2));
    const auto followTeam = [this, teamChoice, teamAfter] {
        const bool on = teamChoice->currentData() == QStringLiteral("on");
        for (int row = 1; row < m_rules->rowCount(); ++row) {
            auto *choice = qobject_cast<QComboBox *>(m_rules->cellWidget(row, 1));
            auto *after = qobject_cast<QSpinBox *>(m_rules->cellWidget(row, 2));
            choice->setItemText(0, on ? tr("As the team (on)") : tr("As the team (off)"));
            if (choice->currentData() == QStringLiteral("team"))
                after->setValue(teamAfter->value());
        }
    };
    connect(teamChoice, &QComboBox::currentIndexChanged, this, followTeam);
    connect(teamAfter, &QSpinBox::valueChanged, this, followTeam);
    showPresence();
}

void AutoAssignDialog::showPresence()
{
    const bool connected = m_relay && m_relay->state() == RelayLink::State::Connected;
    QList<stream::TeammatePresence> team =
        connected ? m_relay->presence() : QList<stream::TeammatePresence>();
    if (team.isEmpty()) { // offline: the teammates the cache knows, presence unknown
        for (const TeammateLoad &load : std::as_const(m_settings.teammates))
            team.append({load.id, load.name, load.role, false, {}});
        std::sort(team.begin(), team.end(), [](const auto &a, const auto &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
    }
    // Limits typed but not saved stay as typed.
    QHash<QString, int> typed;
    for (int row = 0; row < m_teammates->rowCount(); ++row) {
        if (const auto *limit = qobject_cast<QSpinBox *>(m_teammates->cellWidget(row, 4)))
            typed.insert(limit->objectName(), limit->value());
    }
    m_teammates->setRowCount(int(team.size()));
    for (int row = 0; row < team.size(); ++row) {
        const stream::TeammatePresence &mate = team.at(row);
        const TeammateLoad load = m_settings.teammates.value(mate.agent);
        m_teammates->setItem(row, 0, cell(mate.name.isEmpty() ? mate.agent : mate.name));
        m_teammates->setItem(
            row, 1, cell(MainWindow::roleText(roleFromKey(mate.role).value_or(Role::Agent))));
        QString presence = tr("Not known offline");
        if (connected) {
            const QString since = when(mate.since);
            presence = mate.online            ? tr("Online since %1").arg(since)
                       : mate.since.isValid() ? tr("Offline since %1").arg(since)
                                              : tr("Offline");
        }
        auto *presenceCell = cell(presence);
        presenceCell->setForeground(mate.online ? QColor(0x1f, 0x8a, 0x4c)
                                                : palette().mid().color());
        m_teammates->setItem(row, 2, presenceCell);
        m_teammates->setItem(row, 3, cell(QString::number(load.open)));
        auto *limit = new QSpinBox;
        limit->setObjectName(QStringLiteral("capacity:") + mate.agent);
        limit->setAccessibleName(
            tr("Most open conversations given automatically to %1").arg(mate.name));
        limit->setRange(-1, 999);
        limit->setSpecialValueText(tr("No limit"));
        limit->setValue(typed.value(limit->objectName(), load.capacity.value_or(-1)));
        m_teammates->setCellWidget(row, 4, limit);
    }
    m_save->setEnabled(connected);
    if (!connected)
        m_result->setText(tr("Not connected to the relay: auto-assignment runs through it (it "
                             "knows who is online). The settings are shown as last known."));
    else if (m_result->text().startsWith(tr("Not connected")))
        m_result->clear();
}

QList<QJsonObject> AutoAssignDialog::changes() const
{
    QList<QJsonObject> events;
    const auto rulesEvent = [](const RoutingAccount *account, bool enabled, int after,
                               bool removed) {
        team::Routing routing{account ? account->provider : QString(),
                              account ? account->relayAccount : QString(), enabled, after, removed};
        return toJson(TeamEvent{routing, {}});
    };
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const RoutingAccount *account = row == 0 ? nullptr : &m_settings.accounts.at(row - 1);
        const QString id = account ? account->id : QString();
        const auto *choice = qobject_cast<QComboBox *>(m_rules->cellWidget(row, 1));
        const auto *after = qobject_cast<QSpinBox *>(m_rules->cellWidget(row, 2));
        if (!choice || !after)
            continue;
        const QString chosen = choice->currentData().toString();
        const auto own = rulesOf(m_settings, id);
        if (chosen == QLatin1String("team")) {
            if (own)
                events << rulesEvent(account, false, 0, true);
            continue;
        }
        const bool enabled = chosen == QLatin1String("on");
        if (!own && !account && !enabled && after->value() == 0)
            continue; // the team's rules as they are by default
        if (!own || own->enabled != enabled || own->reassignAfterMinutes != after->value())
            events << rulesEvent(account, enabled, after->value(), false);
    }
    for (int row = 0; row < m_teammates->rowCount(); ++row) {
        const auto *limit = qobject_cast<QSpinBox *>(m_teammates->cellWidget(row, 4));
        if (!limit)
            continue;
        const QString agent = limit->objectName().mid(int(qstrlen("capacity:")));
        const std::optional<int> wanted =
            limit->value() < 0 ? std::nullopt : std::optional(limit->value());
        if (wanted != m_settings.teammates.value(agent).capacity)
            events << toJson(TeamEvent{team::Capacity{agent, wanted}, {}});
    }
    return events;
}

void AutoAssignDialog::save()
{
    const QList<QJsonObject> events = changes();
    if (!m_relay || m_relay->state() != RelayLink::State::Connected) {
        m_result->setText(tr("Not connected to the relay; save again when the status bar says "
                             "connected."));
        return;
    }
    if (events.isEmpty()) {
        m_result->setText(tr("Nothing changed."));
        return;
    }
    m_save->setEnabled(false);
    m_result->setText(tr("Saving…"));
    struct Outcome
    {
        qsizetype waiting = 0;
        QStringList problems;
    };
    auto outcome = std::make_shared<Outcome>(Outcome{events.size(), {}});
    for (const QJsonObject &event : events) {
        m_relay->publish(event).then(
            this, [this, outcome, total = events.size()](const Expected<qint64, QString> &stored) {
                if (!stored)
                    outcome->problems << stored.error();
                if (--outcome->waiting > 0)
                    return;
                m_save->setEnabled(true);
                m_result->setText(outcome->problems.isEmpty()
                                      ? tr("Saved for the team: %1 changes.").arg(total)
                                      : tr("Not saved: %1").arg(outcome->problems.first()));
            });
    }
}

} // namespace inbox
