// SPDX-License-Identifier: GPL-3.0-or-later
// Every request body MetaClient sends (each message type, templates with header, body and button
// values, media by id and by link, reactions, replies, the read receipt, template create and edit)
// is captured as it goes over the wire and validated against the request schemas of Meta's
// official OpenAPI description (tests/fixtures/meta/openapi), every $ref resolved, by a JSON
// Schema validator on the test side (tests/tools/openapi_validate.py).
#include "ScriptedProvider.h"
#include "meta/MetaClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace inbox;
using namespace std::chrono_literals;

namespace {

const QByteArray sentAnswer =
    R"({"messaging_product":"whatsapp","contacts":[{"input":"+5511987654321","wa_id":"5511987654321"}],
        "messages":[{"id":"wamid.SCHEMA"}]})";

OutgoingMessage to(MessageKind kind)
{
    OutgoingMessage m;
    m.to = QStringLiteral("+5511987654321");
    m.kind = kind;
    return m;
}

OutgoingMessage withMedia(MessageKind kind, bool byLink, const QString &caption = {})
{
    OutgoingMessage m = to(kind);
    m.text = caption;
    m.media = MediaInfo{};
    if (byLink)
        m.media->url = QStringLiteral("https://example.com/files/receipt-2291.bin");
    else
        m.media->providerMediaId = QStringLiteral("1003383421387256");
    m.media->fileName = QStringLiteral("receipt-2291.pdf");
    return m;
}

/// What the client sends, by name, with the OpenAPI operation it is for.
struct Captured
{
    QString name;
    QString path;
    QJsonObject body;
};

} // namespace

class TestMetaSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBodyTheClientSendsIsValidAgainstMetasSchema()
    {
        QList<std::pair<QString, OutgoingMessage>> messages;
        OutgoingMessage text = to(MessageKind::Text);
        text.text = QStringLiteral("Olá! Seu pedido saiu para entrega.");
        messages.append({QStringLiteral("text"), text});
        text.text = QStringLiteral("Acompanhe em https://example.com/pedido/2291");
        text.previewUrl = true;
        messages.append({QStringLiteral("text with a link preview"), text});
        OutgoingMessage reply = to(MessageKind::Text);
        reply.text = QStringLiteral("Sim, temos em azul");
        reply.replyToExternalId = QStringLiteral("wamid.CUSTOMER.ASKED");
        messages.append({QStringLiteral("reply"), reply});
        for (const auto &[name, kind] :
             {std::pair{"image", MessageKind::Image}, std::pair{"video", MessageKind::Video},
              std::pair{"audio", MessageKind::Audio}, std::pair{"voice", MessageKind::Voice},
              std::pair{"document", MessageKind::Document},
              std::pair{"sticker", MessageKind::Sticker}}) {
            const bool captioned = kind == MessageKind::Image || kind == MessageKind::Video ||
                                   kind == MessageKind::Document;
            const QString caption = captioned ? QStringLiteral("Seu recibo") : QString();
            messages.append(
                {QLatin1String(name) + QStringLiteral(" by id"), withMedia(kind, false, caption)});
            messages.append(
                {QLatin1String(name) + QStringLiteral(" by link"), withMedia(kind, true, caption)});
        }
        OutgoingMessage reaction = to(MessageKind::Reaction);
        reaction.text = QStringLiteral("👍");
        reaction.replyToExternalId = QStringLiteral("wamid.CUSTOMER.ASKED");
        messages.append({QStringLiteral("reaction"), reaction});
        reaction.text.clear();
        messages.append({QStringLiteral("reaction removed"), reaction});
        OutgoingMessage templ = to(MessageKind::Template);
        templ.templateName = QStringLiteral("pedido_enviado");
        templ.templateLanguage = QStringLiteral("pt_BR");
        templ.templateValues = {{1, QStringLiteral("Joana")}, {2, QStringLiteral("#2291")}};
        messages.append({QStringLiteral("template with body values"), templ});
        templ.templateHeaderLink = QStringLiteral("https://example.com/banner.jpg");
        messages.append({QStringLiteral("template with a picture header"), templ});
        OutgoingMessage bare = to(MessageKind::Template);
        bare.templateName = QStringLiteral("hello_world");
        bare.templateLanguage = QStringLiteral("en_US");
        messages.append({QStringLiteral("template without values"), bare});

        test::ScriptedProvider graph;
        QList<test::ScriptedProvider::Answer> answers;
        for (qsizetype i = 0; i < messages.size() + 3; ++i)
            answers.append({QHttpServerResponder::StatusCode::Ok, sentAnswer, {}});
        graph.script(answers);
        QNetworkAccessManager network;
        MetaClient client(&network,
                          {QStringLiteral("106540352242922"), QStringLiteral("102290129340398"),
                           "EAAG-token", graph.base()});
        client.setRetryPolicy({1, 10ms, 20ms});
        QStringList names;
        for (const auto &[name, message] : messages) {
            auto sent = client.send(message);
            QVERIFY(QTest::qWaitFor([&sent] { return sent.isFinished(); }, 10000));
            QVERIFY2(sent.result().ok(), qPrintable(name));
            names << name;
        }
        auto read = client.markRead(QStringLiteral("wamid.CUSTOMER.ASKED"));
        QVERIFY(QTest::qWaitFor([&read] { return read.isFinished(); }, 10000));
        names << QStringLiteral("read receipt");

        QJsonArray quickReplies{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")},
                        {QStringLiteral("text"), QStringLiteral("Parar")}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("URL")},
                        {QStringLiteral("text"), QStringLiteral("Ver pedido")},
                        {QStringLiteral("url"), QStringLiteral("https://example.com/p")}}};
        MessageTemplate created{
            0,
            {},
            QStringLiteral("promo_inverno"),
            QStringLiteral("pt_BR"),
            QStringLiteral("MARKETING"),
            {},
            {{TemplateComponent::Type::Header,
              QStringLiteral("TEXT"),
              QStringLiteral("Inverno {{1}}"),
              {}},
             {TemplateComponent::Type::Body,
              {},
              QStringLiteral("Até {{1}} com o código {{2}}."),
              {}},
             {TemplateComponent::Type::Footer, {}, QStringLiteral("Responda PARAR para sair"), {}},
             {TemplateComponent::Type::Buttons, {}, {}, quickReplies}}};
        const QMap<int, QString> examples{{1, QStringLiteral("domingo")},
                                          {2, QStringLiteral("FRIO25")}};
        auto made = client.createTemplate(created, examples);
        QVERIFY(QTest::qWaitFor([&made] { return made.isFinished(); }, 10000));
        names << QStringLiteral("template create");
        created.providerId = QStringLiteral("594425479261596");
        auto edited = client.editTemplate(created, examples);
        QVERIFY(QTest::qWaitFor([&edited] { return edited.isFinished(); }, 10000));
        names << QStringLiteral("template edit");

        // What went over the wire, with the operation each is for.
        QCOMPARE(graph.seen().size(), names.size());
        QJsonArray bodies;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const auto &seen = graph.seen().at(i);
            QString operation;
            if (seen.path.endsWith(QLatin1String("/messages")))
                operation = QStringLiteral("/{Version}/{Phone-Number-ID}/messages");
            else if (seen.path.endsWith(QLatin1String("/message_templates")))
                operation = QStringLiteral("/{Version}/{WABA-ID}/message_templates");
            else
                operation = QStringLiteral("/{Version}/{TEMPLATE_ID}");
            QJsonObject item{{QStringLiteral("name"), names[i]},
                             {QStringLiteral("path"), operation},
                             {QStringLiteral("method"), QStringLiteral("post")},
                             {QStringLiteral("body"), QJsonDocument::fromJson(seen.body).object()}};
            // The messages operation's schema lists the message types only; the description
            // gives the read receipt's own.
            if (names[i] == QLatin1String("read receipt"))
                item.insert(QStringLiteral("schema"),
                            QStringLiteral("#/components/schemas/MarkMessageRequestPayload"));
            bodies.append(item);
        }
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bodies.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(bodies).toJson());
        file.close();

        QProcess validator;
        validator.setProcessChannelMode(QProcess::MergedChannels);
        validator.start(QStringLiteral(INBOX_SCHEMA_PYTHON),
                        {QStringLiteral(INBOX_SCHEMA_VALIDATOR), QStringLiteral(META_OPENAPI_SPEC),
                         file.fileName()});
        QVERIFY2(validator.waitForFinished(120000), "the validator did not finish in 2 minutes");
        const QString report = QString::fromUtf8(validator.readAll());
        QVERIFY2(validator.exitStatus() == QProcess::NormalExit && validator.exitCode() == 0,
                 qPrintable(report));
        // Every body was validated, none skipped.
        QCOMPARE(report.count(QStringLiteral(": valid")), names.size());
    }
};

QTEST_GUILESS_MAIN(TestMetaSchema)
#include "tst_metaschema.moc"
