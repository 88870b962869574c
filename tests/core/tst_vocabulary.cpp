// SPDX-License-Identifier: GPL-3.0-or-later
// Every value of every taxonomy enum has a complete row in the vocabulary: a value added
// without its row fails here (the lookup then answers with another value's row).
#include "core/vocabulary.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace od;

namespace {
template<typename E>
QList<E> valuesOf()
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    QList<E> out;
    for (int i = 0; i < meta.keyCount(); ++i)
        out.append(static_cast<E>(meta.value(i)));
    return out;
}

template<typename E>
QByteArray nameOf(E value)
{
    return QMetaEnum::fromType<E>().valueToKey(int(value));
}

bool filled(const char *text) { return text && *text; }
} // namespace

#define CHECK(condition, message) QVERIFY2(condition, QByteArray(message).constData())

class TestVocabulary : public QObject
{
    Q_OBJECT
private slots:
    void causes();
    void causeRanksAreDistinct();
    void causeHops();
    void fixes();
    void owners();
    void locations();
    void securities();
    void steps();
    void findings();
    void letterUsesFacts();
    void letterKeepsPercentInReply();
};

void TestVocabulary::causes()
{
    QSet<QString> titles;
    for (Cause c : valuesOf<Cause>()) {
        const QByteArray name = nameOf(c);
        const CauseInfo &info = causeInfo(c);
        CHECK(info.cause == c, name + " has no row");
        CHECK(filled(info.title) && filled(info.explanation), name);
        CHECK(!causeTitle(c).isEmpty() && !causeExplanation(c).isEmpty(), name);
        CHECK(c == Cause::Ok || !info.fixes.isEmpty(), name + " has no fix");
        CHECK(ownerInfo(info.owner).owner == info.owner, name);
        for (Fix f : info.fixes)
            CHECK(fixInfo(f).fix == f, name);
        // The letter: what happened is always said; the question for every problem.
        CHECK(filled(info.letterHappened) || filled(info.letterHappenedFact), name);
        CHECK(c == Cause::Ok || filled(info.letterQuestion) || filled(info.letterQuestionFact), name);
        const bool usesFact = filled(info.letterHappenedFact) || filled(info.letterQuestionFact);
        CHECK(usesFact == (info.letterFact != LetterFact::None), name + " letter fact and texts disagree");
        CHECK(!letterHappened(c, {}, QStringLiteral("550 x")).isEmpty(), name);
        titles.insert(causeTitle(c));
    }
    QCOMPARE(titles.size(), valuesOf<Cause>().size()); // no two causes read the same
}

void TestVocabulary::causeHops()
{
    // Every problem is placed on the mail's way; only "works" and "not sure" are not.
    const QMetaEnum e = QMetaEnum::fromType<Cause>();
    for (int i = 0; i < e.keyCount(); ++i) {
        const Cause c = Cause(e.value(i));
        const bool placed = causeHop(c) != Hop::None;
        QVERIFY2(placed == (c != Cause::Ok && c != Cause::Unknown), e.key(i));
    }
    QCOMPARE(causeHop(Cause::RelayDenied), Hop::OnToRecipient);
    QCOMPARE(causeHop(Cause::PortBlocked), Hop::ToYourServer);
    QCOMPARE(causeHop(Cause::AuthFailed), Hop::ToYourServer);
    QCOMPARE(causeHop(Cause::RecipientUnknown), Hop::OnToRecipient);
}

void TestVocabulary::causeRanksAreDistinct()
{
    QSet<int> ranks;
    for (Cause c : valuesOf<Cause>()) {
        const int rank = causeInfo(c).rank;
        CHECK(rank >= 0 && rank < valuesOf<Cause>().size(), nameOf(c));
        CHECK(!ranks.contains(rank), nameOf(c) + " shares its rank");
        ranks.insert(rank);
    }
    // Causes the sender can act on come before the unclear ones.
    QVERIFY(causeInfo(Cause::RelayDenied).rank < causeInfo(Cause::Unknown).rank);
    QVERIFY(causeInfo(Cause::PasswordLoginDisabled).rank < causeInfo(Cause::AuthFailed).rank);
}

void TestVocabulary::fixes()
{
    for (Fix f : valuesOf<Fix>()) {
        CHECK(fixInfo(f).fix == f, nameOf(f) + " has no row");
        CHECK(filled(fixInfo(f).title) && filled(fixInfo(f).description), nameOf(f));
        QVERIFY(!fixTitle(f).isEmpty());
    }
    // Every fix is offered for at least one cause.
    QSet<Fix> offered;
    for (Cause c : valuesOf<Cause>()) {
        for (Fix f : causeInfo(c).fixes)
            offered.insert(f);
    }
    for (Fix f : valuesOf<Fix>())
        CHECK(offered.contains(f), nameOf(f) + " is offered for no cause");
}

void TestVocabulary::owners()
{
    QSet<int> ranks;
    for (Owner o : valuesOf<Owner>()) {
        CHECK(ownerInfo(o).owner == o, nameOf(o) + " has no row");
        QVERIFY(!ownerText(o).isEmpty());
        ranks.insert(ownerInfo(o).rank);
    }
    QCOMPARE(ranks.size(), valuesOf<Owner>().size());
    QVERIFY(ownerInfo(Owner::You).rank < ownerInfo(Owner::Recipient).rank);
}

void TestVocabulary::locations()
{
    for (Location l : valuesOf<Location>()) {
        CHECK(locationInfo(l).location == l, nameOf(l) + " has no row");
        QVERIFY(!locationUserText(l).isEmpty());
        QVERIFY(!locationReportText(l).isEmpty());
        QCOMPARE(locationLetterText(l).isEmpty(), l == Location::Unknown);
    }
}

void TestVocabulary::securities()
{
    QSet<QString> labels;
    for (Security s : valuesOf<Security>()) {
        CHECK(securityInfo(s).security == s, nameOf(s) + " has no row");
        QVERIFY(!securityLabel(s).isEmpty());
        QVERIFY(!securityText(s).isEmpty());
        labels.insert(securityLabel(s));
    }
    QCOMPARE(labels.size(), valuesOf<Security>().size());
}

void TestVocabulary::steps()
{
    QSet<QString> texts;
    for (Step s : valuesOf<Step>()) {
        CHECK(stepInfo(s).step == s, nameOf(s) + " has no row");
        QVERIFY(!stepUserText(s).isEmpty());
        QVERIFY(!stepReportText(s).isEmpty());
        texts.insert(stepUserText(s));
    }
    QCOMPARE(texts.size(), valuesOf<Step>().size());
}

void TestVocabulary::findings()
{
    for (CertificateFinding f : valuesOf<CertificateFinding>()) {
        CHECK(findingInfo(f).finding == f, nameOf(f) + " has no row");
        QVERIFY(!findingUserText(f).isEmpty());
        QVERIFY(!findingReportText(f).isEmpty());
    }
}

void TestVocabulary::letterUsesFacts()
{
    const QString reply = QStringLiteral("535 5.7.8 no");
    QCOMPARE(letterHappened(Cause::AuthFailed, {QString()}, reply),
             QStringLiteral("The server refused my login. It replied: \"535 5.7.8 no\""));
    QCOMPARE(letterHappened(Cause::AuthFailed, {QStringLiteral("anna")}, reply),
             QStringLiteral("The server refused my login as anna. It replied: \"535 5.7.8 no\""));
    QCOMPARE(letterHappened(Cause::PortBlocked, {QStringLiteral("25, 587")}, reply),
             QStringLiteral("I could not get an answer from the server on port(s) 25, 587 from the network I am on."));
    QCOMPARE(letterQuestion(Cause::Blocked, {QStringLiteral("192.0.2.7")}),
             QStringLiteral("Is my address 192.0.2.7 (or the address my network uses to reach you) on a block list, and how can I get it removed?"));
    QCOMPARE(letterQuestion(Cause::Blocked, {QString()}),
             QStringLiteral("Is my connection on a block list, and how can I get it removed?"));
    QVERIFY(letterQuestion(Cause::Ok, {}).isEmpty());
}

void TestVocabulary::letterKeepsPercentInReply()
{
    QCOMPARE(letterHappened(Cause::SenderRejected, {QStringLiteral("a%2@example.com")}, QStringLiteral("550 %1")),
             QStringLiteral("The server refused my sender address a%2@example.com. It replied: \"550 %1\""));
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
