// SPDX-License-Identifier: GPL-3.0-or-later
// Auto-assignment. The planner against cases worked out by hand (turns, capacity, waiting
// order, reassignment after the offline time); presence and the relay's rule that one decision
// lands, through real sockets; then the headless runner's services and two desktops' services
// on one relay, with inbox-sandbox as Meta: each new customer's conversation is given once, in
// turn, with a line in every chat, and a revoked teammate's conversations go to another.
#include "SandboxTeam.h"
#include "Services.h"
#include "StreamProbe.h"
#include "TempCache.h"
#include "domain/AutoAssignment.h"
#include "relay/RelayClient.h"

#include <QJsonArray>
#include <QTest>

using namespace inbox;
using test::StreamProbe;

namespace {

QDateTime at(const char *hhmm)
{
    return QDateTime(QDate(2026, 12, 4), QTime::fromString(QLatin1String(hhmm), u"hh:mm"), Qt::UTC);
}

ConversationKey key(const char *phone)
{
    return {QStringLiteral("meta"), QStringLiteral("106540352242922"), QLatin1String(phone)};
}

AssignableAgent mate(const char *id, bool online, int open = 0,
                     std::optional<int> capacity = std::nullopt, qint64 lastTurn = 0,
                     const QDateTime &since = at("08:00"))
{
    return {QLatin1String(id), QString::fromLatin1(id).toUpper(), online, since, open, capacity,
            lastTurn};
}

AssignmentCandidate waiting(const char *phone, const char *since, const char *holder = "",
                            int reassignAfterMinutes = 0)
{
    return {key(phone), QLatin1String(holder), at(since), reassignAfterMinutes};
}

/// "phone>assignee" for each decision, in the plan's order.
QStringList given(const AssignmentPlan &plan)
{
    QStringList list;
    for (const team::AutoAssign &decision : plan.decisions)
        list << decision.conversation.phone + QLatin1Char('>') + decision.assignee;
    return list;
}

QList<QJsonObject> eventsOf(const StreamProbe &probe, const QString &type)
{
    QList<QJsonObject> bodies;
    for (const QJsonObject &event : probe.ofType(QStringLiteral("event"))) {
        const QJsonObject body = event.value(u"body").toObject();
        if (body.value(u"type").toString() == type)
            bodies << body;
    }
    return bodies;
}

/// The last presence frame's teammates: handle -> online.
QHash<QString, bool> onlineIn(const StreamProbe &probe)
{
    QHash<QString, bool> online;
    const QList<QJsonObject> frames = probe.ofType(QStringLiteral("presence"));
    if (frames.isEmpty())
        return online;
    for (const QJsonValue &entry : frames.constLast().value(u"agents").toArray())
        online.insert(entry[u"agent"].toString(), entry[u"online"].toBool());
    return online;
}

QJsonObject autoassign(const QString &phone, const QString &assignee, const QString &previous)
{
    QJsonObject event = toJson(TeamEvent{
        team::AutoAssign{{QStringLiteral("meta"), QStringLiteral("106540352242922"), phone},
                         assignee,
                         {},
                         previous,
                         previous.isEmpty() ? team::AutoAssignReason::Waiting
                                            : team::AutoAssignReason::Offline},
        {}});
    return event;
}

/// The answer (ack or error) to the publish with `clientId`.
QJsonObject answerTo(const StreamProbe &probe, const QString &clientId)
{
    for (const QJsonObject &frame : probe.frames) {
        const QString type = frame.value(u"type").toString();
        if ((type == u"ack" || type == u"error") && frame.value(u"clientId").toString() == clientId)
            return frame;
    }
    return {};
}

/// An inbox's services on a cache of its own, signed in to the team's relay.
struct Inbox
{
    std::shared_ptr<CacheDatabase> cache;
    std::unique_ptr<Services> services;

    Inbox(test::SandboxTeam &team, const QString &path, const QString &handle, bool headless)
    {
        test::seedDemoCache(path, 0);
        cache = CacheDatabase::openBlocking(path).value();
        services = std::make_unique<Services>(cache, team.sandboxUrl);
        services->setHeadless(headless);
        services->start();
        services->connectRelay(team.relay.stream, team.relay.tokens.value(handle));
    }
    QString assigneeOf(const QString &phone) const
    {
        return test::scalar(*cache, QStringLiteral("SELECT coalesce(assignee_id, '') FROM "
                                                   "conversations WHERE customer_phone = '%1'")
                                        .arg(phone))
            .toString();
    }
    QStringList linesOf(const QString &phone) const
    {
        return test::scalar(*cache,
                            QStringLiteral("SELECT group_concat(m.text, ' | ') FROM messages m "
                                           "JOIN conversations c ON c.id = m.conversation_id "
                                           "WHERE m.kind = 'system' AND c.customer_phone = '%1'")
                                .arg(phone))
            .toString()
            .split(QStringLiteral(" | "), Qt::SkipEmptyParts);
    }
};

const QList<test::Teammate> theTeam = {
    {QStringLiteral("Marco Rossi"), Role::Manager, QStringLiteral("marco")},
    {QStringLiteral("Ana Souza"), Role::Agent, QStringLiteral("ana")},
    {QStringLiteral("Bea Lima"), Role::Agent, QStringLiteral("bea")},
    {QStringLiteral("Night bot"), Role::Agent, QStringLiteral("bot")}};

} // namespace

class TestAutoAssign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsGoRoundLongestWaitingFirst()
    {
        // Turns: bea never had one, caio's last was event 3, ana's event 7. The waiting order
        // is c2 (08:50), c1 (09:00), c4 (09:05), c3 (09:10).
        const auto plan = planAssignments(
            {waiting("c1", "09:00"), waiting("c2", "08:50"), waiting("c3", "09:10"),
             waiting("c4", "09:05")},
            {mate("ana", true, 0, {}, 7), mate("bea", true), mate("caio", true, 0, {}, 3)},
            at("09:30"));
        QCOMPARE(given(plan),
                 (QStringList{u"c2>bea"_qs, u"c1>caio"_qs, u"c4>ana"_qs, u"c3>bea"_qs}));
        QCOMPARE(plan.decisions.first().assigneeName, QStringLiteral("BEA"));
        QCOMPARE(plan.decisions.first().reason, team::AutoAssignReason::Waiting);
        QVERIFY(plan.decisions.first().previous.isEmpty());
        // Never given one, both: by id.
        QCOMPARE(given(planAssignments({waiting("c1", "09:00")},
                                       {mate("zoe", true), mate("ana", true)}, at("09:30"))),
                 QStringList{u"c1>ana"_qs});
    }

    void onlyTeammatesOnlineAndUnderTheirCapacityAreGiven()
    {
        // ana is full (2 of 2), bea offline, caio takes none automatically (0), dani has no
        // limit.
        const auto plan = planAssignments({waiting("c1", "09:00"), waiting("c2", "09:01")},
                                          {mate("ana", true, 2, 2), mate("bea", false),
                                           mate("caio", true, 0, 0), mate("dani", true, 5)},
                                          at("09:30"));
        QCOMPARE(given(plan), (QStringList{u"c1>dani"_qs, u"c2>dani"_qs}));
        // ana at 1 of 2 takes one more, then dani's turn (ana's last is now the latest).
        QCOMPARE(given(planAssignments(
                     {waiting("c1", "09:00"), waiting("c2", "09:01"), waiting("c3", "09:02")},
                     {mate("ana", true, 1, 2), mate("dani", true, 0, {}, 9)}, at("09:30"))),
                 (QStringList{u"c1>ana"_qs, u"c2>dani"_qs, u"c3>dani"_qs}));
        // Nobody free: nothing is given, and nothing is due later either.
        const auto none = planAssignments(
            {waiting("c1", "09:00")}, {mate("ana", true, 3, 3), mate("bea", false)}, at("09:30"));
        QVERIFY(none.decisions.isEmpty());
        QVERIFY(!none.nextCheck.isValid());
    }

    void aConversationMovesOnlyAfterItsAssigneeIsOfflineLongerThanTheRule()
    {
        const QList<AssignableAgent> team{mate("ana", false, 1, {}, 1, at("09:00")),
                                          mate("bea", true, 0, {}, 2)};
        // Offline ten minutes of fifteen: it stays, and the assigner looks again at 09:15.
        const auto early = planAssignments({waiting("c1", "08:55", "ana", 15)}, team, at("09:10"));
        QVERIFY(early.decisions.isEmpty());
        QCOMPARE(early.nextCheck, at("09:15"));
        const auto due = planAssignments({waiting("c1", "08:55", "ana", 15)}, team, at("09:16"));
        QCOMPARE(given(due), QStringList{u"c1>bea"_qs});
        QCOMPARE(due.decisions.first().reason, team::AutoAssignReason::Offline);
        QCOMPARE(due.decisions.first().previous, QStringLiteral("ana"));
        // 0 minutes: never moved. An assignee online: never moved.
        QVERIFY(planAssignments({waiting("c1", "08:55", "ana", 0)}, team, at("12:00"))
                    .decisions.isEmpty());
        QVERIFY(planAssignments({waiting("c1", "08:55", "bea", 15)}, team, at("12:00"))
                    .decisions.isEmpty());
        // Someone no longer on the team (revoked): moved at once.
        QCOMPARE(given(planAssignments({waiting("c1", "08:55", "zoe", 15)}, team, at("09:01"))),
                 QStringList{u"c1>bea"_qs});
        // Its only other teammate offline too: it waits, and is not given back to ana.
        QVERIFY(planAssignments({waiting("c1", "08:55", "ana", 15)},
                                {mate("ana", false, 1, {}, 1, at("09:00"))}, at("10:00"))
                    .decisions.isEmpty());
    }

    void theRelaySaysWhoIsOnlineAndLetsOneDecisionLand()
    {
        test::TeamRelay team(theTeam);
        const quint16 port = team.stream.port();
        const auto token = [&](const char *handle) {
            return QString::fromUtf8(team.tokens.value(QLatin1String(handle)));
        };
        StreamProbe marco(port, token("marco"), 0);
        StreamProbe bot(port, token("bot"), 0, true); // the headless runner: never online
        QTRY_COMPARE(onlineIn(marco).value(QStringLiteral("marco")), true);
        QCOMPARE(onlineIn(marco).size(), 4); // the whole team, online or not
        QCOMPARE(onlineIn(marco).value(QStringLiteral("ana")), false);
        QTRY_VERIFY(!onlineIn(bot).isEmpty());
        QCOMPARE(onlineIn(marco).value(QStringLiteral("bot")), false);
        // The frames' order: welcome, accounts, presence, then events.
        const QStringList order{marco.frames.value(0).value(u"type").toString(),
                                marco.frames.value(1).value(u"type").toString(),
                                marco.frames.value(2).value(u"type").toString()};
        QCOMPARE(order, (QStringList{u"welcome"_qs, u"accounts"_qs, u"presence"_qs}));

        // Nobody gives a conversation automatically to a teammate who is not online.
        marco.publish(QStringLiteral("p1"),
                      autoassign(QStringLiteral("+551100"), QStringLiteral("ana"), {}));
        QTRY_VERIFY(!answerTo(marco, QStringLiteral("p1")).isEmpty());
        QVERIFY2(answerTo(marco, QStringLiteral("p1"))
                     .value(u"message")
                     .toString()
                     .contains(QStringLiteral("ana is not online")),
                 qPrintable(answerTo(marco, QStringLiteral("p1")).value(u"message").toString()));

        auto ana = std::make_unique<StreamProbe>(port, token("ana"), 0);
        QTRY_COMPARE(onlineIn(marco).value(QStringLiteral("ana")), true);
        const QDateTime anaSince = QDateTime::fromString(marco.ofType(QStringLiteral("presence"))
                                                             .constLast()[u"agents"]
                                                             .toArray()[0][u"since"]
                                                             .toString(),
                                                         Qt::ISODateWithMs);
        QVERIFY(anaSince.isValid());
        // Two inboxes decide at once, for ana and for marco: one lands, the other is refused.
        marco.publish(QStringLiteral("m1"),
                      autoassign(QStringLiteral("+551101"), QStringLiteral("ana"), {}));
        bot.publish(QStringLiteral("b1"),
                    autoassign(QStringLiteral("+551101"), QStringLiteral("marco"), {}));
        QTRY_VERIFY(!answerTo(marco, QStringLiteral("m1")).isEmpty() &&
                    !answerTo(bot, QStringLiteral("b1")).isEmpty());
        const QStringList answers{answerTo(marco, QStringLiteral("m1")).value(u"type").toString(),
                                  answerTo(bot, QStringLiteral("b1")).value(u"type").toString()};
        QCOMPARE(answers, (QStringList{u"ack"_qs, u"error"_qs}));
        QTRY_COMPARE(eventsOf(marco, QStringLiteral("autoassign")).size(), 1);
        QCOMPARE(eventsOf(marco, QStringLiteral("autoassign")).first().value(u"assignee"),
                 QStringLiteral("ana"));
        // A stale decision (it thinks ana still has none) is refused; one from where it is lands.
        bot.publish(QStringLiteral("b2"),
                    autoassign(QStringLiteral("+551101"), QStringLiteral("marco"), {}));
        bot.publish(QStringLiteral("b3"),
                    autoassign(QStringLiteral("+551101"), QStringLiteral("marco"), u"ana"_qs));
        QTRY_VERIFY(!answerTo(bot, QStringLiteral("b3")).isEmpty());
        QCOMPARE(answerTo(bot, QStringLiteral("b2")).value(u"type"), QStringLiteral("error"));
        QCOMPARE(answerTo(bot, QStringLiteral("b3")).value(u"type"), QStringLiteral("ack"));

        // Ana closes her inbox: offline, since then.
        const QDateTime closedAt = QDateTime::currentDateTimeUtc().addMSecs(-5);
        ana.reset();
        QTRY_COMPARE(onlineIn(marco).value(QStringLiteral("ana")), false);
        const QDateTime offlineSince =
            QDateTime::fromString(marco.ofType(QStringLiteral("presence"))
                                      .constLast()[u"agents"]
                                      .toArray()[0][u"since"]
                                      .toString(),
                                  Qt::ISODateWithMs);
        QVERIFY2(offlineSince >= closedAt, qPrintable(offlineSince.toString(Qt::ISODateWithMs)));
    }

    void eachNewConversationIsGivenOnceInTurnWhateverDecides()
    {
        test::SandboxTeam team(theTeam);
        QTemporaryDir dir;
        StreamProbe marco(team.relay.stream.port(),
                          QString::fromUtf8(team.relay.tokens.value(QStringLiteral("marco"))), 0);
        QTRY_VERIFY(!marco.ofType(QStringLiteral("welcome")).isEmpty());
        // Capacity 0: the manager is never given one automatically.
        marco.publish(
            QStringLiteral("c"),
            QJsonObject{{u"type"_qs, u"capacity"_qs}, {u"agent"_qs, u"marco"_qs}, {u"max"_qs, 0}});
        marco.publish(QStringLiteral("r"), QJsonObject{{u"type"_qs, u"routing"_qs},
                                                       {u"enabled"_qs, true},
                                                       {u"reassignAfterMinutes"_qs, 30}});
        QTRY_VERIFY(!answerTo(marco, QStringLiteral("r")).isEmpty());
        QCOMPARE(answerTo(marco, QStringLiteral("r")).value(u"type"), QStringLiteral("ack"));

        // The runner and two desktops, each deciding.
        Inbox runner(team, dir.filePath(QStringLiteral("bot.db")), QStringLiteral("bot"), true);
        Inbox ana(team, dir.filePath(QStringLiteral("ana.db")), QStringLiteral("ana"), false);
        Inbox bea(team, dir.filePath(QStringLiteral("bea.db")), QStringLiteral("bea"), false);
        for (const Inbox *inbox : {&runner, &ana, &bea})
            QTRY_COMPARE(inbox->services->relay()->state(), RelayLink::State::Connected);
        QTRY_VERIFY(onlineIn(marco).value(QStringLiteral("ana")) &&
                    onlineIn(marco).value(QStringLiteral("bea")));
        QCOMPARE(onlineIn(marco).value(QStringLiteral("bot")), false);
        QTRY_COMPARE(
            test::scalar(*runner.cache, u"SELECT count(*) FROM routing WHERE enabled"_qs).toInt(),
            1);

        const QStringList customers{u"5511987650001"_qs, u"5511987650002"_qs, u"5511987650003"_qs,
                                    u"5511987650004"_qs};
        for (const QString &digits : customers) {
            team.sandbox->customerWrites(QStringLiteral("meta"), digits, QStringLiteral("Carla"),
                                         QStringLiteral("Oi, vocês entregam?"));
            // One after the other, so that which waited longest is clear.
            QTRY_VERIFY_WITH_TIMEOUT(!runner.assigneeOf(u'+' + digits).isEmpty(), 15000);
        }
        QTRY_COMPARE(eventsOf(marco, QStringLiteral("autoassign")).size(), customers.size());
        QHash<QString, int> perAgent;
        QSet<QString> conversations;
        for (const QJsonObject &event : eventsOf(marco, QStringLiteral("autoassign"))) {
            ++perAgent[event.value(u"assignee").toString()];
            conversations.insert(event.value(u"phone").toString());
        }
        QCOMPARE(conversations.size(), customers.size()); // each once
        QCOMPARE(perAgent.value(QStringLiteral("ana")), 2);
        QCOMPARE(perAgent.value(QStringLiteral("bea")), 2);
        const QString first = u'+' + customers.first();
        QCOMPARE(runner.assigneeOf(first), QStringLiteral("ana")); // never given one, by id
        QCOMPARE(runner.assigneeOf(u'+' + customers.at(1)), QStringLiteral("bea"));
        for (const Inbox *inbox : {&runner, &ana, &bea}) {
            for (const QString &digits : customers) {
                QTRY_COMPARE(inbox->assigneeOf(u'+' + digits), runner.assigneeOf(u'+' + digits));
                QTRY_COMPARE(inbox->linesOf(u'+' + digits).size(), 1);
            }
        }
        QCOMPARE(
            ana.linesOf(first).first(),
            QStringLiteral(
                "Assigned automatically to Ana Souza, next in turn among the teammates online"));

        // Bea leaves the team: her conversations go to Ana at once, each once, said in the chat.
        auto directory =
            relay::RelayDirectory::open(team.relay.dir.filePath(QStringLiteral("relay"))).value();
        QCOMPARE(directory->revokeAgent(QStringLiteral("acme"), QStringLiteral("Bea Lima")),
                 std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(marco, QStringLiteral("autoassign")).size(),
                                  customers.size() + 2, 15000);
        for (const QString &digits : customers)
            QTRY_COMPARE(ana.assigneeOf(u'+' + digits), QStringLiteral("ana"));
        const QJsonObject moved = eventsOf(marco, QStringLiteral("autoassign")).constLast();
        QCOMPARE(moved.value(u"reason").toString(), QStringLiteral("offline"));
        QCOMPARE(moved.value(u"previous").toString(), QStringLiteral("bea"));
        QTRY_COMPARE(runner.linesOf(u'+' + customers.at(1)).size(), 2);
        QCOMPARE(runner.linesOf(u'+' + customers.at(1)).last(),
                 QStringLiteral("Reassigned automatically from Bea Lima to Ana Souza: Bea Lima "
                                "was offline too long"));
    }
};

QTEST_GUILESS_MAIN(TestAutoAssign)
#include "tst_autoassign.moc"
