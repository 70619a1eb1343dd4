// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PhoneNumber.h"
#include "domain/WhatsAppLink.h"

#include <QTest>

using namespace inbox;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesToE164_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("country");
        QTest::newRow("formatted BR") << "+55 11 98765-4321"
                                      << ""
                                      << "+5511987654321"
                                      << "BR";
        QTest::newRow("bare digits") << "5511987654321"
                                     << ""
                                     << "+5511987654321"
                                     << "BR";
        QTest::newRow("open-wa chat id") << "5511987654321@c.us"
                                         << ""
                                         << "+5511987654321"
                                         << "BR";
        QTest::newRow("unipile attendee") << "447400123456@s.whatsapp.net"
                                          << ""
                                          << "+447400123456"
                                          << "GB";
        QTest::newRow("national with region") << "(415) 555-2671"
                                              << "US"
                                              << "+14155552671"
                                              << "US";
        QTest::newRow("German mobile") << "+49 151 12345678"
                                       << ""
                                       << "+4915112345678"
                                       << "DE";
        QTest::newRow("India") << "+91 98765 43210"
                               << ""
                               << "+919876543210"
                               << "IN";
    }

    void parsesToE164()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, country);
        const auto parsed = PhoneNumber::parse(input, region);
        QVERIFY2(parsed.hasValue(), parsed ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed->e164(), e164);
        QCOMPARE(parsed->regionCode(), country);
    }

    void brazilianNinthDigitIsOneNumber()
    {
        const auto withNine = PhoneNumber::parse(QStringLiteral("+55 11 98765-4321"));
        const auto withoutNine = PhoneNumber::parse(QStringLiteral("551187654321"));
        QVERIFY(withNine && withoutNine);
        QVERIFY(withNine->isSameNumber(*withoutNine));
        QCOMPARE(withoutNine->canonical(), QStringLiteral("+5511987654321"));
        // The spelling received is kept; only the comparison key is shared.
        QCOMPARE(withoutNine->e164(), QStringLiteral("+551187654321"));
    }

    void brazilianLandlineKeepsEightDigits()
    {
        const auto landline = PhoneNumber::parse(QStringLiteral("+55 11 3333-4444"));
        QVERIFY(landline);
        QCOMPARE(landline->canonical(), QStringLiteral("+551133334444"));
        const auto mobile = PhoneNumber::parse(QStringLiteral("+55 11 93333-4444"));
        QVERIFY(mobile);
        QVERIFY(!landline->isSameNumber(*mobile));
    }

    void mexicanOldMobilePrefixIsOneNumber()
    {
        const auto old = PhoneNumber::parse(QStringLiteral("+52 1 55 1234 5678"));
        const auto current = PhoneNumber::parse(QStringLiteral("+52 55 1234 5678"));
        QVERIFY(old && current);
        QVERIFY(old->isSameNumber(*current));
        QCOMPARE(old->canonical(), QStringLiteral("+525512345678"));
    }

    void differentNumbersDiffer()
    {
        const auto a = PhoneNumber::parse(QStringLiteral("+5511987654321"));
        const auto b = PhoneNumber::parse(QStringLiteral("+5511987654322"));
        QVERIFY(a && b);
        QVERIFY(!a->isSameNumber(*b));
    }

    void invalidInputSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("letters") << "call me maybe"
                                 << "not a phone number";
        QTest::newRow("no country code") << "(415) 555-2671"
                                         << "country code";
        QTest::newRow("too short") << "+55 11"
                                   << "too short";
        QTest::newRow("too long") << "+55 11 98765 43210 12345 6789"
                                  << "too long";
        QTest::newRow("invalid for region") << "+55 00 1234-5678"
                                            << "not a valid number for BR";
        QTest::newRow("unknown country") << "+999 1234567"
                                         << "country code";
    }

    void invalidInputSaysWhatIsWrong()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const auto parsed = PhoneNumber::parse(input);
        QVERIFY(!parsed.hasValue());
        QVERIFY2(parsed.error().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(parsed.error()));
    }

    void internationalFormatForPeople()
    {
        const auto parsed = PhoneNumber::parse(QStringLiteral("5511987654321"));
        QVERIFY(parsed);
        QCOMPARE(parsed->international(), QStringLiteral("+55 11 98765-4321"));
    }

    void clickToChatLinksGiveTheNumberAndText()
    {
        const auto wa = whatsAppLinkOf(
            QUrl(QStringLiteral("https://wa.me/5511987654321?text=Oi%20tudo%20bem")));
        QVERIFY(wa);
        QCOMPARE(wa->phone, PhoneNumber::canonicalOf(QStringLiteral("+5511987654321")));
        QCOMPARE(wa->text, QStringLiteral("Oi tudo bem"));
        for (const auto &[link, number] :
             {std::pair{"whatsapp://send?phone=4915123456789", "+4915123456789"},
              std::pair{"https://api.whatsapp.com/send?phone=%2B14155550100", "+14155550100"},
              std::pair{"https://wa.me/+5511987654321", "+5511987654321"}}) {
            const auto parsed = whatsAppLinkOf(QUrl(QLatin1String(link)));
            QVERIFY2(parsed, link);
            QCOMPARE(parsed->phone, PhoneNumber::canonicalOf(QLatin1String(number)));
        }
        // Not a click-to-chat link, or no valid number in it.
        QVERIFY(!whatsAppLinkOf(QUrl(QStringLiteral("https://example.com/5511987654321"))));
        QVERIFY(!whatsAppLinkOf(QUrl(QStringLiteral("https://wa.me/123"))));
        QVERIFY(!whatsAppLinkOf(QUrl(QStringLiteral("whatsapp://send?text=hi"))));
    }
};

QTEST_APPLESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
