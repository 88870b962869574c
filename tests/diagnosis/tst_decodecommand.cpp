// SPDX-License-Identifier: GPL-3.0-or-later
// `outbox-doctor decode` as a function: output, JSON and exit status.
#include "diagnosis/decodecommand.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace od;

class TestDecodeCommand : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void human();
    void json();
    void stdinInput();
    void tooLarge();
    void many();
    void unsure();

private:
    static int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr, QIODevice *in = nullptr)
    {
        QString o, e;
        QTextStream os(&o), es(&e);
        const int rc = runDecode(args, os, es, in);
        os.flush();
        es.flush();
        if (out) *out = o;
        if (err) *err = e;
        return rc;
    }
};

static QString fixturePath(const char *name) { return QStringLiteral(OD_TESTS_DIR "/fixtures/") + QLatin1String(name); }

static bool copyFixture(const char *name, const QString &to)
{
    return QFile::copy(fixturePath(name), to);
}

void TestDecodeCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("bounce") << QStringList{fixturePath("postfix-relay.eml")} << int(DecodeProblem);
    QTest::newRow("bounce json") << QStringList{QStringLiteral("--json"), fixturePath("exim.txt")} << int(DecodeProblem);
    QTest::newRow("malformed: nothing found") << QStringList{fixturePath("malformed.eml")} << int(DecodeOk);
    QTest::newRow("lang accepted") << QStringList{QStringLiteral("--lang"), QStringLiteral("nl"), fixturePath("qmail.txt")} << int(DecodeProblem);
    QTest::newRow("location") << QStringList{QStringLiteral("--location"), QStringLiteral("travel"), fixturePath("qmail.txt")} << int(DecodeProblem);
    QTest::newRow("bad location") << QStringList{QStringLiteral("--location"), QStringLiteral("moon"), fixturePath("qmail.txt")} << int(DecodeUsage);
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/bounce.eml")} << int(DecodeUsage);
    QTest::newRow("two files") << QStringList{fixturePath("exim.txt"), fixturePath("qmail.txt")} << int(DecodeProblem);
    QTest::newRow("two files, one missing") << QStringList{fixturePath("exim.txt"), QStringLiteral("/nonexistent/b.eml")} << int(DecodeUsage);
    QTest::newRow("many with a report") << QStringList{QStringLiteral("--report"), QStringLiteral("/tmp/x.txt"), fixturePath("exim.txt"), fixturePath("qmail.txt")} << int(DecodeUsage);
    QTest::newRow("many with stdin") << QStringList{fixturePath("exim.txt"), QStringLiteral("-")} << int(DecodeUsage);
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << int(DecodeUsage);
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(DecodeOk);
}

void TestDecodeCommand::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QString out, err;
    QCOMPARE(run(args, &out, &err), code);
    if (code == DecodeUsage)
        QVERIFY(!err.isEmpty());
}

void TestDecodeCommand::human()
{
    QString out;
    QCOMPARE(run({fixturePath("postfix-multi.eml")}, &out), int(DecodeProblem));
    QVERIFY(out.contains(QLatin1String("Diagnosis:")));
    QVERIFY(out.contains(QLatin1String("Who has to act:")));
    QVERIFY(out.contains(QLatin1String("1. ")));
    QVERIFY(out.contains(QLatin1String("nobody@example.com")));
    QVERIFY(out.contains(QLatin1String("dave@example.test")));
    QVERIFY(out.contains(QLatin1String("zen.spamhaus.org")));   // the server's own words
    QVERIFY(out.contains(QLatin1String("mx1.example.com")));
}

void TestDecodeCommand::json()
{
    QString out;
    QCOMPARE(run({QStringLiteral("--json"), fixturePath("postfix-relay.eml")}, &out), int(DecodeProblem));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("postfix"));
    QCOMPARE(o.value(QLatin1String("verdict")).toObject().value(QLatin1String("cause")).toString(), QStringLiteral("relay-denied"));
    QCOMPARE(o.value(QLatin1String("findings")).toArray().size(), 1);
}

void TestDecodeCommand::stdinInput()
{
    QByteArray data("Server Response: '550 <iemand@example.com>... Doorsturen geweigerd', Port: 25, Secure(SSL): No, "
                    "Server Error: 550, Error Number: 0x800CCC79");
    QBuffer in(&data);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString out;
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("-")}, &out, nullptr, &in), int(DecodeProblem));
    QVERIFY(out.contains(QLatin1String("\"outlook-dialog\"")));

    QByteArray empty("   \n");
    QBuffer emptyIn(&empty);
    QVERIFY(emptyIn.open(QIODevice::ReadOnly));
    QString err;
    QCOMPARE(run({QStringLiteral("-")}, nullptr, &err, &emptyIn), int(DecodeUsage));

    QByteArray ok("250 2.0.0 Ok: queued as ABC");
    QBuffer okIn(&ok);
    QVERIFY(okIn.open(QIODevice::ReadOnly));
    QCOMPARE(run({}, &out, nullptr, &okIn), int(DecodeOk));
}

void TestDecodeCommand::tooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray mb(1024 * 1024, 'x');
        for (int i = 0; i < 17; ++i)
            f.write(mb);
    }
    QString err;
    QCOMPARE(run({path}, nullptr, &err), int(DecodeUsage));
    QVERIFY(err.contains(QLatin1String("16 MB")));

    QByteArray big(kMaxDecodeFile + 10, 'y');
    QBuffer in(&big);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(run({QStringLiteral("-")}, nullptr, &err, &in), int(DecodeUsage));
}

// Many inputs in one process: files, a folder of .eml files and a maildir give one JSON object per
// line, each with its file; an unreadable file is reported and the others still decoded.
void TestDecodeCommand::many()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QDir root(tmp.path());
    QVERIFY(root.mkpath(QStringLiteral("folder")));
    QVERIFY(copyFixture("postfix-relay.eml", root.filePath(QStringLiteral("folder/b.eml"))));
    QVERIFY(copyFixture("gmail.eml", root.filePath(QStringLiteral("folder/a.EML"))));
    QVERIFY(copyFixture("qmail.txt", root.filePath(QStringLiteral("folder/notes.txt")))); // not an .eml: skipped
    QVERIFY(root.mkpath(QStringLiteral("maildir/cur")) && root.mkpath(QStringLiteral("maildir/new")) && root.mkpath(QStringLiteral("maildir/tmp")));
    QVERIFY(copyFixture("exim.txt", root.filePath(QStringLiteral("maildir/cur/1700000000.1.host:2,S"))));
    QVERIFY(copyFixture("iso2022jp.eml", root.filePath(QStringLiteral("maildir/new/1700000001.2.host"))));
    QVERIFY(copyFixture("qmail.txt", root.filePath(QStringLiteral("maildir/tmp/ignored"))));
    QVERIFY(root.mkpath(QStringLiteral("empty")));

    QString out, err;
    QCOMPARE(run({QStringLiteral("--json"), root.filePath(QStringLiteral("folder")), root.filePath(QStringLiteral("maildir")),
                  fixturePath("malformed.eml")}, &out, &err), int(DecodeProblem));
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QStringList files;
    QStringList causes;
    for (const QString &l : lines) {
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(l.toUtf8(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        files.append(QFileInfo(o.value(QLatin1String("file")).toString()).fileName());
        causes.append(o.value(QLatin1String("verdict")).toObject().value(QLatin1String("cause")).toString());
        QVERIFY(o.value(QLatin1String("verdict")).toObject().contains(QLatin1String("confidence")));
    }
    QCOMPARE(files, (QStringList{QStringLiteral("a.EML"), QStringLiteral("b.eml"), QStringLiteral("1700000000.1.host:2,S"),
                                 QStringLiteral("1700000001.2.host"), QStringLiteral("malformed.eml")}));
    QCOMPARE(causes, (QStringList{QStringLiteral("recipient-unknown"), QStringLiteral("relay-denied"), QStringLiteral("recipient-unknown"),
                                  QStringLiteral("recipient-unknown"), QStringLiteral("unknown")}));
    QVERIFY(err.isEmpty());

    // An empty folder and an unreadable file: reported, the rest decoded, exit status 2.
    const QString gone = root.filePath(QStringLiteral("gone.eml"));
    QCOMPARE(run({QStringLiteral("--json"), root.filePath(QStringLiteral("empty")), gone, fixturePath("qmail.txt")}, &out, &err),
             int(DecodeUsage));
    const QStringList lines2 = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines2.size(), 2);
    const QJsonObject bad = QJsonDocument::fromJson(lines2.at(0).toUtf8()).object();
    QCOMPARE(bad.value(QLatin1String("file")).toString(), gone);
    QCOMPARE(bad.value(QLatin1String("error")).toString(), QStringLiteral("unreadable"));
    QVERIFY(err.contains(root.filePath(QStringLiteral("empty"))));
    QVERIFY(err.contains(gone));

    // Without --json: a heading per file, then the usual explanation.
    QCOMPARE(run({root.filePath(QStringLiteral("folder"))}, &out, &err), int(DecodeProblem));
    QVERIFY(out.contains(QStringLiteral("== ") + root.filePath(QStringLiteral("folder/a.EML")) + QStringLiteral(" ==")));
    QVERIFY(out.contains(QStringLiteral("== ") + root.filePath(QStringLiteral("folder/b.eml")) + QStringLiteral(" ==")));
}

// A reply that says too little: "not sure", the verdict unknown, the guess kept in its finding.
void TestDecodeCommand::unsure()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("reply.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("550 please see https://postmaster.example.net/e/17\n");
    f.close();
    QString out;
    QCOMPARE(run({path}, &out), int(DecodeProblem));
    QVERIFY2(out.contains(QLatin1String("Not sure")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("--json"), path}, &out), int(DecodeProblem));
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    const QJsonObject v = o.value(QLatin1String("verdict")).toObject();
    QCOMPARE(v.value(QLatin1String("cause")).toString(), QStringLiteral("unknown"));
    QCOMPARE(v.value(QLatin1String("confidence")).toString(), QStringLiteral("low"));
    QCOMPARE(v.value(QLatin1String("finding")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("findings")).toArray().at(0).toObject().value(QLatin1String("code")).toInt(), 550);
}

QTEST_GUILESS_MAIN(TestDecodeCommand)
#include "tst_decodecommand.moc"
