// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/PhoneSession.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTimer;

namespace inbox {

/// Links a phone to a WhatsApp Web session (open-wa): shows the session's QR code, fresh on
/// every poll, until the phone has scanned it; then the phone's number, battery and charging.
/// An unreachable server is said in words and polled again; the rest of the inbox goes on.
class PhoneConnectDialog : public QDialog
{
    Q_OBJECT
public:
    PhoneConnectDialog(std::shared_ptr<PhoneSession> session, const QString &accountName,
                       QWidget *parent = nullptr);

    static constexpr int pollMs = 2000;

Q_SIGNALS:
    /// The phone is linked (sent once per link).
    void linked(const PhoneSessionState &state);

private:
    void poll();
    void present(const Expected<PhoneSessionState, ProviderError> &state);

    std::shared_ptr<PhoneSession> m_session;
    QLabel *m_qr = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
    bool m_polling = false;
    bool m_wasLinked = false;
};

/// "+57 300 111 2233 · battery 87%, charging", for the dialog and the status bar.
QString phoneSummary(const PhoneSessionState &state);

} // namespace inbox
