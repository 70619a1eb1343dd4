// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace inbox {

/// One part of a template; its text may hold {{1}}, {{2}} placeholders.
struct TemplateComponent
{
    enum class Type
    {
        Header,
        Body,
        Footer,
        Buttons
    };
    Type type = Type::Body;
    QString format; ///< header only: TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION
    QString text;
    QJsonArray buttons; ///< Buttons only, as the provider describes them
    /// The names the provider gives this text's {{1}}, {{2}}... in order (WATI's customParams);
    /// empty where the provider goes by number only.
    QStringList parameterNames{};
    /// Example values the template was approved with, for {{1}}, {{2}}... in order (Meta's
    /// "example"); a URL button's example is its whole address.
    QStringList examples{};
};

/// A pre-approved WhatsApp message, the only kind allowed outside the 24-hour window.
struct MessageTemplate
{
    qint64 id = 0;
    QString accountId;
    QString name;
    QString language; ///< e.g. en_US, pt_BR
    QString category; ///< MARKETING, UTILITY, AUTHENTICATION
    QString status;   ///< PENDING, APPROVED, REJECTED, DISABLED
    QList<TemplateComponent> components;
    QString providerId{};   ///< the provider's own id for the template (Meta's, for edits)
    QString statusReason{}; ///< why a review ended so (REJECTED: INVALID_FORMAT...)

    bool isSendable() const { return status == QLatin1String("APPROVED"); }
};

/// The placeholder numbers in a text, ascending and without repeats: "{{2}} and {{1}}" -> 1, 2.
QList<int> placeholdersOf(const QString &text);

/// The result of filling placeholders: the text, and which numbers were missing or not asked for.
struct RenderedText
{
    QString text;
    QList<int> missing; ///< placeholders without a (non-empty) value; left as {{n}} in text
    QList<int> extra;   ///< values given for numbers the text does not have
    bool isComplete() const { return missing.isEmpty() && extra.isEmpty(); }
};

RenderedText renderPlaceholders(const QString &text, const QMap<int, QString> &values);

/// What stops a template from being submitted for review, each problem in words (empty: none):
/// the name in lowercase letters, digits and underscores; a category; a body of at most 1024
/// characters whose placeholders are numbered {{1}} to {{n}} without gaps; a header and footer
/// of at most 60 characters (the footer without placeholders, the header with at most {{1}});
/// at most 10 buttons, quick replies and labels of at most 25 characters, URL buttons with an
/// https address, phone buttons with a number in international form.
QStringList templateProblems(const MessageTemplate &messageTemplate);

/// Components as JSON for storage, and back.
QJsonArray componentsToJson(const QList<TemplateComponent> &components);
QList<TemplateComponent> componentsFromJson(const QJsonArray &json);

} // namespace inbox
