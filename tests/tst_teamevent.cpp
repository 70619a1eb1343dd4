// SPDX-License-Identifier: GPL-3.0-or-later
// TeamEvent: every type read from its JSON fixture and written back the same, every malformed
// case refused in words, the role rules, and the sync engine applying fixtures to a real cache
// (a malformed event applies nothing).
#include "Fixtures.h"
#include "TempCache.h"
#include "domain/TeamEvent.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace inbox;

namespace {

QJsonObject teamFixture(const QString &name)
{
    return QJsonDocument::fromJson(
               test::fixtureFile(QStringLiteral("team/") + name + QStringLiteral(".json")))
        .object();
}

TeamEvent parsed(const QString &name)
{
    auto event = teamEventFromJson(teamFixture(name));
    if (!event)
        qFatal("%s: %s", qPrintable(name), qPrintable(event.error()));
    return std::move(event).value();
}

RelayEvent relayed(qint64 seq, const QJsonObject &body)
{
    return {seq, QStringLiteral("team"), QString(), QDateTime::currentDateTimeUtc(),
            QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

int count(const test::TempCache &cache, const QString &statement)
{
    return test::scalar(*cache.db(), statement).toInt();
}

} // namespace

class TestTeamEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeReadsAndWritesBackTheSame_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("type");
        const QStringList files = QDir(QStringLiteral(INBOX_FIXTURES_DIR "/team"))
                                      .entryList({QStringLiteral("*.json")}, QDir::Files);
        QSet<QString> covered;
        for (const QString &file : files) {
            if (file == QLatin1String("malformed.json"))
                continue;
            const QString name = file.chopped(5);
            const QString type = teamFixture(name).value(QLatin1String("type")).toString();
            covered.insert(type);
            QTest::newRow(qPrintable(name)) << name << type;
        }
        for (const QString &type : teamEventTypes()) {
            if (!covered.contains(type))
                qFatal("no fixture for the team event type %s", qPrintable(type));
        }
    }
    void everyTypeReadsAndWritesBackTheSame()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, type);
        const QJsonObject json = teamFixture(fixture);
        const auto event = teamEventFromJson(json);
        QVERIFY2(event, event ? "" : qPrintable(event.error()));
        QCOMPARE(event->type(), type);
        QCOMPARE(event->stamp.authorId, QStringLiteral("marco"));
        QCOMPARE(event->stamp.at, QDateTime(QDate(2026, 12, 1), QTime(14, 2), Qt::UTC));
        QCOMPARE(toJson(*event), json);
    }

    void theFieldsAreTyped()
    {
        const auto assign = std::get<team::Assign>(parsed(QStringLiteral("assign")).body);
        QCOMPARE(assign.conversation,
                 (ConversationKey{QStringLiteral("meta"), QStringLiteral("277321005464405"),
                                  QStringLiteral("+5511912345678")}));
        QCOMPARE(assign.assignee, QStringLiteral("priya"));
        QCOMPARE(assign.conversation.text(), QStringLiteral("meta/277321005464405/+5511912345678"));
        const auto snoozed =
            std::get<team::SetStatus>(parsed(QStringLiteral("status_snoozed")).body);
        QCOMPARE(snoozed.status, ConversationStatus::Snoozed);
        QCOMPARE(snoozed.snoozedUntil, QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
        const auto lead = std::get<team::EditLead>(parsed(QStringLiteral("lead")).body);
        QVERIFY(!lead.name);
        QCOMPARE(lead.stage, std::optional(QStringLiteral("Qualified")));
        QVERIFY(!lead.optedOut);
        const auto optOut = std::get<team::EditLead>(parsed(QStringLiteral("lead_opted_out")).body);
        QCOMPARE(optOut.optedOut, std::optional(true));
        QVERIFY(!optOut.stage);
        const auto edit = std::get<team::EditTemplate>(parsed(QStringLiteral("template")).body);
        QCOMPARE(edit.components->size(), 1);
        QVERIFY(std::get<team::SavedReply>(parsed(QStringLiteral("canned_removed")).body).removed);
        QCOMPARE(std::get<team::Outbound>(parsed(QStringLiteral("outbound")).body).kind,
                 MessageKind::Text);
        QVERIFY(parsed(QStringLiteral("read")).conversation());
        QVERIFY(!parsed(QStringLiteral("note")).conversation());
    }

    void malformedEventsAreRefusedInWords_data()
    {
        QTest::addColumn<QJsonObject>("event");
        QTest::addColumn<QString>("error");
        const QJsonArray cases =
            QJsonDocument::fromJson(test::fixtureFile(QStringLiteral("team/malformed.json")))
                .array();
        for (const QJsonValue &item : cases) {
            const QJsonObject entry = item.toObject();
            const QString error = entry.value(QLatin1String("error")).toString();
            QTest::newRow(qPrintable(error))
                << entry.value(QLatin1String("event")).toObject() << error;
        }
    }
    void malformedEventsAreRefusedInWords()
    {
        QFETCH(QJsonObject, event);
        QFETCH(QString, error);
        const auto read = teamEventFromJson(event);
        QVERIFY2(!read, "a malformed event was read");
        QVERIFY2(read.error().contains(error), qPrintable(read.error()));
    }

    void rolesDecideWhoMayDoWhat()
    {
        const TeamEvent assignPriya = parsed(QStringLiteral("assign"));
        QVERIFY(whyNotAllowed(Role::Agent, QStringLiteral("ana"), assignPriya)
                    .contains(QStringLiteral("managers")));
        QVERIFY(whyNotAllowed(Role::Agent, QStringLiteral("priya"), assignPriya).isEmpty());
        QVERIFY(whyNotAllowed(Role::Manager, QStringLiteral("marco"), assignPriya).isEmpty());
        for (const char *name : {"template", "canned", "canned_removed", "label", "routing",
                                 "routing_team", "routing_removed", "capacity"}) {
            const TeamEvent event = parsed(QLatin1String(name));
            QVERIFY(!whyNotAllowed(Role::Agent, QStringLiteral("priya"), event).isEmpty());
            QVERIFY(whyNotAllowed(Role::Manager, QStringLiteral("marco"), event).isEmpty());
            QVERIFY(whyNotAllowed(Role::Admin, QStringLiteral("ana"), event).isEmpty());
        }
        for (const char *name : {"note", "lead", "read", "status", "outbound", "autoreply",
                                 "labelled", "view", "autoassign"})
            QVERIFY(whyNotAllowed(Role::Agent, QStringLiteral("priya"), parsed(QLatin1String(name)))
                        .isEmpty());
    }

    void theAutoAssignmentsEventsApplyToTheCache()
    {
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), {});
        QList<RelayEvent> events;
        qint64 seq = 40;
        for (const char *name : {"routing_team", "routing", "capacity", "autoassign"})
            events << relayed(++seq, teamFixture(QLatin1String(name)));
        QCOMPARE(sync.apply(events).result().skipped, 0);
        QCOMPARE(test::scalar(*cache.db(),
                              QStringLiteral("SELECT group_concat(account_id || ':' || enabled || "
                                             "':' || reassign_after_minutes, ' ') FROM (SELECT * "
                                             "FROM routing ORDER BY account_id)"))
                     .toString(),
                 QStringLiteral(":0:0 meta-277321005464405:1:15"));
        // Priya: at most 4, and her turn is the event that gave her the conversation.
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT capacity || '/' || last_turn "
                                                          "FROM agents WHERE id = 'priya'"))
                     .toString(),
                 QStringLiteral("4/44"));
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT assignee_id FROM "
                                                          "conversations"))
                     .toString(),
                 QStringLiteral("priya"));
        QCOMPARE(test::scalar(*cache.db(),
                              QStringLiteral("SELECT text FROM messages WHERE kind = 'system'"))
                     .toString(),
                 QStringLiteral("Reassigned automatically from ana to Priya Sharma: ana was "
                                "offline too long"));
        // Removed, the account follows the team again; the team's rules stay.
        sync.apply({relayed(++seq, teamFixture(QStringLiteral("routing_removed")))})
            .waitForFinished();
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM routing")), 1);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM routing WHERE account_id = ''")),
                 1);
    }

    void theSyncEngineAppliesEachThroughTheStores()
    {
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), {});
        QList<RelayEvent> events;
        qint64 seq = 0;
        for (const char *name : {"assign", "status_snoozed", "note", "lead", "lead_opted_out",
                                 "template", "outbound", "canned", "autoreply"})
            events << relayed(++seq, teamFixture(QLatin1String(name)));
        const SyncReport report = sync.apply(events).result();
        QCOMPARE(report.cursor, seq);
        QCOMPARE(report.skipped, 0);
        QCOMPARE(report.autoReplyClaims, QStringList{QStringLiteral("desk-1:3EB0")});
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT assignee_id || ' ' || status "
                                                          "FROM conversations"))
                     .toString(),
                 QStringLiteral("priya snoozed"));
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT name FROM agents WHERE id = "
                                                          "'priya'"))
                     .toString(),
                 QStringLiteral("Priya Sharma"));
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT stage FROM leads")).toString(),
                 QStringLiteral("Qualified"));
        // Ana heard "no more messages": the lead is out of campaigns from the event's time.
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT opted_out_at FROM leads"))
                     .toLongLong(),
                 QDateTime(QDate(2026, 12, 1), QTime(14, 2), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT text FROM notes")).toString(),
                 QStringLiteral("Wants the blue one; call after 5"));
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT status FROM templates")).toString(),
            QStringLiteral("PENDING"));
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT sender_agent_id FROM messages "
                                                          "WHERE kind = 'text'"))
                     .toString(),
                 QStringLiteral("marco"));
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM canned_responses")), 1);
        // The chat tells the history: Marco's assignment and snooze, as system lines.
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT group_concat(text, ' / ') FROM "
                                                          "(SELECT text FROM messages WHERE kind "
                                                          "= 'system' ORDER BY id)"))
                     .toString()
                     .section(QStringLiteral(" until "), 0, 0),
                 QStringLiteral("Marco Rossi assigned this to Priya Sharma / Marco Rossi snoozed "
                                "this"));
        QCOMPARE(count(cache, QStringLiteral("SELECT unread_count FROM conversations")), 0);

        // The reports keep who changed the status and when.
        QCOMPARE(
            test::scalar(*cache.db(), QStringLiteral("SELECT status || ' ' || actor_id || ' ' "
                                                     "|| at FROM status_changes"))
                .toString(),
            QStringLiteral("snoozed marco %1")
                .arg(QDateTime(QDate(2026, 12, 1), QTime(14, 2), Qt::UTC).toMSecsSinceEpoch()));

        // The same events again change nothing; the unassign, read and removal do.
        sync.apply(events).waitForFinished();
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM messages")), 3);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM status_changes")), 1);
        test::scalar(*cache.db(), QStringLiteral("UPDATE conversations SET unread_count = 4"));
        sync.apply({relayed(++seq, teamFixture(QStringLiteral("unassign"))),
                    relayed(++seq, teamFixture(QStringLiteral("read"))),
                    relayed(++seq, teamFixture(QStringLiteral("canned_removed")))})
            .waitForFinished();
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM conversations WHERE assignee_id "
                                             "IS NULL AND unread_count = 0")),
                 1);
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM canned_responses")), 0);
        QJsonObject backIn = teamFixture(QStringLiteral("lead_opted_out"));
        backIn.insert(QStringLiteral("optedOut"), false);
        sync.apply({relayed(++seq, backIn)}).waitForFinished();
        QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM leads WHERE opted_out_at IS "
                                             "NULL")),
                 1);
    }

    void aMalformedEventAppliesNothing()
    {
        test::TempCache cache;
        SyncEngine sync(cache.db(), QStringLiteral("acme"), {});
        QJsonObject bad = teamFixture(QStringLiteral("assign"));
        bad.remove(QStringLiteral("assignee"));
        const SyncReport report = sync.apply({relayed(7, bad)}).result();
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.teamEvents, 0);
        QCOMPARE(report.cursor, 7); // passed over, never asked for again
        for (const char *table : {"agents", "conversations", "leads", "accounts"})
            QCOMPARE(
                count(cache, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                0);
    }
};

QTEST_GUILESS_MAIN(TestTeamEvent)
#include "tst_teamevent.moc"
