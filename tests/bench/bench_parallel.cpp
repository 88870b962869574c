// SPDX-License-Identifier: GPL-3.0-or-later
// Parallel candidates: with one port silently dropped, the verdict of a working port must
// come as fast as with that port alone, and the dropped one must be reported within the
// connect timeout; a server that accepts but never greets must be reported within 15 s.
// Needs the test bed: OD_TESTBED_DIR=<dir> bench_parallel
#include "diagnosis/probediagnosis.h"
#include "smtp/smtpprobe.h"
#include "testbed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <arpa/inet.h>

namespace {

struct Timing
{
    qint64 verdictMs = -1;
    qint64 finishedMs = -1;
    od::ProbeResult result;
};

Timing run(const od::ProbeSettings &settings)
{
    od::SmtpProbe probe;
    Timing t;
    QElapsedTimer clock;
    QEventLoop loop;
    QObject::connect(&probe, &od::SmtpProbe::verdictReady, &loop, [&] { t.verdictMs = clock.elapsed(); });
    QObject::connect(&probe, &od::SmtpProbe::finished, &loop, [&](const od::ProbeResult &r) {
        t.finishedMs = clock.elapsed();
        t.result = r;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    clock.start();
    probe.start(settings);
    loop.exec();
    return t;
}

// A port whose SYNs are dropped: a listener with a full accept queue (backlog 0, one
// connection already waiting) does not answer further connection attempts.
int filteredPort(int *listener, int *filler)
{
    *listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(*listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(*listener, 0) != 0)
        return 0;
    socklen_t len = sizeof addr;
    ::getsockname(*listener, reinterpret_cast<sockaddr *>(&addr), &len);
    *filler = ::socket(AF_INET, SOCK_STREAM, 0);
    ::connect(*filler, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    return ntohs(addr.sin_port);
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    odtest::TestBed bed;
    QString why;
    if (!bed.load(&why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 2;
    }
    od::ProbeSettings base;
    base.host = QStringLiteral("localhost");
    base.sourceAddress = QHostAddress(QStringLiteral("127.0.0.3"));
    base.from = bed.value("USER");
    base.user = bed.value("USER");
    base.password = bed.value("PASSWORD");
    base.foreignRecipients = {bed.value("FOREIGN_RCPT")};
    base.extraCaCertificates = QSslCertificate::fromPath(bed.value("CA_FILE"));
    const od::Endpoint working{bed.port("SUBMISSION_PORT"), od::Security::StartTls};

    int listener = -1, filler = -1;
    const int dropped = filteredPort(&listener, &filler);
    if (!dropped) {
        std::fprintf(stderr, "cannot create the dropped port\n");
        return 1;
    }

    QList<qint64> alone, withDropped, droppedReported;
    QString droppedCause;
    for (int i = 0; i < 5; ++i) {
        od::ProbeSettings s = base;
        s.endpoints = {working};
        alone << run(s).verdictMs;
        s.endpoints = {working, {quint16(dropped), od::Security::Auto}};
        const Timing t = run(s);
        withDropped << t.verdictMs;
        droppedReported << t.finishedMs;
        droppedCause = od::causeId(od::diagnoseProbe(t.result).attemptCause(1));
    }
    std::printf("verdict, 587-like port alone:            median %lld ms\n", median(alone));
    std::printf("verdict, with a silently dropped port:   median %lld ms\n", median(withDropped));
    std::printf("dropped port reported as %s after:  median %lld ms\n", qPrintable(droppedCause),
                median(droppedReported));

    // Accepts, never greets.
    QTcpServer silent;
    silent.listen(QHostAddress::LocalHost, 0);
    od::ProbeSettings s = base;
    s.user.clear();
    s.password.clear();
    s.host = QStringLiteral("127.0.0.1");
    s.endpoints = {{silent.serverPort(), od::Security::Auto}};
    const Timing t = run(s);
    std::printf("server that never greets reported as %s after %lld ms\n",
                qPrintable(od::causeId(od::diagnoseProbe(t.result).cause)), t.finishedMs);
    ::close(filler);
    ::close(listener);
    return 0;
}
