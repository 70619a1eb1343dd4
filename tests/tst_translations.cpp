// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped Spanish and Portuguese translations are found at run time, also for the words
// the models and providers say (errors, refusals, rule problems): their contexts must be the
// ones lupdate recorded.
#include "Language.h"
#include "controllers/SavedReplyController.h"
#include "domain/AutoReply.h"
#include "domain/ConversationHistory.h"
#include "domain/PhoneNumber.h"
#include "domain/TeamEvent.h"
#include "openwa/OpenWaWebhook.h"
#include "unipile/UnipileWebhook.h"
#include "wati/WatiWebhook.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace inbox;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTranslator> m_translator;

    void use(const QString &language)
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator = std::make_unique<QTranslator>();
        QVERIFY2(m_translator->load(QStringLiteral(INBOX_QM_DIR "/inbox_") + language +
                                    QStringLiteral(".qm")),
                 "the .qm files are built with the app");
        QCoreApplication::installTranslator(m_translator.get());
    }

private Q_SLOTS:
    void providerWordsAreSpanish()
    {
        use(QStringLiteral("es"));
        QVERIFY(unipile::parseWebhook("{}").error().startsWith(
            QStringLiteral("no es un webhook de UniPile")));
        QVERIFY(wati::parseWebhook("{}").error().startsWith(
            QStringLiteral("no es un webhook de WATI")));
        const auto group = openwa::parseWebhook(
            R"({"sessionId":"s","event":"onMessage","data":{"id":"x","isGroupMsg":true,"from":"1@g.us"}})");
        QVERIFY(std::get<NoticeEvent>(group->first())
                    .detail.contains(QStringLiteral("no se muestran")));
        AutoReplyRules rules;
        rules.keywords = {{{QStringLiteral("menu")}, {}}};
        QCOMPARE(rules.problems().first(), QStringLiteral("la regla 1 no tiene respuesta"));
    }

    void providerWordsArePortuguese()
    {
        use(QStringLiteral("pt_BR"));
        QVERIFY(unipile::parseWebhook("[1").error().startsWith(QStringLiteral("não é JSON")));
        AutoReplyRules rules;
        rules.opensAt = QTime(9, 0);
        QVERIFY(rules.problems().first().startsWith(QStringLiteral("o horário precisa")));
        QVERIFY2(PhoneNumber::parse(QStringLiteral("abc"))
                     .error()
                     .contains(QStringLiteral("não é um número")),
                 qPrintable(PhoneNumber::parse(QStringLiteral("abc")).error()));
    }

    void teamWordsAreTranslated()
    {
        use(QStringLiteral("es"));
        QCOMPARE(history::assigned(QStringLiteral("Marco"), QStringLiteral("priya"),
                                   QStringLiteral("Priya"), QStringLiteral("marco")),
                 QStringLiteral("Marco la asignó a Priya"));
        QVERIFY(teamEventFromJson({{QStringLiteral("type"), QStringLiteral("note")}})
                    .error()
                    .contains(QStringLiteral("falta \"phone\"")));
        use(QStringLiteral("pt_BR"));
        QCOMPARE(SavedReplyController::problemWithShortcut(QStringLiteral("two words")),
                 QStringLiteral("Um atalho é uma só palavra de até 32 letras, dígitos, - ou _, "
                                "sem a /."));
        QCOMPARE(history::snoozeEnded(), QStringLiteral("O adiamento terminou: aberta de novo"));
    }

    void englishPluralsAreWords()
    {
        use(QStringLiteral("en"));
        const auto loaded = [](int n) {
            return QCoreApplication::translate("inbox::MainWindow", "%n conversation(s) loaded",
                                               nullptr, n);
        };
        QCOMPARE(loaded(1), QStringLiteral("1 conversation loaded"));
        QCOMPARE(loaded(100), QStringLiteral("100 conversations loaded"));
        QCOMPARE(loaded(0), QStringLiteral("0 conversations loaded"));
        QCOMPARE(
            QCoreApplication::translate("inbox::HistorySync", "%n chat(s) failed: %1", nullptr, 1),
            QStringLiteral("1 chat failed: %1"));
        // What English has no entry for shows as written.
        QCOMPARE(QCoreApplication::translate("inbox::MainWindow", "Inbox"),
                 QStringLiteral("Inbox"));
    }

    void qtsOwnButtonsAreSpanishAndPortugueseToo()
    {
        // As the app starts in Spanish: our words and Qt's (qt6-translations-l10n).
        useLanguage(QLocale(QStringLiteral("es")), QStringLiteral(INBOX_QM_DIR));
        QDialogButtonBox spanish(QDialogButtonBox::Cancel | QDialogButtonBox::Open);
        QCOMPARE(spanish.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancelar"));
        QCOMPARE(QCoreApplication::translate("inbox::MainWindow", "Unread"),
                 QStringLiteral("No leídas"));
        useLanguage(QLocale(QStringLiteral("pt_BR")), QStringLiteral(INBOX_QM_DIR));
        QDialogButtonBox portuguese(QDialogButtonBox::Cancel);
        QCOMPARE(portuguese.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancelar"));
        QVERIFY(QCoreApplication::translate("inbox::MainWindow", "Unread") !=
                QStringLiteral("Unread"));
        useLanguage(QLocale::c(), QStringLiteral(INBOX_QM_DIR));
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    void cleanupTestCase()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
