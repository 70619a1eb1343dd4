// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Lead.h"

#include <QFuture>
#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace inbox {

class CacheDatabase;
class ConversationController;
class LeadController;
class RelayLink;

/// The customer beside the chat: name, phone, stage (editable), source, owner, custom fields,
/// the team's notes (add one; each shows its author and time), the customer's other
/// conversations, and the conversation's status and assignment. Managers and admins assign and
/// reassign; an agent sees the owner and may take an unassigned conversation. With a relay,
/// every change goes to the whole team as a team event (a refusal is said plainly under the
/// controls); without one it is kept locally.
class LeadPanel : public QWidget
{
    Q_OBJECT
public:
    /// Changes go through the controllers; the panel shows what the cache then holds.
    LeadPanel(std::shared_ptr<CacheDatabase> cache, ProviderCatalog providers,
              ConversationController *conversations, LeadController *leads,
              QWidget *parent = nullptr);

    void setRelayLink(RelayLink *relay);
    /// Who is signed in: decides which assignment controls show.
    void setIdentity(const QString &agentId, Role role);
    /// The lead of the open conversation (0: none), and that conversation.
    void setLead(qint64 leadId, qint64 conversationId);
    /// Reads the conversation, its lead and notes again (after a team event or a local change).
    void reload();
    /// The lead shown (id 0: none).
    const Lead &lead() const { return m_lead; }

Q_SIGNALS:
    /// The agent picked one of the customer's other conversations.
    void openConversationRequested(qint64 conversationId);
    /// The lead shown was read again (its stage, its opt-out may have changed).
    void leadShown();

private:
    void buildConversationSection(QFormLayout *form);
    void showLead(const Lead &lead);
    void showConversation(const Conversation &conversation);
    void showOthers(const QList<Conversation> &conversations);
    void reloadNotes();
    void changeStage(const QString &stage);
    void changeStatus();
    void assignTo(const QString &agentId);
    void addNote();
    /// Shows what a change came to: a refusal under the controls (then `onProblem`), and the
    /// panel read again either way.
    void settle(const QFuture<QString> &outcome, std::function<void()> onProblem = {});
    void showProblem(const QString &problem);

    std::shared_ptr<CacheDatabase> m_cache;
    ProviderCatalog m_providers;
    QString m_agentId;
    Role m_role = Role::Agent;
    ConversationController *m_conversations;
    LeadController *m_leads;
    qint64 m_leadId = 0;
    qint64 m_conversationId = 0;
    Lead m_lead;
    Conversation m_conversation;
    QHash<QString, Account> m_accounts;
    QList<Agent> m_agents;

    QLabel *m_name = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_leadOwner = nullptr;
    QLabel *m_fields = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_status = nullptr;
    QDateTimeEdit *m_snoozeUntil = nullptr;
    QComboBox *m_assignee = nullptr; ///< managers and admins
    QLabel *m_owner = nullptr;       ///< agents: who has it
    QPushButton *m_take = nullptr;   ///< agents: take an unassigned conversation
    QLabel *m_problem = nullptr;
    QListWidget *m_others = nullptr;
    QLabel *m_othersTitle = nullptr;
    QListWidget *m_notes = nullptr;
    QLineEdit *m_newNote = nullptr;
    QPushButton *m_addNote = nullptr;
    bool m_showing = false;
};

} // namespace inbox
