// SPDX-License-Identifier: GPL-3.0-or-later
// The relay stream's frames, as both ends read and write them: numbers that are not sequence
// numbers are refused (never converted out of range), a cursor past anything stored reads as
// the future, every frame written reads back the same, and what is not the protocol is said in
// words.
#include "sync/StreamFrames.h"

#include <QTest>

#include <limits>

using namespace inbox;
using namespace inbox::stream;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestStreamFrames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequenceNumbersAreWholeAndInRange_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("zero") << QByteArray("0") << std::optional<qint64>(0);
        QTest::newRow("plain") << QByteArray("42") << std::optional<qint64>(42);
        QTest::newRow("2^53") << QByteArray("9007199254740992")
                              << std::optional<qint64>(9007199254740992);
        QTest::newRow("past 2^53") << QByteArray("9007199254740994") << std::optional<qint64>();
        QTest::newRow("2^63-1") << QByteArray("9223372036854775807") << std::optional<qint64>();
        QTest::newRow("1e300") << QByteArray("1e300") << std::optional<qint64>();
        QTest::newRow("1e400") << QByteArray("1e400") << std::optional<qint64>();
        QTest::newRow("negative") << QByteArray("-1") << std::optional<qint64>();
        QTest::newRow("fraction") << QByteArray("1.5") << std::optional<qint64>();
        QTest::newRow("text") << QByteArray("\"5\"") << std::optional<qint64>();
        QTest::newRow("null") << QByteArray("null") << std::optional<qint64>();
    }

    void sequenceNumbersAreWholeAndInRange()
    {
        QFETCH(QByteArray, json);
        QFETCH(std::optional<qint64>, expected);
        const auto frame =
            readRelayFrame("{\"type\":\"ack\",\"clientId\":\"c\",\"seq\":" + json + '}');
        if (expected) {
            QVERIFY(std::holds_alternative<Ack>(frame));
            QCOMPARE(std::get<Ack>(frame).seq, *expected);
        } else {
            QVERIFY(std::holds_alternative<Unreadable>(frame));
            QVERIFY(!std::get<Unreadable>(frame).why.isEmpty());
        }
    }

    void aHelloCursorPastAnythingStoredIsTheFuture_data()
    {
        QTest::addColumn<QByteArray>("cursor");
        QTest::addColumn<qint64>("expected");
        constexpr qint64 future = std::numeric_limits<qint64>::max();
        QTest::newRow("none") << QByteArray() << qint64(0);
        QTest::newRow("plain") << QByteArray(",\"cursor\":17") << qint64(17);
        QTest::newRow("negative") << QByteArray(",\"cursor\":-5") << qint64(0);
        QTest::newRow("-1e300") << QByteArray(",\"cursor\":-1e300") << qint64(0);
        QTest::newRow("1e300") << QByteArray(",\"cursor\":1e300") << future;
        QTest::newRow("2^63-1") << QByteArray(",\"cursor\":9223372036854775807") << future;
        QTest::newRow("text") << QByteArray(",\"cursor\":\"12\"") << qint64(0);
    }

    void aHelloCursorPastAnythingStoredIsTheFuture()
    {
        QFETCH(QByteArray, cursor);
        QFETCH(qint64, expected);
        const auto frame = readClientFrame("{\"type\":\"hello\",\"token\":\"t0k\"" + cursor + '}');
        QVERIFY(std::holds_alternative<Hello>(frame));
        QCOMPARE(std::get<Hello>(frame), (Hello{"t0k", expected}));
    }

    void presenceReadsBackAndTheRunnerSaysItIsHeadless()
    {
        const QList<TeammatePresence> team{{u"ana"_s, u"Ana Souza"_s, u"agent"_s, true,
                                            QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC)},
                                           {u"bea"_s, u"Bea Lima"_s, u"manager"_s, false, {}}};
        const auto frame = readRelayFrame(presenceFrame(team));
        QVERIFY(std::holds_alternative<Presence>(frame));
        QCOMPARE(std::get<Presence>(frame).agents, team);
        QVERIFY(std::holds_alternative<Unreadable>(
            readRelayFrame(R"({"type":"presence","agents":[{"online":true}]})")));
        QVERIFY(std::get<Hello>(readClientFrame(helloFrame("t", 3, true))).headless);
        QVERIFY(!std::get<Hello>(readClientFrame(helloFrame("t", 3))).headless);
        QVERIFY(!helloFrame("t", 3).contains("headless")); // desktops say nothing new
    }

    void whatADesktopWritesReadsBack()
    {
        QCOMPARE(std::get<Hello>(readClientFrame(helloFrame("tökén", 1234))),
                 (Hello{QByteArray("tökén"), 1234}));
        const QJsonObject event{{QStringLiteral("type"), QStringLiteral("note")},
                                {QStringLiteral("text"), QStringLiteral("called back")}};
        const auto publish = std::get<Publish>(readClientFrame(publishFrame(u"id-1"_s, event)));
        QCOMPARE(publish.clientId.toString(), QStringLiteral("id-1"));
        QCOMPARE(publish.event, event);
    }

    void whatTheRelayWritesReadsBack()
    {
        const QDateTime at =
            QDateTime::fromString(u"2026-12-02T10:00:00.125Z"_s, Qt::ISODateWithMs);
        const RelayEvent event{77, u"meta"_s, u"1234567890"_s, at, "{\"entry\":[{\"id\":\"x\"}]}"};
        const QByteArray frame =
            eventFrame(event.seq, event.provider, event.account, event.receivedAt, event.body);
        QCOMPARE(std::get<RelayEvent>(readRelayFrame(frame)), event);

        const Welcome welcome{u"acme"_s, u"marco"_s, u"Marco Rossi"_s, u"manager"_s, 9000};
        QCOMPARE(std::get<Welcome>(readRelayFrame(welcomeFrame(welcome))), welcome);
        QCOMPARE(std::get<Reset>(readRelayFrame(resetFrame(u"gone"_s))).reason,
                 QStringLiteral("gone"));
        const auto ack = std::get<Ack>(readRelayFrame(ackFrame(QStringLiteral("c-9"), 5)));
        QCOMPARE(ack.clientId.toString(), QStringLiteral("c-9"));
        QCOMPARE(ack.seq, 5);
        const auto refusal = std::get<Refusal>(
            readRelayFrame(refusalFrame({u"forbidden"_s, u"not yours"_s, u"c-9"_s})));
        QCOMPARE(refusal.code, QStringLiteral("forbidden"));
        QCOMPARE(refusal.message, QStringLiteral("not yours"));
        QCOMPARE(refusal.clientId.toString(), QStringLiteral("c-9"));
        // No client id: none is written, and none is read.
        QVERIFY(std::get<Refusal>(readRelayFrame(refusalFrame({u"unauthorized"_s, u"revoked"_s})))
                    .clientId.isUndefined());
    }

    void relayFramesThatAreNotTheProtocolAreUnreadable_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("not JSON") << QByteArray("{\"type\":");
        QTest::newRow("an array") << QByteArray("[1,2]");
        QTest::newRow("event without seq") << QByteArray("{\"type\":\"event\",\"body\":{}}");
        QTest::newRow("event seq 1e300")
            << QByteArray("{\"type\":\"event\",\"seq\":1e300,\"body\":{}}");
        QTest::newRow("event body text")
            << QByteArray("{\"type\":\"event\",\"seq\":3,\"body\":\"{}\"}");
        QTest::newRow("welcome without head")
            << QByteArray("{\"type\":\"welcome\",\"org\":\"acme\"}");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"surprise\"}");
    }

    void relayFramesThatAreNotTheProtocolAreUnreadable()
    {
        QFETCH(QByteArray, frame);
        const auto read = readRelayFrame(frame);
        QVERIFY(std::holds_alternative<Unreadable>(read));
        QVERIFY(!std::get<Unreadable>(read).why.isEmpty());
    }

    void clientFramesThatAreNotTheProtocolAreRefusedInWords()
    {
        for (const QByteArray &frame : {QByteArray("nope"), QByteArray("[]"), QByteArray()}) {
            const auto refusal = std::get<Refusal>(readClientFrame(frame));
            QCOMPARE(refusal.code, QStringLiteral("bad_frame"));
            QVERIFY(refusal.message.startsWith(QStringLiteral("frames are JSON objects")));
        }
        const auto unknown =
            std::get<Refusal>(readClientFrame("{\"type\":\"subscribe\",\"clientId\":7}"));
        QCOMPARE(unknown.code, QStringLiteral("unknown_type"));
        QVERIFY(unknown.message.contains(QStringLiteral("\"subscribe\"")));
        QCOMPARE(unknown.clientId.toInt(), 7); // echoed, so the desktop knows which one
    }
};

QTEST_GUILESS_MAIN(TestStreamFrames)
#include "tst_streamframes.moc"
