// SPDX-License-Identifier: GPL-3.0-or-later
// The shared bounce corpus (real bounces with the reasons the Sisimai project records for them and
// the causes of ours that describe the same thing): loading it and scoring the decoder on it.
// Used by tst_bouncecorpus (goals asserted) and bench_decode (speed).
#pragma once

#include "diagnosis/pastedecoder.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace od::corpus {

struct Expected
{
    QString id;           // sample#recipient
    QString file;         // absolute path of the .eml
    int recipientIndex = 1;
    QString reason;       // Sisimai's reason
    QString status;
    QStringList accepted; // our cause IDs that count as right
};

// The shared directory: $OD_SHARED_DIR when set (another half of the collection can be measured
// the same way), else the one the tests were built with.
inline QString sharedDir()
{
    const QByteArray env = qgetenv("OD_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(OD_SHARED_DIR) : QString::fromLocal8Bit(env);
}

inline QString corpusDir() { return sharedDir() + QStringLiteral("/corpora/bounces"); }

// Rows of expected.tsv; empty when the corpus is not there.
inline QList<Expected> loadExpected(const QString &dir = corpusDir())
{
    QList<Expected> rows;
    QFile f(dir + QStringLiteral("/expected.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList c = lines.at(i).trimmed().split(QLatin1Char('\t'));
        if (c.size() < 6)
            continue;
        Expected e;
        e.id = c.at(0);
        e.file = dir + QLatin1Char('/') + c.at(1);
        e.recipientIndex = c.at(2).toInt();
        e.reason = c.at(3);
        e.status = c.at(4);
        e.accepted = c.at(5).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        rows.append(e);
    }
    return rows;
}

// The decoder's answer for the n-th recipient (1-based) of a bounce: that finding when the
// findings name several recipients, else the verdict. A guess (low confidence) counts as unknown.
struct Answer
{
    Cause cause = Cause::Unknown;
    Confidence confidence = Confidence::Low;
};

inline Answer answerFor(const DecodeResult &r, int recipientIndex)
{
    QStringList recipients;
    QList<int> firstFinding;
    for (int i = 0; i < r.findings.size(); ++i) {
        const QString a = r.findings.at(i).recipient.toLower();
        if (!recipients.contains(a)) {
            recipients.append(a);
            firstFinding.append(i);
        }
    }
    Answer a;
    if (recipients.size() > 1 && recipientIndex >= 1 && recipientIndex <= recipients.size()) {
        const Finding &f = r.findings.at(firstFinding.at(recipientIndex - 1));
        a.confidence = f.confidence;
        a.cause = f.confidence == Confidence::Low ? Cause::Unknown : f.cause();
        return a;
    }
    a.cause = r.verdict.cause;
    a.confidence = r.verdict.confidence;
    return a;
}

struct Tally
{
    int n = 0;
    int right = 0;
    int unknown = 0;
    int confidentlyWrong = 0; // a wrong cause with confidence medium or high
};

struct Score
{
    QMap<QString, Tally> byReason;
    Tally total;
    QStringList misses;       // "id reason status -> cause (confidence)"
};

inline Score score(const QList<Expected> &rows, const QMap<QString, DecodeResult> &results)
{
    Score s;
    for (const Expected &e : rows) {
        const Answer a = answerFor(results.value(e.file), e.recipientIndex);
        const QString cause = causeId(a.cause);
        Tally &t = s.byReason[e.reason];
        for (Tally *x : {&t, &s.total}) {
            ++x->n;
            if (e.accepted.contains(cause))
                ++x->right;
            else if (a.cause == Cause::Unknown)
                ++x->unknown;
            else
                ++x->confidentlyWrong;
        }
        if (!e.accepted.contains(cause))
            s.misses.append(QStringLiteral("%1 %2 %3 -> %4 (%5)").arg(e.id, e.reason, e.status, cause,
                                                                       confidenceId(a.confidence)));
    }
    return s;
}

inline QString table(const Score &s)
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("reason"), -18)
                      .arg(QStringLiteral("n"), 4).arg(QStringLiteral("right"), 6)
                      .arg(QStringLiteral("unknown"), 8).arg(QStringLiteral("conf.wrong"), 11);
    auto row = [&](const QString &name, const Tally &t) {
        out += QStringLiteral("%1 %2 %3 %4 %5\n").arg(name, -18).arg(t.n, 4).arg(t.right, 6)
                   .arg(t.unknown, 8).arg(t.confidentlyWrong, 11);
    };
    for (auto it = s.byReason.cbegin(); it != s.byReason.cend(); ++it)
        row(it.key(), it.value());
    row(QStringLiteral("TOTAL"), s.total);
    return out;
}

} // namespace od::corpus
