// SPDX-License-Identifier: GPL-3.0-or-later
// The cause, fix, owner, location and security IDs are the JSON interface: they must be the
// documented strings, round-trip, and every cause and fix must have texts.
#include "core/taxonomy.h"
#include "diagnosis/knowledge.h"

#include <QSet>
#include <QtTest>

class TestTaxonomy : public QObject
{
    Q_OBJECT
private slots:
    void documentedIds();
    void roundTrip();
    void everyCauseHasTexts();
    void securityAliases_data();
    void securityAliases();
};

void TestTaxonomy::documentedIds()
{
    const QStringList causes = {
        QStringLiteral("ok"), QStringLiteral("relay-denied"), QStringLiteral("auth-required"),
        QStringLiteral("auth-failed"), QStringLiteral("auth-unavailable"), QStringLiteral("tls-required"),
        QStringLiteral("tls-failed"), QStringLiteral("certificate-invalid"), QStringLiteral("sender-rejected"),
        QStringLiteral("recipient-unknown"), QStringLiteral("blocked"), QStringLiteral("rate-limited"),
        QStringLiteral("message-rejected"), QStringLiteral("message-too-large"), QStringLiteral("mailbox-full"),
        QStringLiteral("mailbox-disabled"), QStringLiteral("domain-auth-failed"), QStringLiteral("routing-loop"),
        QStringLiteral("delivery-expired"), QStringLiteral("port-blocked"), QStringLiteral("connection-refused"),
        QStringLiteral("no-banner"), QStringLiteral("host-not-found"), QStringLiteral("server-unavailable"),
        QStringLiteral("protocol-error"), QStringLiteral("security-mismatch"),
        QStringLiteral("password-login-disabled"), QStringLiteral("unknown")};
    QStringList actual;
    for (od::Cause c : od::allCauses())
        actual << od::causeId(c);
    QCOMPARE(actual, causes);
    const QStringList fixes = {QStringLiteral("use-local-server"), QStringLiteral("enable-auth"),
                               QStringLiteral("pop-before-smtp"), QStringLiteral("fix-sender-address"),
                               QStringLiteral("use-submission-port"), QStringLiteral("trust-certificate"),
                               QStringLiteral("check-recipient"), QStringLiteral("contact-provider"),
                               QStringLiteral("wait-retry"), QStringLiteral("fix-security-setting"),
                               QStringLiteral("use-modern-auth")};
    QStringList actualFixes;
    for (od::Fix f : od::allFixes())
        actualFixes << od::fixId(f);
    QCOMPARE(actualFixes, fixes);
    QCOMPARE(od::ownerId(od::Owner::Provider), QStringLiteral("provider"));
    QCOMPARE(od::locationId(od::Location::Travel), QStringLiteral("travel"));
}

void TestTaxonomy::roundTrip()
{
    for (od::Cause c : od::allCauses())
        QCOMPARE(od::causeFromId(od::causeId(c)), std::optional<od::Cause>(c));
    for (od::Fix f : od::allFixes())
        QCOMPARE(od::fixFromId(od::fixId(f)), std::optional<od::Fix>(f));
    QVERIFY(!od::causeFromId(QStringLiteral("Relay-Denied")));
    QVERIFY(!od::causeFromId(QString()));
    QVERIFY(!od::fixFromId(QStringLiteral("reboot")));
}

void TestTaxonomy::everyCauseHasTexts()
{
    QSet<QString> titles;
    for (od::Cause c : od::allCauses()) {
        const od::CauseInfo &info = od::causeInfo(c);
        QCOMPARE(info.cause, c);
        QVERIFY(!od::causeTitle(c).isEmpty());
        QVERIFY(!od::causeExplanation(c).isEmpty());
        titles.insert(od::causeTitle(c));
        for (od::Fix f : info.fixes)
            QVERIFY(!od::fixTitle(f).isEmpty());
    }
    QCOMPARE(titles.size(), od::allCauses().size()); // no two causes read the same
    for (od::Fix f : od::allFixes()) {
        QCOMPARE(od::fixInfo(f).fix, f);
        QVERIFY(!od::fixDescription(f).isEmpty());
    }
}

void TestTaxonomy::securityAliases_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expected");
    QTest::newRow("auto") << "auto" << int(od::Security::Auto);
    QTest::newRow("STARTTLS") << "STARTTLS" << int(od::Security::StartTls);
    QTest::newRow("ssl") << "ssl" << int(od::Security::Tls);
    QTest::newRow("tls") << " tls " << int(od::Security::Tls);
    QTest::newRow("plain") << "plain" << int(od::Security::None);
    QTest::newRow("junk") << "ssl3" << -1;
}

void TestTaxonomy::securityAliases()
{
    QFETCH(QString, input);
    QFETCH(int, expected);
    const auto s = od::securityFromId(input);
    QCOMPARE(s ? int(*s) : -1, expected);
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
