#pragma once

#include "domain/Lead.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace inbox {

class CacheDatabase;
class RelayLink;

/// The customer beside the chat: name, phone, stage (editable), source, custom fields and the
/// team's notes (add one; each shows its author and time). With a relay, stage changes and
/// notes go to the whole team as team events; without one they are kept locally.
class LeadPanel : public QWidget
{
    Q_OBJECT
public:
    LeadPanel(std::shared_ptr<CacheDatabase> cache, QString agentId, QWidget *parent = nullptr);

    void setRelayLink(RelayLink *relay);
    /// The lead of the open conversation (0: none), and how the team names that conversation.
    void setLead(qint64 leadId, qint64 conversationId);

private:
    void reload();
    void showLead(const Lead &lead);
    void reloadNotes();
    void changeStage(const QString &stage);
    void addNote();
    bool teamOnline() const;

    std::shared_ptr<CacheDatabase> m_cache;
    QString m_agentId;
    RelayLink *m_relay = nullptr;
    qint64 m_leadId = 0;
    qint64 m_conversationId = 0;
    Lead m_lead;
    QLabel *m_name = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_fields = nullptr;
    QComboBox *m_stage = nullptr;
    QListWidget *m_notes = nullptr;
    QLineEdit *m_newNote = nullptr;
    QPushButton *m_addNote = nullptr;
    bool m_showing = false;
};

} // namespace inbox
