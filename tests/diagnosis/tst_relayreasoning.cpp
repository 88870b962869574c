// SPDX-License-Identifier: GPL-3.0-or-later
// The six scenarios home / work / travelling × recipient in the same / another domain, and the
// order of fixes that follows from where the user is.
#include "diagnosis/relayreasoning.h"

#include <QTest>

using namespace od;

Q_DECLARE_METATYPE(od::Location)
Q_DECLARE_METATYPE(od::AccountKind)
Q_DECLARE_METATYPE(od::Expectation)

class TestRelayReasoning : public QObject
{
    Q_OBJECT

private slots:
    void scenarios_data();
    void scenarios();
    void fixOrder_data();
    void fixOrder();
    void domains_data();
    void domains();
};

void TestRelayReasoning::scenarios_data()
{
    QTest::addColumn<Location>("location");
    QTest::addColumn<AccountKind>("account");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<Expectation>("relaying");
    QTest::addColumn<Expectation>("refusal");
    const QString own = QStringLiteral("friend@proseware.com");
    const QString foreign = QStringLiteral("someone@adatum.com");
    // The six rows of the scenario table: home account (proseware.com) used from three places.
    QTest::newRow("1 home, same domain") << Location::Home << AccountKind::Home << own << false << Expectation::No << Expectation::No;
    QTest::newRow("2 home, other domain") << Location::Home << AccountKind::Home << foreign << false << Expectation::Yes << Expectation::No;
    QTest::newRow("3 work, same domain") << Location::Work << AccountKind::Home << own << false << Expectation::No << Expectation::No;
    QTest::newRow("4 work, other domain") << Location::Work << AccountKind::Home << foreign << false << Expectation::Yes << Expectation::Yes;
    QTest::newRow("5 travel, same domain") << Location::Travel << AccountKind::Home << own << false << Expectation::No << Expectation::No;
    QTest::newRow("6 travel, other domain") << Location::Travel << AccountKind::Home << foreign << false << Expectation::Yes << Expectation::Yes;
    // Beyond the table.
    QTest::newRow("travel, logged in") << Location::Travel << AccountKind::Home << foreign << true << Expectation::Yes << Expectation::No;
    QTest::newRow("work account at work") << Location::Work << AccountKind::Work << foreign << false << Expectation::Yes << Expectation::No;
    QTest::newRow("work account at home") << Location::Home << AccountKind::Work << foreign << false << Expectation::Yes << Expectation::Yes;
    QTest::newRow("mailbox provider") << Location::Home << AccountKind::Other << foreign << false << Expectation::Yes << Expectation::Yes;
    QTest::newRow("unknown place") << Location::Unknown << AccountKind::Home << foreign << false << Expectation::Yes << Expectation::Maybe;
    QTest::newRow("no recipient") << Location::Travel << AccountKind::Home << QString() << false << Expectation::Maybe << Expectation::Maybe;
    QTest::newRow("odd casing") << Location::Travel << AccountKind::Home << QStringLiteral("<Friend@PROSEWARE.COM>") << false << Expectation::No << Expectation::No;
}

void TestRelayReasoning::scenarios()
{
    QFETCH(Location, location);
    QFETCH(AccountKind, account);
    QFETCH(QString, recipient);
    QFETCH(bool, authenticated);
    QFETCH(Expectation, relaying);
    QFETCH(Expectation, refusal);
    const RelayAssessment a = assessRelay(location, account, QStringLiteral("me@proseware.com"), recipient, authenticated);
    QCOMPARE(expectationId(a.relaying), expectationId(relaying));
    QCOMPARE(expectationId(a.refusalExpected), expectationId(refusal));
    QVERIFY(!a.explanationText().isEmpty());
    QVERIFY(!a.scenario.isEmpty());
}

void TestRelayReasoning::fixOrder_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<Location>("location");
    QTest::addColumn<AccountKind>("account");
    QTest::addColumn<QList<Fix>>("first");  // the leading fixes, in order
    // A relay refusal while travelling: log in (works from anywhere), or use the local server.
    QTest::newRow("relay travel") << int(Cause::RelayDenied) << Location::Travel << AccountKind::Home
                                  << QList<Fix>{Fix::EnableAuth, Fix::UseSubmissionPort, Fix::UseLocalServer};
    // At work with the home account: the work network's own server first.
    QTest::newRow("relay work") << int(Cause::RelayDenied) << Location::Work << AccountKind::Home
                                << QList<Fix>{Fix::UseLocalServer, Fix::EnableAuth};
    // The same refusal at home on the provider's network: the provider changed its rules.
    QTest::newRow("relay home") << int(Cause::RelayDenied) << Location::Home << AccountKind::Home
                                << QList<Fix>{Fix::EnableAuth, Fix::ContactProvider};
    QTest::newRow("relay unknown = table") << int(Cause::RelayDenied) << Location::Unknown << AccountKind::Unknown
                                           << QList<Fix>{Fix::EnableAuth, Fix::UseLocalServer};
    QTest::newRow("port travel") << int(Cause::PortBlocked) << Location::Travel << AccountKind::Home
                                 << QList<Fix>{Fix::UseSubmissionPort, Fix::UseLocalServer};
    QTest::newRow("recipient unknown anywhere") << int(Cause::RecipientUnknown) << Location::Travel << AccountKind::Home
                                                << QList<Fix>{Fix::CheckRecipient};
}

void TestRelayReasoning::fixOrder()
{
    QFETCH(int, cause);
    QFETCH(Location, location);
    QFETCH(AccountKind, account);
    QFETCH(QList<Fix>, first);
    const QList<Fix> fixes = orderFixes(Cause(cause), location, account);
    QVERIFY(fixes.size() >= first.size());
    QCOMPARE(fixes.mid(0, first.size()), first);
    // No fix twice.
    for (Fix f : fixes)
        QCOMPARE(fixes.count(f), 1);
}

void TestRelayReasoning::domains_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("address") << QStringLiteral("bob@Example.COM") << QStringLiteral("example.com");
    QTest::newRow("angle") << QStringLiteral("<bob@example.com>") << QStringLiteral("example.com");
    QTest::newRow("domain") << QStringLiteral("example.com.") << QStringLiteral("example.com");
    QTest::newRow("empty") << QString() << QString();
}

void TestRelayReasoning::domains()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(domainOf(in), out);
}

QTEST_GUILESS_MAIN(TestRelayReasoning)
#include "tst_relayreasoning.moc"
