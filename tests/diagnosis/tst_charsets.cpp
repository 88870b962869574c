// SPDX-License-Identifier: GPL-3.0-or-later
// The legacy-charset decoder (app/diagnosis/charsets.h) that bounces in Chinese, Japanese,
// Korean, Russian and Central European mail need, on every system. Byte sequences were made
// with Python's codecs (the reference encoders), text in the real wording of such bounces.
#include "diagnosis/charsets.h"
#include "diagnosis/mimedecoder.h"

#include <QTest>

using namespace od;

class TestCharsets : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void throughMime();
    void damaged_data();
    void damaged();
    void notCharsets_data();
    void notCharsets();
};

void TestCharsets::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("text");
    QTest::newRow("gb2312") << QByteArray("\xcd\xcb\xd0\xc5\xcd\xa8\xd6\xaa") << QByteArray("GB2312") << QStringLiteral("退信通知");
    QTest::newRow("gbk-only") << QByteArray("\xe9\x46") << QByteArray("GBK") << QStringLiteral("镕");
    QTest::newRow("gb2312 label, gbk bytes") << QByteArray("\xd6\xec\xe9\x46\xbb\xf9") << QByteArray("gb2312") << QStringLiteral("朱镕基");
    QTest::newRow("gb18030") << QByteArray("\xcd\xcb\xd0\xc5\x95\x32\x82\x36") << QByteArray("GB18030") << QStringLiteral("退信𠀀");
    QTest::newRow("big5") << QByteArray("\xb0\x68\xab\x48\xb3\x71\xaa\xbe") << QByteArray("Big5") << QStringLiteral("退信通知");
    QTest::newRow("big5 odd case") << QByteArray("\xb6\x6c\xa5\xf3") << QByteArray("bIG5") << QStringLiteral("郵件");
    QTest::newRow("iso-2022-jp") << QByteArray("\x1b\x24\x42\x47\x5b\x3f\x2e\x25\x28\x25\x69\x21\x3c\x1b\x28\x42") << QByteArray("ISO-2022-JP") << QStringLiteral("配信エラー");
    QTest::newRow("iso-2022-jp mixed") << QByteArray("\x4d\x61\x69\x6c\x20\x1b\x24\x42\x47\x5b\x3f\x2e\x1b\x28\x42\x20\x6f\x6b") << QByteArray("iso-2022-jp") << QStringLiteral("Mail 配信 ok");
    QTest::newRow("shift_jis") << QByteArray("\x94\x7a\x90\x4d") << QByteArray("Shift_JIS") << QStringLiteral("配信");
    QTest::newRow("euc-kr") << QByteArray("\xb9\xdd\xbc\xdb") << QByteArray("EUC-KR") << QStringLiteral("반송");
    QTest::newRow("ks_c_5601-1987") << QByteArray("\xb9\xdd\xbc\xdb") << QByteArray("ks_c_5601-1987") << QStringLiteral("반송");
    QTest::newRow("koi8-r") << QByteArray("\xee\xc5\xc4\xcf\xd3\xd4\xc1\xd7\xcc\xc5\xce\xcf") << QByteArray("KOI8-R") << QStringLiteral("Недоставлено");
    QTest::newRow("windows-1250") << QByteArray("\x4e\x65\x64\x6f\x72\x75\xe8\x69\x74\x65\x6c\x6e\xe9") << QByteArray("windows-1250") << QStringLiteral("Nedoručitelné");
    QTest::newRow("windows-1251") << QByteArray("\xcf\xe8\xf1\xfc\xec\xee\x20\xed\xe5\x20\xe4\xee\xf1\xf2\xe0\xe2\xeb\xe5\xed\xee") << QByteArray("windows-1251") << QStringLiteral("Письмо не доставлено");
    QTest::newRow("windows-1252") << QByteArray("\x93\x55\x6e\x64\x65\x6c\x69\x76\x65\x72\x61\x62\x6c\x65\x94\x20\x96\x20\x80\x35") << QByteArray("windows-1252") << QStringLiteral("“Undeliverable” – €5");
    QTest::newRow("cp1252 alias") << QByteArray("\x80") << QByteArray("cp1252") << QStringLiteral("€");
    QTest::newRow("iso-8859-2") << QByteArray("\x5a\x61\xbf\xf3\xb3\xe6") << QByteArray("ISO-8859-2") << QStringLiteral("Zażółć");
    QTest::newRow("iso-8859-15") << QByteArray("\xa4\x75\x72\x6f") << QByteArray("iso-8859-15") << QStringLiteral("€uro");
    QTest::newRow("name with spaces") << QByteArray("\xee\xc5\xc4") << QByteArray("  koi8-r ") << QStringLiteral("Нед");
    QTest::newRow("empty input") << QByteArray() << QByteArray("big5") << QString();
}

void TestCharsets::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, text);
    const auto decoded = Charsets::decode(bytes, charset);
    QVERIFY2(decoded.has_value(), qPrintable(Charsets::backend()));
    QCOMPARE(*decoded, text);
    // The MIME decoder gives the same text for the same label.
    QCOMPARE(decodeCharset(bytes, charset), text);
}

void TestCharsets::throughMime()
{
    // A Chinese bounce part in GB2312, base64, and a KOI8-R subject as an encoded word.
    const QByteArray mail = "From: MAILER-DAEMON@example.cn\r\n"
                            "Subject: =?KOI8-R?B?7sXEz9PUwdfMxc7P?=\r\n"
                            "MIME-Version: 1.0\r\n"
                            "Content-Type: text/plain; charset=\"gb2312\"\r\n"
                            "Content-Transfer-Encoding: base64\r\n"
                            "\r\n"
                            "zcvQxc2o1qo=\r\n";
    const MimeMessage message = parseMime(mail);
    QCOMPARE(message.header(u"Subject"), QStringLiteral("Недоставлено"));
    QCOMPARE(message.allText().trimmed(), QStringLiteral("退信通知"));
}

void TestCharsets::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("gbk truncated") << QByteArray("\xcd\xcb\xd0") << QByteArray("gbk") << QStringLiteral("退");
    QTest::newRow("big5 truncated") << QByteArray("\xb0\x68\xab") << QByteArray("big5") << QStringLiteral("退");
    QTest::newRow("iso-2022-jp unterminated") << QByteArray("\x1b\x24\x42\x47\x5b\x3f") << QByteArray("iso-2022-jp") << QStringLiteral("配");
    QTest::newRow("shift_jis junk") << QByteArray("\x94\x7a\xff\xff\xff") << QByteArray("shift_jis") << QStringLiteral("配");
    QTest::newRow("nul bytes") << QByteArray("\xcd\xcb\0\0", 4) << QByteArray("gb2312") << QStringLiteral("退");
}

void TestCharsets::damaged()
{
    // Damaged input decodes as far as it goes, never fails or loses the good part.
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, prefix);
    const auto decoded = Charsets::decode(bytes, charset);
    QVERIFY(decoded.has_value());
    QVERIFY2(decoded->startsWith(prefix), qPrintable(*decoded));
    QVERIFY(decoded->size() <= bytes.size() + 1);
}

void TestCharsets::notCharsets_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("unknown") << QByteArray("x-no-such-charset");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("header injection") << QByteArray("utf-8\r\nBcc: x@example.com");
    QTest::newRow("path") << QByteArray("../../etc/passwd");
    QTest::newRow("overlong") << QByteArray(200, 'a');
    QTest::newRow("nul") << QByteArray("big5\0x", 6);
}

void TestCharsets::notCharsets()
{
    QFETCH(QByteArray, charset);
    QVERIFY(!Charsets::decode("abc", charset).has_value());
    // The MIME decoder then falls back to UTF-8 / Windows-1252.
    QCOMPARE(decodeCharset("abc", charset), QStringLiteral("abc"));
}

QTEST_GUILESS_MAIN(TestCharsets)
#include "tst_charsets.moc"
