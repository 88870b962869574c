// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `outbox-doctor probe` binary (bounded) and keeps what it printed.
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace odtest {

struct ProbeRun
{
    int exitCode = -1; // -1: did not end within the limit, -2: crashed
    QByteArray out;
    QByteArray err;
    QJsonObject json;  // stdout parsed when --json was given
    qint64 ms = -1;    // wall time until the process ended

    QJsonObject verdict() const { return json.value(QStringLiteral("verdict")).toObject(); }
};

// The probe in English, with OD_TEST_WRONG_PASSWORD set for --password-env; killed after limitMs.
inline ProbeRun runProbe(const QStringList &args, QProcessEnvironment env = QProcessEnvironment::systemEnvironment(),
                         int limitMs = 60000)
{
    QProcess p;
    env.insert(QStringLiteral("OD_TEST_WRONG_PASSWORD"), QStringLiteral("wrong-Passw0rd"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(OD_BINARY), QStringList{QStringLiteral("probe"), QStringLiteral("--lang"), QStringLiteral("en")} + args);
    ProbeRun run;
    if (!p.waitForFinished(limitMs)) {
        p.kill();
        p.waitForFinished(5000);
        return run;
    }
    run.ms = timer.elapsed();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    if (args.contains(QStringLiteral("--json")))
        run.json = QJsonDocument::fromJson(run.out).object();
    return run;
}

} // namespace odtest
