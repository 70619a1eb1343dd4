// The main window's status bar: the relay connection, the outbox, each account's health.
#include "LeadPanel.h"
#include "MainWindow.h"
#include "PhoneConnectDialog.h"
#include "UiLog.h"
#include "cache/CacheDatabase.h"
#include "cache/OutboxStore.h"
#include "controllers/TeamContext.h"
#include "itemmodels/WhenReady.h"
#include "ports/RelayLink.h"

#include <QLabel>
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
        if (!m_relay) {
            m_relayState->setText(tr("Offline: no relay set"));
            return;
        }
        switch (m_relay->state()) {
        case RelayLink::State::Connecting:
            m_relayState->setText(tr("Relay: connecting…"));
            break;
        case RelayLink::State::Connected:
            m_relayState->setText(tr("Relay: connected (%1)").arg(m_relay->org()));
            break;
        case RelayLink::State::Reconnecting:
            m_relayState->setText(
                tr("Relay: reconnecting in %n s", nullptr, m_relay->reconnectInSeconds()));
            break;
        case RelayLink::State::SignedOut:
            m_relayState->setText(tr("Relay: signed out (token refused)"));
            break;
        }
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

} // namespace inbox
