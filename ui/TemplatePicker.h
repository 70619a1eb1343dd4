#pragma once

#include "domain/MessageTemplate.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QFormLayout;
class QPushButton;

namespace inbox {

class CacheDatabase;
class MessageController;

/// Choosing and filling an approved template: the only message WhatsApp allows outside the
/// 24-hour window. A searchable list of the account's APPROVED templates, one field per {{n}}
/// (prefilled from the lead where the provider names the variable after a lead field), a live
/// preview as the customer will see it, and Send only when every variable is filled.
class TemplatePicker : public QDialog
{
    Q_OBJECT
public:
    /// The chosen template is sent through `messages`.
    TemplatePicker(std::shared_ptr<CacheDatabase> cache, MessageController *messages,
                   qint64 conversationId, QString accountId, QString customerName, QString agentId,
                   QWidget *parent = nullptr);

    /// For tests: the template list is loaded.
    bool isLoaded() const { return m_loaded; }
    /// How bringing the account's templates from its provider goes ("Checking WATI…", or why
    /// it failed); empty hides it.
    void setSyncState(const QString &state);

Q_SIGNALS:
    void loaded();
    void queued(qint64 messageId);

private:
    void reload();
    void showTemplates();
    void choose(int row);
    void update();
    void send();

    std::shared_ptr<CacheDatabase> m_cache;
    MessageController *m_messages;
    qint64 m_conversationId;
    QString m_accountId;
    QString m_customerName;
    QString m_agentId;
    QList<MessageTemplate> m_templates; ///< approved ones only
    std::optional<MessageTemplate> m_chosen;
    QMap<int, QLineEdit *> m_fields;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_syncState = nullptr;
    QPushButton *m_send = nullptr;
    bool m_loaded = false;
};

} // namespace inbox
