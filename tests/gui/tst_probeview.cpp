// SPDX-License-Identifier: GPL-3.0-or-later
// The live view of a test: an endpoint that ends shows its end at once, while the others still
// run (a refused port beside a silent one, both on loopback; no test bed needed).
#include "diagnosis/knowledge.h"
#include "smtp/smtpprobe.h"
#include "probeview.h"
#include "wizardtexts.h"

#include "../smtp/fakesmtpserver.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>

using namespace od;

class TestProbeView : public QObject
{
    Q_OBJECT
private slots:
    void refusedPortShowsItsEndAtOnce();
    void refusedRecipientIsTheOnlyCross();
};

namespace {

// A loopback port nobody listens on: connecting to it is refused at once.
quint16 refusedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

QString accessibleText(const QTreeWidgetItem *item)
{
    return item->data(0, Qt::AccessibleTextRole).toString();
}

} // namespace

void TestProbeView::refusedPortShowsItsEndAtOnce()
{
    const quint16 refused = refusedPort();
    QVERIFY(refused != 0);
    FakeBehaviour silent;
    silent.greeting.clear(); // connects, then never greets
    FakeSmtpServer server(silent, QSslCertificate(), QSslKey());
    QVERIFY(server.isListening());

    ProbeSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.from = QStringLiteral("alice@example.org");
    s.endpoints = {{refused, Security::None}, {server.port(), Security::None}};
    s.greetingTimeoutMs = 3000;
    s.securityCheckAfterMs = 0;

    ProbeView view;
    SmtpProbe probe;
    view.follow(&probe, s);
    QSignalSpy ended(&probe, &SmtpProbe::attemptFinished);
    QSignalSpy finished(&probe, &SmtpProbe::finished);
    probe.start(s);

    // The refused port ends within a second; the silent one waits out its greeting time.
    QVERIFY(ended.wait(1500));
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().at(0).toInt(), 0);
    QVERIFY(probe.isRunning());
    QCOMPARE(finished.count(), 0);

    QTreeWidget *tree = view.tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *refusedTop = tree->topLevelItem(0);
    QCOMPARE(refusedTop->text(1), causeTitle(Cause::ConnectionRefused));
    // The step it failed at has the cross (not "waiting", not "not reached"); the rest was not reached.
    QTreeWidgetItem *connectRow = refusedTop->child(0);
    QCOMPARE(connectRow->text(0), WizardTexts::stepText(Step::Connect));
    QVERIFY2(accessibleText(connectRow).endsWith(QLatin1String(": failed")), qPrintable(accessibleText(connectRow)));
    QVERIFY(!connectRow->text(1).isEmpty());
    for (int i = 1; i < refusedTop->childCount(); ++i)
        QVERIFY2(accessibleText(refusedTop->child(i)).endsWith(QLatin1String(": not reached")),
                 qPrintable(accessibleText(refusedTop->child(i))));
    // The silent port is still under way.
    QTreeWidgetItem *silentTop = tree->topLevelItem(1);
    QCOMPARE(silentTop->text(1), QCoreApplication::translate("od::ProbeView", "Testing…"));
    bool waiting = false;
    for (int i = 0; i < silentTop->childCount(); ++i)
        waiting = waiting || accessibleText(silentTop->child(i)).endsWith(QLatin1String(": in progress"));
    QVERIFY(waiting);

    QVERIFY(finished.wait(8000));
    QCOMPARE(ended.count(), 2);
    QCOMPARE(ended.at(1).at(0).toInt(), 1);
    const ProbeResult result = probe.result();
    QCOMPARE(ended.at(0).at(1).value<Attempt>().failure, result.attempts.at(0).failure);
    QCOMPARE(ended.at(1).at(1).value<Attempt>().failure, Failure::GreetingTimeout);
    QCOMPARE(silentTop->text(1), causeTitle(Cause::NoBanner));
}

void TestProbeView::refusedRecipientIsTheOnlyCross()
{
    // The server refuses the foreign recipient: that step gets the cross; the reset and goodbye
    // sent after it are not shown as refused too.
    FakeBehaviour relay;
    relay.rcpt = [](const QByteArray &address) -> QByteArray {
        return address.contains("elsewhere") ? QByteArrayLiteral("554 5.7.1 Relay access denied\r\n")
                                             : QByteArrayLiteral("250 2.1.5 Ok\r\n");
    };
    FakeSmtpServer server(relay, QSslCertificate(), QSslKey());
    QVERIFY(server.isListening());
    ProbeSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.from = QStringLiteral("alice@example.org");
    s.foreignRecipients = {QStringLiteral("friend@elsewhere.test")};
    s.endpoints = {{server.port(), Security::None}};
    s.securityCheckAfterMs = 0;

    ProbeView view;
    SmtpProbe probe;
    view.follow(&probe, s);
    QSignalSpy finished(&probe, &SmtpProbe::finished);
    probe.start(s);
    QVERIFY(finished.wait(8000));

    QTreeWidgetItem *top = view.tree()->topLevelItem(0);
    QStringList crosses;
    for (int i = 0; i < top->childCount(); ++i) {
        if (accessibleText(top->child(i)).endsWith(QLatin1String(": failed")))
            crosses << top->child(i)->text(0);
    }
    QCOMPARE(crosses, QStringList{WizardTexts::stepText(Step::RcptForeign)});
}

QTEST_MAIN(TestProbeView)
#include "tst_probeview.moc"
