// SPDX-License-Identifier: GPL-3.0-or-later
// inbox-relay's stream, in-process on real sockets: tokens, resume and reset, roles, isolation
// between organisations, slow clients and oversized frames; team events checked by type, role
// and who has the conversation.
#include "RelayFixture.h"
#include "RelayProcess.h"
#include "StreamProbe.h"
#include "meta/MetaWebhook.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>

using namespace inbox;
using namespace inbox::relay;
using inbox::test::StreamProbe;
using Fixture = inbox::test::RelayFixture;
using inbox::test::metaFixture;

namespace {

/// A team event about the demo Meta account's conversation with `phone`.
QJsonObject about(const QString &phone, QJsonObject event)
{
    event.insert(QStringLiteral("provider"), QStringLiteral("meta"));
    event.insert(QStringLiteral("account"), QStringLiteral("277321005464405"));
    event.insert(QStringLiteral("phone"), phone);
    return event;
}

} // namespace

namespace {

/// `count` signed Meta webhooks of about 40 KB each, each one a different message, posted at
/// once; every one must be stored.
void postLarge(inbox::test::RelayFixture &f, int count)
{
    const QString padding(40 * 1024, u'x');
    QList<QByteArray> bodies;
    for (int n = 0; n < count; ++n)
        bodies << inbox::test::metaTextWebhook(QStringLiteral("wamid.BIG%1").arg(n), padding);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhooks/meta/277321005464405").arg(f.port));
    QCOMPARE(inbox::test::postSignedAll(f.network, url, bodies, f.appSecret),
             QList<int>(count, 200));
}

} // namespace

class TestRelayStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWrongTokenGetsAnErrorAndNothingElse()
    {
        Fixture f;
        QCOMPARE(f.postMeta(metaFixture(QStringLiteral("webhooks/text_message.json"))).status, 200);
        StreamProbe stranger(f.port, QStringLiteral("not-a-token"), 0);
        QTRY_VERIFY(stranger.closed);
        QCOMPARE(stranger.frames.size(), 1);
        QCOMPARE(stranger.frames.first().value(QStringLiteral("type")).toString(),
                 QStringLiteral("error"));
        QCOMPARE(stranger.frames.first().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthorized"));
    }

    void aRotatedTokenKeepsTheAgentsId()
    {
        Fixture f;
        StreamProbe before(f.port, f.agent, 0);
        QTRY_COMPARE(before.ofType(QStringLiteral("welcome")).size(), 1);
        QCOMPARE(before.ofType(QStringLiteral("welcome")).first().value(QStringLiteral("agent")),
                 QJsonValue(QStringLiteral("ana"))); // made from the name "Ana"
        QString rotated;
        {
            auto directory = RelayDirectory::open(f.dir.path()).value();
            rotated = directory->rotateToken(QStringLiteral("acme"), QStringLiteral("Ana"))->token;
            QVERIFY(
                !directory->addAgent(QStringLiteral("acme"), QStringLiteral("ANA"), Role::Agent));
        }
        StreamProbe old(f.port, f.agent, 0);
        QTRY_VERIFY(old.closed);
        QCOMPARE(old.ofType(QStringLiteral("error")).size(), 1);
        StreamProbe after(f.port, rotated, 0);
        QTRY_COMPARE(after.ofType(QStringLiteral("welcome")).size(), 1);
        QCOMPARE(after.ofType(QStringLiteral("welcome")).first().value(QStringLiteral("agent")),
                 QJsonValue(QStringLiteral("ana")));
    }

    void resumeGetsExactlyTheMissedRange()
    {
        Fixture f;
        const QByteArray body = metaFixture(QStringLiteral("webhooks/text_message.json"));
        for (int i = 0; i < 60; ++i) {
            QByteArray unique = body;
            unique.replace(unique.indexOf('{'), 1, "{\"n\":" + QByteArray::number(i) + ',');
            QCOMPARE(f.postMeta(unique).status, 200);
        }
        qint64 cursor = 0;
        QList<qint64> all;
        for (const int stopAfter : {7, 1, 19, 33}) {
            StreamProbe desk(f.port, f.agent, cursor);
            QTRY_VERIFY(desk.seqs().size() >= stopAfter);
            desk.socket.abort(); // gone mid-stream
            const QList<qint64> got = desk.seqs().mid(0, stopAfter);
            QCOMPARE(got.first(), cursor + 1);
            all += got;
            cursor = got.last();
        }
        StreamProbe rest(f.port, f.agent, cursor);
        QTRY_COMPARE(rest.seqs().size(), int(60 - cursor));
        all += rest.seqs();
        QList<qint64> expected;
        for (qint64 seq = 1; seq <= 60; ++seq)
            expected.append(seq);
        QCOMPARE(all, expected);
        QVERIFY(rest.ofType(QStringLiteral("reset")).isEmpty());
    }

    void aCursorPastTheRetentionGetsReset()
    {
        Fixture f;
        for (const char *name : {"webhooks/text_message.json", "webhooks/image_message.json"})
            QCOMPARE(f.postMeta(metaFixture(QLatin1String(name))).status, 200);
        QCOMPARE(f.relay->log().prune(QDateTime::currentDateTimeUtc().addSecs(1)), 2);
        QCOMPARE(f.postMeta(metaFixture(QStringLiteral("webhooks/location_message.json"))).status,
                 200);
        StreamProbe old(f.port, f.agent, 0);
        QTRY_COMPARE(old.seqs(), QList<qint64>{3});
        QCOMPARE(old.ofType(QStringLiteral("reset")).size(), 1);
        StreamProbe current(f.port, f.agent, 2);
        QTRY_COMPARE(current.seqs(), QList<qint64>{3});
        QVERIFY(current.ofType(QStringLiteral("reset")).isEmpty());
    }

    void rolesDecideWhoMayPublishWhat()
    {
        Fixture f;
        StreamProbe agent(f.port, f.agent, 0);
        StreamProbe manager(f.port, f.manager, 0);
        StreamProbe admin(f.port, f.admin, 0);
        QTRY_VERIFY(!agent.ofType(QStringLiteral("welcome")).isEmpty() &&
                    !manager.ofType(QStringLiteral("welcome")).isEmpty() &&
                    !admin.ofType(QStringLiteral("welcome")).isEmpty());
        const QJsonObject assign = about(QStringLiteral("+5511987654321"),
                                         {{QStringLiteral("type"), QStringLiteral("assign")},
                                          {QStringLiteral("assignee"), QStringLiteral("ada")}});
        agent.publish(QStringLiteral("a-1"), assign);
        QTRY_COMPARE(agent.ofType(QStringLiteral("error")).size(), 1);
        const QJsonObject refused = agent.ofType(QStringLiteral("error")).first();
        QCOMPARE(refused.value(QStringLiteral("clientId")).toString(), QStringLiteral("a-1"));
        QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QVERIFY(refused.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("managers")));
        QCOMPARE(f.head(), 0); // stored nowhere

        manager.publish(QStringLiteral("m-1"), assign);
        QTRY_COMPARE(manager.ofType(QStringLiteral("ack")).size(), 1);
        QCOMPARE(
            manager.ofType(QStringLiteral("ack")).first().value(QStringLiteral("seq")).toInteger(),
            1);
        for (StreamProbe *desk : {&agent, &manager, &admin}) {
            QTRY_COMPARE(desk->seqs(), QList<qint64>{1});
            const QJsonObject event = desk->ofType(QStringLiteral("event")).first();
            QCOMPARE(event.value(QStringLiteral("provider")).toString(), QStringLiteral("team"));
            const QJsonObject body = event.value(QStringLiteral("body")).toObject();
            QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("assign"));
            QCOMPARE(body.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")),
                     QStringLiteral("Marta"));
            QCOMPARE(body.value(QStringLiteral("clientId")).toString(), QStringLiteral("m-1"));
        }

        // Templates and saved replies are for managers and admins.
        const QJsonObject edit{{QStringLiteral("type"), QStringLiteral("template")},
                               {QStringLiteral("provider"), QStringLiteral("meta")},
                               {QStringLiteral("account"), QStringLiteral("277321005464405")},
                               {QStringLiteral("name"), QStringLiteral("order_update")},
                               {QStringLiteral("language"), QStringLiteral("en_US")},
                               {QStringLiteral("status"), QStringLiteral("DISABLED")}};
        agent.publish(QStringLiteral("a-2"), edit);
        QTRY_COMPARE(agent.ofType(QStringLiteral("error")).size(), 2);
        manager.publish(QStringLiteral("m-2"), edit);
        QTRY_COMPARE(manager.ofType(QStringLiteral("ack")).size(), 2);
        const QJsonObject saved{{QStringLiteral("type"), QStringLiteral("canned")},
                                {QStringLiteral("shortcut"), QStringLiteral("hours")},
                                {QStringLiteral("text"), QStringLiteral("9 to 6")}};
        agent.publish(QStringLiteral("a-3"), saved);
        QTRY_COMPARE(agent.ofType(QStringLiteral("error")).size(), 3);
        admin.publish(QStringLiteral("ad-1"), saved);
        QTRY_COMPARE(admin.ofType(QStringLiteral("ack")).size(), 1);
        agent.publish(QStringLiteral("a-4"), {{QStringLiteral("type"), QStringLiteral("note")},
                                              {QStringLiteral("phone"), QStringLiteral("+5511")},
                                              {QStringLiteral("text"), QStringLiteral("VIP")}});
        QTRY_COMPARE(agent.ofType(QStringLiteral("ack")).size(), 1);
        QCOMPARE(f.head(), 4);
    }

    void anAgentTakesOnlyAnUnassignedConversation()
    {
        Fixture f;
        StreamProbe agent(f.port, f.agent, 0);
        StreamProbe manager(f.port, f.manager, 0);
        QTRY_VERIFY(!agent.ofType(QStringLiteral("welcome")).isEmpty() &&
                    !manager.ofType(QStringLiteral("welcome")).isEmpty());
        const QString joana = QStringLiteral("+5511912345678");
        const auto assignTo = [&](const QString &who) {
            return about(joana, {{QStringLiteral("type"), QStringLiteral("assign")},
                                 {QStringLiteral("assignee"), who}});
        };
        // Free: the agent takes it, and may take it again (its own).
        agent.publish(QStringLiteral("take-1"), assignTo(QStringLiteral("ana")));
        QTRY_COMPARE(agent.ofType(QStringLiteral("ack")).size(), 1);
        agent.publish(QStringLiteral("take-again"), assignTo(QStringLiteral("ana")));
        QTRY_COMPARE(agent.ofType(QStringLiteral("ack")).size(), 2);
        // A manager gives it to someone else; the agent can no longer take it.
        manager.publish(QStringLiteral("give"), assignTo(QStringLiteral("ada")));
        QTRY_COMPARE(manager.ofType(QStringLiteral("ack")).size(), 1);
        agent.publish(QStringLiteral("take-2"), assignTo(QStringLiteral("ana")));
        QTRY_COMPARE(agent.ofType(QStringLiteral("error")).size(), 1);
        const QJsonObject refused = agent.ofType(QStringLiteral("error")).first();
        QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QVERIFY2(refused.value(QStringLiteral("message"))
                     .toString()
                     .startsWith(QStringLiteral("Ada already has this conversation")),
                 qPrintable(refused.value(QStringLiteral("message")).toString()));
        // Nor hand back what is not its own.
        agent.publish(QStringLiteral("release"),
                      about(joana, {{QStringLiteral("type"), QStringLiteral("unassign")}}));
        QTRY_COMPARE(agent.ofType(QStringLiteral("error")).size(), 2);
        QCOMPARE(f.head(), 3); // the two takes and the manager's assignment
        // Once the manager unassigns it, it is free again.
        manager.publish(QStringLiteral("free"),
                        about(joana, {{QStringLiteral("type"), QStringLiteral("unassign")}}));
        QTRY_COMPARE(manager.ofType(QStringLiteral("ack")).size(), 2);
        agent.publish(QStringLiteral("take-3"), assignTo(QStringLiteral("ana")));
        QTRY_COMPARE(agent.ofType(QStringLiteral("ack")).size(), 3);
        // Another customer's conversation is another matter.
        agent.publish(QStringLiteral("other"),
                      about(QStringLiteral("+5511900000000"),
                            {{QStringLiteral("type"), QStringLiteral("assign")},
                             {QStringLiteral("assignee"), QStringLiteral("ana")}}));
        QTRY_COMPARE(agent.ofType(QStringLiteral("ack")).size(), 4);
        QCOMPARE(f.head(), 6);
    }

    void aMalformedEventIsRefusedInWords()
    {
        Fixture f;
        StreamProbe desk(f.port, f.manager, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        desk.publish(QStringLiteral("1"), {{QStringLiteral("type"), QStringLiteral("assign")},
                                           {QStringLiteral("assignee"), QStringLiteral("ana")}});
        desk.publish(QStringLiteral("2"), {{QStringLiteral("type"), QStringLiteral("gossip")}});
        desk.publish(QStringLiteral("3"), about(QStringLiteral("+5511"),
                                                {{QStringLiteral("type"), QStringLiteral("status")},
                                                 {QStringLiteral("status"), 3}}));
        QTRY_COMPARE(desk.ofType(QStringLiteral("error")).size(), 3);
        const auto errors = desk.ofType(QStringLiteral("error"));
        QCOMPARE(errors[0].value(QStringLiteral("code")).toString(), QStringLiteral("bad_event"));
        QVERIFY(errors[0]
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("\"provider\" is missing")));
        QCOMPARE(errors[1].value(QStringLiteral("code")).toString(),
                 QStringLiteral("unknown_event"));
        QVERIFY(errors[2]
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("\"status\" is not text")));
        QCOMPARE(f.head(), 0);
    }

    void anOrganisationSeesOnlyItsOwnEvents()
    {
        Fixture f;
        StreamProbe acme(f.port, f.agent, 0);
        StreamProbe globex(f.port, f.otherOrgAgent, 0);
        QTRY_VERIFY(!acme.ofType(QStringLiteral("welcome")).isEmpty() &&
                    !globex.ofType(QStringLiteral("welcome")).isEmpty());
        QCOMPARE(f.postMeta(metaFixture(QStringLiteral("webhooks/text_message.json"))).status, 200);
        acme.publish(QStringLiteral("n"), {{QStringLiteral("type"), QStringLiteral("note")},
                                           {QStringLiteral("phone"), QStringLiteral("+5511")},
                                           {QStringLiteral("text"), QStringLiteral("ok")}});
        QTRY_COMPARE(acme.seqs(), (QList<qint64>{1, 2}));
        QTest::qWait(200);
        QVERIFY(globex.ofType(QStringLiteral("event")).isEmpty());
        QCOMPARE(f.head(QStringLiteral("globex")), 0);
    }

    void aBurstNeverDropsAClientThatReads()
    {
        // 300 webhooks of 40 KB (12 MB) as fast as they come, to a client that reads 64 KB at
        // a time: the relay feeds it from the store as it reads, and drops nothing.
        Fixture f([](RelayOptions &options) {
            options.pingEvery = std::chrono::milliseconds(100);
            options.clientStallTimeout = std::chrono::milliseconds(500);
        });
        StreamProbe reader(f.port, f.agent, 0);
        reader.socket.setReadBufferSize(64 * 1024);
        QTRY_COMPARE(reader.ofType(QStringLiteral("welcome")).size(), 1);
        postLarge(f, 300);
        QTRY_COMPARE_WITH_TIMEOUT(reader.seqs().size(), 300, 30000);
        QVERIFY(!reader.closed);
        QList<qint64> expected;
        for (qint64 seq = 1; seq <= 300; ++seq)
            expected << seq;
        QCOMPARE(reader.seqs(), expected);
    }

    void aClientThatStopsReadingIsDroppedAndResumes()
    {
        Fixture f([](RelayOptions &options) {
            options.pingEvery = std::chrono::milliseconds(100);
            options.clientStallTimeout = std::chrono::milliseconds(300);
        });
        StreamProbe stalled(f.port, f.agent, 0);
        QTRY_COMPARE(stalled.ofType(QStringLiteral("welcome")).size(), 1);
        stalled.socket.setReadBufferSize(1); // and then it reads nothing more
        QTest::qWait(50);
        postLarge(f, 200);
        QTRY_VERIFY_WITH_TIMEOUT(stalled.closed, 10000);
        // Counted: as not reading, or as not answering pings, which it does not read either.
        const QByteArray metrics = f.send("GET", QStringLiteral("/metrics"), {}).body;
        QVERIFY2(metrics.contains("relay_stream_clients_dropped_total{reason=\"not_reading\"} 1") ||
                     metrics.contains("relay_stream_clients_dropped_total{reason=\"no_pong\"} 1"),
                 metrics.constData());
        // Back from where it was: every event exactly once.
        const qint64 last = stalled.seqs().isEmpty() ? 0 : stalled.seqs().last();
        StreamProbe back(f.port, f.agent, last);
        QTRY_COMPARE_WITH_TIMEOUT(stalled.seqs().size() + back.seqs().size(), 200, 20000);
        QCOMPARE(back.seqs().isEmpty() ? last : back.seqs().last(), 200);
    }

    void framesOverTheLimitCloseTheSocket()
    {
        Fixture f;
        StreamProbe desk(f.port, f.agent, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        desk.publish(QStringLiteral("big"), {{QStringLiteral("type"), QStringLiteral("note")},
                                             {QStringLiteral("text"), QString(70 * 1024, u'x')}});
        QTRY_VERIFY(desk.closed);
        QCOMPARE(f.head(), 0);
    }

    void aRevokedTokenIsCutOff()
    {
        Fixture f(
            [](RelayOptions &options) { options.pingEvery = std::chrono::milliseconds(100); });
        StreamProbe desk(f.port, f.agent, 0);
        QTRY_COMPARE(desk.ofType(QStringLiteral("welcome")).size(), 1);
        QVERIFY(!f.relay->directory().revokeAgent(QStringLiteral("acme"), QStringLiteral("Ana")));
        QTRY_VERIFY(desk.closed);
        StreamProbe again(f.port, f.agent, 0);
        QTRY_VERIFY(again.closed);
        QCOMPARE(again.ofType(QStringLiteral("error")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRelayStream)
#include "tst_relaystream.moc"
