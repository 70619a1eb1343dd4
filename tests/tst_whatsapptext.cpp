// SPDX-License-Identifier: GPL-3.0-or-later
// WhatsApp's formatting marks to HTML, and nothing a customer types becomes markup.
#include "WhatsAppText.h"

#include <QTest>

using namespace inbox;

class TestWhatsAppText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("bold") << "Your code is *1234*"
                              << "Your code is <b>1234</b>";
        QTest::newRow("italic and strike") << "_soon_ and ~late~"
                                           << "<i>soon</i> and <s>late</s>";
        QTest::newRow("mono keeps its marks") << "```a *b* c```"
                                              << "<code>a *b* c</code>";
        QTest::newRow("not at word edges") << "2*3*4 and snake_case_name"
                                           << "2*3*4 and snake_case_name";
        QTest::newRow("spaces inside do not count") << "* not bold *"
                                                    << "* not bold *";
        QTest::newRow("escaped") << "<b>hi</b> & \"you\""
                                 << "&lt;b&gt;hi&lt;/b&gt; &amp; &quot;you&quot;";
        QTest::newRow("link") << "See https://example.com/orders?id=1."
                              << "See <a href=\"https://example.com/orders?id=1\">"
                                 "https://example.com/orders?id=1</a>.";
        QTest::newRow("lines") << "one\ntwo"
                               << "one<br>two";
        QTest::newRow("bold with punctuation") << "(*yes*)!"
                                               << "(<b>yes</b>)!";
    }

    void formats()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(whatsAppToHtml(text), html);
    }

    void plainForPreviews()
    {
        QCOMPARE(whatsAppToPlain(QStringLiteral("We open at _9am_ & close at *6pm*")),
                 QStringLiteral("We open at 9am & close at 6pm"));
        QCOMPARE(whatsAppToPlain(QStringLiteral("2*3*4 <b>")), QStringLiteral("2*3*4 <b>"));
    }
};

QTEST_APPLESS_MAIN(TestWhatsAppText)
#include "tst_whatsapptext.moc"
