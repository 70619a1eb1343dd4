// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneConnectDialog.h"

#include "domain/PhoneNumber.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QTimer>
#include <QVBoxLayout>

namespace inbox {

QString phoneSummary(const PhoneSessionState &state)
{
    const auto number = PhoneNumber::parse(state.hostNumber);
    QString text = number ? number->international() : state.hostNumber;
    if (state.batteryPercent >= 0) {
        text += state.plugged
                    ? PhoneConnectDialog::tr(" · battery %1%, charging").arg(state.batteryPercent)
                    : PhoneConnectDialog::tr(" · battery %1%").arg(state.batteryPercent);
    }
    return text;
}

PhoneConnectDialog::PhoneConnectDialog(std::shared_ptr<PhoneSession> session,
                                       const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Link a phone to %1").arg(accountName));
    auto *layout = new QVBoxLayout(this);
    auto *steps = new QLabel(tr("On the phone, open WhatsApp → Settings → Linked devices → "
                                "Link a device, and point the camera at this code."));
    steps->setWordWrap(true);
    layout->addWidget(steps);
    m_qr = new QLabel;
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(264, 264);
    layout->addWidget(m_qr, 1);
    m_status = new QLabel(tr("Asking the server…"));
    m_status->setObjectName(QStringLiteral("sessionState"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(380, 440);

    m_timer = new QTimer(this);
    m_timer->setInterval(pollMs);
    connect(m_timer, &QTimer::timeout, this, &PhoneConnectDialog::poll);
    m_timer->start();
    poll();
}

void PhoneConnectDialog::poll()
{
    if (m_polling)
        return; // the last answer is not in yet
    m_polling = true;
    m_session->session().then(this,
                              [this](const Expected<PhoneSessionState, ProviderError> &state) {
                                  m_polling = false;
                                  present(state);
                              });
}

void PhoneConnectDialog::present(const Expected<PhoneSessionState, ProviderError> &state)
{
    if (!state) {
        m_qr->clear();
        m_qr->setStyleSheet(QStringLiteral("background: white; border: 1px solid #d0d7de;"));
        m_qr->setText(tr("No code"));
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(tr("The open-wa server is unreachable: %1. Trying again…")
                              .arg(state.error().message()));
        return;
    }
    m_status->setStyleSheet({});
    if (state->connected()) {
        m_qr->clear();
        m_qr->setText(QStringLiteral("✓"));
        m_qr->setStyleSheet(QStringLiteral("background: #e7f8ee; color: #1a7f37; font-size: 96px;"
                                           "border: 1px solid #1a7f37;"));
        m_status->setText(tr("Connected: %1").arg(phoneSummary(*state)));
        if (!m_wasLinked) {
            m_wasLinked = true;
            Q_EMIT linked(*state);
        }
        return;
    }
    m_wasLinked = false;
    m_qr->setStyleSheet(QStringLiteral("background: white; border: 1px solid #d0d7de;"));
    const QString prefix = QStringLiteral("data:image/png;base64,");
    QPixmap code;
    if (state->qrCode.startsWith(prefix))
        code.loadFromData(QByteArray::fromBase64(state->qrCode.mid(prefix.size()).toLatin1()),
                          "PNG");
    if (code.isNull()) {
        m_qr->setText(tr("Waiting for a code…"));
    } else {
        m_qr->setPixmap(code.scaled(256, 256, Qt::KeepAspectRatio, Qt::FastTransformation));
    }
    m_status->setText(
        tr("Not linked yet (%1). The code refreshes every few seconds.").arg(state->state));
}

} // namespace inbox
