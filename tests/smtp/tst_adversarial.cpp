// SPDX-License-Identifier: GPL-3.0-or-later
// The probe engine against scripted, misbehaving servers on loopback. Every scenario must end
// in a clear cause within its bound: no crash, no hang, no unbounded memory, no leaked secret.
#include "diagnosis/probediagnosis.h"
#include "smtp/certificatetrust.h"
#include "smtp/proberesultjson.h"
#include "smtp/pop3login.h"
#include "smtp/smtpprobe.h"
#include "smtp/smtpsession.h"

#include "fakesmtpserver.h"
#include "secretcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <unistd.h>
#endif

#include <memory>

using namespace od;

namespace {

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

QByteArray readFixture(const char *name)
{
    QFile file(QStringLiteral(OD_TESTS_DIR "/certs/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Outcome
{
    ProbeResult result;
    bool finished = false;
    qint64 finishedMs = -1;
    qint64 verdictMs = -1;
    int verdicts = 0;
    QStringList signalledTranscript; // every transcriptLine emitted, as text
    QStringList signalledSteps;      // every stepFinished: reply text and detail

    Diagnosis diagnosis;             // diagnoseProbe(result)

    const Attempt &attempt(int i = 0) const { return result.attempts.at(i); }
    Cause cause(int i = 0) const { return diagnosis.attemptCause(i); }
};

// Runs a probe and waits for finished, at most boundMs.
Outcome runProbe(const ProbeSettings &settings, int boundMs, const CertificateTrust *trust = nullptr)
{
    Outcome out;
    SmtpProbe probe;
    probe.setCertificateTrust(trust);
    QElapsedTimer clock;
    QObject::connect(&probe, &SmtpProbe::verdictReady, [&](const ProbeResult &) {
        ++out.verdicts;
        if (out.verdictMs < 0)
            out.verdictMs = clock.elapsed();
    });
    QObject::connect(&probe, &SmtpProbe::transcriptLine, [&](int, const TranscriptLine &line) {
        out.signalledTranscript.append(transcriptLineText(line));
    });
    QObject::connect(&probe, &SmtpProbe::stepFinished, [&](int, const StepRecord &record) {
        out.signalledSteps.append(record.reply.text() + QLatin1Char(' ') + record.detail);
    });
    QSignalSpy finished(&probe, &SmtpProbe::finished);
    clock.start();
    probe.start(settings);
    out.finished = finished.count() > 0 || finished.wait(boundMs);
    out.finishedMs = clock.elapsed();
    if (!out.finished)
        probe.abort();
    out.result = probe.result();
    out.diagnosis = diagnoseProbe(out.result);
    return out;
}

QString describe(const Outcome &o)
{
    QString text = QStringLiteral("finished=%1 after %2 ms, verdict %3\n")
                       .arg(o.finished).arg(o.finishedMs).arg(causeId(o.diagnosis.cause));
    for (int i = 0; i < o.result.attempts.size(); ++i) {
        const Attempt &a = o.result.attempts.at(i);
        text += QStringLiteral("attempt port %1: failure %2 cause %3 (%4)\n")
                    .arg(a.endpoint.port).arg(failureId(a.failure), causeId(o.cause(i)), a.failureDetail.text());
        for (const TranscriptLine &l : a.transcript)
            text += QStringLiteral("  ") + transcriptLineText(l) + QLatin1Char('\n');
    }
    return text;
}

qsizetype transcriptChars(const Attempt &a)
{
    qsizetype n = 0;
    for (const TranscriptLine &l : a.transcript)
        n += l.text.size();
    return n;
}

bool hasNote(const Attempt &a, const QString &fragment)
{
    return std::any_of(a.transcript.cbegin(), a.transcript.cend(), [&](const TranscriptLine &l) {
        return l.direction == TranscriptLine::Direction::Note && l.text.contains(fragment);
    });
}

// A port that never answers a SYN, without root: a listening socket with a backlog of 0 whose
// accept queue is already full, so the kernel drops further connection attempts. (Windows
// refuses instead of dropping, so the scenario is skipped there.)
#ifdef Q_OS_UNIX
class FilteredPort
{
public:
    FilteredPort()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_listener < 0)
            return;
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listener, 0) != 0)
            return;
        socklen_t len = sizeof addr;
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        // Fill the queue until a connection attempt no longer completes.
        for (int i = 0; i < 8; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
            pollfd p{fd, POLLOUT, 0};
            const int ready = ::poll(&p, 1, 300);
            int error = 0;
            socklen_t errorLen = sizeof error;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &errorLen);
            if (ready == 1 && error == 0) {
                m_fillers.append(fd);
                continue;
            }
            ::close(fd);
            m_filtered = ready == 0;
            break;
        }
    }
    ~FilteredPort()
    {
        for (int fd : std::as_const(m_fillers))
            ::close(fd);
        if (m_listener >= 0)
            ::close(m_listener);
    }
    FilteredPort(const FilteredPort &) = delete;
    FilteredPort &operator=(const FilteredPort &) = delete;

    bool isFiltered() const { return m_filtered; }
    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    QList<int> m_fillers;
    quint16 m_port = 0;
    bool m_filtered = false;
};
#else
class FilteredPort
{
public:
    bool isFiltered() const { return false; }
    quint16 port() const { return 0; }
};
#endif

// Everything logged while a probe runs.
QMutex g_logMutex;
QStringList g_log;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

} // namespace

class TestAdversarial : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void noBanner();
    void noBannerDefaultTimeout();
    void drippingBanner();
    void drippingReply();
    void slowEveryReply();
    void apopDigest();
    void apopLogin_data();
    void apopLogin();
    void hostileReplies_data();
    void hostileReplies();
    void resetInTheMiddle_data();
    void resetInTheMiddle();
    void serviceUnavailable();
    void closedAfterEhlo_data();
    void closedAfterEhlo();
    void unsolicitedReplies_data();
    void unsolicitedReplies();
    void tlsMismatch_data();
    void tlsMismatch();
    void startTlsInjection();
    void certificateNotTrusted();
    void passwordWithheldWithoutTls_data();
    void passwordWithheldWithoutTls();
    void relayExperiment_data();
    void relayExperiment();
    void pipelining_data();
    void pipelining();
    void heloFallback();
    void authentication_data();
    void authentication();
    void cramMd5KnownVector();
    void testMessage_data();
    void testMessage();
    void acceptedAttemptWins();
    void parallelWithFilteredPort();
    void destroyedWhileRunning();
    void connectionRefused();
    void hostNotFound();
    void abortWhileWaiting();
    void secretsNeverLeak();

    void securityMismatch_data();
    void securityMismatch();
    void silentPortWithoutTls();
    void silentPortVerdictWithinGreetingTime();
    void icmpRejectedAtOnce_data();
    void icmpRejectedAtOnce();
    void mailRefusedStopsAtOnce_data();
    void mailRefusedStopsAtOnce();
    void verdictDoesNotWaitForGoodbye();
    void oneLoginAtATime_data();
    void oneLoginAtATime();
    void cutShortOnceDecided();
    void everyAddressTried();
    void deadlineNeverOk();
    void smtputf8_data();
    void smtputf8();
    void badSecretsRefused_data();
    void badSecretsRefused();

    void cleanup()
    {
        qDeleteAll(m_servers);
        m_servers.clear();
    }

private:
    ProbeSettings settingsFor(quint16 port, Security security) const;
    FakeSmtpServer *server(const FakeBehaviour &b, FakeSmtpServer::Mode mode = FakeSmtpServer::Mode::Plain)
    {
        auto *srv = new FakeSmtpServer(b, m_cert, m_key, mode);
        srv->setParent(this);
        m_servers.append(srv);
        return srv;
    }
    QSslCertificate m_cert;
    QSslCertificate m_selfSigned;
    QSslCertificate m_ca;
    QSslKey m_key;
    QList<FakeSmtpServer *> m_servers;
};

void TestAdversarial::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    m_cert = QSslCertificate(readFixture("server.pem"));
    m_selfSigned = QSslCertificate(readFixture("selfsigned.pem"));
    m_ca = QSslCertificate(readFixture("ca.pem"));
    m_key = QSslKey(readFixture("server-key.pem"), QSsl::Ec);
    QVERIFY(!m_cert.isNull());
    QVERIFY(!m_selfSigned.isNull());
    QVERIFY(!m_ca.isNull());
    QVERIFY(!m_key.isNull());
}

ProbeSettings TestAdversarial::settingsFor(quint16 port, Security security) const
{
    ProbeSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.endpoints = {{port, security}};
    settings.from = QStringLiteral("alice@example.org");
    settings.foreignRecipients = {QStringLiteral("bob@elsewhere.test")};
    settings.extraCaCertificates = {m_ca};
    settings.connectTimeoutMs = 2000;
    settings.greetingTimeoutMs = 2000;
    settings.replyTimeoutMs = 2000;
    return settings;
}

// ---------------------------------------------------------------------------------------------

void TestAdversarial::noBanner()
{
    FakeBehaviour b;
    b.greeting.clear();
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.greetingTimeoutMs = 700;
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.attempt().failure, Failure::GreetingTimeout);
    QCOMPARE(o.cause(), Cause::NoBanner);
    QCOMPARE(diagnoseAttempt(o.attempt()).cause, Cause::NoBanner);
    QCOMPARE(o.diagnosis.cause, Cause::NoBanner);
    QVERIFY2(o.finishedMs >= 650 && o.finishedMs < 700 + 1500, qPrintable(describe(o)));
    QCOMPARE(o.verdicts, 1);
}

void TestAdversarial::noBannerDefaultTimeout()
{
    QVERIFY(ProbeSettings().greetingTimeoutMs < 15000);
    FakeBehaviour b;
    b.greeting.clear();
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.greetingTimeoutMs = ProbeSettings().greetingTimeoutMs;
    settings.replyTimeoutMs = ProbeSettings().replyTimeoutMs;
    const Outcome o = runProbe(settings, 15000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.cause(), Cause::NoBanner);
    QVERIFY(o.finishedMs < 15000);
}

// One byte per second: the greeting timeout is a deadline, not an idle timer.
void TestAdversarial::drippingBanner()
{
    FakeBehaviour b;
    b.greeting = "220 this banner takes its time\r\n";
    b.dripMs = 1000;
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.greetingTimeoutMs = 2500;
    const Outcome o = runProbe(settings, 6000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.attempt().failure, Failure::GreetingTimeout);
    QCOMPARE(o.cause(), Cause::NoBanner);
    QVERIFY2(o.finishedMs < 2500 + 1500, qPrintable(describe(o)));
}

// RFC 1939's example exchange.
void TestAdversarial::apopDigest()
{
    const QByteArray stamp = Pop3Login::apopTimestamp("+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>");
    QCOMPARE(stamp, QByteArray("<1896.697170952@dbc.mtview.ca.us>"));
    QCOMPARE(Pop3Login::apopDigest(stamp, QStringLiteral("tanstaaf")), QByteArray("c4c9334bac560ecc979e58001b3e22fb"));
    QVERIFY(Pop3Login::apopTimestamp("+OK Dovecot ready.").isEmpty());
    QVERIFY(Pop3Login::apopTimestamp("+OK <no at sign>").isEmpty());
    QVERIFY(Pop3Login::apopTimestamp("+OK <a@b> <c@d>") == QByteArray("<a@b>"));
}

void TestAdversarial::apopLogin_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("right secret") << QStringLiteral("tanstaaf") << true;
    QTest::newRow("wrong secret") << QStringLiteral("tanstaaX") << false;
}

// A server that offers APOP gets the digest, never the password.
void TestAdversarial::apopLogin()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    FakePop3Server pop3;
    pop3.apopTimestamp = "<1896.697170952@dbc.mtview.ca.us>";
    FakeSmtpServer *srv = server(FakeBehaviour{});
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.user = QStringLiteral("mrose");
    settings.password = password;
    settings.allowPlaintextAuth = true;
    settings.pop3.host = QStringLiteral("127.0.0.1");
    settings.pop3.port = pop3.serverPort();
    settings.pop3.security = Security::None;
    const Outcome o = runProbe(settings, 6000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.result.pop3.mechanism, QStringLiteral("APOP"));
    QCOMPARE(o.result.pop3.ok, ok);
    QVERIFY(pop3.received.contains("APOP mrose "));
    QVERIFY(!pop3.received.contains("PASS"));
    QVERIFY(!pop3.received.contains(password.toUtf8()));
    // The login's own verdict; the SMTP side of this fake accepts anyone, so mail still goes.
    QCOMPARE(o.diagnosis.pop3Cause, ok ? Cause::Ok : Cause::AuthFailed);
}

// Each answer comes just in time, but the conversation as a whole must still end.
void TestAdversarial::slowEveryReply()
{
    FakeBehaviour b;
    b.hook = [](FakePeer *peer, const QByteArray &line) {
        if (line.startsWith("QUIT"))
            return false;
        QTimer::singleShot(700, peer, [peer] { peer->socket()->write("250 ok\r\n"); });
        return true;
    };
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.replyTimeoutMs = 1000;
    settings.attemptTimeoutMs = 2500;
    const Outcome o = runProbe(settings, 6000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QVERIFY2(o.attempt().failure == Failure::DeadlineReached, qPrintable(describe(o)));
    QVERIFY2(o.cause() != Cause::Ok, qPrintable(describe(o)));
    QVERIFY2(o.finishedMs >= 2500 && o.finishedMs < 2500 + 1000, qPrintable(describe(o)));
}

void TestAdversarial::drippingReply()
{
    FakeBehaviour b;
    b.hook = [](FakePeer *peer, const QByteArray &line) {
        if (!line.startsWith("EHLO"))
            return false;
        auto *drip = new QTimer(peer);
        QObject::connect(drip, &QTimer::timeout, peer, [peer] { peer->socket()->write("2"); });
        drip->start(200); // "2222..." never ends a line
        return true;
    };
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.replyTimeoutMs = 1200;
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QVERIFY2(o.attempt().failure == Failure::ReplyTimeout, qPrintable(describe(o)));
    QCOMPARE(o.cause(), Cause::ServerUnavailable);
    QVERIFY(o.finishedMs < 1200 + 1500);
}

// ---------------------------------------------------------------------------------------------

void TestAdversarial::hostileReplies_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("ehlo");

    const QByteArray ok = "220 fake.test ESMTP\r\n";
    const QByteArray megabyte(1024 * 1024, 'A');
    QByteArray manyLines;
    for (int i = 0; i < 10000; ++i)
        manyLines += "250-capability number " + QByteArray::number(i) + "\r\n";
    manyLines += "250 end\r\n";
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) & 0xff));

    QTest::newRow("1 MB banner line") << megabyte << QByteArray();
    QTest::newRow("1 MB banner line, terminated") << (QByteArray("220 ") + megabyte + "\r\n") << QByteArray();
    QTest::newRow("1 MB EHLO line") << ok << (QByteArray("250-") + megabyte + "\r\n250 x\r\n");
    QTest::newRow("10,000 continuation lines in the banner") << QByteArray("220-").append(manyLines.mid(4).replace("250", "220")) << QByteArray();
    QTest::newRow("10,000 continuation lines in EHLO") << ok << manyLines;
    QTest::newRow("garbage banner") << QByteArray("abc\r\n") << QByteArray();
    QTest::newRow("banner code 999") << QByteArray("999 x\r\n") << QByteArray();
    QTest::newRow("banner code 2500") << QByteArray("2500\r\n") << QByteArray();
    QTest::newRow("HTTP server") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n") << QByteArray();
    QTest::newRow("binary junk") << binary << QByteArray();
    QTest::newRow("EHLO code mismatch") << ok << QByteArray("250-fake.test\r\n251 odd\r\n");
    QTest::newRow("EHLO garbage") << ok << QByteArray("hello? is this SMTP?\r\n");
    QTest::newRow("EHLO empty line") << ok << QByteArray("\r\n");
}

void TestAdversarial::hostileReplies()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, ehlo);
    FakeBehaviour b;
    b.greeting = greeting;
    b.ehloOverride = ehlo;
    FakeSmtpServer *srv = server(b);
    const ProbeSettings settings = settingsFor(srv->port(), Security::None);
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QVERIFY2(o.attempt().failure == Failure::ProtocolViolation, qPrintable(describe(o)));
    QCOMPARE(o.cause(), Cause::ProtocolError);
    QCOMPARE(o.diagnosis.cause, Cause::ProtocolError);
    QVERIFY2(o.finishedMs < 3000, qPrintable(describe(o)));
    // What is kept of the flood is bounded.
    QVERIFY2(transcriptChars(o.attempt()) < 200 * 1024, qPrintable(QString::number(transcriptChars(o.attempt()))));
    QVERIFY(o.attempt().transcript.size() <= Transcript::maxLines + 1);
    const QByteArray json = QJsonDocument(probeResultToJson(o.result, o.diagnosis)).toJson(QJsonDocument::Compact);
    QVERIFY2(json.size() < 512 * 1024, qPrintable(QString::number(json.size())));
}

void TestAdversarial::resetInTheMiddle_data()
{
    QTest::addColumn<bool>("inBanner");
    QTest::addColumn<Cause>("cause");
    QTest::newRow("in the banner") << true << Cause::NoBanner;
    QTest::newRow("in the EHLO reply") << false << Cause::ServerUnavailable;
}

void TestAdversarial::resetInTheMiddle()
{
    QFETCH(bool, inBanner);
    QFETCH(Cause, cause);
    FakeBehaviour b;
    if (inBanner) {
        b.greeting = "220-fake.test ESMTP\r\n220-and more to co";
    }
    b.hook = [inBanner](FakePeer *peer, const QByteArray &line) {
        if (inBanner || !line.startsWith("EHLO"))
            return false;
        peer->socket()->write("250-fake.test\r\n250-PIPELI");
        peer->socket()->flush();
        QTimer::singleShot(50, peer, [peer] { peer->reset(); });
        return true;
    };
    FakeSmtpServer *srv = server(b);
    if (inBanner) {
        connect(srv, &QTcpServer::newConnection, this, [srv] {
            QTimer::singleShot(100, srv, [srv] {
                if (FakePeer *p = srv->lastPeer())
                    p->reset();
            });
        });
    }
    const ProbeSettings settings = settingsFor(srv->port(), Security::None);
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QVERIFY2(o.cause() == cause, qPrintable(describe(o)));
    QVERIFY(o.finishedMs < 2000);
}

void TestAdversarial::serviceUnavailable()
{
    FakeBehaviour b;
    b.greeting = "421 service not available\r\n";
    b.closeAfterGreeting = true;
    FakeSmtpServer *srv = server(b);
    const ProbeSettings settings = settingsFor(srv->port(), Security::None);
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.attempt().failure, Failure::Refused);
    QCOMPARE(o.cause(), Cause::ServerUnavailable);
    QCOMPARE(o.attempt().greeting.code, 421);
    QCOMPARE(o.diagnosis.reply.code, 421);
    QVERIFY(o.finishedMs < 2000);
}

void TestAdversarial::closedAfterEhlo_data()
{
    QTest::addColumn<bool>("answerFirst");
    QTest::newRow("closes instead of answering") << false;
    QTest::newRow("answers, then closes") << true;
}

void TestAdversarial::closedAfterEhlo()
{
    QFETCH(bool, answerFirst);
    FakeBehaviour b;
    b.hook = [answerFirst](FakePeer *peer, const QByteArray &line) {
        if (!line.startsWith("EHLO"))
            return false;
        if (answerFirst)
            peer->reply("250-fake.test\r\n250 PIPELINING\r\n");
        peer->socket()->disconnectFromHost();
        return true;
    };
    FakeSmtpServer *srv = server(b);
    const ProbeSettings settings = settingsFor(srv->port(), Security::None);
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QVERIFY2(o.attempt().failure == Failure::ConnectionClosed || o.attempt().failure == Failure::NetworkError,
             qPrintable(describe(o)));
    QCOMPARE(o.cause(), Cause::ServerUnavailable);
    QVERIFY(o.finishedMs < 2000);
}

// Replies nobody asked for must not be taken as answers to the next commands: that would
// shift every later answer by one, and a refused recipient could look accepted.
void TestAdversarial::unsolicitedReplies_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<bool>("pipelining");

    QTest::newRow("extra reply after the greeting")
        << QByteArray("220 fake.test ESMTP\r\n250 surprise\r\n") << false;
    QTest::newRow("extra reply after the greeting, pipelining")
        << QByteArray("220 fake.test ESMTP\r\n250 surprise\r\n") << true;
    QByteArray flood = "220 fake.test ESMTP\r\n";
    for (int i = 0; i < 1000; ++i)
        flood += "250 ok\r\n";
    QTest::newRow("flood of positive replies") << flood << false;
    QTest::newRow("flood of positive replies, pipelining") << flood << true;
}

void TestAdversarial::unsolicitedReplies()
{
    QFETCH(QByteArray, greeting);
    QFETCH(bool, pipelining);
    FakeBehaviour b;
    b.greeting = greeting;
    b.capabilities = pipelining ? QList<QByteArray>{"PIPELINING"} : QList<QByteArray>{"8BITMIME"};
    b.rcpt = [](const QByteArray &address) {
        return address.startsWith("postmaster@") ? QByteArray("250 2.1.5 Ok\r\n")
                                                 : QByteArray("554 5.7.1 <bob@elsewhere.test>: Relay access denied\r\n");
    };
    FakeSmtpServer *srv = server(b);
    const ProbeSettings settings = settingsFor(srv->port(), Security::None);
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QVERIFY2(o.cause() != Cause::Ok, qPrintable(describe(o)));
    QVERIFY2(o.cause() == Cause::ProtocolError || o.cause() == Cause::RelayDenied,
             qPrintable(describe(o)));
    QVERIFY2(hasNote(o.attempt(), s("without being asked")), qPrintable(describe(o)));
    if (!QByteArray(QTest::currentDataTag()).startsWith("flood")) // a flood may span reads
        QCOMPARE(o.cause(), Cause::RelayDenied);
}

void TestAdversarial::tlsMismatch_data()
{
    QTest::addColumn<bool>("serverTls");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QByteArray>("afterGoAhead"); // STARTTLS: what the server does instead of TLS
    QTest::addColumn<Cause>("cause");

    // A second connection proves that the port speaks plain SMTP (see securityMismatch).
    QTest::newRow("465 configured, server speaks plain") << false << Security::Tls << QByteArray()
                                                         << Cause::SecurityMismatch;
    // Silent for less than securityCheckAfterMs: no second connection yet, just no greeting.
    QTest::newRow("plain configured, server expects TLS") << true << Security::None << QByteArray() << Cause::NoBanner;
    QTest::newRow("STARTTLS go-ahead, then plaintext")
        << false << Security::StartTls << QByteArray("250 just kidding\r\n") << Cause::TlsFailed;
    QTest::newRow("STARTTLS go-ahead, then silence") << false << Security::StartTls << QByteArray("silence")
                                                     << Cause::TlsFailed;
    QTest::newRow("STARTTLS refused") << false << Security::StartTls << QByteArray("454 4.7.0 TLS not available\r\n")
                                      << Cause::TlsFailed;
}

void TestAdversarial::tlsMismatch()
{
    QFETCH(bool, serverTls);
    QFETCH(Security, security);
    QFETCH(QByteArray, afterGoAhead);
    QFETCH(Cause, cause);
    FakeBehaviour b;
    b.capabilities = {"STARTTLS", "PIPELINING"};
    if (!afterGoAhead.isEmpty()) {
        b.hook = [afterGoAhead](FakePeer *peer, const QByteArray &line) {
            if (line != "STARTTLS")
                return false;
            if (afterGoAhead.startsWith("454")) {
                peer->reply(afterGoAhead);
                return true;
            }
            peer->reply("220 2.0.0 Ready to start TLS\r\n");
            if (afterGoAhead != "silence")
                QTimer::singleShot(100, peer, [peer, afterGoAhead] { peer->socket()->write(afterGoAhead); });
            return true;
        };
    }
    FakeSmtpServer *srv = server(b, serverTls ? FakeSmtpServer::Mode::ImplicitTls : FakeSmtpServer::Mode::Plain);
    ProbeSettings settings = settingsFor(srv->port(), security);
    settings.greetingTimeoutMs = 1000;
    settings.replyTimeoutMs = 1000;
    settings.securityCheckAfterMs = 1500;
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QVERIFY2(o.cause() == cause, qPrintable(describe(o)));
    QVERIFY(o.finishedMs < 2500);
}

// RFC 3207 5: whatever follows "220 Ready to start TLS" in plaintext may come from an attacker
// and must not be read as an answer inside TLS.
void TestAdversarial::startTlsInjection()
{
    FakeBehaviour b;
    b.capabilities = {"STARTTLS", "SIZE 5", "AUTH PLAIN LOGIN"};
    b.capabilitiesTls = {"SIZE 1000", "AUTH PLAIN"};
    b.afterStartTlsReply = "250 FAKE\r\n";
    FakeSmtpServer *srv = server(b);
    const ProbeSettings settings = settingsFor(srv->port(), Security::StartTls);
    const Outcome o = runProbe(settings, 6000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    const Attempt &a = o.attempt();
    QVERIFY2(o.cause() == Cause::Ok, qPrintable(describe(o)));
    QVERIFY(a.tls.established);
    QVERIFY2(hasNote(a, s("Ignored 10 byte")), qPrintable(describe(o)));
    QCOMPARE(a.capabilities.size, std::optional<qint64>(1000));
    QCOMPARE(a.capabilities.authMechanisms, QStringList{s("PLAIN")});
    QVERIFY(!a.capabilities.startTls);
    QVERIFY(!a.capabilities.keywords.join(QLatin1Char(' ')).contains(s("FAKE")));
    const StepRecord *ehlo = a.lastStep(Step::EhloAfterTls);
    QVERIFY(ehlo && ehlo->ok);
    QVERIFY(ehlo->reply.lines.value(0).startsWith(s("fake.test greets")));
    // The EHLO inside TLS really went over TLS, after the handshake.
    const QList<ReceivedCommand> cmds = srv->lastPeer()->commands();
    const auto ehloInTls = std::count_if(cmds.cbegin(), cmds.cend(), [](const ReceivedCommand &c) {
        return c.line.startsWith("EHLO") && c.tls;
    });
    QCOMPARE(int(ehloInTls), 1);
}

void TestAdversarial::certificateNotTrusted()
{
    FakeBehaviour b;
    auto *srv = new FakeSmtpServer(b, m_selfSigned, m_key, FakeSmtpServer::Mode::ImplicitTls);
    m_servers.append(srv);
    ProbeSettings settings = settingsFor(srv->port(), Security::Tls);
    settings.user = s("tim");
    settings.password = s("tanstaaftanstaaf");
    const Outcome o = runProbe(settings, 6000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.attempt().failure, Failure::CertificateRejected);
    QCOMPARE(o.cause(), Cause::CertificateInvalid);
    QVERIFY(o.attempt().tls.findings.contains(CertificateFinding::SelfSigned));
    QVERIFY(!srv->allReceived().contains("AUTH"));

    // Trusted by fingerprint, the same server is fine.
    FingerprintTrust trust;
    trust.add(sha256Fingerprint(m_selfSigned));
    const Outcome trusted = runProbe(settings, 6000, &trust);
    QVERIFY2(trusted.cause() == Cause::Ok, qPrintable(describe(trusted)));
    QVERIFY(trusted.attempt().tls.trustedByUser);
    QVERIFY(trusted.attempt().authenticated);
}

void TestAdversarial::passwordWithheldWithoutTls_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<Failure>("failure");
    QTest::newRow("587 STARTTLS required") << Security::StartTls << Failure::StartTlsNotOffered;
    QTest::newRow("25 automatic") << Security::Auto << Failure::CredentialsWithheld;
}

void TestAdversarial::passwordWithheldWithoutTls()
{
    QFETCH(Security, security);
    QFETCH(Failure, failure);
    FakeBehaviour b;
    b.capabilities = {"PIPELINING", "AUTH PLAIN LOGIN CRAM-MD5"};
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), security);
    settings.user = s("tim");
    settings.password = s("tanstaaftanstaaf");
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.attempt().failure, failure);
    QCOMPARE(o.cause(), Cause::TlsFailed);
    QVERIFY(!o.attempt().authenticated);
    const QByteArray seen = srv->allReceived();
    QVERIFY2(!seen.toUpper().contains("AUTH"), seen.constData());
    QVERIFY(!secretcheck::reveals(QString::fromLatin1(seen), "tanstaaftanstaaf", 4));
    QVERIFY(!seen.contains("MAIL FROM"));
}

// ---------------------------------------------------------------------------------------------

void TestAdversarial::relayExperiment_data()
{
    QTest::addColumn<QByteArray>("local");
    QTest::addColumn<QByteArray>("foreign");
    QTest::addColumn<Cause>("cause");

    QTest::newRow("foreign 'Invalid recipient', no enhanced code")
        << QByteArray("250 OK\r\n") << QByteArray("550 Invalid recipient\r\n") << Cause::RelayDenied;
    QTest::newRow("foreign 'relay not permitted', no enhanced code")
        << QByteArray("250 OK\r\n") << QByteArray("550 relay not permitted\r\n") << Cause::RelayDenied;
    QTest::newRow("both refused, 'relay not permitted'")
        << QByteArray("550 relay not permitted\r\n") << QByteArray("550 relay not permitted\r\n") << Cause::RelayDenied;
    QTest::newRow("sender refused at RCPT")
        << QByteArray("250 OK\r\n")
        << QByteArray("550 Sender address rejected: not owned by user alice@example.org\r\n") << Cause::SenderRejected;
    QTest::newRow("sender refused at both RCPTs")
        << QByteArray("550 Sender address rejected: not owned by user alice@example.org\r\n")
        << QByteArray("550 Sender address rejected: not owned by user alice@example.org\r\n") << Cause::SenderRejected;
    QTest::newRow("qmail rcpthosts")
        << QByteArray("250 ok\r\n")
        << QByteArray("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\r\n") << Cause::RelayDenied;
    QTest::newRow("authentication required")
        << QByteArray("250 OK\r\n") << QByteArray("530 5.7.0 Authentication required\r\n") << Cause::AuthRequired;
    QTest::newRow("greylisted")
        << QByteArray("250 OK\r\n") << QByteArray("450 4.7.1 Greylisted, try again later\r\n") << Cause::ServerUnavailable;
}

void TestAdversarial::relayExperiment()
{
    QFETCH(QByteArray, local);
    QFETCH(QByteArray, foreign);
    QFETCH(Cause, cause);
    for (const bool pipelining : {false, true}) {
        FakeBehaviour b;
        b.capabilities = pipelining ? QList<QByteArray>{"PIPELINING", "8BITMIME"} : QList<QByteArray>{"8BITMIME"};
        b.rcpt = [local, foreign](const QByteArray &address) {
            return address.startsWith("postmaster@") ? local : foreign;
        };
        FakeSmtpServer *srv = server(b);
        const ProbeSettings settings = settingsFor(srv->port(), Security::None);
        const Outcome o = runProbe(settings, 5000);
        const QString where = pipelining ? s("pipelined") : s("one by one");
        QVERIFY2(o.finished, qPrintable(describe(o)));
        Cause expected = cause;
        // Greylisting is "wait and retry"; whether that is called rate-limited or
        // server-unavailable is the diagnosis module's choice, relay-denied it is not.
        if (foreign.startsWith("450") && o.cause() == Cause::ServerUnavailable)
            expected = Cause::ServerUnavailable;
        QVERIFY2(o.cause() == expected, qPrintable(where + QLatin1Char(' ') + describe(o)));
        QCOMPARE(diagnoseAttempt(o.attempt()).cause, expected);
        QCOMPARE(o.diagnosis.cause, expected);
        QVERIFY2(o.attempt().failure == Failure::Refused, qPrintable(where + QLatin1Char(' ') + describe(o)));
        const StepRecord *rcpt = o.attempt().lastStep(Step::RcptForeign);
        QVERIFY(rcpt && !rcpt->ok);
        QCOMPARE(rcpt->reply.text().toUtf8() + "\r\n", foreign.mid(4));
        // The test stopped before any message: no DATA was ever sent.
        QVERIFY(!srv->allReceived().contains("DATA"));
        // QUIT goes out as soon as the verdict is clear; its answer is not waited for.
        QTRY_VERIFY_WITH_TIMEOUT(srv->allReceived().contains("QUIT"), 2000);
    }
}

void TestAdversarial::pipelining_data()
{
    QTest::addColumn<bool>("offered");
    QTest::newRow("offered") << true;
    QTest::newRow("not offered") << false;
}

void TestAdversarial::pipelining()
{
    QFETCH(bool, offered);
    FakeBehaviour b;
    b.capabilities = offered ? QList<QByteArray>{"PIPELINING"} : QList<QByteArray>{"8BITMIME"};
    b.holdEnvelope = true;
    FakeSmtpServer *srv = server(b);
    const ProbeSettings settings = settingsFor(srv->port(), Security::None);
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.cause(), Cause::Ok);

    QTRY_VERIFY_WITH_TIMEOUT(srv->lastPeer() && srv->lastPeer()->received().contains("QUIT"), 2000);
    QList<ReceivedCommand> envelope;
    for (const ReceivedCommand &c : srv->lastPeer()->commands()) {
        if (c.line.startsWith("MAIL") || c.line.startsWith("RCPT") || c.line == "RSET" || c.line == "QUIT")
            envelope.append(c);
    }
    // One by one, RSET would cost a round trip the verdict does not need: QUIT ends the
    // transaction as well.
    QCOMPARE(envelope.size(), offered ? 5 : 4);
    QVERIFY(envelope.at(0).line.startsWith("MAIL FROM:<alice@example.org>"));
    QCOMPARE(envelope.at(1).line, QByteArray("RCPT TO:<postmaster@example.org>"));
    QCOMPARE(envelope.at(2).line, QByteArray("RCPT TO:<bob@elsewhere.test>"));
    if (offered)
        QCOMPARE(envelope.at(3).line, QByteArray("RSET"));
    QCOMPARE(envelope.last().line, QByteArray("QUIT"));
    if (offered) {
        // One flight: the server had all of them before it answered any.
        QCOMPARE(srv->lastPeer()->heldGroup().size(), 4);
        for (const ReceivedCommand &c : std::as_const(envelope))
            QCOMPARE(c.repliesBefore, envelope.at(0).repliesBefore);
    } else {
        QCOMPARE(srv->lastPeer()->heldGroup().size(), 1);
        for (qsizetype i = 1; i + 1 < envelope.size(); ++i)
            QVERIFY2(envelope.at(i).repliesBefore > envelope.at(i - 1).repliesBefore, envelope.at(i).line.constData());
    }
}

void TestAdversarial::heloFallback()
{
    FakeBehaviour b;
    b.ehloOverride = "502 5.5.2 Error: command not recognized\r\n";
    b.helo = "250 fake.test\r\n";
    FakeSmtpServer *srv = server(b);
    const ProbeSettings settings = settingsFor(srv->port(), Security::Auto);
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    const Attempt &a = o.attempt();
    QVERIFY2(o.cause() == Cause::Ok, qPrintable(describe(o)));
    QVERIFY(a.lastStep(Step::Ehlo) && !a.lastStep(Step::Ehlo)->ok);
    QVERIFY(a.lastStep(Step::Helo) && a.lastStep(Step::Helo)->ok);
    QVERIFY(!a.capabilities.ehlo);
    QCOMPARE(a.capabilities.domain, s("fake.test"));
    QVERIFY(srv->allReceived().contains("HELO "));
}

// ---------------------------------------------------------------------------------------------

void TestAdversarial::authentication_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<bool>("wrongPassword");
    QTest::addColumn<int>("junk334");
    QTest::addColumn<QString>("token");
    QTest::addColumn<Cause>("cause");

    QTest::newRow("PLAIN over 465") << s("PLAIN") << true << false << 0 << QString() << Cause::Ok;
    QTest::newRow("PLAIN over STARTTLS") << s("PLAIN") << false << false << 0 << QString() << Cause::Ok;
    QTest::newRow("LOGIN") << s("LOGIN") << true << false << 0 << QString() << Cause::Ok;
    QTest::newRow("CRAM-MD5") << s("CRAM-MD5") << false << false << 0 << QString() << Cause::Ok;
    QTest::newRow("strongest offered") << QString() << true << false << 0 << QString() << Cause::Ok;
    QTest::newRow("XOAUTH2") << s("XOAUTH2") << true << false << 0 << s("ya29.token-value") << Cause::Ok;
    QTest::newRow("PLAIN 535") << s("PLAIN") << true << true << 0 << QString() << Cause::AuthFailed;
    QTest::newRow("LOGIN 535") << s("LOGIN") << true << true << 0 << QString() << Cause::AuthFailed;
    QTest::newRow("CRAM-MD5 535") << s("CRAM-MD5") << true << true << 0 << QString() << Cause::AuthFailed;
    QTest::newRow("XOAUTH2 refused") << s("XOAUTH2") << true << true << 0 << s("ya29.expired") << Cause::AuthFailed;
    QTest::newRow("PLAIN, one 334 junk") << s("PLAIN") << true << false << 1 << QString() << Cause::AuthFailed;
    QTest::newRow("LOGIN, three 334 junk") << s("LOGIN") << true << false << 3 << QString() << Cause::AuthFailed;
    QTest::newRow("PLAIN, endless 334") << s("PLAIN") << true << false << -1 << QString() << Cause::ProtocolError;
    QTest::newRow("LOGIN, endless 334") << s("LOGIN") << true << false << -1 << QString() << Cause::ProtocolError;
    QTest::newRow("XOAUTH2, endless 334") << s("XOAUTH2") << true << false << -1 << s("tok") << Cause::ProtocolError;
}

void TestAdversarial::authentication()
{
    QFETCH(QString, mechanism);
    QFETCH(bool, implicitTls);
    QFETCH(bool, wrongPassword);
    QFETCH(int, junk334);
    QFETCH(QString, token);
    QFETCH(Cause, cause);

    FakeBehaviour b;
    b.capabilities = {"STARTTLS", "PIPELINING"};
    b.capabilitiesTls = {"PIPELINING", "AUTH LOGIN PLAIN XOAUTH2 CRAM-MD5"};
    b.token = token.toUtf8();
    b.authAlwaysFails = wrongPassword;
    b.junk334 = junk334;
    FakeSmtpServer *srv = server(b, implicitTls ? FakeSmtpServer::Mode::ImplicitTls : FakeSmtpServer::Mode::Plain);
    ProbeSettings settings = settingsFor(srv->port(), implicitTls ? Security::Tls : Security::StartTls);
    settings.user = s("tim");
    settings.password = token.isEmpty() ? s("tanstaaftanstaaf") : QString();
    settings.oauthToken = token;
    settings.authMechanism = mechanism;
    settings.replyTimeoutMs = 3000;
    const Outcome o = runProbe(settings, 6000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    const Attempt &a = o.attempt();
    QVERIFY2(o.cause() == cause, qPrintable(describe(o)));
    QCOMPARE(a.authenticated, cause == Cause::Ok);
    QVERIFY(a.tls.established);
    if (!mechanism.isEmpty())
        QCOMPARE(a.authMechanism, mechanism);
    else
        QCOMPARE(a.authMechanism, s("CRAM-MD5"));
    // Each refusal ends well before the reply timeout: the client never waits for nothing.
    QVERIFY2(o.finishedMs < 2500, qPrintable(describe(o)));
    if (cause == Cause::AuthFailed && junk334 == 0)
        QCOMPARE(a.lastStep(Step::Auth)->reply.code, 535);
    const int authLines = int(std::count_if(srv->lastPeer()->commands().cbegin(), srv->lastPeer()->commands().cend(),
                                            [](const ReceivedCommand &c) { return c.tls; }));
    QVERIFY2(authLines < 20, qPrintable(QString::number(authLines)));
}

// RFC 2195's example, end to end: the server checks the client's answer byte for byte.
void TestAdversarial::cramMd5KnownVector()
{
    FakeBehaviour b;
    b.capabilities = {"AUTH CRAM-MD5"};
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.user = s("tim");
    settings.password = s("tanstaaftanstaaf");
    settings.authMechanism = s("CRAM-MD5");
    settings.allowPlaintextAuth = true;
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(srv->lastPeer()->cramResponse(), QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    QVERIFY(o.attempt().authenticated);
    QCOMPARE(o.cause(), Cause::Ok);
}

// ---------------------------------------------------------------------------------------------

void TestAdversarial::testMessage_data()
{
    QTest::addColumn<QByteArray>("dataReply");
    QTest::addColumn<QByteArray>("endReply");
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<Cause>("cause");

    const QByteArray go = "354 End data with <CR><LF>.<CR><LF>\r\n";
    const QByteArray queued = "250 2.0.0 Ok: queued as ABC\r\n";
    QTest::newRow("delivered") << go << queued << false << Cause::Ok;
    QTest::newRow("delivered, pipelining") << go << queued << true << Cause::Ok;
    QTest::newRow("too large") << go << QByteArray("552 5.3.4 Message size exceeds fixed limit\r\n") << false
                               << Cause::MessageTooLarge;
    QTest::newRow("refused at DATA") << QByteArray("554 5.5.1 Error: no valid recipients\r\n") << queued << true
                                     << Cause::MessageRejected;
    QTest::newRow("content refused") << go << QByteArray("550 5.7.1 Message rejected as spam\r\n") << false
                                     << Cause::MessageRejected;
}

// The optional real message: DATA, dot-stuffed body, and the server's verdict on it.
void TestAdversarial::testMessage()
{
    QFETCH(QByteArray, dataReply);
    QFETCH(QByteArray, endReply);
    QFETCH(bool, pipelining);
    QFETCH(Cause, cause);
    auto body = std::make_shared<QByteArray>();
    auto inData = std::make_shared<bool>(false);
    FakeBehaviour b;
    b.capabilities = pipelining ? QList<QByteArray>{"PIPELINING", "8BITMIME"} : QList<QByteArray>{"8BITMIME"};
    b.hook = [=](FakePeer *peer, const QByteArray &line) {
        if (*inData) {
            if (line == ".") {
                *inData = false;
                peer->reply(endReply);
            } else {
                *body += line + "\r\n";
            }
            return true;
        }
        if (line != "DATA")
            return false;
        *inData = dataReply.startsWith("354");
        peer->reply(dataReply);
        return true;
    };
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.sendMessage = true;
    settings.messageSubject = s("Pr\xc3\xbc" "fung . line");
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QVERIFY2(o.cause() == cause, qPrintable(describe(o)));
    if (dataReply.startsWith("354")) {
        QVERIFY2(body->contains("Subject: =?UTF-8?B?"), body->constData());
        QVERIFY(body->contains("\r\n\r\n"));
        QVERIFY(!body->contains("\r\n.\r\n"));
        QVERIFY(o.attempt().lastStep(Step::Message));
    }
    if (cause != Cause::Ok)
        QCOMPARE(o.attempt().failure, Failure::Refused);
}

// Endpoints race; an accepted one decides, whatever the others say and whenever they end.
void TestAdversarial::acceptedAttemptWins()
{
    FakeBehaviour refusing;
    refusing.rcpt = [](const QByteArray &address) {
        return address.startsWith("postmaster@") ? QByteArray("250 Ok\r\n") : QByteArray("554 5.7.1 Relay access denied\r\n");
    };
    FakeSmtpServer *denied = server(refusing);
    FakeBehaviour slow;
    slow.greeting.clear();
    FakeSmtpServer *silent = server(slow);
    FakeSmtpServer *fine = server(FakeBehaviour());
    ProbeSettings settings = settingsFor(denied->port(), Security::None);
    settings.greetingTimeoutMs = 1500;
    settings.securityCheckAfterMs = 0;
    settings.waitForAllAttempts = true; // --all-ports: every port's own result is wanted
    settings.endpoints = {{denied->port(), Security::None}, {silent->port(), Security::None}, {fine->port(), Security::None}};
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.verdicts, 1);
    QVERIFY(o.verdictMs < 1000);
    QCOMPARE(o.diagnosis.cause, Cause::Ok);
    QCOMPARE(o.diagnosis.attempt, 2);
    QCOMPARE(o.cause(0), Cause::RelayDenied);
    QCOMPARE(o.cause(1), Cause::NoBanner);

    // Without the good one, the attempt that got furthest explains the failure.
    settings.endpoints.removeLast();
    const Outcome worse = runProbe(settings, 5000);
    QVERIFY2(worse.finished, qPrintable(describe(worse)));
    QCOMPARE(worse.diagnosis.cause, Cause::RelayDenied);
    QCOMPARE(worse.diagnosis.attempt, 0);
    QVERIFY(worse.verdictMs >= 1400);
}

void TestAdversarial::parallelWithFilteredPort()
{
    FilteredPort filtered;
    if (!filtered.isFiltered())
        QSKIP("could not simulate a filtered port here");
    FakeSmtpServer *srv = server(FakeBehaviour());

    ProbeSettings alone = settingsFor(srv->port(), Security::None);
    alone.connectTimeoutMs = ProbeSettings().connectTimeoutMs;
    const Outcome base = runProbe(alone, 5000);
    QVERIFY2(base.finished && base.diagnosis.cause == Cause::Ok, qPrintable(describe(base)));

    ProbeSettings both = alone;
    both.waitForAllAttempts = true;
    both.endpoints = {{filtered.port(), Security::None}, {srv->port(), Security::None}};
    const Outcome o = runProbe(both, both.connectTimeoutMs + 3000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.verdicts, 1);
    QVERIFY2(o.verdictMs >= 0 && o.verdictMs < 1000 && o.verdictMs < base.verdictMs + 500,
             qPrintable(QStringLiteral("verdict after %1 ms, alone %2 ms").arg(o.verdictMs).arg(base.verdictMs)));
    QCOMPARE(o.diagnosis.cause, Cause::Ok);
    QCOMPARE(o.diagnosis.attempt, 1);
    QCOMPARE(o.attempt(0).failure, Failure::ConnectTimeout);
    QCOMPARE(o.cause(0), Cause::PortBlocked);
    QCOMPARE(o.cause(1), Cause::Ok);
    // QTimer's default coarse timers may fire up to 5 % early.
    QVERIFY2(o.finishedMs >= both.connectTimeoutMs * 94 / 100 && o.finishedMs < both.connectTimeoutMs + 1500,
             qPrintable(QString::number(o.finishedMs)));
    // With the default timeout, the dropped port is reported within 6 s.
    QVERIFY2(o.finishedMs < 6000, qPrintable(QString::number(o.finishedMs)));

    // Alone, the filtered port is "blocked", decided by the connect timeout.
    ProbeSettings only = alone;
    only.endpoints = {{filtered.port(), Security::None}};
    only.connectTimeoutMs = 800;
    const Outcome blocked = runProbe(only, 4000);
    QVERIFY2(blocked.finished, qPrintable(describe(blocked)));
    QCOMPARE(blocked.diagnosis.cause, Cause::PortBlocked);
    QVERIFY(blocked.finishedMs < 800 + 1000);
}

// The wizard may close while a probe runs: destroying it mid-conversation must be clean
// (run under ASan to mean something).
void TestAdversarial::destroyedWhileRunning()
{
    FakeBehaviour silentBehaviour;
    silentBehaviour.greeting.clear();
    FakeSmtpServer *silent = server(silentBehaviour);
    FakeSmtpServer *tls = server(FakeBehaviour(), FakeSmtpServer::Mode::ImplicitTls);
    FakeBehaviour slowEhlo;
    slowEhlo.hook = [](FakePeer *, const QByteArray &line) { return line.startsWith("EHLO"); }; // never answers
    FakeSmtpServer *stuck = server(slowEhlo);
    for (int delayMs : {0, 1, 5, 20, 60}) {
        ProbeSettings settings = settingsFor(silent->port(), Security::None);
        settings.waitForAllAttempts = true;
        settings.endpoints = {{silent->port(), Security::None}, {tls->port(), Security::Tls},
                              {stuck->port(), Security::Auto}};
        auto *probe = new SmtpProbe;
        QSignalSpy finished(probe, &SmtpProbe::finished);
        probe->start(settings);
        QTest::qWait(delayMs);
        delete probe;
        QCOMPARE(finished.count(), 0);
    }
    QTest::qWait(50); // let the servers see the connections go
}

void TestAdversarial::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const ProbeSettings settings = settingsFor(port, Security::None);
    const Outcome o = runProbe(settings, 4000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.attempt().failure, Failure::ConnectRefused);
    QCOMPARE(o.cause(), Cause::ConnectionRefused);
    QCOMPARE(o.diagnosis.cause, Cause::ConnectionRefused);
    QVERIFY(o.finishedMs < 2000);
}

void TestAdversarial::hostNotFound()
{
    ProbeSettings settings = settingsFor(25, Security::None);
    settings.host = QStringLiteral("no-such-host.outbox-doctor.invalid");
    const Outcome o = runProbe(settings, 12000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.diagnosis.cause, Cause::HostNotFound);
    QVERIFY(!o.result.resolveError.isEmpty());
    QVERIFY(o.result.attempts.isEmpty());
}

void TestAdversarial::abortWhileWaiting()
{
    FakeBehaviour b;
    b.greeting.clear();
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.greetingTimeoutMs = 60000;
    SmtpProbe probe;
    QSignalSpy finished(&probe, &SmtpProbe::finished);
    QSignalSpy verdict(&probe, &SmtpProbe::verdictReady);
    probe.start(settings);
    QTRY_COMPARE_WITH_TIMEOUT(srv->connections(), 1, 3000);
    QElapsedTimer t;
    t.start();
    probe.abort();
    QVERIFY(finished.count() == 1 || finished.wait(1000));
    QVERIFY(t.elapsed() < 1000);
    QVERIFY(probe.result().aborted);
    QCOMPARE(probe.result().attempts.value(0).failure, Failure::Aborted);
    QCOMPARE(verdict.count(), 0);
    QVERIFY(!probe.isRunning());
}

// ---------------------------------------------------------------------------------------------

// Several probes with a password, some against servers that quote it back: no output may
// carry it in any form, and what the servers received shows it was sent only inside TLS.
void TestAdversarial::secretsNeverLeak()
{
    const QString user = s("tim@example.org");
    const QStringList passwords = {s("Tr0ub4dor&3-Zebra!"), s("P\xc3\xa4sSw\xc3\xb6rd-\xe2\x82\xac-\xe6\xbc\xa2\xe5\xad\x97")};
    const QString token = s("ya29.A0ARrdaM-very-secret-token_value");

    QLoggingCategory::setFilterRules(QStringLiteral("outboxdoctor.*=true"));
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    struct Case
    {
        const char *name;
        QString mechanism;
        bool implicitTls;
        bool echo;
        bool startTls;   // STARTTLS offered (plain mode)
        bool useToken;
        bool pop3;
    };
    const QList<Case> cases = {
        {"PLAIN ok over TLS", s("PLAIN"), true, false, false, false, false},
        {"PLAIN echoed", s("PLAIN"), true, true, false, false, false},
        {"PLAIN echoed after STARTTLS", s("PLAIN"), false, true, true, false, false},
        {"LOGIN echoed", s("LOGIN"), true, true, false, false, false},
        {"CRAM-MD5 echoed", s("CRAM-MD5"), true, true, false, false, false},
        {"XOAUTH2 echoed", s("XOAUTH2"), true, true, false, true, false},
        {"no STARTTLS offered", s("PLAIN"), false, true, false, false, false},
        {"POP-before-SMTP echoed", s("PLAIN"), true, true, false, false, true},
    };

    QList<Outcome> outcomes;
    QList<QByteArray> serverSide;
    QStringList failures;
    for (const QString &password : passwords) {
        for (const Case &c : cases) {
            FakeBehaviour b;
            b.user = user.toUtf8();
            b.password = password.toUtf8();
            b.token = c.useToken ? token.toUtf8() : QByteArray();
            b.echoSecrets = c.echo;
            b.authAlwaysFails = c.echo;
            b.capabilities = c.startTls ? QList<QByteArray>{"STARTTLS", "AUTH PLAIN LOGIN"}
                                        : QList<QByteArray>{"AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2"};
            b.capabilitiesTls = {"AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2"};
            FakeSmtpServer *srv = server(b, c.implicitTls ? FakeSmtpServer::Mode::ImplicitTls
                                                          : FakeSmtpServer::Mode::Plain);
            ProbeSettings settings = settingsFor(srv->port(), c.implicitTls ? Security::Tls : Security::StartTls);
            settings.user = user;
            settings.password = password;
            settings.oauthToken = c.useToken ? token : QString();
            settings.authMechanism = c.mechanism;
            FakePop3Server pop3;
            if (c.pop3) {
                settings.pop3.host = QStringLiteral("127.0.0.1");
                settings.pop3.port = pop3.serverPort();
                settings.pop3.security = Security::None;
            }
            const Outcome o = runProbe(settings, 6000);
            if (!o.finished)
                failures.append(QLatin1String(c.name) + s(": did not finish"));
            if (c.pop3 && !o.result.pop3.attempted)
                failures.append(QLatin1String(c.name) + s(": POP3 not attempted"));
            outcomes.append(o);
            if (!c.implicitTls && !c.startTls) {
                // Nothing protected the connection: nothing secret may have gone out.
                if (srv->allReceived().toUpper().contains("AUTH"))
                    failures.append(QLatin1String(c.name) + s(": AUTH sent without TLS"));
                serverSide.append(srv->allReceived());
            }
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QStringList outputs;
    for (const Outcome &o : std::as_const(outcomes)) {
        outputs.append(QString::fromUtf8(QJsonDocument(probeResultToJson(o.result, o.diagnosis)).toJson()));
        outputs.append(o.signalledTranscript.join(QLatin1Char('\n')));
        outputs.append(o.signalledSteps.join(QLatin1Char('\n')));
        for (const Attempt &a : o.result.attempts) {
            QStringList lines;
            for (const TranscriptLine &l : a.transcript)
                lines.append(l.text);
            outputs.append(lines.join(QLatin1Char('\n')));
            outputs.append(a.failureDetail.text());
            QDebug(&outputs.last()) << a.greeting << a.capabilities;
        }
        for (const TranscriptLine &l : o.result.pop3.transcript)
            outputs.append(l.text);
        outputs.append(o.result.pop3.serverText + QLatin1Char(' ') + o.result.pop3.failureDetail.text());
    }
    {
        QMutexLocker lock(&g_logMutex);
        outputs.append(g_log.join(QLatin1Char('\n')));
        QVERIFY2(!g_log.isEmpty(), "debug logging was not captured");
    }
    for (const QByteArray &bytes : std::as_const(serverSide))
        outputs.append(QString::fromUtf8(bytes));

    // The forms a secret takes on the wire, computed here.
    QList<QByteArray> secrets;
    for (const QString &password : passwords)
        secrets.append(password.toUtf8());
    secrets.append(token.toUtf8());
    for (const QString &output : std::as_const(outputs)) {
        for (const QByteArray &secret : std::as_const(secrets)) {
            const QByteArray u = user.toUtf8();
            const QList<QByteArray> forms = {
                secret.toBase64(), secret.toBase64(QByteArray::OmitTrailingEquals),
                QByteArray('\0' + u + '\0' + secret).toBase64(), QByteArray(u + '\0' + u + '\0' + secret).toBase64(),
                QByteArray("user=" + u + "\x01" "auth=Bearer " + secret + "\x01\x01").toBase64()};
            for (const QByteArray &form : forms) {
                if (output.contains(QString::fromLatin1(form)))
                    failures.append(s("base64 form found: ") + output.left(2000));
            }
            if (secretcheck::reveals(output, secret, 6))
                failures.append(s("secret found in: ") + output.left(4000));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n----\n"))));
}

// ---------------------------------------------------------------------------------------------

void TestAdversarial::securityMismatch_data()
{
    QTest::addColumn<bool>("serverTls");     // the port speaks implicit TLS
    QTest::addColumn<bool>("offersStartTls");
    QTest::addColumn<Security>("configured");
    QTest::addColumn<Security>("works");

    QTest::newRow("TLS port set to STARTTLS") << true << false << Security::StartTls << Security::Tls;
    QTest::newRow("TLS port set to no encryption") << true << false << Security::None << Security::Tls;
    QTest::newRow("TLS port other than 465 under auto") << true << false << Security::Auto << Security::Tls;
    QTest::newRow("STARTTLS port set to SSL/TLS") << false << true << Security::Tls << Security::StartTls;
    QTest::newRow("plain port set to SSL/TLS") << false << false << Security::Tls << Security::None;
}

// The commonest mix-ups: found within 3 s, with the setting that works proven on a second
// connection in the same run.
void TestAdversarial::securityMismatch()
{
    QFETCH(bool, serverTls);
    QFETCH(bool, offersStartTls);
    QFETCH(Security, configured);
    QFETCH(Security, works);
    FakeBehaviour b;
    b.capabilities = offersStartTls ? QList<QByteArray>{"STARTTLS", "PIPELINING"} : QList<QByteArray>{"PIPELINING"};
    FakeSmtpServer *srv = server(b, serverTls ? FakeSmtpServer::Mode::ImplicitTls : FakeSmtpServer::Mode::Plain);
    ProbeSettings settings = settingsFor(srv->port(), configured);
    settings.greetingTimeoutMs = ProbeSettings().greetingTimeoutMs;
    settings.replyTimeoutMs = ProbeSettings().replyTimeoutMs;
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    const Attempt &a = o.attempt();
    QVERIFY2(o.cause() == Cause::SecurityMismatch, qPrintable(describe(o)));
    QCOMPARE(o.diagnosis.cause, Cause::SecurityMismatch);
    QVERIFY(a.securityCheck.attempted);
    QVERIFY(a.securityCheck.works);
    QCOMPARE(a.securityCheck.security, works);
    QCOMPARE(a.securityCheck.greeting.code, 220);
    QVERIFY2(o.verdictMs < 3000 && o.finishedMs < 3000, qPrintable(describe(o)));
    QCOMPARE(srv->connections(), 2);
    const QJsonObject json = probeResultToJson(o.result, o.diagnosis);
    const QJsonObject check = json.value(QStringLiteral("attempts")).toArray().at(0).toObject()
                                  .value(QStringLiteral("securityCheck")).toObject();
    QCOMPARE(check.value(QStringLiteral("security")).toString(), securityId(works));
    QCOMPARE(check.value(QStringLiteral("works")).toBool(), true);
}

// A port that is simply silent (neither plain nor TLS) stays "no greeting": the check proves
// nothing, and the greeting timeout decides as before.
void TestAdversarial::silentPortWithoutTls()
{
    FakeBehaviour b;
    b.greeting.clear();
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::StartTls);
    settings.greetingTimeoutMs = 2500;
    settings.securityCheckAfterMs = 300;
    const Outcome o = runProbe(settings, 6000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.cause(), Cause::NoBanner);
    QVERIFY(o.attempt().securityCheck.attempted);
    QVERIFY(!o.attempt().securityCheck.works);
    QCOMPARE(srv->connections(), 2);
}

// A port that accepts and then ignores everything, as a filtered or half-dead service does:
// the SSL/TLS check started at the first silence must not add its own time-outs to the wait.
void TestAdversarial::silentPortVerdictWithinGreetingTime()
{
    QTcpServer silent;
    QList<QTcpSocket *> held; // accepted and never answered
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ProbeSettings settings = settingsFor(silent.serverPort(), Security::StartTls);
    settings.greetingTimeoutMs = 2000;
    settings.securityCheckAfterMs = 1500; // the check starts late, as by default
    const Outcome o = runProbe(settings, 15000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.cause(), Cause::NoBanner);
    QVERIFY(o.attempt().securityCheck.attempted);
    QVERIFY(!o.attempt().securityCheck.works);
    QVERIFY2(o.finishedMs < 3000, qPrintable(QString::number(o.finishedMs)));
    qDeleteAll(held);
}

void TestAdversarial::icmpRejectedAtOnce_data()
{
    QTest::addColumn<QString>("rejectWith");
    QTest::addColumn<QString>("cause");
    QTest::newRow("admin-prohibited") << QStringLiteral("icmp-admin-prohibited") << QStringLiteral("port-blocked");
    QTest::newRow("port-unreachable") << QStringLiteral("icmp-port-unreachable") << QStringLiteral("connection-refused");
}

// A firewall that answers with ICMP: the error is pending on the socket at once and must be taken
// at once (the connect() loop used to spin for ~2 s until the SYN was resent). The probe runs in
// a network namespace of its own, where an iptables rule rejects the port on its loopback.
void TestAdversarial::icmpRejectedAtOnce()
{
#ifndef Q_OS_LINUX
    QSKIP("network namespaces are Linux-only");
#else
    QFETCH(QString, rejectWith);
    QFETCH(QString, cause);
    if (::geteuid() != 0)
        QSKIP("needs root for a network namespace and an iptables rule");
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    const QString iptables = QStandardPaths::findExecutable(QStringLiteral("iptables"),
                                                            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"),
                                                      {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/bin")});
    if (unshare.isEmpty() || iptables.isEmpty() || ip.isEmpty())
        QSKIP("unshare, ip or iptables is missing");
    const QString script = QStringLiteral(
        "%1 link set lo up && %2 -A INPUT -p tcp --dport 2601 -j REJECT --reject-with %3 || exit 97; "
        "exec \"$0\" probe --host 127.0.0.1 --port 2601:starttls --from a@home.test --to b@elsewhere.test --json")
        .arg(ip, iptables, rejectWith);
    QProcess p;
    p.start(unshare, {QStringLiteral("--net"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                      QStringLiteral(OD_BINARY)});
    QVERIFY(p.waitForFinished(15000));
    if (p.exitCode() == 97)
        QSKIP("the namespace or the iptables rule could not be set up here");
    QCOMPARE(p.exitCode(), 1);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("cause")).toString(), cause);
    const QJsonObject attempt = json.value(QStringLiteral("attempts")).toArray().first().toObject();
    const int ms = attempt.value(QStringLiteral("elapsedMs")).toInt(-1);
    QVERIFY2(ms >= 0 && ms < 1000, qPrintable(QStringLiteral("ICMP rejection reported after %1 ms").arg(ms)));
#endif
}

void TestAdversarial::mailRefusedStopsAtOnce_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::newRow("pipelined") << true;
    QTest::newRow("one by one") << false;
}

// A tarpit that delays every refusal: once MAIL is refused the recipients' answers are not
// waited for (and, one by one, not even asked).
void TestAdversarial::mailRefusedStopsAtOnce()
{
    QFETCH(bool, pipelining);
    FakeBehaviour b;
    b.capabilities = pipelining ? QList<QByteArray>{"PIPELINING"} : QList<QByteArray>{"8BITMIME"};
    b.hook = [](FakePeer *peer, const QByteArray &line) {
        if (line.startsWith("MAIL")) {
            peer->reply("553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user\r\n");
            return true;
        }
        if (line.startsWith("RCPT")) {
            QTimer::singleShot(2000, peer, [peer] { peer->reply("503 5.5.1 Error: need MAIL command\r\n"); });
            return true;
        }
        return false;
    };
    FakeSmtpServer *srv = server(b);
    const ProbeSettings settings = settingsFor(srv->port(), Security::None);
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.cause(), Cause::SenderRejected);
    QVERIFY2(o.finishedMs < 1000, qPrintable(describe(o)));
    QVERIFY(!o.attempt().lastStep(Step::RcptForeign));
    QTRY_VERIFY_WITH_TIMEOUT(srv->allReceived().contains("QUIT"), 2000);
    if (!pipelining)
        QVERIFY(!srv->allReceived().contains("RCPT"));
}

// Without PIPELINING the verdict is in once the last recipient is answered: a server slow to
// answer RSET and QUIT does not delay it.
void TestAdversarial::verdictDoesNotWaitForGoodbye()
{
    FakeBehaviour b;
    b.capabilities = {"8BITMIME"};
    b.hook = [](FakePeer *peer, const QByteArray &line) {
        if (line == "RSET" || line == "QUIT") {
            QTimer::singleShot(1500, peer, [peer] { peer->reply("250 2.0.0 Ok\r\n"); });
            return true;
        }
        return false;
    };
    FakeSmtpServer *srv = server(b);
    const ProbeSettings settings = settingsFor(srv->port(), Security::None);
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.cause(), Cause::Ok);
    QVERIFY2(o.verdictMs < 700 && o.finishedMs < 700, qPrintable(describe(o)));
}

void TestAdversarial::oneLoginAtATime_data()
{
    QTest::addColumn<QByteArray>("firstRefusal");
    QTest::addColumn<int>("expectedLogins");
    QTest::addColumn<Cause>("cause");
    // The password is wrong: no other port tries it.
    QTest::newRow("wrong password") << QByteArray("535 5.7.8 Error: authentication failed\r\n") << 1 << Cause::AuthFailed;
    QTest::newRow("basic auth disabled")
        << QByteArray("535 5.7.139 Authentication unsuccessful, basic authentication is disabled.\r\n") << 1
        << Cause::PasswordLoginDisabled;
    // A passing failure of that port: the next port may log in (after it, never beside it).
    QTest::newRow("temporary failure") << QByteArray("454 4.7.0 Temporary authentication failure\r\n") << 2
                                       << Cause::Ok;
}

void TestAdversarial::oneLoginAtATime()
{
    QFETCH(QByteArray, firstRefusal);
    QFETCH(int, expectedLogins);
    QFETCH(Cause, cause);
    // Both ports on one "server": every AUTH is counted, and answered only after 300 ms so that
    // two logins at once would overlap.
    auto logins = std::make_shared<int>(0);
    auto running = std::make_shared<int>(0);
    auto overlap = std::make_shared<bool>(false);
    FakeBehaviour b;
    b.capabilities = {"PIPELINING", "AUTH PLAIN"};
    b.hook = [=](FakePeer *peer, const QByteArray &line) {
        if (!line.startsWith("AUTH "))
            return false;
        const bool first = ++*logins == 1;
        if (++*running > 1)
            *overlap = true;
        QTimer::singleShot(300, peer, [=] {
            --*running;
            peer->reply(first ? firstRefusal : QByteArray("235 2.7.0 Authentication successful\r\n"));
        });
        return true;
    };
    FakeSmtpServer *a = server(b);
    FakeSmtpServer *c = server(b);
    ProbeSettings settings = settingsFor(a->port(), Security::None);
    settings.endpoints = {{a->port(), Security::None}, {c->port(), Security::None}};
    settings.user = s("tim");
    settings.password = s("wrong-password");
    settings.waitForAllAttempts = true;
    const Outcome o = runProbe(settings, 5000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(*logins, expectedLogins);
    QVERIFY(!*overlap);
    QVERIFY2(o.diagnosis.cause == cause, qPrintable(describe(o)));
    if (expectedLogins == 1) {
        const bool skipped = o.attempt(0).failure == Failure::LoginSkipped || o.attempt(1).failure == Failure::LoginSkipped;
        QVERIFY2(skipped, qPrintable(describe(o)));
    }
}

// The default: once one port is accepted, the others (here one that drops connection attempts
// and one that never greets) are ended at once and marked as cut short.
void TestAdversarial::cutShortOnceDecided()
{
    FilteredPort filtered;
    FakeBehaviour silentBehaviour;
    silentBehaviour.greeting.clear();
    FakeSmtpServer *silent = server(silentBehaviour);
    FakeSmtpServer *fine = server(FakeBehaviour());
    ProbeSettings settings = settingsFor(fine->port(), Security::None);
    settings.connectTimeoutMs = ProbeSettings().connectTimeoutMs;
    settings.greetingTimeoutMs = ProbeSettings().greetingTimeoutMs;
    settings.endpoints = {{silent->port(), Security::None}, {fine->port(), Security::None}};
    if (filtered.isFiltered())
        settings.endpoints.prepend({filtered.port(), Security::None});
    const Outcome o = runProbe(settings, 4000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.diagnosis.cause, Cause::Ok);
    QVERIFY2(o.finishedMs < 1000, qPrintable(describe(o)));
    const int okIndex = int(settings.endpoints.size()) - 1;
    for (int i = 0; i < okIndex; ++i) {
        QVERIFY2(o.attempt(i).cutShort, qPrintable(describe(o)));
        QCOMPARE(o.attempt(i).failure, Failure::Aborted);
    }
    QVERIFY(!o.attempt(okIndex).cutShort);
    const QJsonObject json = probeResultToJson(o.result, o.diagnosis);
    QCOMPARE(json.value(QStringLiteral("attempts")).toArray().at(0).toObject().value(QStringLiteral("cutShort")).toBool(),
             true);
}

// RFC 8305: an address that refuses hands over at once, one that does not answer after 250 ms.
void TestAdversarial::everyAddressTried()
{
    FilteredPort filtered;
    if (!filtered.isFiltered())
        QSKIP("could not simulate a filtered port here");
    FakeBehaviour b;
    auto *srv = new FakeSmtpServer(b, m_cert, m_key);
    m_servers.append(srv);
    srv->close();
    // The same port on another loopback address; 127.0.0.1 has it filtered.
    if (!srv->listen(QHostAddress(QStringLiteral("127.0.0.2")), filtered.port()))
        QSKIP("127.0.0.2 is not usable here");
    // ::1 first (RFC 8305 4): nothing listens there, so it is refused at once.
    const QList<QHostAddress> addresses = {QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("127.0.0.1")),
                                           QHostAddress(QStringLiteral("127.0.0.2"))};
    ProbeSettings settings = settingsFor(filtered.port(), Security::None);
    settings.host = s("localhost");
    settings.connectTimeoutMs = 3000;
    QElapsedTimer clock;
    clock.start();
    SmtpSession session(settings, addresses, {filtered.port(), Security::None}, clock, nullptr);
    QSignalSpy done(&session, &SmtpSession::finished);
    session.start();
    QVERIFY(done.wait(3000));
    const Attempt &a = session.attempt();
    QVERIFY2(a.failure == Failure::None, qPrintable(a.failureDetail.text()));
    QCOMPARE(a.address, QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(srv->connections() == 1);
}

// The whole-conversation deadline never ends in "accepted": here it strikes while the test
// message is being sent.
void TestAdversarial::deadlineNeverOk()
{
    FakeBehaviour b;
    b.hook = [](FakePeer *, const QByteArray &line) { return line == "."; }; // never answers the message
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.sendMessage = true;
    settings.attemptTimeoutMs = 800;
    const Outcome o = runProbe(settings, 4000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    QCOMPARE(o.attempt().failure, Failure::DeadlineReached);
    QVERIFY2(o.cause() != Cause::Ok, qPrintable(describe(o)));
    QVERIFY(o.diagnosis.cause != Cause::Ok);
}

void TestAdversarial::smtputf8_data()
{
    QTest::addColumn<bool>("offered");
    QTest::newRow("offered") << true;
    QTest::newRow("not offered") << false;
}

void TestAdversarial::smtputf8()
{
    QFETCH(bool, offered);
    FakeBehaviour b;
    b.capabilities = offered ? QList<QByteArray>{"PIPELINING", "SMTPUTF8"} : QList<QByteArray>{"PIPELINING"};
    FakeSmtpServer *srv = server(b);
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.from = s("j\xc3\xb6rg@b\xc3\xbc" "cher.example");
    const Outcome o = runProbe(settings, 4000);
    QVERIFY2(o.finished, qPrintable(describe(o)));
    if (offered) {
        QCOMPARE(o.cause(), Cause::Ok);
        QVERIFY(srv->allReceived().contains("MAIL FROM:<j\xc3\xb6rg@b\xc3\xbc" "cher.example> SMTPUTF8"));
    } else {
        QCOMPARE(o.attempt().failure, Failure::Smtputf8NotOffered);
        QCOMPARE(o.cause(), Cause::SenderRejected);
        QVERIFY(o.attempt().failureDetail.text().contains(s("SMTPUTF8")));
        QVERIFY(!srv->allReceived().contains("MAIL FROM"));
    }
}

void TestAdversarial::badSecretsRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("subject");
    QTest::newRow("NUL in password") << s("abc") + QChar(0) + s("def") << QString();
    QTest::newRow("CR in password") << s("abc\rdef") << QString();
    QTest::newRow("LF in subject") << s("fine") << s("Hello\r\nBcc: victim@example.net");
}

// Refused before anything is sent, with a clear message: a NUL would make AUTH PLAIN ambiguous,
// a line break would inject commands or headers.
void TestAdversarial::badSecretsRefused()
{
    QFETCH(QString, password);
    QFETCH(QString, subject);
    FakeSmtpServer *srv = server(FakeBehaviour());
    ProbeSettings settings = settingsFor(srv->port(), Security::None);
    settings.user = s("tim");
    settings.password = password;
    settings.allowPlaintextAuth = true;
    settings.sendMessage = !subject.isEmpty();
    settings.messageSubject = subject;
    const QString problem = SmtpProbe::validate(settings).text();
    QVERIFY(!problem.isEmpty());
    QVERIFY(!problem.contains(password));
    const Outcome o = runProbe(settings, 3000);
    QVERIFY(o.finished);
    QCOMPARE(o.result.inputError.text(), problem);
    QCOMPARE(srv->connections(), 0);
}

QTEST_GUILESS_MAIN(TestAdversarial)
#include "tst_adversarial.moc"
