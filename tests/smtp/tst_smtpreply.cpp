// SPDX-License-Identifier: GPL-3.0-or-later
// The pure SMTP parsers: reply lines, the incremental reply reader, EHLO capabilities,
// enhanced status codes, and the redaction of secrets. Data-driven, with junk and edge cases.
#include "smtp/smtpreply.h"
#include "smtp/transcript.h"

#include "secretcheck.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace od;

Q_DECLARE_METATYPE(od::SmtpReply)
Q_DECLARE_METATYPE(od::SmtpReplyReader::Error)

namespace od {
// Readable QCOMPARE failures.
char *toString(const SmtpReply &reply)
{
    QString s;
    QDebug(&s) << reply;
    return qstrdup(s.toUtf8().constData());
}
char *toString(const EnhancedStatus &status)
{
    return qstrdup(status.isValid() ? status.toString().toLatin1().constData() : "(none)");
}
char *toString(SmtpReplyReader::Error error)
{
    return qstrdup(QByteArray::number(int(error)).constData());
}
} // namespace od

namespace {

SmtpReply reply(int code, const QStringList &lines, const QString &enhanced = QString())
{
    SmtpReply r;
    r.code = code;
    r.lines = lines;
    r.enhanced = EnhancedStatus::fromString(enhanced);
    return r;
}

QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

// Every way of splitting the same bytes across feed() calls must give the same replies.
const QList<int> kChunkSizes = {0 /* all at once */, 1, 2, 3, 7, 64};

} // namespace

class TestSmtpReply : public QObject
{
    Q_OBJECT

private slots:
    void parseReplyLine_data();
    void parseReplyLine();

    void reader_data();
    void reader();
    void readerLimitsAreBounds();
    void readerErrorIsSticky();
    void readerTakeLines();
    void readerDiscard();
    void lineReader_data();
    void lineReader();

    void capabilities_data();
    void capabilities();

    void enhancedFromString_data();
    void enhancedFromString();
    void enhancedFindIn_data();
    void enhancedFindIn();

    void redactor_data();
    void redactor();
    void redactorLeavesOrdinaryTextAlone();
    void transcriptBounds();
};

// ---------------------------------------------------------------------------------------------

void TestSmtpReply::parseReplyLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("last");
    QTest::addColumn<QString>("text");

    QTest::newRow("last") << QByteArray("250 OK") << true << 250 << true << u8("OK");
    QTest::newRow("continuation") << QByteArray("250-PIPELINING") << true << 250 << false << u8("PIPELINING");
    QTest::newRow("code only") << QByteArray("250") << true << 250 << true << QString();
    QTest::newRow("code and dash only") << QByteArray("250-") << true << 250 << false << QString();
    QTest::newRow("code and space only") << QByteArray("354 ") << true << 354 << true << QString();
    QTest::newRow("CRLF kept by caller") << QByteArray("220 mx ESMTP\r\n") << true << 220 << true << u8("mx ESMTP");
    QTest::newRow("LF only") << QByteArray("221 bye\n") << true << 221 << true << u8("bye");
    QTest::newRow("text keeps inner spaces") << QByteArray("550  two  spaces ") << true << 550 << true
                                             << u8(" two  spaces ");
    QTest::newRow("odd casing") << QByteArray("250-aUtH pLaIn") << true << 250 << false << u8("aUtH pLaIn");
    QTest::newRow("UTF-8") << QByteArray("550 caf\xc3\xa9 \xe6\xbc\xa2") << true << 550 << true
                           << u8("caf\xc3\xa9 \xe6\xbc\xa2");
    QTest::newRow("invalid UTF-8") << QByteArray("550 bad \xff\xfe!") << true << 550 << true
                                   << (u8("bad ") + QChar(QChar::ReplacementCharacter)
                                       + QChar(QChar::ReplacementCharacter) + u8("!"));
    QTest::newRow("NUL byte") << QByteArray("220 a\0b", 7) << true << 220 << true
                              << (u8("a") + QChar(0) + u8("b"));
    QTest::newRow("lowest code") << QByteArray("200 x") << true << 200 << true << u8("x");
    QTest::newRow("highest code") << QByteArray("559 x") << true << 559 << true << u8("x");

    const QString none;
    QTest::newRow("empty") << QByteArray() << false << 0 << false << none;
    QTest::newRow("CRLF only") << QByteArray("\r\n") << false << 0 << false << none;
    QTest::newRow("letters") << QByteArray("abc") << false << 0 << false << none;
    QTest::newRow("999") << QByteArray("999 x") << false << 0 << false << none;
    QTest::newRow("four digits") << QByteArray("2500") << false << 0 << false << none;
    QTest::newRow("four digits and text") << QByteArray("2500 ok") << false << 0 << false << none;
    QTest::newRow("truncated code") << QByteArray("25") << false << 0 << false << none;
    QTest::newRow("1xx") << QByteArray("199 x") << false << 0 << false << none;
    QTest::newRow("6xx") << QByteArray("600 x") << false << 0 << false << none;
    QTest::newRow("second digit 6") << QByteArray("260 x") << false << 0 << false << none;
    QTest::newRow("tab separator") << QByteArray("250\tOK") << false << 0 << false << none;
    QTest::newRow("letter separator") << QByteArray("250x") << false << 0 << false << none;
    QTest::newRow("leading space") << QByteArray(" 250 OK") << false << 0 << false << none;
    QTest::newRow("fullwidth digits") << QByteArray("\xef\xbc\x95\xef\xbc\x95\xef\xbc\x90 x") << false << 0 << false
                                      << none;
    QTest::newRow("NUL in code") << QByteArray("2\0" "0 x", 5) << false << 0 << false << none;
    QTest::newRow("negative") << QByteArray("-250 x") << false << 0 << false << none;
}

void TestSmtpReply::parseReplyLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QFETCH(int, code);
    QFETCH(bool, last);
    QFETCH(QString, text);

    const SmtpReplyLine parsed = od::parseReplyLine(line);
    QCOMPARE(parsed.valid, valid);
    if (!valid)
        return;
    QCOMPARE(parsed.code, code);
    QCOMPARE(parsed.last, last);
    QCOMPARE(parsed.text, text);
}

// ---------------------------------------------------------------------------------------------

void TestSmtpReply::reader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<SmtpReply>>("replies");
    QTest::addColumn<SmtpReplyReader::Error>("error");
    QTest::addColumn<int>("pending"); // bytes left waiting for a line end (no error only)

    using E = SmtpReplyReader::Error;

    QTest::newRow("greeting") << QByteArray("220 mx.example.com ESMTP ready\r\n")
                              << QList<SmtpReply>{reply(220, {u8("mx.example.com ESMTP ready")})} << E::None << 0;
    QTest::newRow("multi-line EHLO")
        << QByteArray("250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n")
        << QList<SmtpReply>{reply(250, {u8("mx.example.com"), u8("PIPELINING"), u8("SIZE 10240000"), u8("8BITMIME")})}
        << E::None << 0;
    QTest::newRow("LF-only endings")
        << QByteArray("250-mx\n250-STARTTLS\n250 AUTH PLAIN\n")
        << QList<SmtpReply>{reply(250, {u8("mx"), u8("STARTTLS"), u8("AUTH PLAIN")})} << E::None << 0;
    QTest::newRow("mixed endings")
        << QByteArray("250-mx\r\n250 OK\n354 go\r\n")
        << QList<SmtpReply>{reply(250, {u8("mx"), u8("OK")}), reply(354, {u8("go")})} << E::None << 0;
    QTest::newRow("pipelined replies in one packet")
        << QByteArray("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n554 5.7.1 <a@b.example>: Relay access denied\r\n250 2.0.0 Ok\r\n")
        << QList<SmtpReply>{reply(250, {u8("2.1.0 Ok")}, u8("2.1.0")), reply(250, {u8("2.1.5 Ok")}, u8("2.1.5")),
                            reply(554, {u8("5.7.1 <a@b.example>: Relay access denied")}, u8("5.7.1")),
                            reply(250, {u8("2.0.0 Ok")}, u8("2.0.0"))}
        << E::None << 0;
    QTest::newRow("enhanced at line start")
        << QByteArray("550 5.7.1 Relaying denied\r\n")
        << QList<SmtpReply>{reply(550, {u8("5.7.1 Relaying denied")}, u8("5.7.1"))} << E::None << 0;
    QTest::newRow("enhanced only inside text (qmail)")
        << QByteArray("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\r\n")
        << QList<SmtpReply>{reply(553, {u8("sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)")},
                                  u8("5.7.1"))}
        << E::None << 0;
    QTest::newRow("enhanced on a later line")
        << QByteArray("550-Rejected for policy reasons\r\n550 5.1.1 <x@y.example>: user unknown\r\n")
        << QList<SmtpReply>{reply(550, {u8("Rejected for policy reasons"), u8("5.1.1 <x@y.example>: user unknown")},
                                  u8("5.1.1"))}
        << E::None << 0;
    QTest::newRow("IP address is not a code")
        << QByteArray("250 mx.example.com Hello [10.5.1.2]\r\n")
        << QList<SmtpReply>{reply(250, {u8("mx.example.com Hello [10.5.1.2]")})} << E::None << 0;
    QTest::newRow("version is not a code")
        << QByteArray("220 mx ESMTP v2.0.1a ready\r\n")
        << QList<SmtpReply>{reply(220, {u8("mx ESMTP v2.0.1a ready")})} << E::None << 0;
    // Exim puts its version in the banner; "4.96.1" has the shape of a code but the wrong class.
    QTest::newRow("Exim version in a 220 banner")
        << QByteArray("220 mx.example.com ESMTP Exim 4.96.1 Mon, 01 Jan 2024 00:00:00 +0000\r\n")
        << QList<SmtpReply>{reply(220, {u8("mx.example.com ESMTP Exim 4.96.1 Mon, 01 Jan 2024 00:00:00 +0000")})}
        << E::None << 0;
    QTest::newRow("odd casing is kept")
        << QByteArray("250-Mx.Example.COM\r\n250 aUtH=LoGiN\r\n")
        << QList<SmtpReply>{reply(250, {u8("Mx.Example.COM"), u8("aUtH=LoGiN")})} << E::None << 0;
    QTest::newRow("bare code lines")
        << QByteArray("250-\r\n250\r\n")
        << QList<SmtpReply>{reply(250, {QString(), QString()})} << E::None << 0;
    QTest::newRow("NUL byte inside text")
        << QByteArray("220 a\0b\r\n", 9)
        << QList<SmtpReply>{reply(220, {u8("a") + QChar(0) + u8("b")})} << E::None << 0;
    QTest::newRow("invalid UTF-8")
        << QByteArray("550 \xc3\x28 \xff\r\n")
        << QList<SmtpReply>{reply(550, {QString(QChar(QChar::ReplacementCharacter)) + u8("( ")
                                        + QChar(QChar::ReplacementCharacter)})}
        << E::None << 0;

    // Truncated input: nothing is invented, the rest stays pending.
    QTest::newRow("truncated last line")
        << QByteArray("250 o") << QList<SmtpReply>{} << E::None << 5;
    QTest::newRow("truncated multi-line")
        << QByteArray("250-first\r\n250 sec") << QList<SmtpReply>{} << E::None << 7;
    QTest::newRow("complete then truncated")
        << QByteArray("220 hi\r\n250-a\r\n25") << QList<SmtpReply>{reply(220, {u8("hi")})} << E::None << 2;
    QTest::newRow("CR without LF is not a line end")
        << QByteArray("220 hi\r") << QList<SmtpReply>{} << E::None << 7;

    // Violations: what came before is kept, nothing after.
    QTest::newRow("garbage letters") << QByteArray("abc\r\n") << QList<SmtpReply>{} << E::MalformedLine << 0;
    QTest::newRow("999") << QByteArray("999 x\r\n") << QList<SmtpReply>{} << E::MalformedLine << 0;
    QTest::newRow("2500") << QByteArray("2500\r\n") << QList<SmtpReply>{} << E::MalformedLine << 0;
    QTest::newRow("HTTP answer") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << QList<SmtpReply>{}
                                 << E::MalformedLine << 0;
    QTest::newRow("empty line") << QByteArray("\r\n") << QList<SmtpReply>{} << E::MalformedLine << 0;
    QTest::newRow("empty line between replies")
        << QByteArray("220 a\r\n\r\n250 b\r\n") << QList<SmtpReply>{reply(220, {u8("a")})} << E::MalformedLine << 0;
    QTest::newRow("garbage after a reply")
        << QByteArray("220 a\r\nxyz\r\n") << QList<SmtpReply>{reply(220, {u8("a")})} << E::MalformedLine << 0;
    QTest::newRow("code mismatch")
        << QByteArray("250-first\r\n251 second\r\n") << QList<SmtpReply>{} << E::CodeMismatch << 0;
    QTest::newRow("class mismatch")
        << QByteArray("250-first\r\n550 second\r\n") << QList<SmtpReply>{} << E::CodeMismatch << 0;
    QTest::newRow("line too long, unterminated")
        << QByteArray(5000, 'a') << QList<SmtpReply>{} << E::LineTooLong << 0;
    QTest::newRow("1 MB line") << (QByteArray("220 ") + QByteArray(1024 * 1024, 'x') + "\r\n") << QList<SmtpReply>{}
                               << E::LineTooLong << 0;
    QTest::newRow("line too long, terminated")
        << (QByteArray("250 ") + QByteArray(3000, 'x') + "\r\n") << QList<SmtpReply>{} << E::LineTooLong << 0;
    {
        QByteArray many;
        for (int i = 0; i < 10000; ++i)
            many += "250-line " + QByteArray::number(i) + "\r\n";
        many += "250 end\r\n";
        QTest::newRow("10,000 continuation lines") << many << QList<SmtpReply>{} << E::TooManyLines << 0;
    }
    {
        QByteArray big;
        for (int i = 0; i < 150; ++i)
            big += "250-" + QByteArray(1000, 'b') + "\r\n";
        big += "250 end\r\n";
        QTest::newRow("reply too large") << big << QList<SmtpReply>{} << E::ReplyTooLarge << 0;
    }
    {
        // Exactly at the limits: still fine.
        const QByteArray line = "250 " + QByteArray(2048 - 4, 'y');
        QTest::newRow("longest allowed line")
            << (line + "\r\n") << QList<SmtpReply>{reply(250, {QString::fromLatin1(line.mid(4))})} << E::None << 0;
        QByteArray lines;
        QStringList texts;
        for (int i = 0; i < 199; ++i) {
            lines += "250-l\r\n";
            texts.append(u8("l"));
        }
        lines += "250 e\r\n";
        texts.append(u8("e"));
        QTest::newRow("most lines allowed") << lines << QList<SmtpReply>{reply(250, texts)} << E::None << 0;
    }
}

void TestSmtpReply::reader()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<SmtpReply>, replies);
    QFETCH(SmtpReplyReader::Error, error);
    QFETCH(int, pending);

    for (int chunk : kChunkSizes) {
        SmtpReplyReader reader;
        QList<SmtpReply> got;
        if (chunk == 0) {
            reader.feed(input);
        } else {
            for (qsizetype i = 0; i < input.size(); i += chunk) {
                reader.feed(input.mid(i, chunk));
                while (reader.hasReply())
                    got.append(reader.takeReply());
            }
        }
        while (reader.hasReply())
            got.append(reader.takeReply());
        if (got != replies)
            qWarning() << "chunk size" << chunk << "got" << got;
        QCOMPARE(got, replies);
        QCOMPARE(reader.error(), error);
        if (error == SmtpReplyReader::Error::None)
            QCOMPARE(reader.pendingBytes(), pending);
        else
            QVERIFY(!reader.offendingLine().isNull() || error == SmtpReplyReader::Error::MalformedLine);
        QVERIFY(reader.offendingLine().size() <= 200);
        QVERIFY(!reader.hasReply());
        QCOMPARE(reader.takeReply(), SmtpReply{});
    }
}

// A hostile server cannot make the reader hold more than its limits, however it sends.
void TestSmtpReply::readerLimitsAreBounds()
{
    SmtpReplyReader reader;
    const QByteArray megabyte(1024 * 1024, 'z');
    for (int i = 0; i < 64; ++i)
        reader.feed(megabyte.mid(i * 16384, 16384));
    QCOMPARE(reader.error(), SmtpReplyReader::Error::LineTooLong);
    QVERIFY(reader.pendingBytes() <= 2048 + 16384);
    reader.feed(megabyte);
    QCOMPARE(reader.pendingBytes(), 0);

    SmtpReplyReader::Limits tight;
    tight.maxLineLength = 10;
    tight.maxLinesPerReply = 2;
    SmtpReplyReader small(tight);
    small.feed("250-a\r\n250-b\r\n250 c\r\n");
    QCOMPARE(small.error(), SmtpReplyReader::Error::TooManyLines);
    SmtpReplyReader shortLines(tight);
    shortLines.feed("250 0123456\r\n"); // 11 bytes
    QCOMPARE(shortLines.error(), SmtpReplyReader::Error::LineTooLong);
}

void TestSmtpReply::readerErrorIsSticky()
{
    SmtpReplyReader reader;
    reader.feed("220 ok\r\nnonsense\r\n250 later\r\n");
    QCOMPARE(reader.error(), SmtpReplyReader::Error::MalformedLine);
    QCOMPARE(reader.offendingLine(), QByteArray("nonsense"));
    QCOMPARE(reader.takeReply().code, 220);
    reader.feed("250 more\r\n");
    QVERIFY(!reader.hasReply());
    QCOMPARE(reader.error(), SmtpReplyReader::Error::MalformedLine);
    QVERIFY(!od::replyReaderErrorText(reader.error()).isEmpty());
    QVERIFY(od::replyReaderErrorText(SmtpReplyReader::Error::None).isEmpty());
}

void TestSmtpReply::readerTakeLines()
{
    SmtpReplyReader reader;
    reader.feed("250-one\r\n250 two\n3");
    QCOMPARE(reader.takeLines(), (QList<QByteArray>{"250-one", "250 two"}));
    QCOMPARE(reader.takeLines(), QList<QByteArray>{});
    reader.feed("54 go\r\n");
    QCOMPARE(reader.takeLines(), QList<QByteArray>{"354 go"});
    QCOMPARE(reader.takeReply().code, 250);
    QCOMPARE(reader.takeReply().code, 354);
}

// STARTTLS: whatever followed "220 go ahead" in plaintext is dropped, complete or not, and
// the count says how much was dropped so the transcript can note it.
void TestSmtpReply::readerDiscard()
{
    SmtpReplyReader reader;
    reader.feed("220 Ready to start TLS\r\n250 FAKE\r\n250-also fake\r\n25");
    QCOMPARE(reader.takeReply().code, 220);
    QVERIFY(reader.hasReply());
    const int dropped = reader.discard();
    QCOMPARE(dropped, int(qstrlen("250 FAKE\r\n250-also fake\r\n25")));
    QVERIFY(!reader.hasReply());
    QCOMPARE(reader.pendingBytes(), 0);
    // The stream starts afresh.
    reader.feed("250-mx\r\n250 STARTTLS\r\n");
    QCOMPARE(reader.takeReply(), reply(250, {u8("mx"), u8("STARTTLS")}));

    // Junk after the go-ahead is dropped too, rather than poisoning the encrypted session.
    SmtpReplyReader junk;
    junk.feed("220 go\r\n\x16\x03\x01 not smtp\r\n");
    QCOMPARE(junk.takeReply().code, 220);
    QVERIFY(junk.discard() > 0);
    QCOMPARE(junk.error(), SmtpReplyReader::Error::None);
    junk.feed("250 fine\r\n");
    QCOMPARE(junk.takeReply().code, 250);

    SmtpReplyReader empty;
    QCOMPARE(empty.discard(), 0);
}

// ---------------------------------------------------------------------------------------------

void TestSmtpReply::capabilities_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<bool>("ehlo");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("flags"); // which booleans are set
    QTest::addColumn<QStringList>("auth");
    QTest::addColumn<qint64>("size");       // -1: no SIZE
    QTest::addColumn<int>("keywords");

    QTest::newRow("postfix submission")
        << 250
        << QStringList{u8("mx.example.com"), u8("PIPELINING"), u8("SIZE 10240000"), u8("VRFY"), u8("ETRN"),
                       u8("STARTTLS"), u8("ENHANCEDSTATUSCODES"), u8("8BITMIME"), u8("DSN"), u8("SMTPUTF8"),
                       u8("CHUNKING")}
        << true << u8("mx.example.com")
        << QStringList{u8("pipelining"), u8("starttls"), u8("enhanced"), u8("8bitmime"), u8("dsn"), u8("smtputf8"),
                       u8("chunking")}
        << QStringList{} << qint64(10240000) << 10;
    QTest::newRow("after TLS, with AUTH")
        << 250 << QStringList{u8("mx.example.com Hello [127.0.0.1]"), u8("AUTH PLAIN LOGIN CRAM-MD5"), u8("SIZE")}
        << true << u8("mx.example.com") << QStringList{}
        << QStringList{u8("PLAIN"), u8("LOGIN"), u8("CRAM-MD5")} << qint64(0) << 2;
    QTest::newRow("old AUTH= form")
        << 250 << QStringList{u8("mx"), u8("AUTH=LOGIN PLAIN")}
        << true << u8("mx") << QStringList{} << QStringList{u8("LOGIN"), u8("PLAIN")} << qint64(-1) << 1;
    QTest::newRow("both AUTH forms, duplicates")
        << 250 << QStringList{u8("mx"), u8("AUTH LOGIN PLAIN"), u8("AUTH=LOGIN PLAIN"), u8("AUTH plain xoauth2 PLAIN")}
        << true << u8("mx") << QStringList{} << QStringList{u8("LOGIN"), u8("PLAIN"), u8("XOAUTH2")} << qint64(-1) << 3;
    QTest::newRow("lower case keywords")
        << 250 << QStringList{u8("mx"), u8("starttls"), u8("auth login"), u8("pipelining"), u8("size 1000"),
                              u8("8bitmime"), u8("smtputf8"), u8("enhancedstatuscodes")}
        << true << u8("mx")
        << QStringList{u8("starttls"), u8("pipelining"), u8("8bitmime"), u8("smtputf8"), u8("enhanced")}
        << QStringList{u8("LOGIN")} << qint64(1000) << 7;
    QTest::newRow("mixed case auth= form")
        << 250 << QStringList{u8("mx"), u8("Auth=Cram-Md5")}
        << true << u8("mx") << QStringList{} << QStringList{u8("CRAM-MD5")} << qint64(-1) << 1;
    QTest::newRow("SIZE without value") << 250 << QStringList{u8("mx"), u8("SIZE")} << true << u8("mx")
                                        << QStringList{} << QStringList{} << qint64(0) << 1;
    QTest::newRow("SIZE 0") << 250 << QStringList{u8("mx"), u8("SIZE 0")} << true << u8("mx") << QStringList{}
                            << QStringList{} << qint64(0) << 1;
    QTest::newRow("SIZE junk") << 250 << QStringList{u8("mx"), u8("SIZE lots")} << true << u8("mx")
                               << QStringList{} << QStringList{} << qint64(0) << 1;
    QTest::newRow("SIZE negative") << 250 << QStringList{u8("mx"), u8("SIZE -5")} << true << u8("mx")
                                   << QStringList{} << QStringList{} << qint64(0) << 1;
    QTest::newRow("junk lines")
        << 250 << QStringList{u8("mx"), QString(), u8("   "), u8("!!!"), u8("X-EXPS GSSAPI NTLM"), u8("STARTTLSX"),
                              u8("AUTHX PLAIN"), u8("XPIPELINING"), u8("AUTH"), u8("AUTH="), u8("PIPELINING")}
        << true << u8("mx") << QStringList{u8("pipelining")} << QStringList{} << qint64(-1) << 8;
    QTest::newRow("surrounding spaces")
        << 250 << QStringList{u8("  mx  greets"), u8("  STARTTLS  "), u8(" AUTH  PLAIN   LOGIN ")}
        << true << u8("mx") << QStringList{u8("starttls")} << QStringList{u8("PLAIN"), u8("LOGIN")} << qint64(-1) << 2;
    QTest::newRow("single line") << 250 << QStringList{u8("mx.example.com")} << true << u8("mx.example.com")
                                 << QStringList{} << QStringList{} << qint64(-1) << 0;
    QTest::newRow("refusal") << 502 << QStringList{u8("5.5.2 Error: command not recognized"), u8("STARTTLS")}
                             << false << QString() << QStringList{} << QStringList{} << qint64(-1) << 0;
    QTest::newRow("no reply") << 0 << QStringList{} << false << QString() << QStringList{} << QStringList{}
                              << qint64(-1) << 0;
}

void TestSmtpReply::capabilities()
{
    QFETCH(int, code);
    QFETCH(QStringList, lines);
    QFETCH(bool, ehlo);
    QFETCH(QString, domain);
    QFETCH(QStringList, flags);
    QFETCH(QStringList, auth);
    QFETCH(qint64, size);
    QFETCH(int, keywords);

    const SmtpCapabilities caps = parseCapabilities(reply(code, lines));
    QCOMPARE(caps.ehlo, ehlo);
    QCOMPARE(caps.domain, domain);
    QCOMPARE(caps.startTls, flags.contains(u8("starttls")));
    QCOMPARE(caps.pipelining, flags.contains(u8("pipelining")));
    QCOMPARE(caps.eightBitMime, flags.contains(u8("8bitmime")));
    QCOMPARE(caps.smtpUtf8, flags.contains(u8("smtputf8")));
    QCOMPARE(caps.enhancedStatusCodes, flags.contains(u8("enhanced")));
    QCOMPARE(caps.chunking, flags.contains(u8("chunking")));
    QCOMPARE(caps.dsn, flags.contains(u8("dsn")));
    QCOMPARE(caps.authMechanisms, auth);
    QCOMPARE(caps.size.has_value(), size >= 0);
    if (size >= 0)
        QCOMPARE(*caps.size, size);
    QCOMPARE(caps.keywords.size(), keywords);
    for (const QString &mech : std::as_const(auth)) {
        QVERIFY(caps.offersAuth(mech.toLower()));
        QVERIFY(caps.offersAuth(mech));
    }
    // Parsing the same reply through the reader gives the same answer.
    if (code) {
        QByteArray raw;
        for (qsizetype i = 0; i < lines.size(); ++i)
            raw += QByteArray::number(code) + (i + 1 < lines.size() ? "-" : " ") + lines.at(i).toUtf8() + "\r\n";
        SmtpReplyReader reader;
        reader.feed(raw);
        QVERIFY(reader.hasReply());
        QCOMPARE(parseCapabilities(reader.takeReply()), caps);
    }
}

// ---------------------------------------------------------------------------------------------

void TestSmtpReply::enhancedFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: invalid

    QTest::newRow("5.7.1") << u8("5.7.1") << u8("5.7.1");
    QTest::newRow("2.0.0") << u8("2.0.0") << u8("2.0.0");
    QTest::newRow("4.4.2") << u8("4.4.2") << u8("4.4.2");
    QTest::newRow("three-digit detail") << u8("5.7.133") << u8("5.7.133");
    QTest::newRow("spaces around") << u8("  5.1.1 ") << u8("5.1.1");
    QTest::newRow("leading zeros") << u8("5.07.001") << u8("5.7.1");
    QTest::newRow("class 3") << u8("3.7.1") << QString();
    QTest::newRow("class 1") << u8("1.2.3") << QString();
    QTest::newRow("two parts") << u8("5.7") << QString();
    QTest::newRow("four parts / IP") << u8("5.7.1.2") << QString();
    QTest::newRow("IP address") << u8("10.5.1.2") << QString();
    QTest::newRow("version") << u8("v2.0.1a") << QString();
    QTest::newRow("letter suffix") << u8("2.0.1a") << QString();
    QTest::newRow("trailing dot") << u8("5.7.1.") << QString();
    QTest::newRow("four-digit detail") << u8("5.7.1000") << QString();
    QTest::newRow("empty subject") << u8("5..1") << QString();
    QTest::newRow("text after") << u8("5.7.1 denied") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("fullwidth") << u8("\xef\xbc\x95.7.1") << QString();
    QTest::newRow("arabic-indic digits") << u8("5.\xd9\xa7.1") << QString();
}

void TestSmtpReply::enhancedFromString()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const EnhancedStatus status = EnhancedStatus::fromString(text);
    QCOMPARE(status.isValid(), !expected.isEmpty());
    QCOMPARE(status.toString(), expected);
}

void TestSmtpReply::enhancedFindIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("preferredClass");
    QTest::addColumn<QString>("expected");

    QTest::newRow("qmail (#5.7.1)") << u8("sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)") << 5
                                    << u8("5.7.1");
    QTest::newRow("postfix bounce")
        << u8("host mx.example.net[192.0.2.1] said: 550 5.1.1 <x@example.net>: Recipient address rejected") << 0
        << u8("5.1.1");
    QTest::newRow("at start") << u8("5.7.1 Relay denied") << 0 << u8("5.7.1");
    QTest::newRow("end of sentence") << u8("Refused with code 5.7.1.") << 0 << u8("5.7.1");
    QTest::newRow("comma list") << u8("see 5.7.1, 5.7.2") << 0 << u8("5.7.1");
    QTest::newRow("IP address") << u8("connect from 10.5.1.2 refused") << 0 << QString();
    QTest::newRow("IP in brackets") << u8("Hello [5.5.5.5]") << 0 << QString();
    QTest::newRow("IP with 4.2.2.1") << u8("resolver 4.2.2.1 failed") << 0 << QString();
    QTest::newRow("version v2.0.1a") << u8("ESMTP v2.0.1a ready") << 0 << QString();
    QTest::newRow("version 2.0.1a") << u8("ESMTP 2.0.1a ready") << 0 << QString();
    QTest::newRow("dotted prefix") << u8("x.5.7.1 y") << 0 << QString();
    QTest::newRow("hyphen prefix") << u8("build-5.7.1 y") << 0 << QString();
    QTest::newRow("letter prefix") << u8("id5.7.1 y") << 0 << QString();
    QTest::newRow("digit prefix") << u8("15.7.1 y") << 0 << QString();
    QTest::newRow("preferred later") << u8("after 4.2.0 came 5.7.1") << 5 << u8("5.7.1");
    QTest::newRow("no preference") << u8("after 4.2.0 came 5.7.1") << 0 << u8("4.2.0");
    QTest::newRow("preference unmet") << u8("after 4.2.0 came 5.7.1") << 2 << u8("4.2.0");
    QTest::newRow("IP before code") << u8("from 192.0.2.10 (5.7.1)") << 5 << u8("5.7.1");
    QTest::newRow("none") << u8("just words") << 5 << QString();
    QTest::newRow("empty") << QString() << 0 << QString();
    QTest::newRow("lone digit at end") << u8("code 5") << 0 << QString();
    QTest::newRow("truncated") << u8("code 5.7.") << 0 << QString();
}

void TestSmtpReply::enhancedFindIn()
{
    QFETCH(QString, text);
    QFETCH(int, preferredClass);
    QFETCH(QString, expected);
    QCOMPARE(EnhancedStatus::findIn(text, preferredClass).toString(), expected);
}

// ---------------------------------------------------------------------------------------------

void TestSmtpReply::redactor_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("token");

    QTest::newRow("ascii") << u8("alice@example.com") << u8("hunter2-Secret") << QString();
    QTest::newRow("three characters") << u8("bob") << u8("pw1") << QString();
    QTest::newRow("four characters") << u8("bob") << u8("Pw1!") << QString();
    QTest::newRow("five characters") << u8("bob") << u8("Pw1!x") << QString();
    QTest::newRow("base64 alphabet") << u8("carol") << u8("a+b/c=d==") << QString();
    QTest::newRow("non-ASCII") << u8("d\xc3\xa9sir\xc3\xa9") << u8("p\xc3\xa4sSw\xc3\xb6rd\xe2\x82\xac\xe6\xbc\xa2\xe5\xad\x97")
                               << QString();
    QTest::newRow("non-ASCII short") << u8("eve") << u8("\xc3\xa4\xc3\xb6") << QString();
    QTest::newRow("spaces") << u8("frank") << u8("correct horse battery staple") << QString();
    QTest::newRow("token only") << u8("grace@example.com") << QString() << u8("ya29.a0AfH6SMB-token_Value.42");
    QTest::newRow("password and token") << u8("heidi") << u8("S3cr3t!!") << u8("tok-9f8e7d6c5b4a");
}

void TestSmtpReply::redactor()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, token);

    const Redactor redactor(user, password, token);
    QVERIFY(!redactor.isEmpty());

    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    const QByteArray t = token.toUtf8();
    QList<QByteArray> secrets;
    if (!p.isEmpty())
        secrets.append(p);
    if (!t.isEmpty())
        secrets.append(t);

    // The forms in which a secret travels, computed here independently of the redactor.
    QList<QByteArray> blobs;
    if (!p.isEmpty()) {
        blobs.append(p);
        blobs.append(QByteArray('\0' + u + '\0' + p));
        blobs.append(QByteArray(u + '\0' + u + '\0' + p));
    }
    if (!t.isEmpty()) {
        blobs.append(t);
        blobs.append(QByteArray("user=" + u + "\x01" "auth=Bearer " + t + "\x01\x01"));
    }
    QStringList texts;
    if (!p.isEmpty())
        texts << password << u8("535 Authentication failed for ") + password + u8(" (bad)");
    if (!t.isEmpty())
        texts << token << u8("Bearer ") + token;
    QRandomGenerator rng(4711);
    for (const QByteArray &blob : std::as_const(blobs)) {
        texts << QString::fromLatin1(blob.toBase64());
        texts << QString::fromLatin1(blob.toBase64(QByteArray::OmitTrailingEquals));
        texts << QString::fromLatin1(blob.toBase64(QByteArray::Base64UrlEncoding));
        texts << u8("AUTH PLAIN ") + QString::fromLatin1(blob.toBase64());
        texts << u8("334 ") + QString::fromLatin1(blob.toBase64());
        // Inside a longer base64 stream, at every alignment, with varied neighbours.
        for (int before = 0; before < 6; ++before) {
            for (int after = 0; after < 4; ++after) {
                QByteArray stream;
                for (int i = 0; i < before; ++i)
                    stream.append(char(rng.bounded(256)));
                stream += blob;
                for (int i = 0; i < after; ++i)
                    stream.append(char(rng.bounded(256)));
                texts << u8("data ") + QString::fromLatin1(stream.toBase64()) + u8(" end");
                texts << QString::fromLatin1(stream.toBase64(QByteArray::Base64UrlEncoding
                                                            | QByteArray::OmitTrailingEquals));
            }
        }
    }

    for (const QString &text : std::as_const(texts)) {
        const QString out = redactor.redact(text);
        QVERIFY2(out.contains(Redactor::mask()), qPrintable(text));
        for (const QByteArray &secret : std::as_const(secrets)) {
            // No run of three bytes of the secret survives (two for the shortest secrets),
            // neither plainly nor in any base64 decoding.
            const int window = std::min<int>(3, int(secret.size()));
            QVERIFY2(!secretcheck::reveals(out, secret, window),
                     qPrintable(QStringLiteral("%1 -> %2").arg(text, out)));
        }
        QCOMPARE(redactor.redact(out), out); // idempotent
    }

    for (const QString &needle : redactor.secrets())
        QVERIFY(needle.size() >= 3 || needle == password || needle == token);
}

void TestSmtpReply::redactorLeavesOrdinaryTextAlone()
{
    const Redactor redactor(u8("alice"), u8("hunter2-Secret"));
    const QStringList ordinary = {
        u8("250 2.0.0 Ok"), u8("EHLO [127.0.0.1]"), u8("334 VXNlcm5hbWU6"), u8("AUTH LOGIN"),
        u8("220 mx.example.com ESMTP Postfix (Debian/GNU)"), u8("RCPT TO:<postmaster@example.com>"),
        QString::fromLatin1(QByteArray("alice").toBase64()), // the user name is not a secret
    };
    for (const QString &text : ordinary)
        QCOMPARE(redactor.redact(text), text);

    const Redactor none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.redact(u8("hunter2")), u8("hunter2"));
    QVERIFY(Redactor(u8("alice"), QString()).isEmpty());
}

void TestSmtpReply::transcriptBounds()
{
    Transcript transcript;
    transcript.setRedactor(Redactor(u8("alice"), u8("hunter2-Secret")));
    const TranscriptLine stored
        = transcript.add(5, TranscriptLine::Direction::Server, false, u8("535 bad password hunter2-Secret"));
    QCOMPARE(stored.text, u8("535 bad password ") + Redactor::mask());

    // A secret near the cut is redacted before the line is shortened.
    const QString longLine = QString(Transcript::maxLineChars - 5, QLatin1Char('x')) + u8("hunter2-Secret") + u8("tail");
    const TranscriptLine shortened = transcript.add(6, TranscriptLine::Direction::Server, false, longLine);
    QVERIFY(!shortened.text.contains(u8("hunter")));
    QVERIFY(shortened.text.size() < Transcript::maxLineChars + 40);

    for (int i = 0; i < Transcript::maxLines + 500; ++i)
        transcript.add(7, TranscriptLine::Direction::Server, false, u8("250-flood"));
    QCOMPARE(transcript.lines().size(), Transcript::maxLines + 1);
    QCOMPARE(transcript.lines().last().direction, TranscriptLine::Direction::Note);
    QVERIFY(transcript.toText().contains(u8("S: 535 bad password [hidden]")));
}

// The one line splitter of both protocols: bytes in any chunks, lines out without their endings.
void TestSmtpReply::lineReader_data()
{
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QList<int>>("wire");
    QTest::addColumn<bool>("tooLong");
    QTest::addColumn<int>("pending");
    QTest::newRow("CRLF") << QByteArrayList{"+OK ready\r\n"} << 100 << QByteArrayList{"+OK ready"} << QList<int>{11} << false << 0;
    QTest::newRow("bare LF") << QByteArrayList{"250 ok\n"} << 100 << QByteArrayList{"250 ok"} << QList<int>{7} << false << 0;
    QTest::newRow("split across reads")
        << QByteArrayList{"+O", "K a\r", "\n-ERR", " b\r\n."} << 100 << QByteArrayList{"+OK a", "-ERR b"} << QList<int>{7, 8}
        << false << 1;
    QTest::newRow("empty line") << QByteArrayList{"\r\n\n"} << 100 << QByteArrayList{"", ""} << QList<int>{2, 1} << false << 0;
    QTest::newRow("lone CR inside kept") << QByteArrayList{"a\rb\r\n"} << 100 << QByteArrayList{"a\rb"} << QList<int>{5} << false << 0;
    QTest::newRow("exactly at the limit") << QByteArrayList{QByteArray(10, 'x') + "\r", "\n"} << 10
                                          << QByteArrayList{QByteArray(10, 'x')} << QList<int>{12} << false << 0;
    QTest::newRow("one over the limit") << QByteArrayList{"ok\n" + QByteArray(11, 'x') + "\r\nlater\n"} << 10
                                        << QByteArrayList{"ok"} << QList<int>{3} << true << 0;
    QTest::newRow("no end in sight") << QByteArrayList{QByteArray(8, 'x'), QByteArray(8, 'x')} << 10 << QByteArrayList{}
                                     << QList<int>{} << true << 0;
    QTest::newRow("junk bytes") << QByteArrayList{QByteArray("\0\xff\x01\n", 4)} << 10 << QByteArrayList{QByteArray("\0\xff\x01", 3)}
                                << QList<int>{4} << false << 0;
}

void TestSmtpReply::lineReader()
{
    QFETCH(QByteArrayList, chunks);
    QFETCH(int, limit);
    QFETCH(QByteArrayList, lines);
    QFETCH(QList<int>, wire);
    QFETCH(bool, tooLong);
    QFETCH(int, pending);
    od::LineReader reader(limit);
    QByteArrayList got;
    QList<int> gotWire;
    for (const QByteArray &chunk : chunks) {
        reader.feed(chunk);
        QByteArray line;
        int bytes = 0;
        while (reader.takeLine(&line, &bytes)) {
            got << line;
            gotWire << bytes;
        }
    }
    QCOMPARE(got, lines);
    QCOMPARE(gotWire, wire);
    QCOMPARE(reader.tooLong(), tooLong);
    QCOMPARE(reader.pendingBytes(), pending);
    if (tooLong) {
        QVERIFY(!reader.offendingLine().isEmpty());
        QVERIFY(reader.offendingLine().size() <= 200);
        // Sticky: nothing more is read until the stream starts afresh.
        reader.feed("+OK\r\n");
        QByteArray line;
        QVERIFY(!reader.takeLine(&line));
        reader.discard();
        reader.feed("+OK\r\n");
        QVERIFY(reader.takeLine(&line));
        QCOMPARE(line, QByteArray("+OK"));
    } else {
        QCOMPARE(reader.discard(), pending);
        QCOMPARE(reader.pendingBytes(), 0);
    }
}

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
