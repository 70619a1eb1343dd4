// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <unordered_map>

namespace inbox {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

QString parseErrorText(PhoneNumberUtil::ErrorType error, const QString &input)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return QCoreApplication::translate(
                   "inbox::PhoneNumber",
                   "\"%1\" has no valid country code: write it in international form, "
                   "starting with + and the country code (for example +55 11 98765-4321).")
            .arg(input);
    case PhoneNumberUtil::NOT_A_NUMBER:
        return QCoreApplication::translate("inbox::PhoneNumber", "\"%1\" is not a phone number.")
            .arg(input);
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return QCoreApplication::translate(
                   "inbox::PhoneNumber",
                   "\"%1\" is too short to be a phone number: check for missing digits.")
            .arg(input);
    case PhoneNumberUtil::TOO_LONG_NSN:
        return QCoreApplication::translate(
                   "inbox::PhoneNumber",
                   "\"%1\" is too long to be a phone number: check for extra digits.")
            .arg(input);
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return QCoreApplication::translate("inbox::PhoneNumber",
                                       "\"%1\" could not be read as a phone number.")
        .arg(input);
}

QString formatted(const LibNumber &number, PhoneNumberUtil::PhoneNumberFormat format)
{
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(number, format, &out);
    return QString::fromStdString(out);
}

// Brazil made every mobile number nine digits long by adding a leading 9 (Anatel, 2012-2016).
// WhatsApp still reports accounts made before that without it. When the library finds the short
// form invalid and the form with the 9 after the area code a valid mobile, that is the number.
std::optional<LibNumber> withBrazilianNinthDigit(const LibNumber &number)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    if (number.country_code() != 55 || util.IsValidNumber(number))
        return std::nullopt;
    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    for (size_t areaCodeLength = 1; areaCodeLength <= 3 && areaCodeLength < national.size();
         ++areaCodeLength) {
        // Built, not insert()ed: GCC 12 warns falsely (-Wrestrict) about insert once inlined.
        const std::string candidateDigits =
            national.substr(0, areaCodeLength) + '9' + national.substr(areaCodeLength);
        LibNumber candidate;
        if (util.Parse("+55" + candidateDigits, "ZZ", &candidate) !=
            PhoneNumberUtil::NO_PARSING_ERROR)
            continue;
        if (util.IsValidNumber(candidate) &&
            util.GetNumberType(candidate) == PhoneNumberUtil::MOBILE &&
            static_cast<size_t>(util.GetLengthOfNationalDestinationCode(candidate)) ==
                areaCodeLength) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace

Expected<PhoneNumber, QString> PhoneNumber::parse(const QString &input,
                                                  const QString &defaultRegion)
{
    // libphonenumber's parse runs its regular expressions each time (a seventh of a busy
    // desktop's ingest went there); a customer, and the business number a webhook names, come
    // again and again, so each thread keeps what it parsed: refusals too (a test number like
    // +1 555 is refused for every webhook), by language, whose words a refusal is in.
    thread_local std::unordered_map<QString, Expected<PhoneNumber, QString>> parsed;
    const QString key =
        QLocale().name() + QLatin1Char('|') + defaultRegion + QLatin1Char('|') + input;
    if (const auto known = parsed.find(key); known != parsed.end())
        return known->second;
    auto result = parseUncached(input, defaultRegion);
    if (parsed.size() >= 4096)
        parsed.clear();
    parsed.emplace(key, result);
    return result;
}

Expected<PhoneNumber, QString> PhoneNumber::parseUncached(const QString &input,
                                                          const QString &defaultRegion)
{
    QString text = input.trimmed();
    // WhatsApp chat ids (open-wa "<digits>@c.us", UniPile "<digits>@s.whatsapp.net").
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at > 0)
        text.truncate(at);
    if (text.isEmpty())
        return QCoreApplication::translate("inbox::PhoneNumber", "The phone number is empty.");

    const bool bareDigits =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (bareDigits && defaultRegion.isEmpty())
        text.prepend(QLatin1Char('+'));

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    LibNumber number;
    const std::string region = defaultRegion.isEmpty() ? "ZZ" : defaultRegion.toStdString();
    const auto error = util.Parse(text.toStdString(), region, &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR)
        return parseErrorText(error, input);

    const std::optional<LibNumber> corrected = withBrazilianNinthDigit(number);
    if (!corrected && !util.IsValidNumber(number)) {
        switch (util.IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            return parseErrorText(PhoneNumberUtil::TOO_SHORT_NSN, input);
        case PhoneNumberUtil::TOO_LONG:
            return parseErrorText(PhoneNumberUtil::TOO_LONG_NSN, input);
        default:
            break;
        }
        std::string numberRegion;
        util.GetRegionCodeForNumber(number, &numberRegion);
        if (numberRegion.empty() || numberRegion == "ZZ")
            return QCoreApplication::translate(
                       "inbox::PhoneNumber",
                       "\"%1\" is not a valid number in any country: check the country code.")
                .arg(input);
        return QCoreApplication::translate(
                   "inbox::PhoneNumber",
                   "\"%1\" is not a valid number for %2: check the digits after the country code.")
            .arg(input, QString::fromStdString(numberRegion));
    }

    PhoneNumber result;
    // The library already reads Mexico's old "+52 1" mobile prefix as the plain +52 number.
    result.m_e164 = formatted(number, PhoneNumberUtil::E164);
    result.m_canonical = corrected ? formatted(*corrected, PhoneNumberUtil::E164) : result.m_e164;
    std::string numberRegion;
    util.GetRegionCodeForNumber(corrected ? *corrected : number, &numberRegion);
    result.m_region = QString::fromStdString(numberRegion);
    return result;
}

QString PhoneNumber::international() const
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    LibNumber number;
    util.Parse(m_canonical.toStdString(), "ZZ", &number);
    return formatted(number, PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneNumber::canonicalOf(const QString &input)
{
    const auto parsed = parse(input);
    return parsed ? parsed->canonical() : QString();
}

} // namespace inbox
