// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace inbox::test {

/// A throwaway PostgreSQL server on loopback for one test: initdb into a temporary folder,
/// pg_ctl start on a free port, trust authentication for the user "inbox" on 127.0.0.1.
/// Run as root, the server runs as the "postgres" user (initdb refuses root).
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();

    /// Empty when running; otherwise why not (binaries missing, initdb failed...).
    QString problem() const { return m_problem; }
    /// postgres://inbox@127.0.0.1:PORT/inbox
    QString url() const;

private:
    bool run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_problem;
    quint16 m_port = 0;
    bool m_asPostgresUser = false;
    bool m_started = false;
};

} // namespace inbox::test
