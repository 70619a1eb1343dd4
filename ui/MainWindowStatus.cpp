// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's status bar: the relay connection, the outbox, each account's health.
#include "ConversationDelegate.h"
#include "LeadPanel.h"
#include "MainWindow.h"
#include "PhoneConnectDialog.h"
#include "UiLog.h"
#include "cache/CacheDatabase.h"
#include "cache/OutboxStore.h"
#include "controllers/TeamContext.h"
#include "domain/PhoneNumber.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

namespace inbox {

void MainWindow::setAccountHealth(const QString &accountId, const QString &problem)
{
    if (problem.isEmpty())
        m_accountProblems.remove(accountId);
    else
        m_accountProblems.insert(accountId, problem);
    if (!m_health) {
        m_health = new QLabel;
        m_health->setObjectName(QStringLiteral("accountHealth"));
        m_health->setStyleSheet(QStringLiteral("color: #b3261e;"));
        statusBar()->insertPermanentWidget(0, m_health);
    }
    QStringList lines;
    for (auto it = m_accountProblems.cbegin(); it != m_accountProblems.cend(); ++it)
        lines << tr("%1: %2").arg(it.key(), it.value());
    m_health->setVisible(!lines.isEmpty());
    m_health->setToolTip(lines.join(QLatin1Char('\n')));
    m_health->setText(
        m_accountProblems.size() == 1
            ? tr("⚠ %1").arg(m_health->fontMetrics().elidedText(lines.first(), Qt::ElideRight, 420))
            : tr("⚠ %1 accounts have problems (hover for details)").arg(m_accountProblems.size()));
}

void MainWindow::setPhoneSession(const QString &accountId,
                                 const Expected<PhoneSessionState, ProviderError> &session)
{
    if (!session) {
        m_phoneStates.remove(accountId);
        setAccountHealth(accountId, tr("unreachable: %1").arg(session.error().message()));
    } else if (!session->connected()) {
        m_phoneStates.remove(accountId);
        setAccountHealth(
            accountId,
            tr("no phone linked (%1): use Link phone in Settings → Accounts").arg(session->state));
    } else {
        m_phoneStates.insert(accountId, phoneSummary(*session));
        setAccountHealth(accountId, {});
    }
    if (!m_phones) {
        m_phones = new QLabel;
        m_phones->setObjectName(QStringLiteral("phoneSessions"));
        statusBar()->insertPermanentWidget(0, m_phones);
    }
    QStringList lines;
    for (auto it = m_phoneStates.cbegin(); it != m_phoneStates.cend(); ++it)
        lines << tr("%1: phone %2").arg(it.key(), it.value());
    m_phones->setVisible(!lines.isEmpty());
    m_phones->setToolTip(lines.join(QLatin1Char('\n')));
    m_phones->setText(lines.size() == 1 ? tr("📱 %1").arg(lines.first())
                                        : tr("📱 %n phones linked", nullptr, int(lines.size())));
}

void MainWindow::watchOutbox()
{
    auto *outbox = new QLabel;
    outbox->setObjectName(QStringLiteral("outboxState"));
    statusBar()->addPermanentWidget(outbox);
    auto refresh = [this, outbox] {
        whenReady(
            OutboxStore(m_cache).size(), outbox,
            [outbox](int waiting) {
                outbox->setText(waiting > 0 ? tr("Outbox: %n waiting", nullptr, waiting)
                                            : QString());
            },
            [](const CacheError &error) { qCWarning(lcUi) << error.message(); });
    };
    connect(m_cache->events(), &CacheEvents::messagesAdded, outbox, refresh);
    connect(m_cache->events(), &CacheEvents::messageChanged, outbox, refresh);
    refresh();
}

void MainWindow::showIdentity()
{
    if (!m_identity) {
        m_identity = new QLabel;
        m_identity->setObjectName(QStringLiteral("signedIn"));
        statusBar()->addPermanentWidget(m_identity);
    }
    const QString name = m_agentNames.value(m_currentAgentId, m_currentAgentId);
    m_identity->setText(tr("Signed in as %1 · %2").arg(name, roleText(m_role)));
    m_identity->setToolTip(tr("What a %1 may do: %2").arg(roleText(m_role), roleAbilities(m_role)));
    m_identity->setAccessibleName(m_identity->text());
}

QString MainWindow::roleText(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("Agent");
    case Role::Manager:
        return tr("Manager");
    case Role::Admin:
        return tr("Admin");
    }
    return {};
}

QString MainWindow::roleAbilities(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("answer customers, take conversations, write notes");
    case Role::Manager:
        return tr("everything an agent does, assign conversations to teammates, edit templates "
                  "and saved replies");
    case Role::Admin:
        return tr("everything a manager does, and manage accounts and teammates");
    }
    return {};
}

MainWindow::~MainWindow() = default;

void MainWindow::setRelayLink(RelayLink *link)
{
    m_relay = link;
    m_team->setRelayLink(link);
    m_lead->setRelayLink(link);
    if (!m_relayState) {
        m_relayState = new QLabel;
        m_relayState->setObjectName(QStringLiteral("relayState"));
        statusBar()->addPermanentWidget(m_relayState);
    }
    auto show = [this] {
        // An outage says plainly what it means for the agent: what may be missing, and that
        // what they send still goes out (straight to the provider).
        static const QString missing =
            tr("Customers' new messages and teammates' changes may be missing until it is back; "
               "what you send still goes out.");
        QString text;
        QString tip;
        bool trouble = false;
        if (!m_relay) {
            text = tr("Offline: no relay set");
            tip = tr("No relay is set: new messages arrive only when a relay is set in Settings.");
            trouble = true;
        } else {
            const RelayLink::State state = m_relay->state();
            if (state == RelayLink::State::Connected)
                m_relayDownSince = {};
            else if (!m_relayDownSince.isValid() && m_relayWasConnected)
                m_relayDownSince = QDateTime::currentDateTime();
            m_relayWasConnected = m_relayWasConnected || state == RelayLink::State::Connected;
            const QString since =
                m_relayDownSince.isValid()
                    ? tr("Relay unreachable since %1").arg(look::clock(m_relayDownSince))
                    : QString();
            switch (state) {
            case RelayLink::State::Connecting:
                text = since.isEmpty() ? tr("Relay: connecting…") : since;
                trouble = !since.isEmpty();
                break;
            case RelayLink::State::Connected:
                text = tr("Relay: connected (%1)").arg(m_relay->org());
                tip = tr("Customers' messages and teammates' changes arrive as they happen.");
                break;
            case RelayLink::State::Reconnecting:
                text = since.isEmpty()
                           ? tr("Relay unreachable: trying again in %n s", nullptr,
                                m_relay->reconnectInSeconds())
                           : tr("%1: trying again in %n s", nullptr, m_relay->reconnectInSeconds())
                                 .arg(since);
                trouble = true;
                break;
            case RelayLink::State::SignedOut:
                text = tr("Relay: signed out (token refused)");
                tip = tr("The relay refused this computer's token: ask an admin for a new one "
                         "and enter it in Settings → Relay.");
                trouble = true;
                break;
            }
            if (trouble && tip.isEmpty())
                tip = missing;
            if (trouble && state != RelayLink::State::SignedOut)
                text += QStringLiteral(" · ") + tr("messages may be missing");
        }
        m_relayState->setText(text);
        m_relayState->setToolTip(tip.isEmpty() ? missing : tip);
        m_relayState->setAccessibleDescription(m_relayState->toolTip());
        m_relayState->setStyleSheet(trouble ? QStringLiteral("QLabel { color: #b3261e; }")
                                            : QString());
    };
    show();
    if (!m_relayTick) {
        // The countdown moves while reconnecting.
        m_relayTick = new QTimer(m_relayState);
        m_relayTick->start(1000);
    }
    m_relayTick->disconnect();
    connect(m_relayTick, &QTimer::timeout, m_relayState, show);
    if (link) {
        connect(link, &RelayLink::stateChanged, m_relayState, show);
        connect(link, &RelayLink::stateChanged, this, [this](RelayLink::State state) {
            if (state == RelayLink::State::Connected && !m_relay->agentId().isEmpty())
                setIdentity(m_relay->agentId(), roleFromKey(m_relay->role()).value_or(Role::Agent));
        });
    }
}

void MainWindow::teamNoteArrived(const QString &phone, const QString &author, const QString &text,
                                 const QDateTime &at)
{
    // A catch-up after days away replays thousands of old notes: only a fresh mention is news,
    // and the cheap tests go before the pattern.
    constexpr int freshSeconds = 10 * 60;
    if (author == m_currentAgentId || at.secsTo(QDateTime::currentDateTimeUtc()) > freshSeconds ||
        !mentions(text, m_currentAgentId))
        return;
    const QString who = m_agentNames.value(author, author);
    const auto parsed = PhoneNumber::parse(phone);
    const QString number = parsed ? parsed.value().international() : phone;
    const QString title = tr("%1 mentioned you in a note on %2").arg(who, number);
    const QString excerpt = text.simplified().left(120);
    statusBar()->showMessage(title + QStringLiteral(": ") + excerpt, 20000);
    QApplication::alert(this);
    Q_EMIT mentioned(title, excerpt);
}

} // namespace inbox
