// SPDX-License-Identifier: GPL-3.0-or-later
// Language choice and the embedded catalogues (ours and Qt's).
#include "core/languages.h"

#include <QCoreApplication>
#include <QFile>
#include <QtTest>

class TestLanguages : public QObject
{
    Q_OBJECT
private slots:
    void normalise_data();
    void normalise();
    void forLocale_data();
    void forLocale();
    void catalogues_data();
    void catalogues();
    void switching();
};

void TestLanguages::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en" << "en";
    QTest::newRow("de_DE") << "de_DE" << "de";
    QTest::newRow("de-AT") << "de-AT" << "de";
    QTest::newRow("nl_BE.UTF-8") << "nl_BE.UTF-8" << "nl";
    QTest::newRow("SV") << "SV" << "sv";
    QTest::newRow("zh") << "zh" << "zh_CN";
    QTest::newRow("zh-Hans-CN") << "zh-Hans-CN" << "zh_CN";
    QTest::newRow("ZH-cn") << "ZH-cn" << "zh_CN";
    QTest::newRow("traditional Chinese is not offered") << "zh_TW" << "";
    QTest::newRow("unknown") << "tlh" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("spaces") << "  de  " << "de";
}

void TestLanguages::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(od::normaliseLanguage(input), expected);
}

void TestLanguages::forLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << "de_CH" << "de";
    QTest::newRow("Dutch") << "nl_NL" << "nl";
    QTest::newRow("Swedish") << "sv_FI" << "sv";
    QTest::newRow("Chinese") << "zh_CN" << "zh_CN";
    QTest::newRow("French falls back to English") << "fr_FR" << "en";
}

void TestLanguages::forLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(od::languageForLocale(QLocale(locale)), expected);
}

void TestLanguages::catalogues_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &lang : od::supportedLanguages()) {
        if (lang != QLatin1String("en"))
            QTest::newRow(qPrintable(lang)) << lang;
    }
}

// Every language ships our catalogue and Qt's, inside the program.
void TestLanguages::catalogues()
{
    QFETCH(QString, language);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/outbox-doctor_%1.qm").arg(language)));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/qtbase_%1.qm").arg(language))
            || QFile::exists(QStringLiteral(":/i18n/qt_%1.qm").arg(language)));
    QVERIFY(od::installLanguage(language));
    QCOMPARE(od::currentLanguage(), language);
    const QString source = QStringLiteral("Mail would go through");
    const QString translated = QCoreApplication::translate("od::Knowledge", "Mail would go through");
    QVERIFY2(translated != source, qPrintable(language));
    // Qt's own strings too (QWizard's buttons come from the same place).
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel")
            || QCoreApplication::translate("QWizard", "Cancel") != QLatin1String("Cancel"));
}

void TestLanguages::switching()
{
    QVERIFY(od::installLanguage(QStringLiteral("de")));
    const QString german = QCoreApplication::translate("od::Knowledge", "Mail would go through");
    QVERIFY(od::installLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("od::Knowledge", "Mail would go through"), QStringLiteral("Mail would go through"));
    QVERIFY(od::installLanguage(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("od::Knowledge", "Mail would go through"), german);
    QCOMPARE(QLocale().language(), QLocale::German);
    // An unknown code leaves English in place and says so.
    QVERIFY(!od::installLanguage(QStringLiteral("xx")));
    QCOMPARE(QCoreApplication::translate("od::Knowledge", "Mail would go through"), QStringLiteral("Mail would go through"));
}

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
