// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line conventions of the real executable: unknown subcommands and options give the
// usage on stderr with exit status 2, --version, per-subcommand help, and no abort without
// a display.
#include "cli/cli.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out, err;
};

Run run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OD_BINARY), arguments);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void invocation_data();
    void invocation();
    void unknownGivesUsage_data();
    void unknownGivesUsage();
    void version();
    void subcommandHelp_data();
    void subcommandHelp();
    void noDisplay();
};

void TestCli::invocation_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("cli");
    QTest::newRow("none") << QStringList{} << false;
    QTest::newRow("probe") << QStringList{QStringLiteral("probe")} << true;
    QTest::newRow("typo") << QStringList{QStringLiteral("prbe")} << true;
    QTest::newRow("odd case") << QStringList{QStringLiteral("PROBE")} << true;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << true;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true;
    QTest::newRow("qt style") << QStringList{QStringLiteral("-style"), QStringLiteral("fusion")} << false;
    QTest::newRow("qt platform, two dashes") << QStringList{QStringLiteral("--platform=offscreen")} << false;
    QTest::newRow("lang alone") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")} << false;
    QTest::newRow("lang= alone") << QStringList{QStringLiteral("--lang=de")} << false;
    QTest::newRow("lang then command") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("decode")} << true;
    QTest::newRow("lang, no value") << QStringList{QStringLiteral("--lang")} << false;
}

void TestCli::invocation()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, cli);
    arguments.prepend(QStringLiteral("outbox-doctor"));
    QCOMPARE(od::isCliInvocation(arguments), cli);
}

void TestCli::unknownGivesUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown command \"frobnicate\".");
    QTest::newRow("option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("Unknown option \"--frobnicate\".");
    QTest::newRow("help topic") << QStringList{QStringLiteral("help"), QStringLiteral("nope")} << QStringLiteral("Unknown command \"nope\".");
    QTest::newRow("control characters") << QStringList{QStringLiteral("x\x1b]0;owned\x07y")} << QStringLiteral("Unknown command \"x\\x1b]0;owned\\x07y\".");
}

void TestCli::unknownGivesUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments << QStringLiteral("--lang") << QStringLiteral("en"), withoutDisplay());
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, int(od::ExitUsage));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("Usage: outbox-doctor")));
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")}, withoutDisplay());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("outbox-doctor " OD_VERSION "\n"));
    QVERIFY(r.err.isEmpty());
}

void TestCli::subcommandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("option");
    for (const char *c : {"probe", "decode", "accounts"}) {
        const QString command = QString::fromLatin1(c);
        const QString option = command == QLatin1String("probe") ? QStringLiteral("--host")
                             : command == QLatin1String("decode") ? QStringLiteral("--location")
                                                                  : QStringLiteral("--from");
        QTest::newRow(qPrintable(command + QStringLiteral(" --help")))
            << QStringList{command, QStringLiteral("--help")} << command << option;
        QTest::newRow(qPrintable(QStringLiteral("help ") + command))
            << QStringList{QStringLiteral("help"), command} << command << option;
        QTest::newRow(qPrintable(command + QStringLiteral(" -h")))
            << QStringList{command, QStringLiteral("-h")} << command << option;
    }
}

void TestCli::subcommandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QFETCH(QString, option);
    const Run r = run(arguments << QStringLiteral("--lang") << QStringLiteral("en"), withoutDisplay());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: outbox-doctor ") + usage + QLatin1Char(' ')), qPrintable(r.out));
    QVERIFY(r.out.contains(option));
}

void TestCli::noDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QProcessEnvironment env = withoutDisplay();
    Run r = run({}, env);
    QCOMPARE(r.status, QProcess::NormalExit); // not an abort
    QCOMPARE(r.exitCode, int(od::ExitUsage));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.startsWith(QLatin1String("outbox-doctor: No graphical display")), qPrintable(r.err));

    // A local X display whose socket does not exist.
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":65000"));
    r = run({}, env);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, int(od::ExitUsage));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QLatin1String(":65000")), qPrintable(r.err));
#else
    QSKIP("Windows and macOS always have a display");
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
