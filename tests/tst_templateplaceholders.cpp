// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MessageTemplate.h"

#include <QJsonObject>
#include <QTest>

using namespace inbox;

class TestTemplatePlaceholders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsPlaceholdersInOrderOnce()
    {
        QCOMPARE(placeholdersOf(QStringLiteral("Hi {{2}}, {{1}} and {{2}} again, {{ 10 }}")),
                 (QList<int>{1, 2, 10}));
        QVERIFY(placeholdersOf(QStringLiteral("No variables here, {not} {{x}}")).isEmpty());
    }

    void rendersAllValues()
    {
        const RenderedText out =
            renderPlaceholders(QStringLiteral("Hi {{1}}, order {{2}} arrives {{3}}."),
                               {{1, QStringLiteral("Ana")},
                                {2, QStringLiteral("#123")},
                                {3, QStringLiteral("Friday")}});
        QCOMPARE(out.text, QStringLiteral("Hi Ana, order #123 arrives Friday."));
        QVERIFY(out.isComplete());
    }

    void repeatedPlaceholderGetsSameValue()
    {
        const RenderedText out =
            renderPlaceholders(QStringLiteral("{{1}} + {{1}}"), {{1, QStringLiteral("x")}});
        QCOMPARE(out.text, QStringLiteral("x + x"));
    }

    void reportsMissingByNumberAndKeepsThemVisible()
    {
        const RenderedText out =
            renderPlaceholders(QStringLiteral("Hi {{1}}, code {{2}} for {{3}}"),
                               {{2, QStringLiteral("SAVE10")}, {3, QStringLiteral("   ")}});
        QCOMPARE(out.missing, (QList<int>{1, 3}));
        QVERIFY(out.extra.isEmpty());
        QVERIFY(!out.isComplete());
        QCOMPARE(out.text, QStringLiteral("Hi {{1}}, code SAVE10 for {{3}}"));
    }

    void reportsExtraValuesByNumber()
    {
        const RenderedText out = renderPlaceholders(
            QStringLiteral("Hello {{1}}"),
            {{1, QStringLiteral("Ana")}, {2, QStringLiteral("x")}, {7, QStringLiteral("y")}});
        QCOMPARE(out.extra, (QList<int>{2, 7}));
        QVERIFY(out.missing.isEmpty());
        QCOMPARE(out.text, QStringLiteral("Hello Ana"));
    }

    void valuesAreNotReinterpreted()
    {
        // A value that looks like a placeholder stays literal text.
        const RenderedText out =
            renderPlaceholders(QStringLiteral("{{1}} {{2}}"),
                               {{1, QStringLiteral("{{2}}")}, {2, QStringLiteral("b")}});
        QCOMPARE(out.text, QStringLiteral("{{2}} b"));
    }

    void validationSaysWhatIsWrong()
    {
        MessageTemplate t;
        t.name = QStringLiteral("order_update");
        t.language = QStringLiteral("en_US");
        t.category = QStringLiteral("UTILITY");
        t.components = {{TemplateComponent::Type::Body,
                         {},
                         QStringLiteral("Hi {{1}}, order {{2}} ships today."),
                         {}}};
        QCOMPARE(templateProblems(t), QStringList());

        auto only = [](const MessageTemplate &bad, const QString &words) {
            const QStringList problems = templateProblems(bad);
            return problems.size() == 1 && problems.first().contains(words);
        };
        MessageTemplate named = t;
        named.name = QStringLiteral("Order Update");
        QVERIFY(only(named, QStringLiteral("lowercase letters")));
        MessageTemplate gap = t;
        gap.components[0].text = QStringLiteral("Hi {{1}}, order {{3}}.");
        QVERIFY(only(gap, QStringLiteral("{{2}} is missing")));
        MessageTemplate longBody = t;
        longBody.components[0].text = QString(1025, u'a');
        QVERIFY(only(longBody, QStringLiteral("1025 characters")));
        MessageTemplate noBody = t;
        noBody.components[0].text = QStringLiteral("  ");
        QVERIFY(only(noBody, QStringLiteral("Write the body")));
        MessageTemplate footer = t;
        footer.components.append(
            {TemplateComponent::Type::Footer, {}, QStringLiteral("Reply {{1}} to stop"), {}});
        QVERIFY(only(footer, QStringLiteral("footer cannot hold placeholders")));
        MessageTemplate buttons = t;
        buttons.components.append(
            {TemplateComponent::Type::Buttons,
             {},
             {},
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("URL")},
                                    {QStringLiteral("text"), QStringLiteral("Track")},
                                    {QStringLiteral("url"), QStringLiteral("http://x.example")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("PHONE_NUMBER")},
                                    {QStringLiteral("text"), QStringLiteral("Call us")},
                                    {QStringLiteral("phone_number"), QStringLiteral("12")}}}});
        const QStringList problems = templateProblems(buttons);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QStringLiteral("https://")));
        QVERIFY(problems.at(1).contains(QStringLiteral("international form")));
    }

    void componentsRoundTripThroughJson()
    {
        QJsonArray quickReply;
        quickReply.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")},
                                      {QStringLiteral("text"), QStringLiteral("Yes")}});
        const QList<TemplateComponent> components = {
            {TemplateComponent::Type::Header,
             QStringLiteral("TEXT"),
             QStringLiteral("Order {{1}}"),
             {}},
            {TemplateComponent::Type::Body, {}, QStringLiteral("Hi {{1}}"), {}},
            {TemplateComponent::Type::Buttons, {}, {}, quickReply},
        };
        const QList<TemplateComponent> back = componentsFromJson(componentsToJson(components));
        QCOMPARE(back.size(), 3);
        QCOMPARE(back[0].type, TemplateComponent::Type::Header);
        QCOMPARE(back[0].format, QStringLiteral("TEXT"));
        QCOMPARE(back[1].text, QStringLiteral("Hi {{1}}"));
        QCOMPARE(back[2].buttons, components[2].buttons);
    }
};

QTEST_APPLESS_MAIN(TestTemplatePlaceholders)
#include "tst_templateplaceholders.moc"
