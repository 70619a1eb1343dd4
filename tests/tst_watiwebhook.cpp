// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WebhookGuard.h"
#include "wati/WatiWebhook.h"

#include <QFile>
#include <QTest>

using namespace inbox;

namespace {

QList<ProviderEvent> parsedFixture(const QString &name)
{
    QFile file(QStringLiteral(INBOX_FIXTURES_DIR "/wati/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const auto events = wati::parseWebhook(file.readAll());
    if (!events)
        qFatal("parse failed: %s", qPrintable(events.error()));
    return events.value();
}

} // namespace

class TestWatiWebhook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboundMessages()
    {
        auto m = std::get<MessageEvent>(parsedFixture(QStringLiteral("message_text.json")).first());
        QCOMPARE(m.direction, Direction::Inbound);
        QCOMPARE(
            m.externalId,
            QStringLiteral(
                "wamid.HBgMOTExMjM0NTY3ODkwFQIAEhggNEFCOTlERDc2QjlFNkU4Qjk5NjA5NzhCN0U1QUY3NjcA"));
        QCOMPARE(m.from, QStringLiteral("+5511987654321"));
        QCOMPARE(m.kind, QStringLiteral("text"));
        QCOMPARE(m.text, QStringLiteral("Hi, is my order ready?"));
        QCOMPARE(m.customerName, QStringLiteral("Joana Prado"));
        QCOMPARE(m.timestamp, QDateTime::fromSecsSinceEpoch(1665740971, Qt::UTC));

        m = std::get<MessageEvent>(parsedFixture(QStringLiteral("message_image.json")).first());
        QCOMPARE(m.kind, QStringLiteral("image"));
        QVERIFY(m.media && m.media->url.contains(QStringLiteral("IMG_0001.jpg")));
        QCOMPARE(m.replyTo,
                 QStringLiteral("wamid.HBgMOTExMjM0NTY3ODkwFQIAERgSQ0RFRkdISUpLTE1OT1BRAA=="));

        m = std::get<MessageEvent>(
            parsedFixture(QStringLiteral("message_button_reply.json")).first());
        QCOMPARE(m.kind, QStringLiteral("button"));
        QCOMPARE(m.text, QStringLiteral("Yes, deliver tomorrow"));
        QCOMPARE(m.details.value(QStringLiteral("buttonReply"))
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toString(),
                 QStringLiteral("deliver_tomorrow"));
    }

    void ownMessagesAreOutbound()
    {
        const auto m = std::get<MessageEvent>(
            parsedFixture(QStringLiteral("message_owner_echo.json")).first());
        QCOMPARE(m.direction, Direction::Outbound);
        QCOMPARE(m.to, QStringLiteral("+5511987654321"));
        QVERIFY(m.from.isEmpty());
    }

    void sentEventsGiveTheEchoAndItsStatus()
    {
        const QList<ProviderEvent> events =
            parsedFixture(QStringLiteral("template_message_sent_v2.json"));
        QCOMPARE(events.size(), 2);
        QCOMPARE(std::get<MessageEvent>(events[0]).kind, QStringLiteral("template"));
        const auto sent = std::get<StatusEvent>(events[1]);
        QCOMPARE(sent.status, QStringLiteral("sent"));
        QCOMPARE(sent.externalId, QStringLiteral("wamid.HBgNODEYEjQ3RDMzQzM2QjM3QjU1ODQ4RQA="));
        QCOMPARE(sent.otherIds, (QStringList{QStringLiteral("84689938-5e2a-4c1e-9d6b-877821d672c2"),
                                             QStringLiteral("693fd8ee21f81")}));
    }

    void statusesCorrelateByEveryId()
    {
        auto s = std::get<StatusEvent>(
            parsedFixture(QStringLiteral("sent_message_delivered_v2.json")).first());
        QCOMPARE(s.status, QStringLiteral("delivered"));
        QVERIFY(s.otherIds.contains(QStringLiteral("d38f0c3a-e833-4725-a894-53a2b1dc1af6")));
        s = std::get<StatusEvent>(parsedFixture(QStringLiteral("sent_message_read.json")).first());
        QCOMPARE(s.status, QStringLiteral("read"));
        s = std::get<StatusEvent>(
            parsedFixture(QStringLiteral("template_message_failed.json")).first());
        QCOMPARE(s.status, QStringLiteral("failed"));
        QCOMPARE(s.errorCode, QStringLiteral("131026"));
        QCOMPARE(s.errorTitle, QStringLiteral("Message undeliverable"));

        // The older names say the same.
        const auto legacy = wati::parseWebhook(
            R"({"eventType":"messageRead","id":"w1","whatsappMessageId":"wamid.Z"})");
        QVERIFY(legacy);
        QCOMPARE(std::get<StatusEvent>(legacy->first()).status, QStringLiteral("read"));
        QCOMPARE(std::get<StatusEvent>(legacy->first()).externalId, QStringLiteral("wamid.Z"));
    }

    void unknownEventsAreNotices()
    {
        const auto events =
            wati::parseWebhook(R"({"eventType":"templateStatusUpdate","templateName":"x"})");
        QVERIFY(events);
        QCOMPARE(std::get<NoticeEvent>(events->first()).field,
                 QStringLiteral("templateStatusUpdate"));
    }

    void refusesWhatIsNotWati()
    {
        QVERIFY(wati::parseWebhook("not json").error().startsWith(QStringLiteral("not JSON")));
        QVERIFY(wati::parseWebhook(R"({"object":"whatsapp_business_account"})")
                    .error()
                    .contains(QStringLiteral("eventType")));
    }

    void secretAndAllowList()
    {
        QVERIFY(webhook::verifySecret("s3cret", "s3cret"));
        QVERIFY(webhook::verifySecret(" s3cret ", "s3cret"));
        QVERIFY(!webhook::verifySecret("s3cres", "s3cret"));
        QVERIFY(!webhook::verifySecret("", "s3cret"));
        QVERIFY(!webhook::verifySecret("", "")); // no secret configured: nothing passes

        const QList<QPair<QHostAddress, int>> allow = {
            QHostAddress::parseSubnet(QStringLiteral("203.0.113.0/24")),
            QHostAddress::parseSubnet(QStringLiteral("198.51.100.7/32"))};
        QVERIFY(webhook::isAllowedSource(QHostAddress(QStringLiteral("203.0.113.42")), allow));
        QVERIFY(webhook::isAllowedSource(QHostAddress(QStringLiteral("198.51.100.7")), allow));
        QVERIFY(!webhook::isAllowedSource(QHostAddress(QStringLiteral("198.51.100.8")), allow));
        QVERIFY(webhook::isAllowedSource(QHostAddress(QStringLiteral("192.0.2.1")), {}));
    }
};

QTEST_GUILESS_MAIN(TestWatiWebhook)
#include "tst_watiwebhook.moc"
