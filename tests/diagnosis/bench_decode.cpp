// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): decoding a 1 MB paste, a folder of 1,000 bounces, and the shared corpus
// of real bounces. Targets: 1 MB under 50 ms; 1,000 bounces under 2 s; the corpus (280 real
// bounces) under 1 s in one process. Prints the figures, including the cost per file.
#include "bouncecorpus.h"
#include "diagnosis/pastedecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

using namespace od;

namespace {

double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

template<typename F>
double best(int runs, F f)
{
    double b = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        b = qMin(b, msSince(t));
    }
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString dir = QStringLiteral(OD_TESTS_DIR "/fixtures");
    QList<QByteArray> bounces;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            bounces.append(f.readAll());
    }
    if (bounces.isEmpty()) {
        out << "no fixtures in " << dir << '\n';
        return 1;
    }
    decodePaste(QStringLiteral("warm up 550 5.7.1 relay access denied"));

    // 1 MB pastes of different shapes.
    QRandomGenerator gen(7);
    QString junk(1024 * 1024, QLatin1Char(' '));
    for (QChar &c : junk)
        c = QChar(char16_t(32 + gen.bounded(95)));
    QString logs;
    const QString line = QStringLiteral(
        "Jun  4 10:15:02 mail postfix/smtp[4242]: 4F1A21C0042: to=<bob@example.net>, relay=mx.example.net[192.0.2.10]:25, "
        "delay=1.2, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.10] said: 550 5.1.1 <bob@example.net>: "
        "Recipient address rejected: User unknown (in reply to RCPT TO command))\n");
    while (logs.size() < 1024 * 1024)
        logs += line;
    QString bigBounce = QString::fromUtf8(bounces.first());
    while (bigBounce.size() < 1024 * 1024)
        bigBounce += QStringLiteral("filler text of a long quoted original message body\n");

    const double tJunk = best(5, [&] { decodePaste(junk); });
    const double tLogs = best(5, [&] { decodePaste(logs); });
    const double tBig = best(5, [&] { decodePaste(bigBounce); });
    const double tSame = best(5, [&] { decodePaste(QString(1024 * 1024, QLatin1Char('a'))); });

    // 1,000 bounces: the fixtures, round-robin.
    QElapsedTimer t;
    t.start();
    int problems = 0;
    for (int i = 0; i < 1000; ++i)
        problems += decodeBytes(bounces.at(i % bounces.size())).hasProblem() ? 1 : 0;
    const double tFolder = msSince(t);

    // The shared corpus of real bounces: read first, then decoded in one go; and each file alone.
    QList<QByteArray> real;
    QStringList realNames;
    for (const corpus::Expected &e : corpus::loadExpected()) {
        if (realNames.contains(e.file))
            continue;
        QFile f(e.file);
        if (f.open(QIODevice::ReadOnly)) {
            real.append(f.readAll());
            realNames.append(e.file);
        }
    }
    double tCorpus = 0;
    double worst = 0;
    QString worstName;
    if (!real.isEmpty()) {
        tCorpus = best(3, [&] {
            for (const QByteArray &b : std::as_const(real))
                decodeBytes(b);
        });
        for (qsizetype i = 0; i < real.size(); ++i) {
            const double one = best(3, [&] { decodeBytes(real.at(i)); });
            if (one > worst) {
                worst = one;
                worstName = QFileInfo(realNames.at(i)).fileName();
            }
        }
    }

    out << "decode 1 MB printable junk:      " << QString::number(tJunk, 'f', 1) << " ms\n";
    out << "decode 1 MB of one character:    " << QString::number(tSame, 'f', 1) << " ms\n";
    out << "decode 1 MB of log lines:        " << QString::number(tLogs, 'f', 1) << " ms\n";
    out << "decode 1 MB bounce (long body):  " << QString::number(tBig, 'f', 1) << " ms\n";
    out << "decode 1,000 bounces:            " << QString::number(tFolder, 'f', 1) << " ms ("
        << problems << " with a problem)\n";
    if (!real.isEmpty()) {
        out << "decode the bounce corpus:        " << QString::number(tCorpus, 'f', 1) << " ms for " << real.size()
            << " files (" << QString::number(1000.0 * tCorpus / real.size(), 'f', 0) << " us per file; slowest "
            << worstName << ' ' << QString::number(worst, 'f', 2) << " ms)\n";
    } else {
        out << "decode the bounce corpus:        not found in " << corpus::corpusDir() << '\n';
    }
    const bool ok = qMax(qMax(tJunk, tSame), qMax(tLogs, tBig)) < 50.0 && tFolder < 2000.0 && tCorpus < 1000.0;
    out << (ok ? "targets met (1 MB < 50 ms, 1,000 bounces < 2 s, corpus < 1 s)\n" : "TARGETS MISSED\n");
    return ok ? 0 : 1;
}
