// SPDX-License-Identifier: GPL-3.0-or-later
// Mail programs' own send-failure messages, as their catalogues word them, in the five languages:
// every catalogue entry is filled in the way the program fills it (a server name, a recipient, a
// server reply) and decoded as a user would paste it. The cause each message stands for is stated
// here by catalogue key, apart from the table, and the replies are real servers' wordings.
// Also the replies that do not look like RFC 5321, and numbers that are not reply codes.
#include "diagnosis/clientmessages.h"
#include "diagnosis/pastedecoder.h"

#include <QRegularExpression>
#include <QTest>

using namespace od;

class TestClientMessages : public QObject
{
    Q_OBJECT

private slots:
    void catalogue();
    void everyLanguage();
    void looseReplies_data();
    void looseReplies();
    void numbersAreNotCodes_data();
    void numbersAreNotCodes();
    void partialAndJunk_data();
    void partialAndJunk();
};

namespace {

// What each message means when it quotes no reply (the catalogue's key and localisation note
// say which step failed).
Cause expectedWithoutReply(const QString &key)
{
    static const QHash<QString, Cause> causes = {
        {QStringLiteral("errorSendingFromCommand"), Cause::SenderRejected},
        {QStringLiteral("errorSendingDataCommand"), Cause::Unknown},
        {QStringLiteral("errorSendingMessage"), Cause::Unknown},
        {QStringLiteral("sendFailed"), Cause::Unknown},
        {QStringLiteral("smtpServerError"), Cause::Unknown},
        {QStringLiteral("communicationsError"), Cause::Unknown},
        {QStringLiteral("tcpReadError"), Cause::ServerUnavailable},
        {QStringLiteral("couldNotGetUsersMailAddress"), Cause::SenderRejected},
        {QStringLiteral("couldNotGetUsersMailAddress2"), Cause::SenderRejected},
        {QStringLiteral("incorrectSmtpGreeting"), Cause::ProtocolError},
        {QStringLiteral("errorSendingRcptCommand"), Cause::Unknown},
        {QStringLiteral("startTlsFailed"), Cause::TlsFailed},
        {QStringLiteral("smtpPasswordUndefined"), Cause::AuthFailed},
        {QStringLiteral("smtpSendNotAllowed"), Cause::SenderRejected},
        {QStringLiteral("smtpTempSizeExceeded"), Cause::MessageTooLarge},
        {QStringLiteral("smtpTooManyRecipients"), Cause::RateLimited},
        {QStringLiteral("smtpPermSizeExceeded1"), Cause::MessageTooLarge},
        {QStringLiteral("smtpPermSizeExceeded2"), Cause::MessageTooLarge},
        {QStringLiteral("smtpSendFailedUnknownServer"), Cause::HostNotFound},
        {QStringLiteral("smtpSendRequestRefused"), Cause::ConnectionRefused},
        {QStringLiteral("smtpSendInterrupted"), Cause::ServerUnavailable},
        {QStringLiteral("smtpSendTimeout"), Cause::PortBlocked},
        {QStringLiteral("smtpSendFailedUnknownReason"), Cause::Unknown},
        {QStringLiteral("smtpHintAuthEncryptToPlainNoSsl"), Cause::AuthUnavailable},
        {QStringLiteral("smtpHintAuthEncryptToPlainSsl"), Cause::AuthUnavailable},
        {QStringLiteral("smtpHintAuthPlainToEncrypt"), Cause::AuthUnavailable},
        {QStringLiteral("smtpAuthFailure"), Cause::AuthFailed},
        {QStringLiteral("smtpAuthGssapi"), Cause::AuthFailed},
        {QStringLiteral("smtpAuthMechNotSupported"), Cause::AuthUnavailable},
        {QStringLiteral("smtpAuthenticationNotSupported"), Cause::AuthUnavailable},
        {QStringLiteral("notification_authentication_error_title"), Cause::AuthFailed},
        {QStringLiteral("notification_authentication_error_text"), Cause::AuthFailed},
        {QStringLiteral("notification_authentication_outgoing_server_error_text"), Cause::AuthFailed},
        {QStringLiteral("notification_certificate_error_public"), Cause::CertificateInvalid},
        {QStringLiteral("notification_certificate_error_title"), Cause::CertificateInvalid},
        {QStringLiteral("send_failure_subject"), Cause::Unknown},
        // Evolution (Camel SMTP provider)
        {QStringLiteral("Failed to connect to SMTP server %s in secure mode: %s"), Cause::TlsFailed},
        {QStringLiteral("SMTP server %s does not support %s authentication"), Cause::AuthUnavailable},
        {QStringLiteral("Authentication mechanism is too weak"), Cause::AuthUnavailable},
        {QStringLiteral("Encryption required for requested authentication mechanism"), Cause::TlsRequired},
        {QStringLiteral("Temporary authentication failure"), Cause::AuthFailed},
        {QStringLiteral("Service not available, closing transmission channel"), Cause::ServerUnavailable},
        {QStringLiteral("Host lookup \u201c%s\u201d failed. Check your host name for spelling errors."), Cause::HostNotFound},
        {QStringLiteral("Host lookup \u201c%s\u201d failed: %s"), Cause::HostNotFound},
        // KMail (KSmtp, mail transport)
        {QStringLiteral("Connection to server lost."), Cause::ServerUnavailable},
        {QStringLiteral("Could not authenticate to the SMTP server because no matching authentication method has been found"), Cause::AuthUnavailable},
        {QStringLiteral("Could not send the message because it exceeds the maximum allowed size of %1 bytes. (Message size: %2 bytes.)"), Cause::MessageTooLarge},
        {QStringLiteral("Service not available"), Cause::ServerUnavailable},
        {QStringLiteral("Token expired"), Cause::AuthFailed},
        {QStringLiteral("This server does not support authentication"), Cause::AuthUnavailable},
        {QStringLiteral("You need to supply a username and a password to use this SMTP server."), Cause::AuthRequired},
        // Mailspring
        {QStringLiteral("A Gmail application-specific password is required."), Cause::PasswordLoginDisabled},
        {QStringLiteral("Authentication Error - Check your username and password."), Cause::AuthFailed},
        {QStringLiteral("Authentication required."), Cause::AuthRequired},
        {QStringLiteral("Certificate Error"), Cause::CertificateInvalid},
        {QStringLiteral("Connection Error - Unable to connect to the server / port you provided."), Cause::PortBlocked},
        {QStringLiteral("TLS Not Available"), Cause::TlsFailed},
        {QStringLiteral("StartTLS is not available."), Cause::TlsFailed},
        {QStringLiteral("Sorry, your SMTP server does not support basic username / password authentication."), Cause::AuthUnavailable},
        {QStringLiteral("The Outlook server said you must sign in via a web browser."), Cause::AuthFailed},
        {QStringLiteral("The SMTP server would not relay a message. You may need to authenticate."), Cause::RelayDenied},
        {QStringLiteral("The message contains an illegal attachment that is not allowed by the server."), Cause::MessageRejected},
        {QStringLiteral("The message has been blocked because no sender is configured."), Cause::SenderRejected},
        {QStringLiteral("The message has been blocked by Yahoo - you have exceeded your daily sending limit."), Cause::RateLimited},
        {QStringLiteral("The message has been blocked by Yahoo's outbound spam filter."), Cause::MessageRejected},
        {QStringLiteral("The server said you must sign in via your webmail."), Cause::AuthFailed},
        // Apple Mail (Message framework): messages it shows for several situations say nothing
        // certain; those picked from the reply's enhanced status code say what it meant.
        {QStringLiteral("SMTP_NO_CONNECTION"), Cause::Unknown},
        {QStringLiteral("NO_SMTP_HOST"), Cause::Unknown},
        {QStringLiteral("MESSAGE_TOO_LARGE"), Cause::MessageTooLarge},
        {QStringLiteral("FAILED_SEND"), Cause::Unknown},
        {QStringLiteral("FAILED_SEND_SSL_NEEDED"), Cause::Unknown},
        {QStringLiteral("SMTP_SENDING_CONTENT_FAILED"), Cause::Unknown},
        {QStringLiteral("SMTP_SENDING_CONTENT_LATER"), Cause::Unknown},
        {QStringLiteral("SMTP_RECIPIENTS_UNRECOGNIZED"), Cause::Unknown},
        {QStringLiteral("invalidRecipients"), Cause::Unknown},
        {QStringLiteral("SMTP_GENERIC_ERROR_FORMAT"), Cause::Unknown},
        {QStringLiteral("SMTP_INVALID_SENDER_ADDRESS"), Cause::SenderRejected},
        {QStringLiteral("MF_SMTP_RECIPIENT_UNKNOWN"), Cause::RecipientUnknown},
        {QStringLiteral("MF_SMTP_RECIPIENT_RELAYING_NOT_ALLOWED"), Cause::RelayDenied},
        {QStringLiteral("MF_SMTP_RECIPIENT_INVALID_ADDRESS"), Cause::RecipientUnknown},
        {QStringLiteral("MF_SMTP_SENDING_LIMIT_EXCEEDED"), Cause::RateLimited},
        {QStringLiteral("NO_PASSWORD_PROVIDED_ERROR"), Cause::AuthFailed},
        {QStringLiteral("AUTH_NOT_SUPPORTED_FORMAT"), Cause::AuthUnavailable},
        {QStringLiteral("CONNECTION_TIMED_OUT"), Cause::PortBlocked},
        {QStringLiteral("CONNECTION_REFUSED"), Cause::ConnectionRefused},
        {QStringLiteral("HOST_UNREACHABLE"), Cause::ServerUnavailable},
        {QStringLiteral("MF_SSL_CONNECTION_FAILURE"), Cause::TlsFailed},
        {QStringLiteral("SSL_GENERIC_WRITE_ERROR"), Cause::TlsFailed},
        {QStringLiteral("CONNECTION_FAILED"), Cause::Unknown},
        {QStringLiteral("FAILED_LOGIN"), Cause::AuthFailed},
        {QStringLiteral("SMTP_CONNECTION_FAILED_MESSAGE_FORMAT"), Cause::Unknown},
        {QStringLiteral("NO_PASSWORD_PROVIDED_FOR_USER_FORMAT"), Cause::AuthFailed},
        {QStringLiteral("NO_PASSWORD_PROVIDED_FOR_ACCOUNT_FORMAT"), Cause::AuthFailed},
        {QStringLiteral("MF_WRONG_PASSWORD_OR_USERNAME_PROVIDED_FOR_ACCOUNT_FORMAT"), Cause::AuthFailed},
        {QStringLiteral("PASSWORD_INACCESSIBLE_FOR_ACCOUNT_FORMAT"), Cause::Unknown},
        // Windows Mail
        {QStringLiteral("accountSettingsOutOfDate"), Cause::Unknown},
    };
    return causes.value(key, Cause::Unknown);
}

struct Reply
{
    const char *text;
    Cause cause;
};

// Real servers' replies at the step each message is about: Postfix, Exchange Online, Gmail,
// NetEase, Exim and Dovecot wordings (see wordings.cpp and codetables.cpp for their sources).
QList<Reply> repliesFor(const QString &key)
{
    static const QHash<QString, QList<Reply>> replies = {
        {QStringLiteral("errorSendingFromCommand"),
         {{"553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user bob@example.com", Cause::SenderRejected},
          {"553 Mail from must equal authorized user", Cause::SenderRejected}}},
        {QStringLiteral("errorSendingDataCommand"),
         {{"552 5.3.4 Message size exceeds fixed maximum message size", Cause::MessageTooLarge},
          {"554 5.7.1 Message rejected as spam by Content Filtering.", Cause::MessageRejected}}},
        {QStringLiteral("errorSendingMessage"),
         {{"554 DT:SPM 163 smtp14,EsCowAB3kxoxpCVj2CrXBg--.21633S2 1663362098, please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.5&hostid=smtp14&time=1663362098", Cause::MessageRejected},
          {"451 4.7.0 Temporary server error. Please try again later. PRX4", Cause::ServerUnavailable}}},
        {QStringLiteral("smtpServerError"),
         {{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.", Cause::PasswordLoginDisabled},
          {"421 4.7.0 Try again later, closing connection. (EHLO) gsmtp", Cause::ServerUnavailable}}},
        {QStringLiteral("incorrectSmtpGreeting"),
         {{"554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org", Cause::Blocked},
          {"+OK Dovecot ready.", Cause::ProtocolError}}},
        {QStringLiteral("errorSendingRcptCommand"),
         {{"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table", Cause::RecipientUnknown},
          {"554 5.7.1 <bob@example.net>: Relay access denied", Cause::RelayDenied}}},
        {QStringLiteral("smtpSendNotAllowed"),
         {{"550 5.7.60 SMTP; Client does not have permissions to send as this sender", Cause::SenderRejected},
          {"550 5.7.1 Client does not have permissions to send as this sender", Cause::SenderRejected}}},
        {QStringLiteral("smtpTempSizeExceeded"),
         {{"452 4.3.1 Insufficient system storage", Cause::MessageTooLarge},
          {"452 4.3.1 Insufficient system storage", Cause::MessageTooLarge}}},
        {QStringLiteral("smtpTooManyRecipients"),
         {{"452 4.5.3 Error: too many recipients", Cause::RateLimited},
          {"550 5.5.3 Too many recipients", Cause::RateLimited}}},
        // Evolution: the command that failed, then the server's words (without the reply code).
        {QStringLiteral("AUTH command failed: "),
         {{"5.7.8 Error: authentication failed: UGFzc3dvcmQ6", Cause::AuthFailed},
          {"Authentication mechanism is too weak", Cause::AuthUnavailable}}},
        {QStringLiteral("MAIL FROM command failed: "),
         {{"5.7.1 <alice@example.org>: Sender address rejected: not owned by user bob@example.com", Cause::SenderRejected},
          {"Requested action not taken: mailbox name not allowed", Cause::SenderRejected}}},
        {QStringLiteral("RCPT TO command failed: "),
         {{"5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table", Cause::RecipientUnknown},
          {"5.7.1 <bob@example.net>: Relay access denied", Cause::RelayDenied}}},
        {QStringLiteral("DATA command failed: "),
         {{"5.7.1 Message rejected as spam by Content Filtering.", Cause::MessageRejected},
          {"Transaction failed", Cause::Unknown}}},
        {QStringLiteral("HELO command failed: "),
         {{"5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", Cause::Blocked},
          {"Syntax error, command unrecognized", Cause::Unknown}}},
        {QStringLiteral("STARTTLS command failed: "),
         {{"4.7.0 TLS not available due to local problem", Cause::TlsFailed},
          {"Command not implemented", Cause::TlsFailed}}},
        {QStringLiteral("Welcome response error: "),
         {{"5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org", Cause::Blocked},
          {"Service not available, closing transmission channel", Cause::ServerUnavailable}}},
        // KMail (KSmtp): the server's whole reply.
        {QStringLiteral("Insufficient storage space on server. The server said: %1"),
         {{"452 4.3.1 Insufficient system storage", Cause::ServerUnavailable},
          {"452 4.3.1 Insufficient system storage", Cause::ServerUnavailable}}},
        {QStringLiteral("Mailbox unavailable. The server said: %1"),
         {{"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table", Cause::RecipientUnknown},
          {"550 5.7.1 Client does not have permissions to send as this sender", Cause::SenderRejected}}},
        {QStringLiteral("Server error: %1"),
         {{"535 5.7.8 Error: authentication failed: authentication failure", Cause::AuthFailed},
          {"421 4.7.0 Try again later, closing connection.", Cause::ServerUnavailable}}},
        {QStringLiteral("smtpPermSizeExceeded2"),
         {{"552 5.3.4 Message size exceeds fixed limit", Cause::MessageTooLarge},
          {"552 5.2.3 Message exceeds maximum fixed size (26214400)", Cause::MessageTooLarge}}},
    };
    return replies.value(key);
}

// The catalogue text filled the way the program fills it.
QString fill(const ClientMessage &m, const QString &host, const QString &reply)
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(%(?:(\d)\$)?(?:\.\d+)?([SsdXxu@])|%(\d)(?!\d)|\{\s*\$?[A-Za-z_][\w-]*\s*\})"));
    QString text = QString::fromUtf8(m.text);
    QString out;
    qsizetype last = 0;
    int sequential = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch p = it.next();
        out += text.mid(last, p.capturedStart() - last);
        last = p.capturedEnd();
        ++sequential;
        const QString index = p.captured(1).isEmpty() ? p.captured(3) : p.captured(1);
        const int argument = index.isEmpty() ? sequential : index.toInt();
        const QString type = p.captured(2);
        const QString key = QString::fromUtf8(m.key);
        if (argument == m.replyArgument)
            out += reply;
        else if (type == QLatin1String("d") && text.contains(QLatin1String("port %d")))
            out += QStringLiteral("587");
        else if (key == QLatin1String("MESSAGE_TOO_LARGE"))
            out += argument == 1 ? QStringLiteral("31.2 MB") : QStringLiteral("25 MB");
        else if (key.contains(QLatin1String("SENDER")))
            out += QStringLiteral("alice@example.org");
        else if (key.contains(QLatin1String("RECIPIENT")) || key == QLatin1String("invalidRecipients"))
            out += QStringLiteral("bob@example.net");
        else if (key == QLatin1String("AUTH_NOT_SUPPORTED_FORMAT") && argument != 2)
            out += argument == 1 ? QStringLiteral("SMTP") : QStringLiteral("CRAM-MD5");
        else if (key == QLatin1String("SMTP_CONNECTION_FAILED_MESSAGE_FORMAT") && argument == 1)
            out += QStringLiteral("SMTP");
        else if (key == QLatin1String("FAILED_LOGIN") || (key.startsWith(QLatin1String("NO_PASSWORD")) && argument == 1 && text.contains(QLatin1String("user "))))
            out += QStringLiteral("alice@example.org");
        else if (key.endsWith(QLatin1String("FOR_ACCOUNT_FORMAT")))
            out += QStringLiteral("Work");
        else if (type == QLatin1String("d") || QString::fromUtf8(m.key).contains(QLatin1String("bytes")))
            out += QStringLiteral("26214400");
        else if (type == QLatin1String("X"))
            out += QStringLiteral("80004005");
        else if (QString::fromUtf8(m.key) == QLatin1String("errorSendingRcptCommand") && argument == 2)
            out += QStringLiteral("bob@example.net");
        else if (QString::fromUtf8(m.key).contains(QLatin1String("notification")))
            out += QStringLiteral("alice@example.com");
        else if (QString::fromUtf8(m.key).startsWith(QLatin1String("Failed to connect")) && argument == 2)
            out += QStringLiteral("STARTTLS not supported");
        else if (QString::fromUtf8(m.key).contains(QLatin1String("does not support %s")) && argument == 2)
            out += QStringLiteral("CRAM-MD5");
        else if (QString::fromUtf8(m.key).startsWith(QLatin1String("Host lookup")) && argument == 2)
            out += QStringLiteral("Name or service not known");
        else
            out += host;
    }
    out += text.mid(last);
    if (m.replyArgument == kReplyFollows)
        out += reply;
    out.replace(QLatin1String("\\n"), QLatin1String("\n"));
    return out;
}

struct Case
{
    QString name;
    QString text;
    Cause expected;
    const ClientMessage *message;
};

QList<Case> catalogueCases()
{
    QList<Case> out;
    for (const ClientMessage &m : clientMessages()) {
        const QString id = mailClientId(m.client) + QLatin1Char('/') + QLatin1String(m.language)
            + QLatin1Char('/') + QString::fromUtf8(m.key);
        const QList<Reply> replies = repliesFor(QString::fromUtf8(m.key));
        if (m.replyArgument != 0 && !replies.isEmpty()) {
            int n = 0;
            for (const Reply &r : replies) {
                // As the dialog shows it, and as pasted with the window title above it.
                QString text = fill(m, QStringLiteral("smtp.example.com"), QLatin1String(r.text));
                if (n % 2)
                    text = QStringLiteral("Send Message Error\n\n") + text;
                out.append({id + QLatin1Char('#') + QString::number(++n), text, r.cause, &m});
            }
        } else {
            out.append({id + QStringLiteral("#1"), fill(m, QStringLiteral("smtp.example.com"), QString()),
                        expectedWithoutReply(QString::fromUtf8(m.key)), &m});
            // Pasted from a notification or a dialog, wrapped onto several lines.
            QString wrapped = fill(m, QStringLiteral("mail.provider.example"), QString());
            for (qsizetype i = 60; i < wrapped.size(); i += 60) {
                const qsizetype space = wrapped.indexOf(QLatin1Char(' '), i);
                if (space < 0)
                    break;
                wrapped[space] = QLatin1Char('\n');
                i = space;
            }
            out.append({id + QStringLiteral("#2"), QStringLiteral("  ") + wrapped + QStringLiteral("\n"),
                        expectedWithoutReply(QString::fromUtf8(m.key)), &m});
        }
    }
    return out;
}

} // namespace

void TestClientMessages::catalogue()
{
    const QList<Case> cases = catalogueCases();
    int right = 0;
    int confidentlyWrong = 0;
    int unrecognised = 0;
    for (const Case &c : cases) {
        // The program's own message is recognised as that message (also those that mean Unknown),
        // or as a longer one that means the same (a quoted reply that is itself a program's
        // message, one program's wording inside another's).
        const std::optional<ClientReading> reading = matchClientMessage(c.text);
        const bool same = reading && reading->message
            && (qstrcmp(reading->message->text, c.message->text) == 0
                || (reading->message->cause == c.expected && c.expected != Cause::Unknown));
        if (!same) {
            ++unrecognised;
            qWarning().noquote() << "NOT RECOGNISED" << c.name
                                 << (reading && reading->message ? QString::fromUtf8(reading->message->key) : QString());
        }
        const DecodeResult r = decodePaste(c.text);
        const Cause got = r.verdict.cause;
        if (got == c.expected) {
            ++right;
        } else {
            if (got != Cause::Unknown)
                ++confidentlyWrong;
            qWarning().noquote() << "MISS" << c.name << "expected" << causeId(c.expected) << "got"
                                 << causeId(got) << (r.findings.isEmpty() ? QString() : r.findings.first().meaning.rule);
        }
    }
    const double percent = cases.isEmpty() ? 0 : 100.0 * right / cases.size();
    qInfo().noquote() << QStringLiteral("client messages: %1 cases, %2 right (%3 %), %4 confidently wrong")
                             .arg(cases.size()).arg(right).arg(percent, 0, 'f', 1).arg(confidentlyWrong);
    QCOMPARE(unrecognised, 0);
    QVERIFY(cases.size() >= 250);
    QVERIFY(percent >= 95.0);
    QCOMPARE(confidentlyWrong, 0);
}

void TestClientMessages::everyLanguage()
{
    // Every program has its messages in exactly the languages declared for it: all five where
    // its catalogue is public (the languages of the program's messages come from one place).
    const QSet<QString> five = {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"),
                                QStringLiteral("sv"), QStringLiteral("zh")};
    QHash<MailClient, QSet<QString>> languages;
    for (const ClientMessage &m : clientMessages()) {
        languages[m.client].insert(QLatin1String(m.language));
        QVERIFY2(QByteArray(m.source).contains(':') || QByteArray(m.source).startsWith("https://"), m.key);
    }
    for (int c = int(MailClient::Thunderbird); c <= int(MailClient::WindowsMail); ++c) {
        const MailClient client = MailClient(c);
        const QStringList declared = clientLanguages(client);
        QSet<QString> declaredSet(declared.cbegin(), declared.cend());
        QVERIFY2(declaredSet.size() == declared.size(), qPrintable(mailClientId(client)));
        QVERIFY2(declaredSet.subtract(five).isEmpty(), qPrintable(mailClientId(client)));
        QCOMPARE(languages.value(client), QSet<QString>(declared.cbegin(), declared.cend()));
    }
    for (const char *client : {"thunderbird", "thunderbird-android", "evolution", "kmail", "mailspring"}) {
        for (int c = int(MailClient::Thunderbird); c <= int(MailClient::WindowsMail); ++c) {
            if (mailClientId(MailClient(c)) == QLatin1String(client))
                QCOMPARE(clientLanguages(MailClient(c)).size(), 5);
        }
    }
}

void TestClientMessages::looseReplies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<int>("code");

    // Python smtplib exceptions (str() of SMTPSenderRefused / SMTPAuthenticationError / ...).
    QTest::newRow("python 550 163") << QStringLiteral("smtplib.SMTPDataError: (550, b'User has no permission')") << Cause::PasswordLoginDisabled << 550;
    QTest::newRow("python 535 gmail")
        << QStringLiteral("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials d2-20020a05600c4b8200b003b4cba4ef71sm10766898wmp.1 - gsmtp')")
        << Cause::AuthFailed << 535;
    QTest::newRow("python 534 gmail app password")
        << QStringLiteral("smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password required. For more information, go to\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor')")
        << Cause::PasswordLoginDisabled << 534;
    QTest::newRow("python 553 qq") << QStringLiteral("smtplib.SMTPSenderRefused: (553, b'Mail from must equal authorized user', 'other@example.com')") << Cause::SenderRejected << 553;
    QTest::newRow("python recipients") << QStringLiteral("smtplib.SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table')}") << Cause::RecipientUnknown << 550;
    QTest::newRow("python double quotes") << QStringLiteral("(535, \"Error: authentication failed\")") << Cause::AuthFailed << 535;
    // .NET System.Net.Mail.SmtpException.
    QTest::newRow(".net 5.7.57")
        << QStringLiteral("System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.")
        << Cause::PasswordLoginDisabled << 0;
    QTest::newRow(".net mailbox unavailable")
        << QStringLiteral("System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.60 SMTP; Client does not have permissions to send as this sender")
        << Cause::SenderRejected << 0;
    QTest::newRow(".net relay") << QStringLiteral("SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.54 SMTP; Unable to relay recipient in non-accepted domain") << Cause::RelayDenied << 0;
    // PHPMailer.
    QTest::newRow("phpmailer 554")
        << QStringLiteral("SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: Message rejected: Sending quota exceeded. SMTP code: 554 Additional SMTP info: 5.7.1")
        << Cause::RateLimited << 554;
    QTest::newRow("phpmailer 535")
        << QStringLiteral("SMTP ERROR: Password command failed: 535 Incorrect authentication data\nSMTP Error: Could not authenticate.")
        << Cause::AuthFailed << 535;
    // Node (nodemailer).
    QTest::newRow("nodemailer invalid login") << QStringLiteral("Error: Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials") << Cause::AuthFailed << 535;
    QTest::newRow("nodemailer econnrefused") << QStringLiteral("Error: connect ECONNREFUSED 127.0.0.1:587\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1494:16)") << Cause::ConnectionRefused << 0;
    QTest::newRow("nodemailer enotfound") << QStringLiteral("Error: getaddrinfo ENOTFOUND smtp.gmial.com") << Cause::HostNotFound << 0;
    QTest::newRow("nodemailer etimedout") << QStringLiteral("Error: Connection timeout\n  code: 'ETIMEDOUT',\n  command: 'CONN'") << Cause::PortBlocked << 0;
    QTest::newRow("nodemailer mail command") << QStringLiteral("Error: Mail command failed: 553 Mail from must equal authorized user") << Cause::SenderRejected << 553;
    // Only an enhanced code.
    QTest::newRow("enhanced only data") << QStringLiteral("5.7.1 <DATA>: Message rejected due to content restrictions") << Cause::MessageRejected << 0;
    QTest::newRow("enhanced only relay") << QStringLiteral("Delivery failed: 5.7.1 Unable to relay") << Cause::RelayDenied << 0;
    QTest::newRow("enhanced only user") << QStringLiteral("status 5.1.1 The email account that you tried to reach does not exist") << Cause::RecipientUnknown << 0;
    // No code at all.
    QTest::newRow("no code 163") << QStringLiteral("Mail from must equal authorized user") << Cause::SenderRejected << 0;
    // Multi-line replies.
    QTest::newRow("multi-line 550")
        << QStringLiteral("550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n550-5.7.26 sender and Gmail users, and has been blocked. The sender must\n550-5.7.26 authenticate with at least one of SPF or DKIM.\n550 5.7.26  https://support.google.com/mail/answer/81126#authentication")
        << Cause::DomainAuthFailed << 550;
    QTest::newRow("multi-line 535 odd case")
        << QStringLiteral("535-5.7.8 USERNAME AND PASSWORD NOT ACCEPTED. Learn more at\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials")
        << Cause::AuthFailed << 535;
}

void TestClientMessages::looseReplies()
{
    QFETCH(QString, text);
    QFETCH(Cause, cause);
    QFETCH(int, code);
    const DecodeResult r = decodePaste(text);
    QCOMPARE(r.verdict.cause, cause);
    QVERIFY(!r.findings.isEmpty());
    QCOMPARE(r.findings.at(r.verdict.finding < 0 ? 0 : r.verdict.finding).code, code);
}

void TestClientMessages::numbersAreNotCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plausible");
    QTest::addColumn<int>("position");
    const QString quota = QStringLiteral("You have exceeded your relay quota of 500 messages per day");
    QTest::newRow("quota") << quota << false << int(quota.indexOf(QLatin1String("500")));
    const QString limit = QStringLiteral("limit is 550 recipients");
    QTest::newRow("limit is") << limit << false << int(limit.indexOf(QLatin1String("550")));
    const QString said = QStringLiteral("host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown");
    QTest::newRow("said") << said << true << int(said.indexOf(QLatin1String("550")));
    const QString start = QStringLiteral("550 5.1.1 unknown");
    QTest::newRow("line start") << start << true << 0;
    const QString stamp = QStringLiteral("2024-01-01 12:00:01 550 5.1.1 unknown");
    QTest::newRow("time stamp") << stamp << true << int(stamp.indexOf(QLatin1String("550")));
    const QString upper = QStringLiteral("SMTP ERROR 535 bad");
    QTest::newRow("error label") << upper << true << int(upper.indexOf(QLatin1String("535")));
}

void TestClientMessages::numbersAreNotCodes()
{
    QFETCH(QString, text);
    QFETCH(bool, plausible);
    QFETCH(int, position);
    QCOMPARE(plausibleReplyCodeAt(text, position), plausible);
}

void TestClientMessages::partialAndJunk_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Cause>("cause");
    QTest::newRow("quota sentence") << QStringLiteral("You have exceeded your relay quota of 500 messages per day.") << Cause::RateLimited;
    QTest::newRow("upper case") << QStringLiteral("UNABLE TO AUTHENTICATE TO OUTGOING SERVER (SMTP) SMTP.EXAMPLE.COM. PLEASE CHECK THE PASSWORD AND VERIFY THE 'AUTHENTICATION METHOD' IN 'ACCOUNT SETTINGS | OUTGOING SERVER (SMTP)'.") << Cause::AuthFailed;
    QTest::newRow("crlf") << QStringLiteral("Der SMTP-Server smtp.example.com unterstützt die gewählte\r\nAuthentifizierungsmethode nicht. Bitte ändern Sie die \"Authentifizierungsmethode\" unter\r\n\"Konten-Einstellungen | Postausgangs-Server (SMTP)\".") << Cause::AuthUnavailable;
    QTest::newRow("control chars") << QStringLiteral("\x01\x02Sending of the message failed.\x7f") << Cause::Unknown;
    QTest::newRow("empty python") << QStringLiteral("(550, b'')") << Cause::Unknown;
    QTest::newRow("cut off") << QStringLiteral("An error occurred while sending mail. The mail server responded:") << Cause::Unknown;
    // Hostile: a message start repeated without its end, NULs and non-characters, a placeholder
    // pasted literally.
    QTest::newRow("repeated start") << QStringLiteral("An error occurred while sending mail. The mail server responded: ").repeated(2000) << Cause::Unknown;
    QTest::newRow("nul and non-characters") << (QString(QChar(0)) + QStringLiteral("Token expired") + QString(QChar(0xFFFF))).repeated(50) << Cause::Unknown;
    // Quotation marks as a paste may have them instead of the catalogue's.
    QTest::newRow("straight quotes") << QStringLiteral("The sender address \"alice@example.org\" was rejected by the server.") << Cause::SenderRejected;
    QTest::newRow("guillemets") << QStringLiteral("The recipient «bob@example.net» was rejected by the server because it does not allow relaying.") << Cause::RelayDenied;
    QTest::newRow("apple title above") << QStringLiteral("Cannot Send Mail\n\nThe server “smtp.example.com” refused to allow a connection on port 587.") << Cause::ConnectionRefused;
    // As pages quote Apple Mail's alerts: straight quotes, the title and the Outbox line above,
    // wrapped, without the full stop.
    QTest::newRow("apple failed login, straight quotes") << QStringLiteral("The user name or password for \"SMTP:alice@zoho.com@smtp.zoho.com\" is incorrect.") << Cause::AuthFailed;
    QTest::newRow("apple ios 8 relaying") << QStringLiteral("Cannot Send Mail\n\nA copy has been placed in your Outbox.\nThe recipient was rejected by\nthe server because it does\nnot allow relaying") << Cause::RelayDenied;
    QTest::newRow("literal placeholders") << QStringLiteral("Unable to authenticate to Outgoing server (SMTP) %S. Please check the password and verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.") << Cause::AuthFailed;
}

void TestClientMessages::partialAndJunk()
{
    QFETCH(QString, text);
    QFETCH(Cause, cause);
    QCOMPARE(decodePaste(text).verdict.cause, cause);
}

QTEST_GUILESS_MAIN(TestClientMessages)
#include "tst_clientmessages.moc"
