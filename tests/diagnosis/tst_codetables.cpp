// SPDX-License-Identifier: GPL-3.0-or-later
// The code tables: every code of the seed's Office 365 NDR table (read from the seed itself, so
// nothing is missed), the RFC 3463 tables and the Outlook error numbers.
#include "diagnosis/codetables.h"
#include "diagnosis/knowledge.h"
#include "diagnosis/replyclassifier.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace od;

class TestCodeTables : public QObject
{
    Q_OBJECT

private slots:
    void seedTableIsCovered();
    void seedCodes_data();
    void seedCodes();
    void ranges_data();
    void ranges();
    void enhanced_data();
    void enhanced();
    void loginReplies_data();
    void loginReplies();
    void outlook_data();
    void outlook();
    void parseNumbers_data();
    void parseNumbers();
    void everyCauseHasKnowledge();

private:
    struct SeedRow { QString code; QString description; };
    static QList<SeedRow> seedRows();
};

// The seed lists each code on a line of its own ("5.7.606-649", "5.7.13 of 135"), followed by its
// description line.
QList<TestCodeTables::SeedRow> TestCodeTables::seedRows()
{
    QFile file(QStringLiteral(OD_SHARED_DIR "/seeds/004_f9537032802710f2.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression codeLine(QStringLiteral(R"(^([45]\.\d\.\d+)(?:-(\d+)| of (\d+))?\s*$)"));
    QList<SeedRow> rows;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = codeLine.match(lines.at(i).trimmed());
        if (!m.hasMatch())
            continue;
        QString description;
        for (int j = i + 1; j < lines.size() && description.isEmpty(); ++j)
            description = lines.at(j).trimmed();
        QString code = m.captured(1);
        if (!m.captured(2).isEmpty())
            code += QLatin1Char('-') + m.captured(2);
        rows.append({code, description});
        if (!m.captured(3).isEmpty())   // "5.7.13 of 135": also 5.7.135
            rows.append({code.section(QLatin1Char('.'), 0, 1) + QLatin1Char('.') + m.captured(3), description});
    }
    return rows;
}

// Expected cause per seed code; 5.7.1 appears three times, told apart by its description.
static Cause expectedFor(const QString &code, const QString &description)
{
    static const QHash<QString, Cause> table = {
        {QStringLiteral("4.4.316"), Cause::ConnectionRefused}, {QStringLiteral("4.4.7"), Cause::DeliveryExpired},
        {QStringLiteral("4.5.3"), Cause::RateLimited}, {QStringLiteral("4.7.26"), Cause::DomainAuthFailed},
        {QStringLiteral("4.7.500-699"), Cause::RateLimited}, {QStringLiteral("4.7.850-899"), Cause::Blocked},
        {QStringLiteral("5.1.0"), Cause::RecipientUnknown}, {QStringLiteral("5.1.1"), Cause::RecipientUnknown},
        {QStringLiteral("5.1.8"), Cause::Blocked}, {QStringLiteral("5.2.121"), Cause::RateLimited},
        {QStringLiteral("5.2.122"), Cause::RateLimited}, {QStringLiteral("5.3.190"), Cause::MessageRejected},
        {QStringLiteral("5.4.1"), Cause::RelayDenied}, {QStringLiteral("5.4.6"), Cause::RoutingLoop},
        {QStringLiteral("5.6.11"), Cause::MessageRejected}, {QStringLiteral("5.7.12"), Cause::MessageRejected},
        {QStringLiteral("5.7.124"), Cause::MessageRejected}, {QStringLiteral("5.7.133"), Cause::MessageRejected},
        {QStringLiteral("5.7.134"), Cause::MessageRejected}, {QStringLiteral("5.7.13"), Cause::MessageRejected},
        {QStringLiteral("5.7.135"), Cause::MessageRejected}, {QStringLiteral("5.7.136"), Cause::MessageRejected},
        {QStringLiteral("5.7.25"), Cause::Blocked}, {QStringLiteral("5.7.501"), Cause::Blocked},
        {QStringLiteral("5.7.502"), Cause::Blocked}, {QStringLiteral("5.7.503"), Cause::Blocked},
        {QStringLiteral("5.7.504"), Cause::RecipientUnknown}, {QStringLiteral("5.7.505"), Cause::MailboxDisabled},
        {QStringLiteral("5.7.506"), Cause::Blocked}, {QStringLiteral("5.7.507"), Cause::Blocked},
        {QStringLiteral("5.7.508"), Cause::RateLimited}, {QStringLiteral("5.7.509"), Cause::DomainAuthFailed},
        {QStringLiteral("5.7.510"), Cause::Blocked}, {QStringLiteral("5.7.511"), Cause::Blocked},
        {QStringLiteral("5.7.512"), Cause::SenderRejected}, {QStringLiteral("5.7.513"), Cause::Blocked},
        {QStringLiteral("5.7.606-649"), Cause::Blocked}, {QStringLiteral("5.7.700-749"), Cause::Blocked},
    };
    if (code == QLatin1String("5.7.1")) {
        if (description.contains(QLatin1String("relay"), Qt::CaseInsensitive))
            return Cause::RelayDenied;
        if (description.contains(QLatin1String("not authenticated"), Qt::CaseInsensitive))
            return Cause::AuthRequired;
        return Cause::MessageRejected;
    }
    return table.value(code, Cause::Ok);  // Ok marks "missing from this test's table"
}

void TestCodeTables::seedTableIsCovered()
{
    const QList<SeedRow> rows = seedRows();
    QVERIFY2(rows.size() >= 40, qPrintable(QStringLiteral("only %1 codes read from the seed").arg(rows.size())));
    int fiveSevenOne = 0;
    for (const SeedRow &r : rows) {
        QVERIFY2(expectedFor(r.code, r.description) != Cause::Ok, qPrintable(r.code));
        if (r.code == QLatin1String("5.7.1"))
            ++fiveSevenOne;
        // Every code (first value of a range) is in our Office 365 table.
        const EnhancedStatus st = EnhancedStatus::fromString(r.code.section(QLatin1Char('-'), 0, 0));
        QVERIFY2(office365Meaning(st, r.description).isValid(), qPrintable(r.code));
    }
    QCOMPARE(fiveSevenOne, 3);
}

void TestCodeTables::seedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("expected");
    int n = 0;
    for (const SeedRow &r : seedRows()) {
        const QByteArray name = QStringLiteral("%1 #%2").arg(r.code).arg(++n).toUtf8();
        QTest::newRow(name.constData()) << r.code << r.description << int(expectedFor(r.code, r.description));
    }
}

void TestCodeTables::seedCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(int, expected);
    const EnhancedStatus st = EnhancedStatus::fromString(code.section(QLatin1Char('-'), 0, 0));
    QVERIFY(st.isValid());
    const int reply = st.klass == 4 ? 451 : 550;
    // As a server would send it: "550 5.7.606 Access denied, banned sending IP [...]".
    const QString text = st.toString() + QLatin1Char(' ') + description;
    const CodeMeaning m = analyzeReply(reply, st, text, Stage::Unknown);
    QCOMPARE(causeId(m.cause), causeId(Cause(expected)));
    const CodeMeaning table = office365Meaning(st, description);
    QCOMPARE(causeId(table.cause), causeId(Cause(expected)));
    QVERIFY(table.rule.startsWith(QLatin1String("o365:")));
    QVERIFY(!table.explanationText().isEmpty());
    QVERIFY(!table.labelText().isEmpty());
    // Odd casing of the server's words changes nothing.
    QCOMPARE(causeId(analyzeReply(reply, st, text.toUpper(), Stage::Unknown).cause), causeId(Cause(expected)));
}

void TestCodeTables::ranges_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rule");
    QTest::newRow("4.7.500") << QStringLiteral("4.7.500") << QStringLiteral("o365:4.7.500-699");
    QTest::newRow("4.7.611") << QStringLiteral("4.7.611") << QStringLiteral("o365:4.7.500-699");
    QTest::newRow("4.7.699") << QStringLiteral("4.7.699") << QStringLiteral("o365:4.7.500-699");
    QTest::newRow("4.7.700 outside") << QStringLiteral("4.7.700") << QString();
    QTest::newRow("4.7.850") << QStringLiteral("4.7.850") << QStringLiteral("o365:4.7.850-899");
    QTest::newRow("4.7.899") << QStringLiteral("4.7.899") << QStringLiteral("o365:4.7.850-899");
    QTest::newRow("4.7.900 outside") << QStringLiteral("4.7.900") << QString();
    QTest::newRow("5.7.605 outside") << QStringLiteral("5.7.605") << QString();
    QTest::newRow("5.7.606") << QStringLiteral("5.7.606") << QStringLiteral("o365:5.7.606-649");
    QTest::newRow("5.7.649") << QStringLiteral("5.7.649") << QStringLiteral("o365:5.7.606-649");
    QTest::newRow("5.7.650 outside") << QStringLiteral("5.7.650") << QString();
    QTest::newRow("5.7.700") << QStringLiteral("5.7.700") << QStringLiteral("o365:5.7.700-749");
    QTest::newRow("5.7.708") << QStringLiteral("5.7.708") << QStringLiteral("o365:5.7.700-749");
    QTest::newRow("5.7.749") << QStringLiteral("5.7.749") << QStringLiteral("o365:5.7.700-749");
    QTest::newRow("5.7.750 own entry") << QStringLiteral("5.7.750") << QStringLiteral("o365:5.7.750");
    QTest::newRow("5.7.502 in pair") << QStringLiteral("5.7.503") << QStringLiteral("o365:5.7.502-503");
}

void TestCodeTables::ranges()
{
    QFETCH(QString, code);
    QFETCH(QString, rule);
    const CodeMeaning m = office365Meaning(EnhancedStatus::fromString(code));
    QCOMPARE(m.rule, rule);
    QCOMPARE(m.isValid(), !rule.isEmpty());
}

void TestCodeTables::enhanced_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("cause");
    QTest::newRow("X.1.1") << QStringLiteral("5.1.1") << int(Cause::RecipientUnknown);
    QTest::newRow("X.1.2") << QStringLiteral("5.1.2") << int(Cause::RecipientUnknown);
    QTest::newRow("X.1.7") << QStringLiteral("5.1.7") << int(Cause::SenderRejected);
    QTest::newRow("X.2.2 temp") << QStringLiteral("4.2.2") << int(Cause::MailboxFull);
    QTest::newRow("X.2.1") << QStringLiteral("5.2.1") << int(Cause::MailboxDisabled);
    QTest::newRow("X.3.4") << QStringLiteral("5.3.4") << int(Cause::MessageTooLarge);
    QTest::newRow("X.4.6") << QStringLiteral("5.4.6") << int(Cause::RoutingLoop);
    QTest::newRow("X.4.7") << QStringLiteral("4.4.7") << int(Cause::DeliveryExpired);
    QTest::newRow("X.5.3") << QStringLiteral("4.5.3") << int(Cause::RateLimited);
    QTest::newRow("X.7.8") << QStringLiteral("5.7.8") << int(Cause::AuthFailed);
    QTest::newRow("X.7.9") << QStringLiteral("5.7.9") << int(Cause::AuthUnavailable);
    QTest::newRow("X.7.10") << QStringLiteral("5.7.10") << int(Cause::TlsRequired);
    QTest::newRow("X.7.11") << QStringLiteral("5.7.11") << int(Cause::TlsRequired);
    QTest::newRow("X.7.12 password transition") << QStringLiteral("4.7.12") << int(Cause::AuthUnavailable);
    QTest::newRow("X.7.13 account disabled") << QStringLiteral("4.7.13") << int(Cause::MailboxDisabled);
    QTest::newRow("X.6.0") << QStringLiteral("5.6.0") << int(Cause::MessageRejected);
    QTest::newRow("X.7.23") << QStringLiteral("5.7.23") << int(Cause::DomainAuthFailed);
    QTest::newRow("X.7.26") << QStringLiteral("5.7.26") << int(Cause::DomainAuthFailed);
    QTest::newRow("X.7.27") << QStringLiteral("5.7.27") << int(Cause::SenderRejected);
    QTest::newRow("X.7.28") << QStringLiteral("4.7.28") << int(Cause::RateLimited);
    QTest::newRow("success") << QStringLiteral("2.1.5") << int(Cause::Ok);
}

void TestCodeTables::enhanced()
{
    QFETCH(QString, code);
    QFETCH(int, cause);
    const EnhancedStatus st = EnhancedStatus::fromString(code);
    const CodeMeaning m = office365Meaning(st).isValid() ? office365Meaning(st) : enhancedMeaning(st);
    QCOMPARE(causeId(m.cause), causeId(Cause(cause)));
    QVERIFY(!enhancedDescription(st).isEmpty());
    // Generic codes say too little to name a cause.
    QVERIFY(!enhancedMeaning(EnhancedStatus::fromString(u"5.0.0")).isValid());
    QVERIFY(!enhancedMeaning(EnhancedStatus::fromString(u"4.7.0")).isValid());
    // Registered, but nothing a cause of ours describes (a trust relationship between servers).
    QVERIFY(!enhancedMeaning(EnhancedStatus::fromString(u"5.7.14")).isValid());
    QVERIFY(!enhancedDescription(EnhancedStatus::fromString(u"5.7.14")).isEmpty());
    QVERIFY(enhancedDescription(EnhancedStatus::fromString(u"5.9.99")).contains(enhancedClassText(5)));
}

// Replies registered as answers to AUTH (RFC 4954 section 6, RFC 5248): the pair of reply code
// and enhanced code, or a specific enhanced code alone.
void TestCodeTables::loginReplies_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<int>("cause");
    QTest::newRow("535 5.7.8") << 535 << QStringLiteral("5.7.8") << int(Cause::AuthFailed);
    QTest::newRow("534 5.7.9") << 534 << QStringLiteral("5.7.9") << int(Cause::AuthUnavailable);
    QTest::newRow("538 5.7.11") << 538 << QStringLiteral("5.7.11") << int(Cause::TlsRequired);
    QTest::newRow("524 5.7.11") << 524 << QStringLiteral("5.7.11") << int(Cause::TlsRequired);
    QTest::newRow("523 5.7.10") << 523 << QStringLiteral("5.7.10") << int(Cause::TlsRequired);
    QTest::newRow("432 4.7.12") << 432 << QStringLiteral("4.7.12") << int(Cause::AuthUnavailable);
    QTest::newRow("530 5.7.0") << 530 << QStringLiteral("5.7.0") << int(Cause::AuthRequired);
    QTest::newRow("5.7.8 alone") << 0 << QStringLiteral("5.7.8") << int(Cause::AuthFailed);
    QTest::newRow("5.7.9 alone") << 0 << QStringLiteral("5.7.9") << int(Cause::AuthUnavailable);
    QTest::newRow("5.7.0 alone") << 0 << QStringLiteral("5.7.0") << int(Cause::Unknown);
    QTest::newRow("554 5.7.9 (Yahoo policy)") << 554 << QStringLiteral("5.7.9") << int(Cause::Unknown);
    QTest::newRow("550 5.7.9") << 550 << QStringLiteral("5.7.9") << int(Cause::Unknown);
    QTest::newRow("550 5.7.0") << 550 << QStringLiteral("5.7.0") << int(Cause::Unknown);
    QTest::newRow("454 4.7.0 (also TLS)") << 454 << QStringLiteral("4.7.0") << int(Cause::Unknown);
    QTest::newRow("535 5.7.1") << 535 << QStringLiteral("5.7.1") << int(Cause::Unknown);
    QTest::newRow("235 2.7.0") << 235 << QStringLiteral("2.7.0") << int(Cause::Unknown);
    QTest::newRow("no enhanced code") << 535 << QString() << int(Cause::Unknown);
}

void TestCodeTables::loginReplies()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(int, cause);
    QCOMPARE(causeId(registeredLoginReply(code, EnhancedStatus::fromString(enhanced))), causeId(Cause(cause)));
}

void TestCodeTables::outlook_data()
{
    QTest::addColumn<quint32>("number");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("cause");
    QTest::newRow("79") << quint32(0x800CCC79) << QStringLiteral("IXP_E_SMTP_REJECTED_RECIPIENTS") << int(Cause::RelayDenied);
    QTest::newRow("78") << quint32(0x800CCC78) << QStringLiteral("IXP_E_SMTP_REJECTED_SENDER") << int(Cause::SenderRejected);
    QTest::newRow("0E") << quint32(0x800CCC0E) << QStringLiteral("IXP_E_FAILED_TO_CONNECT") << int(Cause::PortBlocked);
    QTest::newRow("0F") << quint32(0x800CCC0F) << QStringLiteral("IXP_E_CONNECTION_DROPPED") << int(Cause::PortBlocked);
    QTest::newRow("0D") << quint32(0x800CCC0D) << QStringLiteral("IXP_E_CANT_FIND_HOST") << int(Cause::HostNotFound);
    QTest::newRow("7D") << quint32(0x800CCC7D) << QStringLiteral("IXP_E_SMTP_NO_STARTTLS_SUPPORT") << int(Cause::TlsFailed);
    QTest::newRow("7F") << quint32(0x800CCC7F) << QStringLiteral("IXP_E_SMTP_454_STARTTLS_FAILED") << int(Cause::TlsFailed);
    QTest::newRow("7C") << quint32(0x800CCC7C) << QStringLiteral("IXP_E_SMTP_530_STARTTLS_REQUIRED") << int(Cause::TlsRequired);
    QTest::newRow("67") << quint32(0x800CCC67) << QStringLiteral("IXP_E_SMTP_421_NOT_AVAILABLE") << int(Cause::ServerUnavailable);
    QTest::newRow("6A") << quint32(0x800CCC6A) << QStringLiteral("IXP_E_SMTP_451_ERROR_PROCESSING") << int(Cause::ServerUnavailable);
    QTest::newRow("90") << quint32(0x800CCC90) << QStringLiteral("IXP_E_POP3_RESPONSE_ERROR") << int(Cause::AuthFailed);
    QTest::newRow("92") << quint32(0x800CCC92) << QStringLiteral("IXP_E_POP3_INVALID_PASSWORD") << int(Cause::AuthFailed);
    // The rest of the connection family (imnxport.h): each one named and mapped.
    QTest::newRow("04") << quint32(0x800CCC04) << QStringLiteral("IXP_E_CONN") << int(Cause::PortBlocked);
    QTest::newRow("0B") << quint32(0x800CCC0B) << QStringLiteral("IXP_E_BUSY") << int(Cause::ServerUnavailable);
    QTest::newRow("10") << quint32(0x800CCC10) << QStringLiteral("IXP_E_INVALID_ADDRESS") << int(Cause::RecipientUnknown);
    QTest::newRow("12") << quint32(0x800CCC12) << QStringLiteral("IXP_E_SOCKET_READ_ERROR") << int(Cause::ServerUnavailable);
    QTest::newRow("15") << quint32(0x800CCC15) << QStringLiteral("IXP_E_SOCKET_CONNECT_ERROR") << int(Cause::PortBlocked);
    QTest::newRow("19") << quint32(0x800CCC19) << QStringLiteral("IXP_E_TIMEOUT") << int(Cause::PortBlocked);
    QTest::newRow("7B") << quint32(0x800CCC7B) << QStringLiteral("IXP_E_SMTP_NO_RECIPIENTS") << int(Cause::Unknown);
    QTest::newRow("8004210B") << quint32(0x8004210B) << QString() << int(Cause::PortBlocked);
    QTest::newRow("80042109") << quint32(0x80042109) << QString() << int(Cause::PortBlocked);
}

void TestCodeTables::outlook()
{
    QFETCH(quint32, number);
    QFETCH(QString, symbol);
    QFETCH(int, cause);
    const auto e = outlookError(number);
    QVERIFY(e);
    if (!symbol.isEmpty())
        QCOMPARE(QLatin1String(e->symbol), symbol);
    QCOMPARE(causeId(e->cause), causeId(Cause(cause)));
    QVERIFY(!outlookMeaning(number).explanationText().isEmpty());
    // The IXP numbering is FACILITY_INTERNET + 0xCC00 + n; every symbol sits in that family.
    if (QByteArray(e->symbol).startsWith("IXP_E_"))
        QCOMPARE(number & 0xFFFFFF00u, 0x800CCC00u);
}

void TestCodeTables::parseNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value");
    QTest::newRow("plain") << QStringLiteral("0x800CCC79") << qint64(0x800CCC79);
    QTest::newRow("lower") << QStringLiteral("0x800ccc0f") << qint64(0x800CCC0F);
    QTest::newRow("dot") << QStringLiteral("0x800CCC79.") << qint64(0x800CCC79);
    QTest::newRow("cjk stop") << QStringLiteral("0x800CCC79。") << qint64(0x800CCC79);
    QTest::newRow("no prefix") << QStringLiteral("800CCC78") << qint64(0x800CCC78);
    QTest::newRow("short") << QStringLiteral("0x800CC") << qint64(-1);
    QTest::newRow("junk") << QStringLiteral("0xZZZZZZZZ") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestCodeTables::parseNumbers()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);
    const auto n = parseErrorNumber(text);
    QCOMPARE(n ? qint64(*n) : qint64(-1), value);
}

void TestCodeTables::everyCauseHasKnowledge()
{
    const QSet<QString> owners = {QStringLiteral("you"), QStringLiteral("provider"), QStringLiteral("recipient")};
    for (Cause c : allCauses()) {
        QVERIFY2(!causeTitle(c).isEmpty(), qPrintable(causeId(c)));
        QVERIFY2(!causeExplanation(c).isEmpty(), qPrintable(causeId(c)));
        QVERIFY(owners.contains(ownerId(causeInfo(c).owner)));
        if (c != Cause::Ok)
            QVERIFY2(!causeInfo(c).fixes.isEmpty(), qPrintable(causeId(c)));
    }
    for (const Office365Code &c : office365Codes()) {
        QVERIFY(c.label && *c.label);
        QVERIFY(c.explanation && *c.explanation);
    }
}

QTEST_GUILESS_MAIN(TestCodeTables)
#include "tst_codetables.moc"
