// SPDX-License-Identifier: GPL-3.0-or-later
#include "Campaign.h"

#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace inbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inbox", text);
}

/// A list's column names: lowercased, trimmed, "{{1}}" read as "1".
QString columnKey(QString header)
{
    header = header.trimmed().toLower();
    if (header.startsWith(QLatin1String("{{")) && header.endsWith(QLatin1String("}}")))
        header = header.mid(2, header.size() - 4).trimmed();
    return header;
}

bool isPhoneColumn(const QString &key)
{
    static const QStringList names = {
        QStringLiteral("phone"),  QStringLiteral("phone_number"), QStringLiteral("phone number"),
        QStringLiteral("number"), QStringLiteral("mobile"),       QStringLiteral("whatsapp")};
    return names.contains(key);
}

/// The fields of a CSV text, row by row, with the line each row starts on; or the error.
Expected<QList<std::pair<int, QStringList>>, QString> csvRecords(const QString &text)
{
    QList<std::pair<int, QStringList>> rows;
    QStringList fields;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the field was quoted and its closing quote is behind us
    bool rowStarted = false; // anything on this row yet
    int line = 1;
    int rowLine = 1;
    auto endField = [&] {
        fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        // A blank line is no recipient; the rows' line numbers stay the file's own.
        if (!(fields.size() == 1 && fields.first().isEmpty()))
            rows.append({rowLine, fields});
        fields.clear();
        rowStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!rowStarted) {
            rowStarted = true;
            rowLine = line;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                return tr("row %1, column %2: a double quote inside a field that does not start "
                          "with one; put the whole field in double quotes and write the quote "
                          "as \"\"")
                    .arg(line)
                    .arg(fields.size() + 1);
            }
            quoted = true;
        } else if (wasQuoted) {
            return tr("row %1, column %2: text after a field's closing double quote; put the "
                      "whole field in double quotes")
                .arg(line)
                .arg(fields.size() + 1);
        } else {
            field += c;
        }
    }
    if (quoted) {
        return tr("row %1, column %2: a double quote is never closed")
            .arg(rowLine)
            .arg(fields.size() + 1);
    }
    if (rowStarted)
        endRow();
    return rows;
}

const QRegularExpression &namedPlaceholder()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\{\{\s*([A-Za-z_][A-Za-z0-9_]*|[0-9]+)\s*\}\})"));
    return pattern;
}

QString dayText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

/// Letters without their accents, lowercased: "DESCADASTRÁR" -> "descadastrar".
QString foldedWords(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded += c.isLetter() ? c.toLower() : QLatin1Char(' ');
    }
    return folded.simplified();
}

} // namespace

Expected<QList<CampaignRecipient>, QString> readRecipientCsv(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Which line: no byte of a multi-byte character is a line feed, so lines decode alone.
        const QList<QByteArray> lines = bytes.split('\n');
        qsizetype bad = 0;
        // (A line that decodes to a replacement character it did not hold is the bad one.)
        while (bad < lines.size() - 1 &&
               !(QString::fromUtf8(lines.at(bad)).contains(QChar::ReplacementCharacter) &&
                 !lines.at(bad).contains("\xEF\xBF\xBD")))
            ++bad;
        return tr("row %1: the file is not UTF-8 text; save it as \"CSV UTF-8\"").arg(bad + 1);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    auto records = csvRecords(text);
    if (!records)
        return records.error();
    const QList<std::pair<int, QStringList>> &rows = records.value();
    if (rows.isEmpty())
        return tr("the file is empty: it needs a header row with a phone column, then one row "
                  "per recipient");
    QStringList columns;
    for (const QString &header : rows.first().second)
        columns.append(columnKey(header));
    qsizetype phoneColumn = -1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (isPhoneColumn(columns.at(i))) {
            phoneColumn = i;
            break;
        }
    }
    if (phoneColumn < 0) {
        return tr("row 1: no phone column; the header has %1. Name the column of numbers "
                  "\"phone\"")
            .arg(rows.first().second.join(QStringLiteral(", ")));
    }
    QList<CampaignRecipient> recipients;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const auto &[line, fields] = rows.at(r);
        if (fields.size() != columns.size()) {
            return tr("row %1: %2 fields where the header has %3; a field with a comma needs "
                      "double quotes around it")
                .arg(line)
                .arg(fields.size())
                .arg(columns.size());
        }
        CampaignRecipient recipient;
        recipient.row = line;
        recipient.phone = fields.at(phoneColumn).trimmed();
        if (recipient.phone.isEmpty()) {
            return tr("row %1, column %2 (\"%3\"): no phone number")
                .arg(line)
                .arg(phoneColumn + 1)
                .arg(rows.first().second.at(phoneColumn).trimmed());
        }
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i != phoneColumn)
                recipient.variables.insert(columns.at(i), fields.at(i).trimmed());
        }
        recipients.append(recipient);
    }
    return recipients;
}

QByteArray csvRows(const QList<QStringList> &rows)
{
    QByteArray out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (QString field : row) {
            // A formula in a spreadsheet is run when opened: keep it text.
            if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()) &&
                !(field.front() == QLatin1Char('+') && field.mid(1).toLongLong() > 0))
                field.prepend(QLatin1Char('\''));
            if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')))
                field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                        QLatin1Char('"');
            fields.append(field);
        }
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

CampaignContent contentOfTemplate(const MessageTemplate &messageTemplate)
{
    CampaignContent content;
    content.isTemplate = true;
    content.name = messageTemplate.name;
    content.language = messageTemplate.language;
    content.status = messageTemplate.status;
    for (const TemplateComponent &component : messageTemplate.components) {
        const QList<int> numbers = placeholdersOf(component.text);
        if (component.type == TemplateComponent::Type::Body) {
            content.body = component.text;
            content.parameterNames = component.parameterNames;
            for (const int number : numbers) {
                const QString named = component.parameterNames.value(number - 1).trimmed();
                content.variables.append(named.isEmpty() ? QString::number(number)
                                                         : columnKey(named));
            }
        } else if (component.type != TemplateComponent::Type::Footer) {
            for (const int number : numbers)
                content.unfillable.append(QStringLiteral("{{%1}}").arg(number));
        }
    }
    return content;
}

CampaignContent contentOfSavedReply(const QString &shortcut, const QString &text)
{
    CampaignContent content;
    content.isTemplate = false;
    content.name = shortcut;
    content.body = text;
    auto matches = namedPlaceholder().globalMatch(text);
    while (matches.hasNext()) {
        const QString name = columnKey(matches.next().captured(1));
        if (!content.variables.contains(name))
            content.variables.append(name);
    }
    return content;
}

QString renderContent(const CampaignContent &content, const QMap<QString, QString> &values)
{
    if (content.isTemplate) {
        QMap<int, QString> numbered;
        const QList<int> numbers = placeholdersOf(content.body); // once, not per variable
        for (qsizetype i = 0; i < content.variables.size() && i < numbers.size(); ++i)
            numbered.insert(numbers.at(i), values.value(content.variables.at(i)));
        return renderPlaceholders(content.body, numbered).text;
    }
    QString text;
    qsizetype last = 0;
    auto matches = namedPlaceholder().globalMatch(content.body);
    while (matches.hasNext()) {
        const auto match = matches.next();
        text += QStringView(content.body).mid(last, match.capturedStart() - last);
        const QString value = values.value(columnKey(match.captured(1)));
        text += value.isEmpty() ? match.captured() : value;
        last = match.capturedEnd();
    }
    text += QStringView(content.body).mid(last);
    return text;
}

QList<RecipientVerdict> checkRecipients(const QList<CampaignRecipient> &recipients,
                                        const CampaignFacts &facts)
{
    QList<RecipientVerdict> verdicts;
    verdicts.reserve(recipients.size());
    QHash<QString, int> firstRow; // canonical number -> its first row
    int eligibleSoFar = 0;
    for (const CampaignRecipient &recipient : recipients) {
        RecipientVerdict verdict;
        verdict.row = recipient.row;
        verdict.phone = recipient.phone;
        verdict.customerName = recipient.customerName;
        auto refuse = [&verdict](const QString &key, const QString &words) {
            verdict.reason = key;
            verdict.words = words;
        };
        const auto number = PhoneNumber::parse(recipient.phone);
        if (number) {
            verdict.phone = number->e164();
            verdict.canonical = number->canonical();
        }
        if (facts.content) {
            for (const QString &name : facts.content->variables) {
                QString value = recipient.variables.value(name);
                if (value.isEmpty() && name == QLatin1String("name"))
                    value = recipient.customerName;
                verdict.values.insert(name, value);
            }
        }
        QStringList missing;
        for (auto it = verdict.values.cbegin(); it != verdict.values.cend(); ++it) {
            if (it.value().trimmed().isEmpty())
                missing.append(QStringLiteral("{{%1}}").arg(it.key()));
        }
        if (!number) {
            refuse(reason::invalidNumber, tr("not a valid phone number: %1").arg(number.error()));
        } else if (firstRow.contains(verdict.canonical)) {
            refuse(reason::duplicate,
                   tr("already in the list at row %1").arg(firstRow.value(verdict.canonical)));
        } else if (facts.optedOut.contains(verdict.canonical)) {
            refuse(reason::optedOut,
                   tr("opted out on %1").arg(dayText(facts.optedOut.value(verdict.canonical))));
        } else if (!facts.accountProblem.isEmpty()) {
            refuse(reason::accountUnhealthy,
                   tr("the account cannot send: %1").arg(facts.accountProblem));
        } else if (!facts.content) {
            refuse(reason::templateNotApproved, facts.content.error());
        } else if (!facts.content->isSendable()) {
            refuse(reason::templateNotApproved,
                   tr("the template %1 (%2) is %3, not approved")
                       .arg(facts.content->name, facts.content->language,
                            facts.content->status.isEmpty() ? tr("not reviewed")
                                                            : facts.content->status));
        } else if (!facts.content->unfillable.isEmpty()) {
            refuse(reason::templateNotApproved,
                   tr("the template %1 has a header or button with %2, which a bulk send cannot "
                      "fill; choose a template with variables in its body only")
                       .arg(facts.content->name, facts.content->unfillable.join(QLatin1Char(' '))));
        } else if (!missing.isEmpty()) {
            refuse(reason::missingVariable,
                   tr("no value for %1").arg(missing.join(QStringLiteral(", "))));
        } else if (facts.sentRecently.contains(verdict.canonical)) {
            refuse(
                reason::sentRecently,
                tr("sent %1 on %2 (campaigns skip whoever got it within %3 days)")
                    .arg(facts.content->name, dayText(facts.sentRecently.value(verdict.canonical)))
                    .arg(facts.days));
        } else if (facts.sentToday + eligibleSoFar >= facts.dailyCap) {
            refuse(reason::overDailyCap,
                   tr("over the account's daily cap of %1 (%2 sent in the last 24 hours)")
                       .arg(facts.dailyCap)
                       .arg(facts.sentToday));
        } else {
            verdict.eligible = true;
            ++eligibleSoFar;
        }
        if (number && !firstRow.contains(verdict.canonical))
            firstRow.insert(verdict.canonical, recipient.row);
        verdicts.append(verdict);
    }
    return verdicts;
}

CheckSummary summarize(const QList<RecipientVerdict> &verdicts)
{
    CheckSummary summary;
    for (const RecipientVerdict &verdict : verdicts) {
        if (verdict.eligible) {
            ++summary.eligible;
        } else {
            ++summary.ineligible;
            ++summary.reasons[verdict.reason];
        }
    }
    return summary;
}

QString reasonTitle(const QString &reasonKey)
{
    if (reasonKey == reason::invalidNumber)
        return tr("Invalid number");
    if (reasonKey == reason::duplicate)
        return tr("Duplicate in the list");
    if (reasonKey == reason::optedOut)
        return tr("Opted out");
    if (reasonKey == reason::accountUnhealthy)
        return tr("Account cannot send");
    if (reasonKey == reason::templateNotApproved)
        return tr("Template not approved");
    if (reasonKey == reason::missingVariable)
        return tr("Missing variable");
    if (reasonKey == reason::sentRecently)
        return tr("Sent recently");
    if (reasonKey == reason::overDailyCap)
        return tr("Over the daily cap");
    return reasonKey.isEmpty() ? tr("Eligible") : reasonKey;
}

bool isOptOutRequest(const QString &text)
{
    if (text.size() > 64)
        return false;
    static const QSet<QString> phrases = {
        QStringLiteral("stop"),          QStringLiteral("unsubscribe"),
        QStringLiteral("stop all"),      QStringLiteral("opt out"),
        QStringLiteral("baja"),          QStringLiteral("dar de baja"),
        QStringLiteral("darme de baja"), QStringLiteral("parar"),
        QStringLiteral("detener"),       QStringLiteral("cancelar suscripcion"),
        QStringLiteral("pare"),          QStringLiteral("sair"),
        QStringLiteral("descadastrar"),  QStringLiteral("cancelar inscricao"),
    };
    return phrases.contains(foldedWords(text));
}

} // namespace inbox
