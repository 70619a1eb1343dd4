// SPDX-License-Identifier: GPL-3.0-or-later
// The template picker as an agent fills it: each variable of the header, the body and a URL
// button is labelled and shows the example it was approved with, a live preview, values kept
// while the agent moves through the list or filters it, Tab through the fields to Send, errors
// only after typing, and a media header given by a dropped file or a link. What is sent reaches
// Meta's API with the header, body and button parameters in Meta's shape.
#include "Borrowed.h"
#include "Desk.h"
#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "ScriptedProvider.h"
#include "TempCache.h"
#include "TemplatePicker.h"
#include "cache/TemplateStore.h"
#include "meta/MetaClient.h"
#include "sync/OutboxWorker.h"

#include <QFormLayout>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace inbox;

namespace {

const QString account = QStringLiteral("meta-store");

MessageTemplate shipped()
{
    MessageTemplate t;
    t.accountId = account;
    t.name = QStringLiteral("order_shipped");
    t.language = QStringLiteral("en_US");
    t.category = QStringLiteral("UTILITY");
    t.status = QStringLiteral("APPROVED");
    TemplateComponent header{TemplateComponent::Type::Header,
                             QStringLiteral("TEXT"),
                             QStringLiteral("Order {{1}}"),
                             {},
                             {}};
    header.examples = {QStringLiteral("#1234")};
    TemplateComponent body{TemplateComponent::Type::Body,
                           {},
                           QStringLiteral("Hi {{1}}, your order ships {{2}}."),
                           {},
                           {}};
    body.examples = {QStringLiteral("Joana"), QStringLiteral("on Friday")};
    TemplateComponent buttons{
        TemplateComponent::Type::Buttons,
        {},
        {},
        QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("URL")},
                        {QStringLiteral("text"), QStringLiteral("Track")},
                        {QStringLiteral("url"), QStringLiteral("https://shop.example/track/{{1}}")},
                        {QStringLiteral("example"),
                         QJsonArray{QStringLiteral("https://shop.example/track/A1")}}}},
        {}};
    t.components = {header, body, buttons};
    return t;
}

MessageTemplate catalogue()
{
    MessageTemplate t;
    t.accountId = account;
    t.name = QStringLiteral("new_catalogue");
    t.language = QStringLiteral("en_US");
    t.category = QStringLiteral("MARKETING");
    t.status = QStringLiteral("APPROVED");
    t.components = {
        {TemplateComponent::Type::Header, QStringLiteral("IMAGE"), {}, {}, {}},
        {TemplateComponent::Type::Body, {}, QStringLiteral("Our new catalogue is out!"), {}, {}}};
    return t;
}

void choose(QListWidget *list, const QString &name)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name))
            list->setCurrentRow(row);
    }
}

QString labelOf(TemplatePicker *picker, QLineEdit *field)
{
    auto *form = picker->findChild<QFormLayout *>();
    auto *label = qobject_cast<QLabel *>(form->labelForField(field));
    return label ? label->text() : QString();
}

/// Drops a file from the desktop on `target`.
void dropFile(QWidget *target, const QString &path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(target->rect().center(), Qt::CopyAction, &data, Qt::LeftButton, {});
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent drop(target->rect().center(), Qt::CopyAction, &data, Qt::LeftButton, {});
    QCoreApplication::sendEvent(target, &drop);
}

struct Picking
{
    test::TempCache cache;
    std::unique_ptr<MainWindow> window;
    TemplatePicker *picker = nullptr;
    QListWidget *list = nullptr;
    QPushButton *send = nullptr;
    QLabel *missing = nullptr;

    Picking()
    {
        const qint64 conversation =
            test::makeConversation(*cache.db(), account, QStringLiteral("+5511987654321"),
                                   QStringLiteral("Joana Lima"), QDateTime::currentDateTimeUtc());
        Q_UNUSED(conversation);
        TemplateStore(cache.db()).upsert(shipped()).waitForFinished();
        TemplateStore(cache.db()).upsert(catalogue()).waitForFinished();
        window =
            std::make_unique<MainWindow>(cache.db(), QStringLiteral("marco"), providerCatalog());
        window->resize(1024, 640);
        QSignalSpy ready(window.get(), &MainWindow::contentReady);
        window->show();
        if (!ready.wait())
            qFatal("the window did not load");
        window->openConversationAt(0);
        if (!ready.wait())
            qFatal("the chat did not load");
        picker = window->openTemplatePicker();
        if (!QTest::qWaitFor([this] { return picker->isLoaded(); }))
            qFatal("no templates");
        list = picker->findChild<QListWidget *>(QStringLiteral("templateList"));
        send = picker->findChild<QPushButton *>(QStringLiteral("templateSend"));
        missing = picker->findChild<QLabel *>(QStringLiteral("templateMissing"));
    }
    QLineEdit *field(const char *name)
    {
        return picker->findChild<QLineEdit *>(QLatin1String(name));
    }
};

} // namespace

class TestTemplatePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerBodyAndButtonVariablesAreLabelledKeptAndSentInMetasShape()
    {
        Picking p;
        choose(p.list, QStringLiteral("order_shipped"));
        QLineEdit *header = p.field("header_1");
        QLineEdit *name = p.field("variable1");
        QLineEdit *when = p.field("variable2");
        QLineEdit *button = p.field("button_0");
        QVERIFY(header && name && when && button);
        // Labelled, with the examples Meta approved as placeholders.
        QCOMPARE(labelOf(p.picker, header), QStringLiteral("Header {{1}}, like “#1234”"));
        QCOMPARE(labelOf(p.picker, name), QStringLiteral("{{1}}, like “Joana”"));
        QCOMPARE(header->placeholderText(), QStringLiteral("e.g. #1234"));
        QCOMPARE(name->placeholderText(), QStringLiteral("e.g. Joana"));
        QCOMPARE(labelOf(p.picker, button),
                 QStringLiteral("“Track” button: the end of https://shop.example/track/"));
        QCOMPARE(button->placeholderText(), QStringLiteral("e.g. A1"));
        QVERIFY(!p.send->isEnabled());
        QVERIFY(!p.missing->styleSheet().contains(QStringLiteral("#B3261E"))); // nothing typed

        // Tab goes from field to field, then to Send: never back into the list.
        p.picker->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(p.picker));
        header->setFocus();
        QTRY_VERIFY(header->hasFocus());
        QTest::keyClicks(header, QStringLiteral("#77"));
        QTest::keyClick(header, Qt::Key_Tab);
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Joana"));
        QTest::keyClick(name, Qt::Key_Tab);
        QTRY_VERIFY(when->hasFocus());
        QTest::keyClicks(when, QStringLiteral("today"));
        QTest::keyClick(when, Qt::Key_Tab);
        QTRY_VERIFY(button->hasFocus());
        QTest::keyClicks(button, QStringLiteral("B77"));
        QVERIFY(p.send->isEnabled());
        QTest::keyClick(button, Qt::Key_Tab);
        QTRY_VERIFY(p.send->hasFocus());

        // The preview is what the customer gets.
        const QString preview =
            p.picker->findChild<QLabel *>(QStringLiteral("templatePreview"))->text();
        QCOMPARE(preview,
                 QStringLiteral("Order #77\n\nHi Joana, your order ships today.\n\n[ Track ]"));

        // To the other template and back, and through the filter: nothing typed is lost.
        choose(p.list, QStringLiteral("new_catalogue"));
        QVERIFY(!p.field("variable1"));
        choose(p.list, QStringLiteral("order_shipped"));
        QCOMPARE(p.field("variable1")->text(), QStringLiteral("Joana"));
        QCOMPARE(p.field("button_0")->text(), QStringLiteral("B77"));
        QTest::keyClicks(p.picker->findChild<QLineEdit *>(QStringLiteral("templateFilter")),
                         QStringLiteral("order"));
        QCOMPARE(p.field("header_1")->text(), QStringLiteral("#77"));
        QVERIFY(p.send->isEnabled());
        QTest::qWait(50); // the rebuilt fields show on the next turn of the event loop
        test::shoot(p.picker, QStringLiteral("template-variables.png"));

        QSignalSpy queued(p.picker, &TemplatePicker::queued);
        QTest::mouseClick(p.send, Qt::LeftButton);
        QTRY_COMPARE(queued.size(), 1);

        // The outbox sends it to Meta: header, body and button parameters, each where Meta
        // wants it.
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::Ok,
                       R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.T1"}]})",
                       {}}});
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"), QStringLiteral("1"),
                                     "token", graph.base()});
        OutboxWorker worker(p.cache.db(),
                            [&client](const QString &) -> std::shared_ptr<ProviderApi> {
                                return test::borrowed(&client);
                            });
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        worker.kick();
        QVERIFY(sent.wait(10000));
        const QJsonObject body = QJsonDocument::fromJson(graph.seen().last().body).object();
        const QJsonArray components = body.value(QStringLiteral("template"))
                                          .toObject()
                                          .value(QStringLiteral("components"))
                                          .toArray();
        QCOMPARE(components.size(), 3);
        QCOMPARE(components.at(0).toObject(),
                 (QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("header")},
                     {QStringLiteral("parameters"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), QStringLiteral("#77")}}}}}));
        QCOMPARE(components.at(1).toObject().value(QStringLiteral("parameters")).toArray().size(),
                 2);
        QCOMPARE(components.at(2).toObject(),
                 (QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("button")},
                     {QStringLiteral("sub_type"), QStringLiteral("url")},
                     {QStringLiteral("index"), QStringLiteral("0")},
                     {QStringLiteral("parameters"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), QStringLiteral("B77")}}}}}));
    }

    void aMediaHeaderTakesADroppedFileOrAnHttpsLink()
    {
        Picking p;
        choose(p.list, QStringLiteral("new_catalogue"));
        QLineEdit *file = p.field("templateHeaderFile");
        QVERIFY(file);
        QVERIFY(!p.send->isEnabled());
        QVERIFY(!p.missing->styleSheet().contains(QStringLiteral("#B3261E")));

        // A link that is not https: said once typed.
        QTest::keyClicks(file, QStringLiteral("http://shop.example/catalogue.jpg"));
        QVERIFY(p.missing->text().contains(QStringLiteral("https://")));
        QVERIFY(!p.send->isEnabled());
        file->clear();
        QTest::keyClicks(file, QStringLiteral("https://shop.example/catalogue.jpg"));
        QVERIFY2(p.send->isEnabled(), qPrintable(p.missing->text()));

        // A document dropped where a photo belongs is refused; a photo is taken.
        const QString pdf = p.cache.dir() + QStringLiteral("/price-list.pdf");
        {
            QFile out(pdf);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("%PDF-1.4\n%%EOF\n");
        }
        dropFile(file, pdf);
        QCOMPARE(file->text(), pdf);
        QVERIFY2(p.missing->text().contains(QStringLiteral("header takes a photo")),
                 qPrintable(p.missing->text()));
        QVERIFY(!p.send->isEnabled());
        const QString photo = p.cache.dir() + QStringLiteral("/catalogue.png");
        QImage image(200, 120, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(photo));
        dropFile(file, photo);
        QVERIFY2(p.send->isEnabled(), qPrintable(p.missing->text()));
        QVERIFY(p.picker->findChild<QLabel *>(QStringLiteral("templatePreview"))
                    ->text()
                    .startsWith(QStringLiteral("[catalogue.png]")));
        QTest::qWait(50);
        test::shoot(p.picker, QStringLiteral("template-media-header.png"));

        // Sent: the photo is uploaded, then the template names it by its media id.
        QSignalSpy queued(p.picker, &TemplatePicker::queued);
        QTest::mouseClick(p.send, Qt::LeftButton);
        QTRY_COMPARE(queued.size(), 1);
        test::ScriptedProvider graph;
        graph.script({{QHttpServerResponder::StatusCode::Ok, R"({"id":"MEDIA-9"})", {}},
                      {QHttpServerResponder::StatusCode::Ok,
                       R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.T2"}]})",
                       {}}});
        QNetworkAccessManager network;
        MetaClient client(&network, {QStringLiteral("106540352242922"), QStringLiteral("1"),
                                     "token", graph.base()});
        OutboxWorker worker(p.cache.db(),
                            [&client](const QString &) -> std::shared_ptr<ProviderApi> {
                                return test::borrowed(&client);
                            });
        QSignalSpy sent(&worker, &OutboxWorker::messageSent);
        worker.kick();
        QVERIFY(sent.wait(10000));
        QCOMPARE(graph.seen().size(), 2);
        QCOMPARE(graph.seen().at(0).path, QStringLiteral("/v23.0/106540352242922/media"));
        const QJsonObject header = QJsonDocument::fromJson(graph.seen().at(1).body)
                                       .object()
                                       .value(QStringLiteral("template"))
                                       .toObject()
                                       .value(QStringLiteral("components"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(header.value(QStringLiteral("parameters")).toArray().first().toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                              {QStringLiteral("image"),
                               QJsonObject{{QStringLiteral("id"), QStringLiteral("MEDIA-9")}}}}));
    }
};

QTEST_MAIN(TestTemplatePicker)
#include "tst_templatepicker.moc"
