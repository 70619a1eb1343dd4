// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/MessageTemplate.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace inbox {

class CacheDatabase;
class TemplateController;
class TemplateAdmin;

/// The template editor, for admins: an account's templates with status, category and language
/// (a rejection with Meta's reason); create, edit and delete with header (text or media), body
/// with placeholders, footer and buttons (quick reply, link, phone); what stops a template
/// from being submitted, in words; a live preview; Submit for review. Reviews update the list
/// as their status events arrive. WATI's templates are shown read-only: they are edited in WATI.
class TemplateEditor : public QDialog
{
    Q_OBJECT
public:
    /// `adminFor` gives an account's template management, or nullptr when this desktop cannot
    /// manage its templates (not connected, or a provider without it).
    TemplateEditor(std::shared_ptr<CacheDatabase> cache, ProviderCatalog providers,
                   std::function<std::shared_ptr<TemplateAdmin>(const QString &accountId)> adminFor,
                   TemplateController *templates, QWidget *parent = nullptr);

    /// The template as the form describes it.
    MessageTemplate draft() const;

private:
    void loadAccounts();
    void loadTemplates();
    void showTemplate(const MessageTemplate &messageTemplate);
    void newTemplate();
    void addButton(const QString &type);
    /// Problems, preview and the Submit button follow every edit.
    void refresh();
    QMap<int, QString> examples() const;
    void submit();
    void remove();
    /// Keeps what the provider took and tells teammates, through the controller.
    void record(const MessageTemplate &t);
    bool readOnly() const;
    void say(const QString &text, bool problem);

    std::shared_ptr<CacheDatabase> m_cache;
    ProviderCatalog m_providers;
    std::function<std::shared_ptr<TemplateAdmin>(const QString &)> m_adminFor;
    TemplateController *m_actions;
    QList<Account> m_accounts;
    QList<MessageTemplate> m_templates;
    MessageTemplate m_current; ///< the one being edited (id 0: new)

    QComboBox *m_account = nullptr;
    QLabel *m_readOnly = nullptr;
    QTableWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_headerFormat = nullptr;
    QLineEdit *m_headerText = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_footer = nullptr;
    QTableWidget *m_buttons = nullptr;
    QLineEdit *m_examples = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_delete = nullptr;
    QList<QWidget *> m_editors;
};

} // namespace inbox
