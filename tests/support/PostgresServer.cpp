// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <unistd.h>

namespace inbox::test {

namespace {

QString findServerBin()
{
    // Debian keeps the server programs out of PATH, under /usr/lib/postgresql/<version>/bin.
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!inPath.isEmpty())
        return QFileInfo(inPath).canonicalPath();
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    while (!found.isEmpty()) {
        const QString bin = versions.filePath(found.takeLast() + QStringLiteral("/bin"));
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

} // namespace

PostgresServer::PostgresServer()
{
    m_bin = findServerBin();
    if (m_bin.isEmpty()) {
        m_problem = QStringLiteral("PostgreSQL's server programs (initdb, pg_ctl) are not "
                                   "installed: apt-get install postgresql");
        return;
    }
    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser &&
        !run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()})) {
        return;
    }
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("inbox"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8")})) {
        return;
    }
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
              QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                  .arg(m_port)
                  .arg(m_dir.path()),
              QStringLiteral("start")})) {
        return;
    }
    m_started = true;
    run(m_bin + QStringLiteral("/createdb"),
        {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
         QString::number(m_port), QStringLiteral("-U"), QStringLiteral("inbox"),
         QStringLiteral("inbox")});
}

PostgresServer::~PostgresServer()
{
    if (m_started) {
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("stop")});
    }
}

QString PostgresServer::url() const
{
    return QStringLiteral("postgres://inbox@127.0.0.1:%1/inbox").arg(m_port);
}

bool PostgresServer::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgresUser && program != QLatin1String("chown")) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        m_problem = QStringLiteral("%1 failed: %2")
                        .arg(QFileInfo(program).fileName(),
                             QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace inbox::test
