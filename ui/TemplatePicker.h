// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MessageTemplate.h"
#include "domain/Provider.h"

#include <QDialog>
#include <QHash>
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
/// 24-hour window. A searchable list of the account's APPROVED templates; one field per
/// variable of the header, the body and the URL buttons, each labelled by the provider's name
/// for it or the example it was approved with (prefilled from the customer where the provider
/// names it so); a media header's file, by link or from this computer (chosen or dropped); a
/// live preview as the customer will see it; and Send only when everything is filled. What was
/// typed is kept per template while the picker is open, so moving through the list or the
/// filter loses nothing; a field says it is empty only once the agent has typed in it.
class TemplatePicker : public QDialog
{
    Q_OBJECT
public:
    /// The chosen template is sent through `messages`.
    TemplatePicker(std::shared_ptr<CacheDatabase> cache, MessageController *messages,
                   qint64 conversationId, QString accountId, QString customerName, QString agentId,
                   ProviderCapabilities provider, QWidget *parent = nullptr);

    /// For tests: the template list is loaded.
    bool isLoaded() const { return m_loaded; }
    /// How bringing the account's templates from its provider goes ("Checking WATI…", or why
    /// it failed); empty hides it.
    void setSyncState(const QString &state);

Q_SIGNALS:
    void loaded();
    void queued(qint64 messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// One value the agent fills in: a {{n}} of the header or the body, or a URL button's.
    struct Variable
    {
        QString key; ///< "header:1", "body:2", "button:0" (by the button's index)
        int number = 1;
        QString label;
        class QLineEdit *field = nullptr;
        bool touched = false;
    };
    void addVariable(const QString &key, int number, const QString &label, const QString &example);
    /// The media header's file: a local path or an https link; the problem in words, if any.
    QString headerProblem() const;
    QString templateKey() const;
    void keepValues();
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
    ProviderCapabilities m_provider;
    QList<Variable> m_variables;
    QString m_headerFormat;            ///< IMAGE, VIDEO or DOCUMENT: a media header to fill
    QLineEdit *m_headerFile = nullptr; ///< its link, or the path of a file from here
    bool m_headerTouched = false;
    QLabel *m_fixedParts = nullptr; ///< "sent as approved" where the provider fills them itself
    QHash<QString, QHash<QString, QString>> m_kept; ///< what was typed, by template and field
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
