// SPDX-License-Identifier: GPL-3.0-or-later
// The four programs as a user or a unit starts them: --version and -h/--help answer on stdout
// with status 0 and need no display; a wrong option is said on stderr with status 2; and the
// desktop's default cache is ~/.local/share/inbox/cache.db, moved there from the folder earlier
// versions used.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

/// The program with no display and a home of its own.
Run run(const QString &program, const QStringList &arguments, const QString &home,
        bool offscreen = false)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("XDG_DATA_HOME"));
    environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
    if (offscreen)
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachSaysItsVersionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::addRow("inbox") << QStringLiteral(INBOX_BINARY) << QStringLiteral("inbox");
        QTest::addRow("inboxctl") << QStringLiteral(INBOXCTL_BINARY) << QStringLiteral("inboxctl");
        QTest::addRow("inbox-relay")
            << QStringLiteral(RELAY_BINARY) << QStringLiteral("inbox-relay");
        QTest::addRow("inbox-sandbox")
            << QStringLiteral(SANDBOX_BINARY) << QStringLiteral("inbox-sandbox");
    }
    void eachSaysItsVersionAndHelp()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        QTemporaryDir home;
        const Run version = run(program, {QStringLiteral("--version")}, home.path());
        QCOMPARE(version.status, 0);
        QCOMPARE(version.out.trimmed(),
                 (name + QLatin1Char(' ') + QStringLiteral(INBOX_VERSION)).toUtf8());
        for (const char *help : {"-h", "--help"}) {
            const Run asked = run(program, {QLatin1String(help)}, home.path());
            QCOMPARE(asked.status, 0);
            QVERIFY2(asked.out.toLower().contains("usage:"), asked.out + asked.err);
        }
        // A mistake is said (the desktop needs a display for it, as for anything else).
        const Run wrong = run(program, {QStringLiteral("--no-such-option")}, home.path(),
                              name == QLatin1String("inbox"));
        QVERIFY2(wrong.status != 0, wrong.out);
        QVERIFY2(wrong.out.isEmpty(), wrong.out);
        QVERIFY2(wrong.err.contains("no-such-option"), wrong.err);
        // Asking for help touched nothing: no cache, no settings.
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral(".local/share/inbox"))));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral(".config/inbox"))));
    }

    void inboxctlSubcommandHelpIsNotAMistake()
    {
        QTemporaryDir home;
        for (const QStringList &arguments :
             {QStringList{u"report"_qs, u"--help"_qs}, QStringList{u"bulk"_qs, u"-h"_qs},
              QStringList{u"help"_qs}}) {
            const Run asked = run(QStringLiteral(INBOXCTL_BINARY), arguments, home.path());
            QCOMPARE(asked.status, 0);
            QVERIFY(asked.out.contains("report --cache PATH"));
            QVERIFY(asked.err.isEmpty());
        }
        const Run none = run(QStringLiteral(INBOXCTL_BINARY), {}, home.path());
        QCOMPARE(none.status, 2);
        QVERIFY(none.err.contains("no command given"));
    }

    void aSecondStartHandsItsLinkToTheFirst()
    {
        QTemporaryDir home;
        const QString cache = home.filePath(QStringLiteral("cache.db"));
        QCOMPARE(run(QStringLiteral(INBOXCTL_BINARY),
                     {u"seed"_qs, u"--cache"_qs, cache, u"--conversations"_qs, u"5"_qs,
                      u"--messages"_qs, u"20"_qs},
                     home.path())
                     .status,
                 0);
        QString phone;
        qint64 conversation = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"seeded"_qs);
            db.setDatabaseName(cache);
            QVERIFY(db.open());
            QSqlQuery query(u"SELECT id, customer_phone FROM conversations LIMIT 1"_qs, db);
            QVERIFY(query.next());
            conversation = query.value(0).toLongLong();
            phone = query.value(1).toString();
        }
        QSqlDatabase::removeDatabase(u"seeded"_qs);

        QProcess first;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        first.setProcessEnvironment(environment);
        first.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray said;
        connect(&first, &QProcess::readyRead, this, [&] { said += first.readAll(); });
        first.start(QStringLiteral(INBOX_BINARY), {u"--cache"_qs, cache});
        QVERIFY(QTest::qWaitFor([&] { return said.contains("takes later starts' links"); }, 30000));

        // A link clicked in a browser starts the inbox again: the open one takes it.
        const Run second = run(QStringLiteral(INBOX_BINARY),
                               {u"--cache"_qs, cache, u"whatsapp://send?phone="_qs + phone.mid(1)},
                               home.path(), true);
        QCOMPARE(second.status, 0);
        QVERIFY2(second.err.contains("is open already"), second.err);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return said.contains(QByteArray("a link opened conversation ") +
                                              QByteArray::number(conversation));
                     },
                     15000),
                 said);
        // Another profile is another inbox: not handed over.
        QTemporaryDir other;
        const Run elsewhere = run(QStringLiteral(INBOX_BINARY),
                                  {u"--cache"_qs, other.filePath(u"c.db"_qs), u"--screenshot"_qs,
                                   other.filePath(u"s.png"_qs)},
                                  home.path(), true);
        QCOMPARE(elsewhere.status, 0);
        first.terminate();
        QVERIFY(first.waitForFinished(10000) || (first.kill(), first.waitForFinished()));
    }

    void theDesktopsCacheMovesOutOfTheDoubledFolder()
    {
        QTemporaryDir home;
        const QString old = home.filePath(QStringLiteral(".local/share/inbox/inbox"));
        QVERIFY(QDir().mkpath(old));
        // A cache left by an earlier version, with its write-ahead log beside it.
        const Run seeded = run(QStringLiteral(INBOXCTL_BINARY),
                               {u"seed"_qs, u"--cache"_qs, old + u"/cache.db"_qs,
                                u"--conversations"_qs, u"3"_qs, u"--messages"_qs, u"9"_qs},
                               home.path());
        QCOMPARE(seeded.status, 0);
        const Run started =
            run(QStringLiteral(INBOX_BINARY), {u"--screenshot"_qs, home.filePath(u"shot.png"_qs)},
                home.path(), true);
        QVERIFY2(started.status == 0, started.err);
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral(".local/share/inbox/cache.db"))));
        QVERIFY(!QFileInfo::exists(old + QStringLiteral("/cache.db")));
        QVERIFY(!QFileInfo::exists(old)); // the empty folder is gone too
        QVERIFY(QFileInfo(home.filePath(u"shot.png"_qs)).size() > 0);
        // The conversations came along.
        const Run stats = run(QStringLiteral(INBOXCTL_BINARY),
                              {u"cache"_qs, u"stats"_qs, u"--cache"_qs,
                               home.filePath(u".local/share/inbox/cache.db"_qs)},
                              home.path());
        QVERIFY2(stats.out.contains("conversations"), stats.out);
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
