// SPDX-License-Identifier: GPL-3.0-or-later
// The MIME reader: transfer encodings, encoded words, charsets (incl. ISO-2022-JP and GB2312),
// nesting, truncation and hostile input.
#include "diagnosis/mimedecoder.h"

#include <QElapsedTimer>
#include <QStringDecoder>
#include <QTest>

using namespace od;

class TestMimeDecoder : public QObject
{
    Q_OBJECT

private slots:
    void quotedPrintable_data();
    void quotedPrintable();
    void base64_data();
    void base64();
    void encodedWords_data();
    void encodedWords();
    void charsets_data();
    void charsets();
    void unknownBytes();
    void multipart();
    void truncatedMultipart();
    void notAMessage();
    void deepNesting();
    void manyParts();
    void hugeHeader();
};

void TestMimeDecoder::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("hex") << QByteArray("caf=C3=A9") << QByteArray("caf\xC3\xA9");
    QTest::newRow("lower hex") << QByteArray("caf=c3=a9") << QByteArray("caf\xC3\xA9");
    QTest::newRow("soft break") << QByteArray("long=\r\nline") << QByteArray("longline");
    QTest::newRow("soft break lf spaces") << QByteArray("long=  \nline") << QByteArray("longline");
    QTest::newRow("stray =") << QByteArray("a=zz") << QByteArray("a=zz");
    QTest::newRow("truncated =") << QByteArray("end=") << QByteArray("end");
    QTest::newRow("truncated =4") << QByteArray("end=4") << QByteArray("end=4");
}

void TestMimeDecoder::quotedPrintable()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(decodeQuotedPrintable(in), out);
}

void TestMimeDecoder::base64_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QByteArray("aGVsbG8=") << QByteArray("hello");
    QTest::newRow("lines") << QByteArray("aGVs\r\nbG8=\r\n") << QByteArray("hello");
    QTest::newRow("no padding") << QByteArray("aGVsbG8") << QByteArray("hello");
    QTest::newRow("junk inside") << QByteArray("aGV*sb!G8=") << QByteArray("hello");
    QTest::newRow("garbage") << QByteArray("!!!! @@@@") << QByteArray();
    QTest::newRow("one char") << QByteArray("a") << QByteArray();
}

void TestMimeDecoder::base64()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(decodeBase64(in), out);
}

void TestMimeDecoder::encodedWords_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("none") << QByteArray("Hello") << QStringLiteral("Hello");
    QTest::newRow("b utf8") << QByteArray("=?UTF-8?B?w5xiZXI=?=") << QStringLiteral("Über");
    QTest::newRow("q latin1") << QByteArray("=?iso-8859-1?Q?Caf=E9_au_lait?=") << QStringLiteral("Café au lait");
    QTest::newRow("adjacent") << QByteArray("=?utf-8?Q?a?= =?utf-8?Q?b?=") << QStringLiteral("ab");
    QTest::newRow("mixed") << QByteArray("Re: =?utf-8?Q?caf=C3=A9?= now") << QStringLiteral("Re: café now");
    QTest::newRow("language") << QByteArray("=?utf-8*en?Q?hi?=") << QStringLiteral("hi");
    QTest::newRow("gb2312") << QByteArray("=?GB2312?B?zcvQxc2o1qo=?=") << QStringLiteral("退信通知");
    QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=") << QStringLiteral("配信エラー");
    QTest::newRow("unterminated") << QByteArray("=?utf-8?Q?abc") << QStringLiteral("=?utf-8?Q?abc");
    QTest::newRow("bad encoding") << QByteArray("=?utf-8?X?abc?=") << QStringLiteral("=?utf-8?X?abc?=");
    QTest::newRow("only =?") << QByteArray("=?=?=?") << QStringLiteral("=?=?=?");
}

void TestMimeDecoder::encodedWords()
{
    QFETCH(QByteArray, in);
    QFETCH(QString, out);
    QCOMPARE(decodeEncodedWords(in), out);
}

void TestMimeDecoder::charsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("text");
    QTest::newRow("utf-8") << QByteArray("\xC3\xA9t\xC3\xA9") << QByteArray("UTF-8") << QStringLiteral("été");
    QTest::newRow("latin1 label") << QByteArray("\xE9t\xE9") << QByteArray("iso-8859-1") << QStringLiteral("été");
    QTest::newRow("cp1252 quotes") << QByteArray("\x93hi\x94") << QByteArray("windows-1252") << QStringLiteral("“hi”");
    QTest::newRow("undeclared 8bit") << QByteArray("\xE9t\xE9") << QByteArray() << QStringLiteral("été");
    QTest::newRow("gb2312") << QByteArray("\xCD\xCB\xD0\xC5") << QByteArray("GB2312") << QStringLiteral("退信");
    QTest::newRow("gbk") << QByteArray("\xCD\xCB\xD0\xC5") << QByteArray("gbk") << QStringLiteral("退信");
    QTest::newRow("iso-2022-jp") << QByteArray("\x1B$BG[?.\x1B(B") << QByteArray("ISO-2022-JP") << QStringLiteral("配信");
    QTest::newRow("unknown charset") << QByteArray("plain") << QByteArray("x-no-such") << QStringLiteral("plain");
}

void TestMimeDecoder::charsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, text);
    QCOMPARE(decodeCharset(bytes, charset), text);
}

void TestMimeDecoder::unknownBytes()
{
    QCOMPARE(decodeUnknownBytes("\xEF\xBB\xBFhi"), QStringLiteral("hi"));
    QCOMPARE(decodeUnknownBytes(QByteArray("\xFF\xFEh\0i\0", 6)), QStringLiteral("hi"));
    QCOMPARE(decodeUnknownBytes(QByteArray("h\0i\0", 4)), QStringLiteral("hi"));
    QCOMPARE(decodeUnknownBytes("caf\xC3\xA9"), QStringLiteral("café"));
    QCOMPARE(decodeUnknownBytes("caf\xE9"), QStringLiteral("café"));
}

void TestMimeDecoder::multipart()
{
    const QByteArray raw =
        "From: a@example.org\r\nTo: b@example.org\r\nSubject: =?utf-8?Q?t=C3=A9st?=\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"XX\"\r\n\r\n"
        "preamble\r\n--XX\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        "caf=C3=A9\r\n--XX\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
        "Final-Recipient: rfc822; b@example.org\r\nStatus: 5.1.1\r\n--XX\r\nContent-Type: message/rfc822\r\n\r\n"
        "To: c@example.org\r\nSubject: orig\r\n\r\nbody\r\n--XX--\r\nepilogue\r\n";
    const MimeMessage m = parseMime(raw);
    QVERIFY(m.isMime);
    QVERIFY(!m.truncated);
    QCOMPARE(m.header(u"subject"), QStringLiteral("tést"));
    QCOMPARE(m.parts.size(), 3);
    QCOMPARE(m.parts.at(0).kind, MimePart::Kind::Text);
    QCOMPARE(m.parts.at(0).text, QStringLiteral("café"));
    QCOMPARE(m.parts.at(1).kind, MimePart::Kind::DeliveryStatus);
    QVERIFY(m.parts.at(1).text.contains(QLatin1String("Status: 5.1.1")));
    QCOMPARE(m.parts.at(2).kind, MimePart::Kind::Headers);
    QCOMPARE(headerValue(m.parts.at(2).headers, u"To"), QStringLiteral("c@example.org"));
    QCOMPARE(m, parseMime(raw));  // pure
}

void TestMimeDecoder::truncatedMultipart()
{
    const QByteArray raw = "From: a@example.org\nTo: b@example.org\nContent-Type: multipart/mixed; boundary=Q\n\n"
                           "--Q\nContent-Type: text/plain\n\nfirst\n--Q\nContent-Type: text/plain\n\nsecond, cut sho";
    const MimeMessage m = parseMime(raw);
    QVERIFY(m.truncated);
    QCOMPARE(m.parts.size(), 2);
    QCOMPARE(m.parts.at(1).text, QStringLiteral("second, cut sho"));
}

void TestMimeDecoder::notAMessage()
{
    const MimeMessage m = parseMime("550 5.7.1 Relay access denied");
    QVERIFY(!m.isMime);
    QCOMPARE(m.parts.size(), 1);
    QCOMPARE(m.allText(), QStringLiteral("550 5.7.1 Relay access denied"));
    QVERIFY(!looksLikeMessage("Subject only\n"));
    QVERIFY(looksLikeMessage("From: a@b\nTo: c@d\n\nx"));
    QVERIFY(!looksLikeMessage(""));
}

void TestMimeDecoder::deepNesting()
{
    // 500 levels of multipart: parsed to the depth limit, no stack trouble.
    QByteArray raw = "From: a@example.org\nTo: b@example.org\nContent-Type: multipart/mixed; boundary=b0\n\n";
    for (int i = 1; i <= 500; ++i)
        raw += "--b" + QByteArray::number(i - 1) + "\nContent-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n";
    raw += "--b500\nContent-Type: text/plain\n\ndeep\n";
    QElapsedTimer t;
    t.start();
    const MimeMessage m = parseMime(raw);
    QVERIFY(m.truncated);
    QVERIFY(t.elapsed() < 2000);
    // message/rfc822 nesting too
    QByteArray nested;
    for (int i = 0; i < 300; ++i)
        nested += "From: a@example.org\nTo: b@example.org\nContent-Type: message/rfc822\n\n";
    const MimeMessage n = parseMime(nested);
    QVERIFY(n.parts.size() <= MimeLimits().maxParts);
}

void TestMimeDecoder::manyParts()
{
    QByteArray raw = "From: a@example.org\nTo: b@example.org\nContent-Type: multipart/mixed; boundary=Z\n\n";
    for (int i = 0; i < 20000; ++i)
        raw += "--Z\nContent-Type: text/plain\n\nx\n";
    raw += "--Z--\n";
    const MimeMessage m = parseMime(raw);
    QVERIFY(m.parts.size() <= MimeLimits().maxParts);
    QVERIFY(m.truncated);
}

void TestMimeDecoder::hugeHeader()
{
    QByteArray raw = "From: a@example.org\nTo: b@example.org\nSubject: x";
    for (int i = 0; i < 100000; ++i)
        raw += "\n y";
    raw += "\n\nbody";
    const MimeMessage m = parseMime(raw);
    QVERIFY(m.isMime);
    QVERIFY(m.header(u"subject").size() <= 64 * 1024 + 10);
}

QTEST_GUILESS_MAIN(TestMimeDecoder)
#include "tst_mimedecoder.moc"
