// SPDX-License-Identifier: GPL-3.0-or-later
// The mail-client registry: every MailClient has a complete descriptor, the JSON IDs stay as
// they are, every file format belongs to one client, and the conversions between a detected
// account, the settings to test and the change to write.
#include "accounts/accountsettings.h"
#include "accounts/clients/mailclient.h"

#include <QMetaEnum>
#include <QSet>
#include <QtTest>

using namespace od;

Q_DECLARE_METATYPE(od::MailClient)
Q_DECLARE_METATYPE(od::Term)
Q_DECLARE_METATYPE(od::AccountSettings)

class TestMailClients : public QObject
{
    Q_OBJECT
private slots:
    void everyClientIsComplete();
    void ids_data();
    void ids();
    void everyFormatHasOneClient();
    void displayNames();
    void instructionPaths();
    void termsForEveryClientWithInstructions();
    void ownTerms_data();
    void ownTerms();
    void stepsNameTheOwnFields();
    void processNames_data();
    void processNames();
    void runningCheckCoversWriters();
    void fromMailAccount_data();
    void fromMailAccount();
    void changeFor_data();
    void changeFor();
};

void TestMailClients::everyClientIsComplete()
{
    const QMetaEnum e = QMetaEnum::fromType<MailClient>();
    QCOMPARE(MailClients::all().size(), e.keyCount());
    QSet<QString> ids;
    for (int i = 0; i < e.keyCount(); ++i) {
        const MailClient c = MailClient(e.value(i));
        const ClientDescriptor &d = MailClients::descriptor(c);
        const char *key = e.key(i);
        QVERIFY2(d.client == c, key);
        QVERIFY2(d.id.size() > 0, key);
        QVERIFY2(!ids.contains(d.id), key);
        ids.insert(d.id);
        QVERIFY2(d.name && *d.name, key);
        QCOMPARE(MailClients::find(d.id), &d);
        // Reading: locations need a reader; a sniffer needs its formats and a reader for them.
        QVERIFY2(bool(d.locations) == bool(d.readLocation), key);
        QVERIFY2(bool(d.sniff) == !d.formats.isEmpty(), key);
        QVERIFY2(bool(d.sniff) == bool(d.readFormat), key);
        QVERIFY2(d.locations || d.readSystem || d.instructions.size(), key); // something to offer
        if (d.locations) {
            const QList<ClientLocation> locs = d.locations(UserDirs{QStringLiteral("/h"), QStringLiteral("/h/.config"),
                                                                    QStringLiteral("/h/AppData/Roaming")});
            for (const ClientLocation &l : locs) {
                QVERIFY2(l.path.startsWith(QLatin1String("/h/")), key);
                QVERIFY2(l.platforms != Platforms(), key);
            }
        }
        // Writing: a writable client is checked for running processes or locks, and one that
        // keeps its settings in memory names its processes with a message.
        if (d.writeTargets) {
            QVERIFY2(d.closeBeforeWriting == !d.processes.isEmpty(), key);
        }
        QVERIFY2(d.processes.isEmpty() == !d.runningMessage, key);
        if (d.runningMessage)
            QVERIFY2(QByteArray(d.runningMessage).contains("%1"), key);
        // Instructions: none (the generic ones apply) or one set per path.
        if (!d.instructions.isEmpty()) {
            QCOMPARE(d.instructions.size(), std::size(AllInstructionPaths));
            for (InstructionPath p : AllInstructionPaths) {
                const auto it = std::find_if(d.instructions.cbegin(), d.instructions.cend(),
                                             [p](const InstructionSteps &s) { return s.path == p; });
                QVERIFY2(it != d.instructions.cend(), key);
                QVERIFY2(it->steps[0] && it->steps[1], key); // at least two steps
            }
        }
    }
    QCOMPARE(MailClients::genericInstructions().size(), std::size(AllInstructionPaths));
}

void TestMailClients::termsForEveryClientWithInstructions()
{
    // Every program with its own steps names every field and value the steps speak of in its own
    // words (one per term, each marked for translation with the program's name in its comment).
    QStringList withSteps{QStringLiteral("generic")};
    for (const ClientDescriptor *d : MailClients::all()) {
        if (!d->instructions.isEmpty())
            withSteps << d->id;
        else
            QVERIFY2(d->terms.isEmpty(), d->id.data()); // words without steps would never be shown
    }
    QVERIFY(withSteps.size() >= 7);
    for (const QString &id : std::as_const(withSteps)) {
        const ClientDescriptor *d = MailClients::find(id);
        const ClientTerms &terms = d ? d->terms : MailClients::genericTerms();
        QCOMPARE(terms.size(), qsizetype(std::size(AllTerms))); // no term twice
        const QByteArray name = d ? QByteArray(d->name).split(' ').first() : QByteArray("generic");
        for (Term t : AllTerms) {
            const ClientTerm own = MailClients::ownTerm(id, t);
            const QByteArray what = id.toUtf8() + ' ' + QByteArray::number(int(t));
            QVERIFY2(own.source && *own.source, what.constData());
            QVERIFY2(own.comment && QByteArray(own.comment).startsWith(name), what.constData());
            QVERIFY2(!QByteArray(own.source).endsWith(':'), what.constData()); // the page adds the colon
            QCOMPARE(MailClients::term(id, t).source, own.source);
        }
    }
    // A program without its own steps gets the generic words.
    QCOMPARE(MailClients::term(QStringLiteral("msmtp"), Term::SecurityField).source,
             MailClients::ownTerm(QStringLiteral("generic"), Term::SecurityField).source);
    QVERIFY(!MailClients::ownTerm(QStringLiteral("msmtp"), Term::SecurityField).source);
    QVERIFY(!MailClients::ownTerm(QStringLiteral("no-such-client"), Term::PortField).source);
    QVERIFY(MailClients::term(QStringLiteral("no-such-client"), Term::PortField).source);
}

void TestMailClients::ownTerms_data()
{
    // Each program's English words, as its own English interface has them.
    QTest::addColumn<QString>("client");
    QTest::addColumn<Term>("term");
    QTest::addColumn<QString>("word");
    QTest::newRow("thunderbird security") << QStringLiteral("thunderbird") << Term::SecurityField
                                          << QStringLiteral("Connection security");
    QTest::newRow("thunderbird auth") << QStringLiteral("thunderbird") << Term::AuthField
                                      << QStringLiteral("Authentication method");
    QTest::newRow("thunderbird normal password") << QStringLiteral("thunderbird") << Term::AuthNormalPassword
                                                 << QStringLiteral("Normal password");
    QTest::newRow("thunderbird user") << QStringLiteral("thunderbird") << Term::UserField
                                      << QStringLiteral("User Name");
    QTest::newRow("generic security") << QStringLiteral("generic") << Term::SecurityField
                                      << QStringLiteral("Encryption");
    // Claws Mail's account preferences (src/prefs_account.c).
    QTest::newRow("claws server") << QStringLiteral("claws-mail") << Term::ServerField
                                  << QStringLiteral("SMTP server (send)");
    QTest::newRow("claws port") << QStringLiteral("claws-mail") << Term::PortField << QStringLiteral("SMTP port");
    QTest::newRow("claws security") << QStringLiteral("claws-mail") << Term::SecurityField
                                    << QStringLiteral("Send (SMTP)");
    QTest::newRow("claws starttls") << QStringLiteral("claws-mail") << Term::SecurityStartTls
                                    << QStringLiteral("Use STARTTLS command to start encrypted session");
    QTest::newRow("claws tls") << QStringLiteral("claws-mail") << Term::SecurityTls << QStringLiteral("Use TLS");
    QTest::newRow("claws no tls") << QStringLiteral("claws-mail") << Term::SecurityNone
                                  << QStringLiteral("Don't use TLS");
    QTest::newRow("claws auth") << QStringLiteral("claws-mail") << Term::AuthField
                                << QStringLiteral("Authentication method");
    QTest::newRow("claws user") << QStringLiteral("claws-mail") << Term::UserField << QStringLiteral("User ID");
    QTest::newRow("claws email") << QStringLiteral("claws-mail") << Term::EmailField
                                 << QStringLiteral("Mail address");
    // KMail's SMTP transport dialog and Evolution's Sending Email page.
    QTest::newRow("kmail server") << QStringLiteral("kmail") << Term::ServerField
                                  << QStringLiteral("Outgoing mail server");
    QTest::newRow("kmail user") << QStringLiteral("kmail") << Term::UserField << QStringLiteral("Login");
    QTest::newRow("evolution security") << QStringLiteral("evolution") << Term::SecurityField
                                        << QStringLiteral("Encryption method");
    QTest::newRow("evolution starttls") << QStringLiteral("evolution") << Term::SecurityStartTls
                                        << QStringLiteral("STARTTLS after connecting");
}

void TestMailClients::ownTerms()
{
    QFETCH(QString, client);
    QFETCH(Term, term);
    QFETCH(QString, word);
    QCOMPARE(QString::fromUtf8(MailClients::term(client, term).source), word);
}

void TestMailClients::stepsNameTheOwnFields()
{
    // A program's steps quote its fields in the words its terms give, so the steps and the
    // "field: value" lines below them name the same thing; Claws Mail's steps name every field
    // the settings lines use.
    const Term fields[] = {Term::ServerField, Term::PortField, Term::SecurityField,
                           Term::AuthField,   Term::UserField, Term::EmailField};
    for (const ClientDescriptor *d : MailClients::all()) {
        if (d->instructions.isEmpty())
            continue;
        QString allSteps;
        for (const InstructionSteps &s : d->instructions) {
            for (const char *step : s.steps) {
                if (step)
                    allSteps += QString::fromUtf8(step) + u'\n';
            }
        }
        int quoted = 0;
        for (Term t : fields) {
            const QString word = QString::fromUtf8(MailClients::ownTerm(d->id, t).source);
            if (allSteps.contains(u'"' + word + u'"'))
                ++quoted;
        }
        QVERIFY2(quoted >= 1, d->id.data()); // the steps speak the program's own words
        if (d->client == MailClient::ClawsMail)
            QCOMPARE(quoted, int(std::size(fields)));
    }
    // Claws Mail has its own steps for every path now, not the generic ones.
    const ClientDescriptor &claws = MailClients::descriptor(MailClient::ClawsMail);
    QCOMPARE(claws.instructions.size(), qsizetype(std::size(AllInstructionPaths)));
    for (const InstructionSteps &s : claws.instructions)
        QVERIFY(s.steps[0] && QByteArray(s.steps[0]).contains("Configuration > Edit accounts"));
}

void TestMailClients::ids_data()
{
    // The JSON interface: these IDs never change.
    QTest::addColumn<MailClient>("client");
    QTest::addColumn<QString>("id");
    QTest::newRow("outlook") << MailClient::Outlook << QStringLiteral("outlook");
    QTest::newRow("new-outlook") << MailClient::NewOutlook << QStringLiteral("new-outlook");
    QTest::newRow("thunderbird") << MailClient::Thunderbird << QStringLiteral("thunderbird");
    QTest::newRow("apple-mail") << MailClient::AppleMail << QStringLiteral("apple-mail");
    QTest::newRow("kmail") << MailClient::KMail << QStringLiteral("kmail");
    QTest::newRow("evolution") << MailClient::Evolution << QStringLiteral("evolution");
    QTest::newRow("claws-mail") << MailClient::ClawsMail << QStringLiteral("claws-mail");
    QTest::newRow("msmtp") << MailClient::Msmtp << QStringLiteral("msmtp");
    QTest::newRow("neomutt") << MailClient::NeoMutt << QStringLiteral("neomutt");
    QTest::newRow("git-send-email") << MailClient::GitSendEmail << QStringLiteral("git-send-email");
}

void TestMailClients::ids()
{
    QFETCH(MailClient, client);
    QFETCH(QString, id);
    QCOMPARE(QString(MailClients::descriptor(client).id), id);
    QVERIFY(!MailClients::find(id.toUpper())); // IDs are exact
}

void TestMailClients::everyFormatHasOneClient()
{
    using AccountReaders::Format;
    for (int f = int(Format::Unknown) + 1; f <= int(Format::GitConfig); ++f) {
        int owners = 0;
        for (const ClientDescriptor *d : MailClients::all())
            owners += d->formats.count(Format(f));
        QVERIFY2(owners == 1, qPrintable(AccountReaders::formatName(Format(f))));
        QVERIFY(MailClients::clientOfFormat(Format(f)));
    }
    QVERIFY(!MailClients::clientOfFormat(Format::Unknown));
}

void TestMailClients::displayNames()
{
    QCOMPARE(MailClients::displayName(QStringLiteral("thunderbird")), QStringLiteral("Thunderbird"));
    QCOMPARE(MailClients::displayName(QStringLiteral("outlook")), QStringLiteral("Outlook (classic)"));
    QCOMPARE(MailClients::displayName(QStringLiteral("git-send-email")), QStringLiteral("git send-email"));
    QCOMPARE(MailClients::displayName(QString()), QStringLiteral("Another mail program"));
    QCOMPARE(MailClients::displayName(QStringLiteral("pine")), QStringLiteral("Another mail program"));
}

void TestMailClients::instructionPaths()
{
    QCOMPARE(MailClients::instructionPathFor(Fix::EnableAuth), InstructionPath::Login);
    QCOMPARE(MailClients::instructionPathFor(Fix::UseSubmissionPort), InstructionPath::Login);
    QCOMPARE(MailClients::instructionPathFor(Fix::UseLocalServer), InstructionPath::Server);
    QCOMPARE(MailClients::instructionPathFor(Fix::PopBeforeSmtp), InstructionPath::PopFirst);
    QCOMPARE(MailClients::instructionPathFor(Fix::FixSenderAddress), InstructionPath::Sender);
    QVERIFY(!MailClients::instructionPathFor(Fix::ContactProvider));
}

void TestMailClients::processNames_data()
{
    QTest::addColumn<QString>("name"); // as /proc/<pid>/comm has it
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "kmail" << "kmail" << true;
    QTest::newRow("other") << "kmail2" << "kmail" << false;
    QTest::newRow("case") << "KMail" << "kmail" << false;
    QTest::newRow("prefix") << "akonadi_imap_re" << "akonadi_*" << true;
    QTest::newRow("prefix only") << "akonadi" << "akonadi_*" << false;
    QTest::newRow("cut to 15") << "thunderbird-bin" << "thunderbird-bin" << true;
    QTest::newRow("long name cut") << "akonadi_maildis" << "akonadi_maildispatcher_agent" << true;
    QTest::newRow("short is not cut") << "akonadi_mail" << "akonadi_maildispatcher_agent" << false;
    QTest::newRow("empty") << "" << "kmail" << false;
}

void TestMailClients::processNames()
{
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    QFETCH(bool, matches);
    QCOMPARE(MailClients::processNameMatches(name, pattern), matches);
}

void TestMailClients::runningCheckCoversWriters()
{
    // Every process that writes KMail's files or a Thunderbird profile is named.
    const QStringList kmail = MailClients::descriptor(MailClient::KMail).processes;
    for (const char *p : {"kmail", "kontact", "akonadi_maildispatcher_agent", "akonadi_imap_resource"}) {
        const QString comm = QString::fromLatin1(p).left(15);
        QVERIFY2(std::any_of(kmail.cbegin(), kmail.cend(),
                             [&](const QString &pat) { return MailClients::processNameMatches(comm, pat); }), p);
    }
    const QStringList tb = MailClients::descriptor(MailClient::Thunderbird).processes;
    for (const char *p : {"thunderbird", "thunderbird-bin", "betterbird"})
        QVERIFY2(tb.contains(QLatin1String(p)), p);
#ifdef Q_OS_LINUX
    // This test's own process is found by its name.
    const QString self = QCoreApplication::applicationName().left(15);
    QVERIFY(MailClients::runningProcesses({self}).contains(self));
    QVERIFY(MailClients::runningProcesses({QStringLiteral("no-such-process-here")}).isEmpty());
#endif
}

void TestMailClients::fromMailAccount_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("authentication");
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("plain") << "plain" << "u" << true << "PLAIN";
    QTest::newRow("login") << "login" << "u" << true << "LOGIN";
    QTest::newRow("cram") << "cram-md5" << "u" << true << "CRAM-MD5";
    QTest::newRow("encrypted") << "password-encrypted" << "u" << true << "CRAM-MD5";
    QTest::newRow("any") << "any" << "u" << true << "";
    QTest::newRow("none") << "none" << "u" << false << "";
    QTest::newRow("unknown, user") << "" << "u" << true << "";
    QTest::newRow("unknown, no user") << "" << "" << false << "";
    QTest::newRow("oauth") << "oauth2" << "u" << true << "";
}

void TestMailClients::fromMailAccount()
{
    QFETCH(QString, auth);
    QFETCH(QString, user);
    QFETCH(bool, authentication);
    QFETCH(QString, mechanism);
    MailAccount m;
    m.client = QStringLiteral("msmtp");
    m.email = QStringLiteral("a@example.test");
    m.smtp.host = QStringLiteral("smtp.example.test");
    m.smtp.port = 70000; // out of range: clamped
    m.smtp.security = Security::StartTls;
    m.smtp.auth = auth;
    m.smtp.user = user;
    m.incoming = {QStringLiteral("pop3"), QStringLiteral("pop.example.test"), 995, user};
    const AccountSettings a = AccountConversion::fromMailAccount(m);
    QCOMPARE(a.client, m.client);
    QCOMPARE(a.email, m.email);
    QCOMPARE(a.host, m.smtp.host);
    QCOMPARE(a.port, quint16(65535));
    QCOMPARE(a.security, Security::StartTls);
    QCOMPARE(a.authentication, authentication);
    QCOMPARE(a.authMechanism, mechanism);
    QCOMPARE(a.incomingHost, QStringLiteral("pop.example.test"));
    QCOMPARE(a.incomingPort, quint16(995));
}

void TestMailClients::changeFor_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<AccountSettings>("verified");
    QTest::addColumn<int>("usedPort"); // 0: no attempt known
    QTest::addColumn<QStringList>("fields");

    MailAccount file;
    file.client = QStringLiteral("thunderbird");
    file.email = QStringLiteral("a@example.test");
    file.replyTo = QStringLiteral("r@example.test");
    file.identityRef = QStringLiteral("id1");
    file.smtp = {QStringLiteral("smtp.example.test"), 25, Security::None, QStringLiteral("none"), QString()};
    const AccountSettings same = AccountConversion::fromMailAccount(file);

    QTest::newRow("nothing") << "thunderbird" << same << 0 << QStringList();
    AccountSettings host = same;
    host.host = QStringLiteral("SMTP.EXAMPLE.TEST"); // case does not count
    QTest::newRow("host case") << "thunderbird" << host << 0 << QStringList();
    host.host = QStringLiteral("mail.example.test");
    QTest::newRow("host") << "thunderbird" << host << 0 << QStringList{QStringLiteral("host")};
    AccountSettings automatic = same;
    automatic.port = 0;
    automatic.security = Security::Auto;
    QTest::newRow("auto port taken from the attempt") << "thunderbird" << automatic << 587
                                                      << QStringList{QStringLiteral("port"), QStringLiteral("security")};
    QTest::newRow("auto port, no attempt") << "thunderbird" << automatic << 0 << QStringList();
    AccountSettings login = same;
    login.authentication = true;
    login.user = QStringLiteral(" a@example.test ");
    QTest::newRow("login") << "thunderbird" << login << 0 << QStringList{QStringLiteral("auth"), QStringLiteral("user")};
    AccountSettings sender = same;
    sender.email = QStringLiteral("b@example.test");
    sender.replyTo.clear();
    QTest::newRow("sender + reply-to") << "thunderbird" << sender << 0
                                       << QStringList{QStringLiteral("from"), QStringLiteral("replyTo")};
    QTest::newRow("sender, no reply-to in msmtp") << "msmtp" << sender << 0 << QStringList{QStringLiteral("from")};
    QTest::newRow("unknown client") << "pine" << sender << 0 << QStringList{QStringLiteral("from")};
}

void TestMailClients::changeFor()
{
    QFETCH(QString, client);
    QFETCH(AccountSettings, verified);
    QFETCH(int, usedPort);
    QFETCH(QStringList, fields);
    MailAccount file;
    file.client = client;
    file.email = QStringLiteral("a@example.test");
    file.replyTo = QStringLiteral("r@example.test");
    file.identityRef = QStringLiteral("id1");
    file.smtp = {QStringLiteral("smtp.example.test"), 25, Security::None, QStringLiteral("none"), QString()};
    Attempt used;
    used.endpoint.port = quint16(usedPort);
    used.security = Security::StartTls;
    const AccountChange c = AccountConversion::changeFor(file, verified, usedPort ? &used : nullptr);
    QStringList got;
    if (c.host) got << QStringLiteral("host");
    if (c.port) got << QStringLiteral("port");
    if (c.security) got << QStringLiteral("security");
    if (c.auth) got << QStringLiteral("auth");
    if (c.user) got << QStringLiteral("user");
    if (c.from) got << QStringLiteral("from");
    if (c.replyTo) got << QStringLiteral("replyTo");
    QCOMPARE(got, fields);
    if (c.port)
        QCOMPARE(*c.port, usedPort);
    if (c.user)
        QCOMPARE(*c.user, QStringLiteral("a@example.test"));
    if (c.auth)
        QCOMPARE(*c.auth, QStringLiteral("password-cleartext"));
}

QTEST_GUILESS_MAIN(TestMailClients)
#include "tst_mailclients.moc"
