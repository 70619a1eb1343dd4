// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"
#include "MessageTemplate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace inbox {

/// One person a bulk campaign is meant for, as the list gave them.
struct CampaignRecipient
{
    int row = 0;   ///< the CSV line (the header is line 1), or the place in a view from 1
    QString phone; ///< as written
    /// The other columns by their header, lowercased: they fill the message's variables.
    QMap<QString, QString> variables;
    QString customerName{}; ///< the conversation's name, for a recipient from a view
};

/// Reads a recipient list: UTF-8 CSV as RFC 4180 has it (commas, fields in double quotes
/// with "" for a quote, CRLF or LF), a header row, one column named phone (or number, mobile,
/// whatsapp, phone_number). Refuses the whole file, naming the row and column, for text that
/// is not UTF-8, a stray quote, a row with more or fewer fields than the header, a row without
/// a phone, or no phone column at all.
Expected<QList<CampaignRecipient>, QString> readRecipientCsv(const QByteArray &bytes);

/// Writes rows as CSV (RFC 4180: fields quoted when they hold a comma, quote or line break;
/// a leading = + - @ is quoted too and prefixed with ' so a spreadsheet does not run it).
QByteArray csvRows(const QList<QStringList> &rows);

/// What a campaign sends each recipient: an approved template (Meta, WATI) or, where the
/// provider has no templates (open-wa, UniPile), a saved reply with {{name}} placeholders.
struct CampaignContent
{
    bool isTemplate = true;
    QString name;     ///< the template's name, or the saved reply's shortcut
    QString language; ///< templates only
    QString status;   ///< the template's review (APPROVED...); a saved reply is always fit
    QString body;     ///< the text with its placeholders
    /// What each placeholder is called in a recipient list, in order: a template's {{1}},
    /// {{2}}... go by the provider's parameter names (WATI) or by number ("1"); a saved
    /// reply's {{first_name}} by its name.
    QStringList variables;
    QStringList parameterNames; ///< a template's names for {{n}} at the provider (WATI)
    /// Placeholders a bulk send cannot fill (a header's, a button's): such a template is refused.
    QStringList unfillable;

    bool isSendable() const { return !isTemplate || status == QLatin1String("APPROVED"); }
};

CampaignContent contentOfTemplate(const MessageTemplate &messageTemplate);
CampaignContent contentOfSavedReply(const QString &shortcut, const QString &text);

/// The text a recipient receives: each placeholder filled from `values` (by variable name).
QString renderContent(const CampaignContent &content, const QMap<QString, QString> &values);

/// Why a recipient may not be sent to; the keys are stable (scripts read them).
namespace reason {
inline const QString invalidNumber = QStringLiteral("invalid_number");
inline const QString duplicate = QStringLiteral("duplicate");
inline const QString optedOut = QStringLiteral("opted_out");
inline const QString accountUnhealthy = QStringLiteral("account_unhealthy");
inline const QString templateNotApproved = QStringLiteral("template_not_approved");
inline const QString missingVariable = QStringLiteral("missing_variable");
inline const QString sentRecently = QStringLiteral("sent_recently");
inline const QString overDailyCap = QStringLiteral("over_daily_cap");
} // namespace reason

/// What the cache and the provider say, gathered before a check.
struct CampaignFacts
{
    /// The content, or why there is none ("no template welcome in en_US on this account").
    Expected<CampaignContent, QString> content = QString();
    QString accountProblem;                 ///< empty: the provider answered and the account works
    QHash<QString, QDateTime> optedOut;     ///< canonical number -> when it opted out
    QHash<QString, QDateTime> sentRecently; ///< canonical number -> last send of this content
    int days = 7;                           ///< how far back sentRecently looks
    int sentToday = 0;                      ///< the account's sends in the last 24 hours
    int dailyCap = 1000;
};

/// The check's word on one recipient.
struct RecipientVerdict
{
    int row = 0;
    QString phone;     ///< E.164 when valid, else as written
    QString canonical; ///< the number's canonical form (empty when invalid)
    bool eligible = false;
    QString reason; ///< a key of `reason::` (empty when eligible)
    QString words;  ///< the reason for a person ("opted out on 2 Dec 2026")
    QString customerName;
    QMap<QString, QString> values; ///< variable name -> its value for this recipient
};

/// Judges every recipient, in list order, nothing sent: a valid number, not already in the
/// list, not opted out, the account healthy, the content fit to send, every variable filled,
/// not sent the same content in the last `days`, and the account under its daily cap. The
/// first reason that applies is the one given. Pure.
QList<RecipientVerdict> checkRecipients(const QList<CampaignRecipient> &recipients,
                                        const CampaignFacts &facts);

/// Counts per reason, for the table's summary and `inboxctl bulk check`.
struct CheckSummary
{
    int eligible = 0;
    int ineligible = 0;
    QMap<QString, int> reasons;
};
CheckSummary summarize(const QList<RecipientVerdict> &verdicts);

/// The reason key in words, for a table's counts ("Opted out").
QString reasonTitle(const QString &reasonKey);

/// True when a customer's whole message asks to hear no more: STOP, UNSUBSCRIBE, and their
/// Spanish (BAJA, PARAR, DETENER, CANCELAR SUSCRIPCION) and Portuguese (PARE, SAIR,
/// DESCADASTRAR, CANCELAR INSCRICAO) words, in any case, with or without accents and
/// punctuation around them. A sentence that only contains one ("don't stop") is not.
bool isOptOutRequest(const QString &text);

} // namespace inbox
