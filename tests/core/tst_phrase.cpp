// SPDX-License-Identifier: GPL-3.0-or-later
// Phrases: worded when shown, in the installed language, with inner phrases worded in the same
// language; the JSON form is the same in every language.
#include "core/languages.h"
#include "core/phrase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using od::Phrase;

namespace {
// Sentences of the accounts module that the German catalogue translates.
Phrase skippedLine(int line)
{
    return Phrase("od::Accounts", QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a line that is not an msmtp command was skipped."),
                  {QString::number(line)});
}
Phrase aboutFile(const QString &file, Phrase what)
{
    return Phrase("od::Accounts", QT_TRANSLATE_NOOP("od::Accounts", "%1: %2"), {file}, std::vector<Phrase>{std::move(what)});
}
} // namespace

class TestPhrase : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { od::installLanguage(QStringLiteral("en")); }
    void arguments_data();
    void arguments();
    void inner();
    void sentences();
    void wordedInTheInstalledLanguage();
};

void TestPhrase::arguments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in order") << QStringLiteral("%1 and %2") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("a and b");
    QTest::newRow("reversed") << QStringLiteral("%2 before %1") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("b before a");
    QTest::newRow("argument holding %2 stays") << QStringLiteral("%1 then %2") << QStringList{QStringLiteral("50%2"), QStringLiteral("x")} << QStringLiteral("50%2 then x");
    QTest::newRow("missing argument kept") << QStringLiteral("%1 %3") << QStringList{QStringLiteral("a")} << QStringLiteral("a %3");
    QTest::newRow("two digits") << QStringLiteral("%10|%1") << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("ten")} << QStringLiteral("ten|1");
    QTest::newRow("percent at the end") << QStringLiteral("100%") << QStringList{} << QStringLiteral("100%");
    QTest::newRow("%0 is not a placeholder") << QStringLiteral("%0%1") << QStringList{QStringLiteral("x")} << QStringLiteral("%0x");
}

void TestPhrase::arguments()
{
    QFETCH(QString, text);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QCOMPARE(od::fillArguments(text, args), expected);
}

void TestPhrase::inner()
{
    const Phrase p = aboutFile(QStringLiteral("/home/u/.msmtprc"), skippedLine(3));
    QCOMPARE(p.sourceText(), QStringLiteral("/home/u/.msmtprc: Line 3: a line that is not an msmtp command was skipped."));
    QCOMPARE(p.text(), p.sourceText());
    QVERIFY(!p.isEmpty());
    const QJsonObject json = p.toJson();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("%1: %2"));
    QCOMPARE(json.value(QStringLiteral("args")).toArray(), QJsonArray{QStringLiteral("/home/u/.msmtprc")});
    const QJsonObject innerJson = json.value(QStringLiteral("inner")).toArray().at(0).toObject();
    QCOMPARE(innerJson.value(QStringLiteral("code")).toString(),
             QStringLiteral("Line %1: a line that is not an msmtp command was skipped."));
    QCOMPARE(innerJson.value(QStringLiteral("args")).toArray(), QJsonArray{QStringLiteral("3")});
    // Placeholders before the text arguments are filled from inner ones when there are no args.
    const Phrase onlyInner("ctx", "%1 (%2)", {}, std::vector<Phrase>{Phrase::fromText(QStringLiteral("a")),
                                                                      Phrase::fromText(QStringLiteral("b"))});
    QCOMPARE(onlyInner.sourceText(), QStringLiteral("a (b)"));
    QVERIFY(onlyInner != p);
    QCOMPARE(p, aboutFile(QStringLiteral("/home/u/.msmtprc"), skippedLine(3)));
    QVERIFY(p != aboutFile(QStringLiteral("/home/u/.msmtprc"), skippedLine(4)));
}

void TestPhrase::sentences()
{
    const Phrase s = Phrase::sentences({skippedLine(1), Phrase(), Phrase::fromText(QStringLiteral("As the system said."))});
    QCOMPARE(s.sourceText(), QStringLiteral("Line 1: a line that is not an msmtp command was skipped. As the system said."));
    const QJsonArray parts = s.toJson().value(QStringLiteral("sentences")).toArray();
    QCOMPARE(parts.size(), 2); // the empty one is left out
    QCOMPARE(parts.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("As the system said."));
    QVERIFY(Phrase::sentences({}).isEmpty());
}

void TestPhrase::wordedInTheInstalledLanguage()
{
    const Phrase p = aboutFile(QStringLiteral("f"), skippedLine(7));
    const QByteArray englishJson = QJsonDocument(p.toJson()).toJson();
    QVERIFY(od::installLanguage(QStringLiteral("de")));
    // The inner sentence follows the language; the JSON and the English wording do not.
    QCOMPARE(p.text(), QString::fromUtf8("f: Zeile 7: Eine Zeile, die kein msmtp-Befehl ist, wurde übersprungen."));
    QCOMPARE(p.sourceText(), QStringLiteral("f: Line 7: a line that is not an msmtp command was skipped."));
    QCOMPARE(QJsonDocument(p.toJson()).toJson(), englishJson);
    QVERIFY(od::installLanguage(QStringLiteral("zh_CN")));
    QVERIFY(p.text() != p.sourceText());
    QCOMPARE(QJsonDocument(p.toJson()).toJson(), englishJson);
}

QTEST_GUILESS_MAIN(TestPhrase)
#include "tst_phrase.moc"
