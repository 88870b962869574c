// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "core/languages.h"
#include "diagnosis/knowledge.h"
#include "diagnosis/probediagnosis.h"
#include "report/reportprivacy.h"
#include "smtp/certificatetrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QTimeZone>

#include <algorithm>

namespace od {

ReportBlock ReportBlock::paragraph(const QString &text)
{
    ReportBlock b;
    b.kind = Kind::Paragraph;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::emphasis(const QString &text)
{
    ReportBlock b;
    b.kind = Kind::Emphasis;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::subheading(const QString &text)
{
    ReportBlock b;
    b.kind = Kind::Subheading;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::bullets(const QStringList &lines)
{
    ReportBlock b;
    b.kind = Kind::Bullets;
    b.lines = lines;
    return b;
}

ReportBlock ReportBlock::verbatim(const QStringList &lines)
{
    ReportBlock b;
    b.kind = Kind::Verbatim;
    b.lines = lines;
    return b;
}

QStringList ReportDocument::sectionIds() const
{
    QStringList ids;
    for (const ReportSection &s : sections)
        ids << s.id;
    return ids;
}

const ReportSection *ReportDocument::section(const QString &id) const
{
    for (const ReportSection &s : sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void ReportDocument::forEachString(const std::function<void(QString &)> &function)
{
    function(title);
    function(subtitle);
    for (ReportSection &s : sections) {
        function(s.title);
        for (ReportBlock &b : s.blocks) {
            function(b.text);
            for (auto &field : b.fields) {
                function(field.first);
                function(field.second);
            }
            for (QString &c : b.columns)
                function(c);
            for (QStringList &row : b.rows) {
                for (QString &cell : row)
                    function(cell);
            }
            for (QString &line : b.lines)
                function(line);
        }
    }
}

QStringList reportSectionOrder()
{
    return {QStringLiteral("summary"),      QStringLiteral("story"),       QStringLiteral("question"),
            QStringLiteral("location"),     QStringLiteral("settings"),    QStringLiteral("attempts"),
            QStringLiteral("endpoints"),
            QStringLiteral("capabilities"), QStringLiteral("certificate"), QStringLiteral("paste"),
            QStringLiteral("environment"),  QStringLiteral("transcript")};
}

Cause reportCause(const Report &report)
{
    if (report.probe) {
        const Diagnosis d = diagnoseProbe(*report.probe);
        if (d.attempt >= 0 || !report.paste)
            return d.cause;
    }
    if (report.paste)
        return report.paste->cause;
    return Cause::Unknown;
}

Cause reportOriginalCause(const Report &report)
{
    if (report.original)
        return diagnoseProbe(*report.original).cause;
    return reportCause(report);
}

bool reportSolved(const Report &report)
{
    return report.probe && !report.probe->aborted && diagnoseProbe(*report.probe).cause == Cause::Ok
        && (report.original || !report.fixesTried.isEmpty());
}

namespace {

// A pasted reply often carries its code already ("550 <x>... Relaying denied").
QString replyWithCode(int code, const QString &text)
{
    if (!code || text.startsWith(QString::number(code)))
        return text;
    return QStringLiteral("%1 %2").arg(code).arg(text);
}

} // namespace

namespace {

// Every text of the report, in the context "od::Report".
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(od::Report)

public:
    explicit ReportBuilder(const Report &report)
        : r(report)
        , m_verdict(report.probe ? diagnoseProbe(*report.probe) : Diagnosis())
        , m_original(report.original ? diagnoseProbe(*report.original) : Diagnosis())
    { }

    ReportDocument build();
    QStringList questionParagraphs();
    QString title() const;

private:
    // Texts for the engine's values.
    static QString failureText(Failure failure);
    static QString outcomeText(ReportFixTried::Outcome outcome);
    static QString attemptsTitle() { return tr("Fixes tried, attempt by attempt"); }
    static QString yesNo(bool value);
    static QString replyText(const SmtpReply &reply);
    static QString timeText(const QDateTime &time);
    static QString msText(qint64 ms);
    static QString pasteFormatText(const QString &format);
    QString attemptHeading(const Attempt &attempt) const;
    // The security an attempt really had: "STARTTLS when offered" resolved to what happened.
    static Security usedSecurity(const Attempt &attempt);
    // The reply that decided an attempt: the refusal, else the last answer to the envelope.
    static QString decidingReply(const Attempt &attempt);
    static const Attempt *verdictAttempt(const ProbeResult &result, const Diagnosis &diagnosis);
    static QDateTime verdictTime(const ProbeResult &result);
    // Server, port, step, reply, cause and time of a test, as label/value pairs.
    ReportBlock testFacts(const ProbeResult &result, const Diagnosis &diagnosis, bool withStep) const;
    ReportBlock attemptsOverview(const ProbeResult &result, const Diagnosis &diagnosis) const;
    QString pastedReply() const;
    QStringList settingsChangeParagraphs(const ReportSettingsChange &change, bool tested,
                                         QList<std::pair<QString, QString>> *fields) const;
    // Each fix once, as its latest attempt ended, with how many attempts it had; in the order of
    // their latest attempts (as the wizard's Done page lists them).
    struct FixOutcome
    {
        const ReportFixTried *latest = nullptr;
        int attempts = 0;
    };
    QList<FixOutcome> fixOutcomes() const;
    // What became of a fix's attempt: its test's result, or what happened to the change.
    static QString attemptOutcomeText(const ReportFixTried &attempt);
    // Some fix was tried more than once: the attempts are listed one by one (section "attempts").
    bool anyFixRetried() const;
    // The latest fix tried changed the mail program in a way only the mail program can test.
    bool lastFixUntested() const
    {
        return !r.fixesTried.isEmpty() && r.fixesTried.constLast().outcome == ReportFixTried::Outcome::NotTested
            && r.fixesTried.constLast().settingsChange.outcome == ReportSettingsChange::Outcome::Applied;
    }

    const Attempt *verdictAttempt() const { return r.probe ? verdictAttempt(*r.probe, m_verdict) : nullptr; }
    QDateTime verdictTime() const { return r.probe ? verdictTime(*r.probe) : QDateTime(); }

    ReportSection summary();
    ReportSection story();
    ReportSection question();
    ReportSection location();
    ReportSection settings();
    ReportSection attempts();
    ReportSection endpoints();
    ReportSection capabilities();
    ReportSection certificate();
    ReportSection paste();
    ReportSection environment();
    ReportSection transcript();

    QStringList certificateFields(const QSslCertificate &cert, QList<std::pair<QString, QString>> *fields) const;

    const Report &r;
    const Diagnosis m_verdict;  // the probe's, when there is one
    const Diagnosis m_original; // the first test's, when fixes were tried after it
    QDateTime m_created;
};

QString ReportBuilder::title() const
{
    if (reportSolved(r) && reportOriginalCause(r) != Cause::Ok)
        return tr("Outbox Doctor report: %1 — solved").arg(causeTitle(reportOriginalCause(r)));
    return tr("Outbox Doctor report: %1").arg(causeTitle(reportCause(r)));
}

QString ReportBuilder::failureText(Failure failure)
{
    switch (failure) {
    case Failure::None: return tr("The conversation was completed.");
    case Failure::ResolveFailed: return tr("The server's name could not be looked up.");
    case Failure::ConnectRefused: return tr("The connection was refused.");
    case Failure::ConnectTimeout: return tr("No connection could be made in time (the port may be blocked).");
    case Failure::NetworkError: return tr("A network error occurred.");
    case Failure::GreetingTimeout: return tr("The server did not greet in time.");
    case Failure::ClosedBeforeGreeting: return tr("The server closed the connection before greeting.");
    case Failure::ProtocolViolation: return tr("The server's answer was not valid SMTP.");
    case Failure::ReplyTimeout: return tr("The server did not answer in time.");
    case Failure::ConnectionClosed: return tr("The server closed the connection.");
    case Failure::TlsHandshakeFailed: return tr("The encrypted connection could not be set up.");
    case Failure::CertificateRejected: return tr("The server's certificate could not be verified.");
    case Failure::StartTlsNotOffered: return tr("The server does not offer STARTTLS.");
    case Failure::CredentialsWithheld: return tr("The password was not sent, because the connection was not encrypted.");
    case Failure::AuthNotOffered: return tr("The server does not offer to log in.");
    case Failure::Refused: return tr("The server refused.");
    case Failure::Aborted: return tr("The test was stopped.");
    case Failure::WrongSecurity: return tr("The port expects a different security setting.");
    case Failure::LoginSkipped: return tr("Not logged in here, because the password was refused on another port.");
    case Failure::Smtputf8NotOffered: return tr("An address needs SMTPUTF8, which the server does not offer.");
    case Failure::DeadlineReached: return tr("The server answered so slowly that the test was stopped.");
    }
    return {};
}

QString ReportBuilder::outcomeText(ReportFixTried::Outcome outcome)
{
    switch (outcome) {
    case ReportFixTried::Outcome::Solved: return tr("solved the problem");
    case ReportFixTried::Outcome::NotSolved: return tr("did not help");
    case ReportFixTried::Outcome::NotTested: return tr("not tested yet");
    }
    return {};
}

QList<ReportBuilder::FixOutcome> ReportBuilder::fixOutcomes() const
{
    QList<FixOutcome> out;
    for (auto it = r.fixesTried.crbegin(); it != r.fixesTried.crend(); ++it) {
        const auto same = std::find_if(out.begin(), out.end(), [&](const FixOutcome &o) { return o.latest->fix == it->fix; });
        if (same != out.end())
            ++same->attempts;
        else
            out.prepend(FixOutcome{&*it, 1});
    }
    return out;
}

bool ReportBuilder::anyFixRetried() const
{
    const QList<FixOutcome> outcomes = fixOutcomes();
    return std::any_of(outcomes.begin(), outcomes.end(), [](const FixOutcome &o) { return o.attempts > 1; });
}

QString ReportBuilder::attemptOutcomeText(const ReportFixTried &f)
{
    // A change only the mail program can test, then taken back: nothing is left to test.
    if (f.outcome == ReportFixTried::Outcome::NotTested && f.settingsChange.outcome == ReportSettingsChange::Outcome::Undone)
        return tr("changed, then undone", "a fix's result");
    const QString after = outcomeText(f.outcome);
    if (f.causeAfter)
        return tr("%1: %2", "a fix's result: the cause the test after it found").arg(after, causeTitle(*f.causeAfter));
    return after;
}

QString ReportBuilder::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString ReportBuilder::replyText(const SmtpReply &reply)
{
    if (reply.code == 0)
        return reply.lines.join(QLatin1Char(' '));
    return QStringLiteral("%1 %2").arg(reply.code).arg(reply.text());
}

// Language-independent, once, in local time with its offset from UTC, so it can be matched
// against the server's logs: "2024-05-17 14:03:23 UTC+02:00", "2024-05-17 12:03:23 UTC".
QString ReportBuilder::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime local = time.toLocalTime();
    const QString clock = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const int offset = local.offsetFromUtc();
    if (offset == 0)
        return clock + QStringLiteral(" UTC");
    const int abs = std::abs(offset);
    return QStringLiteral("%1 UTC%2%3:%4")
        .arg(clock, offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ReportBuilder::msText(qint64 ms)
{
    return tr("%1 ms").arg(ms);
}

QString ReportBuilder::attemptHeading(const Attempt &a) const
{
    if (a.address.isNull())
        return tr("%1, port %2 (%3)").arg(a.host, QString::number(a.endpoint.port), securityText(usedSecurity(a)));
    return tr("%1 (%2), port %3 (%4)")
        .arg(a.host, a.address.toString(), QString::number(a.endpoint.port), securityText(usedSecurity(a)));
}

const Attempt *ReportBuilder::verdictAttempt(const ProbeResult &result, const Diagnosis &diagnosis)
{
    const int i = diagnosis.attempt;
    return i >= 0 && i < result.attempts.size() ? &result.attempts.at(i) : nullptr;
}

QDateTime ReportBuilder::verdictTime(const ProbeResult &result)
{
    if (!result.started.isValid())
        return {};
    return result.verdictMs >= 0 ? result.started.addMSecs(result.verdictMs) : result.started;
}

Security ReportBuilder::usedSecurity(const Attempt &a)
{
    if (a.security != Security::Auto)
        return a.security;
    const StepRecord *startTls = a.lastStep(Step::StartTls);
    if (startTls && startTls->ok)
        return Security::StartTls;
    // Past EHLO without STARTTLS: the conversation went on unencrypted.
    if (a.lastStep(Step::MailFrom) || a.lastStep(Step::Auth))
        return Security::None;
    return Security::Auto;
}

QString ReportBuilder::decidingReply(const Attempt &a)
{
    if (const StepRecord *failed = a.lastFailedStep()) {
        if (failed->reply.code || !failed->reply.lines.isEmpty())
            return replyText(failed->reply);
        return tr("(no reply)");
    }
    // Went through: the last answer about the mail itself (the recipient, the message).
    for (auto it = a.steps.crbegin(); it != a.steps.crend(); ++it) {
        if (it->step == Step::Rset || it->step == Step::Quit)
            continue;
        if (it->reply.code)
            return replyText(it->reply);
    }
    return a.greeting.code ? replyText(a.greeting) : QString();
}

QString ReportBuilder::pasteFormatText(const QString &format)
{
    // The paste decoder's stable format ids, in words.
    static const QList<std::pair<const char *, const char *>> names = {
        {"reply", QT_TRANSLATE_NOOP("od::Report", "a server reply")},
        {"outlook-dialog", QT_TRANSLATE_NOOP("od::Report", "an Outlook error message")},
        {"dsn", QT_TRANSLATE_NOOP("od::Report", "a delivery status notification (bounce)")},
        {"exchange", QT_TRANSLATE_NOOP("od::Report", "a bounce from Microsoft Exchange")},
        {"postfix", QT_TRANSLATE_NOOP("od::Report", "a bounce from Postfix")},
        {"exim", QT_TRANSLATE_NOOP("od::Report", "a bounce from Exim")},
        {"qmail", QT_TRANSLATE_NOOP("od::Report", "a bounce from qmail")},
        {"sendmail", QT_TRANSLATE_NOOP("od::Report", "a bounce from Sendmail")},
        {"gmail", QT_TRANSLATE_NOOP("od::Report", "a bounce from Gmail")},
        {"bounce", QT_TRANSLATE_NOOP("od::Report", "a bounce message")},
    };
    for (const auto &[id, text] : names) {
        if (format == QLatin1String(id))
            return QCoreApplication::translate("od::Report", text);
    }
    return tr("an error message");
}

ReportDocument ReportBuilder::build()
{
    m_created = r.created.isValid() ? r.created : QDateTime::currentDateTime();
    ReportDocument doc;
    doc.language = currentLanguage();
    doc.title = title();
    doc.subtitle = tr("Made on %1").arg(timeText(m_created));
    doc.sections << summary();
    if (r.original || !r.fixesTried.isEmpty())
        doc.sections << story();
    if (!reportSolved(r))
        doc.sections << question();
    doc.sections << location();
    if (r.probe)
        doc.sections << settings();
    if (anyFixRetried())
        doc.sections << attempts();
    if (r.probe)
        doc.sections << endpoints() << capabilities() << certificate();
    doc.sections << paste() << environment();
    if (r.probe)
        doc.sections << transcript();
    return doc;
}

ReportBlock ReportBuilder::attemptsOverview(const ProbeResult &result, const Diagnosis &diagnosis) const
{
    ReportBlock overview;
    overview.kind = ReportBlock::Kind::Table;
    overview.columns = {tr("Port"), tr("Security"), tr("Address"), tr("Outcome"), tr("Server reply"), tr("Time")};
    overview.widths = {7, 11, 14, 26, 32, 10};
    for (int i = 0; i < result.attempts.size(); ++i) {
        const Attempt &a = result.attempts.at(i);
        QString outcome = causeTitle(diagnosis.attemptCause(i));
        if (i == diagnosis.attempt)
            outcome = tr("%1 (the verdict is based on this one)").arg(outcome);
        overview.rows << QStringList{QString::number(a.endpoint.port), securityText(usedSecurity(a)),
                                     a.address.isNull() ? QString() : a.address.toString(), outcome, decidingReply(a),
                                     msText(a.elapsedMs)};
    }
    return overview;
}

ReportBlock ReportBuilder::testFacts(const ProbeResult &result, const Diagnosis &diagnosis, bool withStep) const
{
    ReportBlock facts;
    facts.kind = ReportBlock::Kind::Fields;
    facts.fields << std::pair{tr("Outgoing server"), result.settings.host};
    const Attempt *a = verdictAttempt(result, diagnosis);
    if (a)
        facts.fields << std::pair{tr("Port"), QStringLiteral("%1 (%2)").arg(a->endpoint.port).arg(securityText(usedSecurity(*a)))};
    facts.fields << std::pair{tr("Result"), causeTitle(diagnosis.cause)};
    if (a && withStep)
        facts.fields << std::pair{tr("Decided at"), stepReportText(diagnosis.step)};
    QString reply;
    if (diagnosis.reply.code || !diagnosis.reply.lines.isEmpty())
        reply = replyText(diagnosis.reply);
    else if (a)
        reply = decidingReply(*a);
    if (!reply.isEmpty())
        facts.fields << std::pair{tr("The server's reply"), reply};
    if (const QDateTime t = verdictTime(result); t.isValid())
        facts.fields << std::pair{tr("Tested at"), timeText(t)};
    return facts;
}

QString ReportBuilder::pastedReply() const
{
    if (!r.paste)
        return {};
    for (const ReportPasteFinding &f : r.paste->findings) {
        if (f.code || !f.serverText.isEmpty())
            return replyWithCode(f.code, f.serverText);
    }
    return {};
}

QStringList ReportBuilder::settingsChangeParagraphs(const ReportSettingsChange &c, bool tested,
                                                    QList<std::pair<QString, QString>> *fields) const
{
    const QString program = c.program.isEmpty() ? tr("the mail program") : c.program;
    const QString changed = c.changed.join(QStringLiteral(", "));
    QStringList out;
    auto listFiles = [&] {
        for (int i = 0; i < c.files.size(); ++i) {
            fields->append({tr("Settings file"), QDir::toNativeSeparators(c.files.at(i))});
            if (i < c.backups.size())
                fields->append({tr("Copy made before the change"), QDir::toNativeSeparators(c.backups.at(i))});
        }
    };
    switch (c.outcome) {
    case ReportSettingsChange::Outcome::None:
        break;
    case ReportSettingsChange::Outcome::Applied:
        out << (tested ? tr("Outbox Doctor changed these settings of %1 to the ones tested: %2.").arg(program, changed)
                       : tr("Outbox Doctor changed these settings of %1: %2. Outbox Doctor cannot test this change "
                            "itself.")
                             .arg(program, changed));
        listFiles();
        for (int i = 0; i < c.files.size() && i < c.backups.size(); ++i)
            out << tr("To undo the change: close %1, then copy %2 over %3 (it is the file as it was before).")
                       .arg(program, QFileInfo(c.backups.at(i)).fileName(), QFileInfo(c.files.at(i)).fileName());
        break;
    case ReportSettingsChange::Outcome::NotApplied:
        out << tr("Outbox Doctor did not change the settings of %1: %2").arg(program, c.reason.text());
        break;
    case ReportSettingsChange::Outcome::Undone:
        out << tr("Outbox Doctor changed these settings of %1 (%2), and the change was then undone: the file is as it "
                  "was before.")
                   .arg(program, changed);
        listFiles();
        break;
    }
    return out;
}

// The whole story of a session with fixes: the failure it started from (the first test and the
// pasted error), what was tried, the test after it, and what happened to the mail program's own
// settings.
ReportSection ReportBuilder::story()
{
    ReportSection s{QStringLiteral("story"), tr("What was tried"), {}};
    s.blocks << ReportBlock::subheading(tr("Before: the first test"));
    if (r.original) {
        s.blocks << testFacts(*r.original, m_original, true);
    } else if (r.probe) {
        // No test after the fixes: the latest test is the first one.
        s.blocks << testFacts(*r.probe, m_verdict, true);
    }
    if (const QString pasted = pastedReply(); !pasted.isEmpty()) {
        ReportBlock f;
        f.kind = ReportBlock::Kind::Fields;
        f.fields << std::pair{tr("The error message pasted"), pasted};
        s.blocks << f;
    }

    if (!r.fixesTried.isEmpty()) {
        // Each fix once, with what finally became of it; every attempt is in "attempts".
        const QList<FixOutcome> outcomes = fixOutcomes();
        s.blocks << ReportBlock::subheading(outcomes.size() == 1 ? tr("The fix tried") : tr("The fixes tried"));
        bool anyTime = false;
        for (const FixOutcome &o : outcomes)
            anyTime = anyTime || o.latest->when.isValid();
        ReportBlock t;
        t.kind = ReportBlock::Kind::Table;
        t.columns = {tr("Fix"), tr("Settings tried"), tr("Outcome"), tr("Attempts")};
        t.widths = anyTime ? QList<int>{27, 27, 24, 8, 14} : QList<int>{31, 31, 28, 10};
        if (anyTime)
            t.columns << tr("When");
        for (const FixOutcome &o : outcomes) {
            QStringList row{fixTitle(o.latest->fix), o.latest->detail, attemptOutcomeText(*o.latest),
                            QString::number(o.attempts)};
            if (anyTime)
                row << timeText(o.latest->when);
            t.rows << row;
        }
        s.blocks << t;
        if (anyFixRetried())
            s.blocks << ReportBlock::paragraph(tr("Each attempt is listed under \"%1\".").arg(attemptsTitle()));
    }

    if (lastFixUntested()) {
        const ReportSettingsChange &c = r.fixesTried.constLast().settingsChange;
        s.blocks << ReportBlock::subheading(tr("After: not tested yet"));
        s.blocks << ReportBlock::paragraph(
            tr("Only %1 itself can show whether this works: send a message from it (to yourself). If it is refused "
               "again, the change can be undone as described below.")
                .arg(c.program.isEmpty() ? tr("the mail program") : c.program));
    } else if (r.original && r.probe) {
        s.blocks << ReportBlock::subheading(tr("After: the test with the new settings"));
        s.blocks << testFacts(*r.probe, m_verdict, m_verdict.cause != Cause::Ok);
    }

    // The mail program's own settings: changed by Outbox Doctor (and how to undo it), or not.
    s.blocks << ReportBlock::subheading(tr("The mail program's settings"));
    QStringList paragraphs;
    ReportBlock files;
    files.kind = ReportBlock::Kind::Fields;
    for (const ReportFixTried &f : r.fixesTried)
        paragraphs << settingsChangeParagraphs(f.settingsChange, f.outcome != ReportFixTried::Outcome::NotTested,
                                               &files.fields);
    paragraphs.removeDuplicates(); // the same change refused twice is said once
    if (paragraphs.isEmpty()) {
        paragraphs << (reportSolved(r) ? tr("Outbox Doctor did not change them. To send mail, change them in the mail "
                                            "program to the settings tested (see \"Account settings used\").")
                                       : tr("Outbox Doctor did not change them."));
    }
    for (const QString &p : std::as_const(paragraphs))
        s.blocks << ReportBlock::paragraph(p);
    if (!files.fields.isEmpty())
        s.blocks << files;
    return s;
}

ReportSection ReportBuilder::summary()
{
    ReportSection s{QStringLiteral("summary"), tr("Summary"), {}};
    const Cause cause = reportCause(r);
    const bool fromProbe = r.probe && (m_verdict.attempt >= 0 || !r.paste);
    const Owner owner = fromProbe ? m_verdict.owner : r.paste ? r.paste->owner : causeInfo(cause).owner;
    QList<Fix> fixList = fromProbe ? m_verdict.fixes : r.paste ? r.paste->fixes : causeInfo(cause).fixes;
    // What was tried and did not help is not suggested again (the provider is always left).
    for (const ReportFixTried &f : r.fixesTried) {
        if (f.outcome == ReportFixTried::Outcome::NotSolved && f.fix != Fix::ContactProvider && fixList.size() > 1)
            fixList.removeAll(f.fix);
    }

    s.blocks << ReportBlock::emphasis(causeTitle(cause));
    // After fixes: where it started and where it stands.
    const Cause original = reportOriginalCause(r);
    if (reportSolved(r) && original != Cause::Ok && !r.fixesTried.isEmpty()) {
        s.blocks << ReportBlock::paragraph(tr("Solved. The first test found: %1. After \"%2\", the test with the new "
                                              "settings went through.")
                                               .arg(causeTitle(original), fixTitle(r.fixesTried.constLast().fix)));
    } else if (lastFixUntested()) {
        s.blocks << ReportBlock::paragraph(tr("Not tested yet. The first test found: %1. After \"%2\", only the mail "
                                              "program itself can show whether mail goes through.")
                                               .arg(causeTitle(original), fixTitle(r.fixesTried.constLast().fix)));
    } else if (!r.fixesTried.isEmpty() && !reportSolved(r)) {
        const QString text = fixOutcomes().size() == 1
            ? tr("Not solved yet. The first test found: %1. The fix tried did not solve it; the latest test finds: %2.")
            : tr("Not solved yet. The first test found: %1. The fixes tried did not solve it; the latest test finds: %2.");
        s.blocks << ReportBlock::paragraph(text.arg(causeTitle(original), causeTitle(cause)));
    }
    s.blocks << ReportBlock::paragraph(causeExplanation(cause));
    if (cause != Cause::Ok)
        s.blocks << ReportBlock::emphasis(ownerText(owner));

    ReportBlock facts;
    facts.kind = ReportBlock::Kind::Fields;
    if (fromProbe) {
        const ProbeResult &p = *r.probe;
        facts.fields << std::pair{tr("Outgoing server"), p.settings.host};
        if (const Attempt *a = verdictAttempt()) {
            facts.fields << std::pair{tr("Port"), QStringLiteral("%1 (%2)").arg(a->endpoint.port).arg(securityText(usedSecurity(*a)))};
            if (m_verdict.cause != Cause::Ok)
                facts.fields << std::pair{tr("Decided at"), stepReportText(m_verdict.step)};
        }
        if (m_verdict.reply.code || !m_verdict.reply.lines.isEmpty())
            facts.fields << std::pair{tr("The server's reply"), replyText(m_verdict.reply)};
        if (const QDateTime t = verdictTime(); t.isValid())
            facts.fields << std::pair{tr("Tested at"), timeText(t)};
        if (!p.inputError.isEmpty())
            facts.fields << std::pair{tr("The settings could not be tested"), p.inputError.text()};
    } else if (r.paste) {
        for (const ReportPasteFinding &f : r.paste->findings) {
            if (f.code || !f.serverText.isEmpty()) {
                facts.fields << std::pair{tr("The server's reply"),
                                          replyWithCode(f.code, f.serverText)};
                break;
            }
        }
        facts.fields << std::pair{tr("Source"), tr("A pasted error message (no live test was run)")};
    }
    facts.fields << std::pair{tr("Where the user is"), locationReportText(r.location)};
    s.blocks << facts;

    if (cause != Cause::Ok && !fixList.isEmpty()) {
        s.blocks << ReportBlock::subheading(tr("What to do"));
        QStringList lines;
        for (Fix f : fixList)
            lines << tr("%1: %2", "a fix's title: its description").arg(fixTitle(f), fixDescription(f));
        s.blocks << ReportBlock::bullets(lines);
    }

    if (r.includeEnglish && currentLanguage() != QLatin1String("en")) {
        ReportBlock head = ReportBlock::subheading(QStringLiteral("In English, for the administrator"));
        head.lang = QStringLiteral("en");
        s.blocks << head;
        QStringList lines;
        if (original != cause)
            lines << QStringLiteral("First test: %1").arg(QString::fromUtf8(causeInfo(original).title));
        lines << QStringLiteral("%1: %2").arg(QString::fromUtf8(causeInfo(cause).title),
                                              QString::fromUtf8(causeInfo(cause).explanation));
        if (cause != Cause::Ok) {
            for (Fix f : fixList)
                lines << QStringLiteral("%1: %2").arg(QString::fromUtf8(fixInfo(f).title),
                                                      QString::fromUtf8(fixInfo(f).description));
        }
        ReportBlock english = ReportBlock::bullets(lines);
        english.lang = QStringLiteral("en");
        s.blocks << english;
    }
    return s;
}

QStringList ReportBuilder::questionParagraphs()
{
    if (!m_created.isValid())
        m_created = r.created.isValid() ? r.created : QDateTime::currentDateTime();
    const Cause cause = reportCause(r);
    const Attempt *a = verdictAttempt();
    const bool fromProbe = r.probe && (m_verdict.attempt >= 0 || !r.paste);
    const QString noReply = tr("(no reply)");

    QString host;
    QString reply;
    quint16 port = 0;
    QString security;
    if (fromProbe) {
        host = r.probe->settings.host;
        reply = replyText(m_verdict.reply);
        if (a) {
            port = a->endpoint.port;
            security = securityText(usedSecurity(*a));
        }
    } else if (r.paste) {
        host = !r.paste->dialogServer.isEmpty() ? r.paste->dialogServer : r.paste->generatingServer;
        port = quint16(r.paste->dialogPort);
        for (const ReportPasteFinding &f : r.paste->findings) {
            if (f.code || !f.serverText.isEmpty()) {
                reply = replyWithCode(f.code, f.serverText);
                if (host.isEmpty())
                    host = f.remoteServer;
                break;
            }
        }
    }
    if (reply.trimmed().isEmpty())
        reply = noReply;

    QStringList out;
    out << tr("Hello,");

    // What was tested, when.
    if (fromProbe && !verdictTime().isValid()) {
        out << tr("I tested sending mail through %1 with Outbox Doctor.").arg(host);
    } else if (fromProbe && port) {
        out << tr("On %1 I tested sending mail through %2, port %3 (%4), with Outbox Doctor.")
                   .arg(timeText(verdictTime()), host, QString::number(port), security);
    } else if (fromProbe) {
        out << tr("On %1 I tested sending mail through %2 with Outbox Doctor.").arg(timeText(verdictTime()), host);
    } else {
        out << tr("When I send mail, I get an error message. The server's reply in it is: \"%1\"").arg(reply);
    }

    // What happened, and the question: the cause's letter sentences, made precise with the
    // fact of this attempt they name.
    QStringList facts;
    switch (causeInfo(cause).letterFact) {
    case LetterFact::None:
        break;
    case LetterFact::User:
        facts << (r.probe ? r.probe->settings.user : QString());
        break;
    case LetterFact::SenderAddress:
        facts << (r.probe ? r.probe->settings.from : QString());
        break;
    case LetterFact::Ports: {
        QStringList ports;
        if (r.probe) {
            for (const Attempt &at : r.probe->attempts)
                ports << QString::number(at.endpoint.port);
        }
        facts << ports.join(QStringLiteral(", "));
        break;
    }
    case LetterFact::Host:
        facts << host;
        break;
    case LetterFact::LocalAddress:
        facts << (a && !a->localAddress.isNull() ? a->localAddress.toString() : QString());
        break;
    case LetterFact::Certificate:
        if (a && !a->tls.chain.isEmpty()) {
            QStringList list;
            for (CertificateFinding f : a->tls.findings)
                list << findingReportText(f);
            const QString fingerprint = fingerprintText(a->tls.leafFingerprint());
            if (!fingerprint.isEmpty())
                facts << list.join(QStringLiteral(", ")) << fingerprint;
        }
        break;
    }
    out << letterHappened(cause, facts, reply);
    const QString question = letterQuestion(cause, facts);
    if (!question.isEmpty())
        out << question;
    // What the user already tried, so the provider does not suggest it again.
    QStringList tried;
    for (const ReportFixTried &f : r.fixesTried) {
        if (f.outcome != ReportFixTried::Outcome::Solved && !tried.contains(fixTitle(f.fix)))
            tried << fixTitle(f.fix);
    }
    if (!tried.isEmpty())
        out << tr("I have already tried this, and the test afterwards still failed: %1.").arg(tried.join(QStringLiteral("; ")));
    const QString where = locationLetterText(r.location);
    if (!where.isEmpty())
        out << where;
    out << tr("The attached report contains the complete conversation with the server, without my password.");
    out << tr("Thank you.");
    return out;
}

ReportSection ReportBuilder::question()
{
    ReportSection s{QStringLiteral("question"), tr("Question for the provider or administrator"), {}};
    s.blocks << ReportBlock::paragraph(tr("A message you can send as it is:"));
    for (const QString &p : questionParagraphs())
        s.blocks << ReportBlock::paragraph(p);
    return s;
}

ReportSection ReportBuilder::location()
{
    ReportSection s{QStringLiteral("location"), tr("Where the user is"), {}};
    ReportBlock b;
    b.kind = ReportBlock::Kind::Fields;
    b.fields << std::pair{tr("Location"), locationReportText(r.location)};
    if (!r.locationNote.isEmpty())
        b.fields << std::pair{tr("In the user's words"), r.locationNote};
    if (r.probe) {
        QStringList local;
        for (const Attempt &a : r.probe->attempts) {
            if (!a.localAddress.isNull() && !local.contains(a.localAddress.toString()))
                local << a.localAddress.toString();
        }
        if (!local.isEmpty())
            b.fields << std::pair{tr("Local address used"), local.join(QStringLiteral(", "))};
        if (!r.probe->settings.sourceAddress.isNull())
            b.fields << std::pair{tr("Source address requested"), r.probe->settings.sourceAddress.toString()};
    }
    s.blocks << b;
    return s;
}

ReportSection ReportBuilder::settings()
{
    const ProbeResult &p = *r.probe;
    const ProbeSettings &st = p.settings;
    ReportSection s{QStringLiteral("settings"), tr("Account settings used"), {}};
    ReportBlock b;
    b.kind = ReportBlock::Kind::Fields;
    b.fields << std::pair{tr("Outgoing server (SMTP)"), st.host};
    if (!p.addresses.isEmpty()) {
        QStringList list;
        for (const QHostAddress &addr : p.addresses)
            list << addr.toString();
        b.fields << std::pair{tr("The name resolves to"), list.join(QStringLiteral(", "))};
    }
    if (!p.resolveError.isEmpty())
        b.fields << std::pair{tr("Name lookup failed"), p.resolveError.text()};
    QStringList ports;
    const QList<Endpoint> eps = st.endpoints.isEmpty() ? defaultEndpoints() : st.endpoints;
    for (const Endpoint &e : eps)
        ports << QStringLiteral("%1 (%2)").arg(e.port).arg(securityText(effectiveSecurity(e)));
    b.fields << std::pair{tr("Ports and security tested"), ports.join(QStringLiteral(", "))};
    QString mechanism;
    if (st.user.isEmpty()) {
        mechanism = tr("none (no user name given)");
    } else {
        QStringList used;
        for (const Attempt &a : p.attempts) {
            if (!a.authMechanism.isEmpty() && !used.contains(a.authMechanism))
                used << a.authMechanism;
        }
        const QString requested = st.authMechanism.isEmpty() ? tr("the strongest the server offers") : st.authMechanism;
        mechanism = used.isEmpty() ? requested : tr("%1 (used: %2)").arg(requested, used.join(QStringLiteral(", ")));
    }
    b.fields << std::pair{tr("Authentication"), mechanism};
    b.fields << std::pair{tr("User name"), st.user.isEmpty() ? tr("none") : st.user};
    b.fields << std::pair{tr("Password"), st.user.isEmpty() ? tr("none") : tr("not included in this report")};
    b.fields << std::pair{tr("Sender address (MAIL FROM)"), st.from};
    if (!st.localRecipient().isEmpty())
        b.fields << std::pair{tr("Recipient in the sender's domain"), st.localRecipient()};
    b.fields << std::pair{tr("Recipients in other domains"), st.effectiveForeignRecipients().join(QStringLiteral(", "))};
    if (!st.heloName.isEmpty())
        b.fields << std::pair{tr("EHLO name"), st.heloName};
    if (!st.pop3.host.isEmpty())
        b.fields << std::pair{tr("Log in to POP3 first"),
                              QStringLiteral("%1:%2 (%3)").arg(st.pop3.host).arg(st.pop3.port ? st.pop3.port : p.pop3.port).arg(securityText(st.pop3.security))};
    if (!st.extraCaCertificates.isEmpty())
        b.fields << std::pair{tr("Extra trusted certificate authorities"), QString::number(st.extraCaCertificates.size())};
    b.fields << std::pair{tr("Test message really sent"), yesNo(st.sendMessage)};
    s.blocks << b;
    return s;
}

// Every attempt of every fix, in the order they were made (the story lists each fix once).
ReportSection ReportBuilder::attempts()
{
    ReportSection s{QStringLiteral("attempts"), attemptsTitle(), {}};
    bool anyTime = false;
    for (const ReportFixTried &f : r.fixesTried)
        anyTime = anyTime || f.when.isValid();
    ReportBlock t;
    t.kind = ReportBlock::Kind::Table;
    t.columns = {tr("Attempt", "a fix's attempt, numbered"), tr("Fix"), tr("Settings tried"), tr("Outcome")};
    t.widths = anyTime ? QList<int>{9, 27, 27, 22, 15} : QList<int>{10, 30, 30, 30};
    if (anyTime)
        t.columns << tr("When");
    for (qsizetype i = 0; i < r.fixesTried.size(); ++i) {
        const ReportFixTried &f = r.fixesTried.at(i);
        QStringList row{QString::number(i + 1), fixTitle(f.fix), f.detail, attemptOutcomeText(f)};
        if (anyTime)
            row << timeText(f.when);
        t.rows << row;
    }
    s.blocks << t;
    return s;
}

ReportSection ReportBuilder::endpoints()
{
    const ProbeResult &p = *r.probe;
    ReportSection s{QStringLiteral("endpoints"), tr("Servers and ports tried"), {}};
    if (p.attempts.isEmpty()) {
        s.blocks << ReportBlock::paragraph(p.inputError.isEmpty() ? tr("No connection was attempted.") : p.inputError.text());
        return s;
    }
    if (r.original) {
        s.blocks << ReportBlock::subheading(tr("The first test"));
        s.blocks << attemptsOverview(*r.original, m_original);
        s.blocks << ReportBlock::subheading(tr("The test after the fix"));
    }
    s.blocks << attemptsOverview(p, m_verdict);

    for (const Attempt &a : p.attempts) {
        s.blocks << ReportBlock::subheading(attemptHeading(a));
        ReportBlock steps;
        steps.kind = ReportBlock::Kind::Table;
        steps.columns = {tr("Step"), tr("Result"), tr("Server reply"), tr("Details"), tr("Time")};
        steps.widths = {22, 8, 38, 22, 10};
        for (const StepRecord &st : a.steps) {
            // An EHLO reply is the capability list, shown in full under "Server capabilities".
            QString reply = replyText(st.reply);
            if ((st.step == Step::Ehlo || st.step == Step::EhloAfterTls) && st.reply.lines.size() > 1)
                reply = tr("%1 (and %n capability line(s))", nullptr, int(st.reply.lines.size() - 1))
                            .arg(QStringLiteral("%1 %2").arg(st.reply.code).arg(st.reply.lines.first()));
            steps.rows << QStringList{stepReportText(st.step), st.ok ? tr("OK") : tr("failed"), reply, st.detail, msText(st.ms)};
        }
        if (!steps.rows.isEmpty())
            s.blocks << steps;
        ReportBlock facts;
        facts.kind = ReportBlock::Kind::Fields;
        facts.fields << std::pair{tr("How it ended"), failureText(a.failure)};
        if (!a.failureDetail.isEmpty())
            facts.fields << std::pair{tr("Details"), a.failureDetail.text()};
        if (!a.authMechanism.isEmpty())
            facts.fields << std::pair{tr("Login"), a.authenticated ? tr("%1, accepted").arg(a.authMechanism)
                                                                   : tr("%1, not accepted").arg(a.authMechanism)};
        s.blocks << facts;
    }

    if (p.pop3.attempted) {
        s.blocks << ReportBlock::subheading(tr("Incoming server (POP3) %1, port %2").arg(p.pop3.host, QString::number(p.pop3.port)));
        ReportBlock pop;
        pop.kind = ReportBlock::Kind::Fields;
        pop.fields << std::pair{tr("Result"), p.pop3.ok ? tr("logged in") : failureText(p.pop3.failure)};
        if (!p.pop3.mechanism.isEmpty())
            pop.fields << std::pair{tr("Login method"), p.pop3.mechanism};
        if (!p.pop3.serverText.isEmpty())
            pop.fields << std::pair{tr("Server reply"), p.pop3.serverText};
        if (!p.pop3.failureDetail.isEmpty())
            pop.fields << std::pair{tr("Details"), p.pop3.failureDetail.text()};
        s.blocks << pop;
    }
    return s;
}

ReportSection ReportBuilder::capabilities()
{
    const ProbeResult &p = *r.probe;
    ReportSection s{QStringLiteral("capabilities"), tr("Server capabilities"), {}};
    bool any = false;
    for (const Attempt &a : p.attempts) {
        if (!a.greeting.isValid() && a.capabilities.keywords.isEmpty() && !a.capabilities.ehlo)
            continue;
        any = true;
        s.blocks << ReportBlock::subheading(attemptHeading(a));
        const SmtpCapabilities &c = a.capabilities;
        ReportBlock f;
        f.kind = ReportBlock::Kind::Fields;
        if (a.greeting.code)
            f.fields << std::pair{tr("Greeting"), replyText(a.greeting)};
        if (!c.domain.isEmpty())
            f.fields << std::pair{tr("Name the server gave"), c.domain};
        f.fields << std::pair{tr("Login methods (AUTH)"), c.authMechanisms.isEmpty() ? tr("none offered") : c.authMechanisms.join(QLatin1Char(' '))};
        // A server lists STARTTLS only before encryption (RFC 3207), and the capabilities kept
        // are the last EHLO's: after STARTTLS they no longer name it.
        const StepRecord *startTls = a.lastStep(Step::StartTls);
        const QString startTlsText = startTls && startTls->ok ? tr("offered and used")
            : c.startTls                                      ? tr("offered")
                                                              : tr("not offered");
        f.fields << std::pair{QStringLiteral("STARTTLS"), startTlsText};
        if (c.size)
            f.fields << std::pair{tr("Largest message"), *c.size == 0 ? tr("no fixed limit") : tr("%1 bytes").arg(*c.size)};
        f.fields << std::pair{QStringLiteral("SMTPUTF8"), yesNo(c.smtpUtf8)};
        if (!c.ehlo)
            f.fields << std::pair{tr("Extended SMTP (EHLO)"), tr("not supported; the server only speaks HELO")};
        s.blocks << f;
        if (!c.keywords.isEmpty())
            s.blocks << ReportBlock::verbatim(c.keywords);
    }
    if (!any)
        s.blocks << ReportBlock::paragraph(tr("No server answered, so its capabilities are not known."));
    return s;
}

QStringList ReportBuilder::certificateFields(const QSslCertificate &cert, QList<std::pair<QString, QString>> *fields) const
{
    fields->append({tr("Subject"), cert.subjectDisplayName()});
    const QString subjectFull = cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    if (!subjectFull.isEmpty() && subjectFull != cert.subjectDisplayName())
        fields->append({tr("Common name"), subjectFull});
    const QString org = cert.subjectInfo(QSslCertificate::Organization).join(QStringLiteral(", "));
    if (!org.isEmpty())
        fields->append({tr("Organisation"), org});
    fields->append({tr("Issuer"), cert.issuerDisplayName()});
    fields->append({tr("Valid from"), timeText(cert.effectiveDate())});
    fields->append({tr("Valid until"), timeText(cert.expiryDate())});
    QStringList names;
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        names << it.value();
    if (!names.isEmpty())
        fields->append({tr("Alternative names"), names.join(QStringLiteral(", "))});
    fields->append({tr("SHA-256 fingerprint"), fingerprintText(sha256Fingerprint(cert))});
    fields->append({tr("Serial number"), QString::fromLatin1(cert.serialNumber())});
    fields->append({tr("Self-signed"), yesNo(cert.isSelfSigned())});
    return names;
}

ReportSection ReportBuilder::certificate()
{
    const ProbeResult &p = *r.probe;
    ReportSection s{QStringLiteral("certificate"), tr("TLS certificate"), {}};
    // The same certificate on several ports is shown once.
    QList<QByteArray> shown;
    bool anyTls = false;
    for (const Attempt &a : p.attempts) {
        if (!a.tls.attempted)
            continue;
        anyTls = true;
        const QByteArray fp = a.tls.leafFingerprint();
        if (!fp.isEmpty() && shown.contains(fp))
            continue;
        if (!fp.isEmpty())
            shown << fp;
        QStringList ports;
        for (const Attempt &other : p.attempts) {
            if (other.tls.attempted && !fp.isEmpty() && other.tls.leafFingerprint() == fp)
                ports << QString::number(other.endpoint.port);
        }
        if (ports.isEmpty())
            ports << QString::number(a.endpoint.port);
        s.blocks << ReportBlock::subheading(tr("%1, port(s) %2").arg(a.host, ports.join(QStringLiteral(", "))));

        ReportBlock v;
        v.kind = ReportBlock::Kind::Fields;
        QString verification;
        if (a.tls.chain.isEmpty())
            verification = tr("no certificate was received");
        else if (a.tls.findings.isEmpty())
            verification = tr("verified: trusted by this computer and valid for the server name");
        else if (a.tls.trustedByUser)
            verification = tr("not verified, but trusted by the user's explicit decision (by fingerprint)");
        else
            verification = tr("not verified");
        v.fields << std::pair{tr("Verification"), verification};
        if (!a.tls.findings.isEmpty()) {
            QStringList list;
            for (CertificateFinding f : a.tls.findings)
                list << findingReportText(f);
            v.fields << std::pair{tr("Findings"), list.join(QStringLiteral("; "))};
        }
        if (a.tls.established)
            v.fields << std::pair{tr("Encryption"), QStringLiteral("%1 %2").arg(a.tls.protocol, a.tls.cipher).trimmed()};
        else
            v.fields << std::pair{tr("Encryption"), tr("not established")};
        if (!a.tls.failure.isEmpty())
            v.fields << std::pair{tr("Handshake failure"), a.tls.failure.text()};
        s.blocks << v;
        if (!a.tls.errors.isEmpty()) {
            s.blocks << ReportBlock::paragraph(tr("Verification errors, as reported by the TLS library:"));
            s.blocks << ReportBlock::verbatim(phraseTexts(a.tls.errorPhrases()));
        }
        for (int i = 0; i < a.tls.chain.size(); ++i) {
            s.blocks << ReportBlock::subheading(i == 0 ? tr("Server certificate")
                                                       : tr("Chain certificate %1 of %2").arg(i + 1).arg(a.tls.chain.size()));
            ReportBlock c;
            c.kind = ReportBlock::Kind::Fields;
            certificateFields(a.tls.chain.at(i), &c.fields);
            s.blocks << c;
        }
    }
    if (!anyTls)
        s.blocks << ReportBlock::paragraph(tr("No encrypted connection was made, so no certificate was seen."));
    return s;
}

ReportSection ReportBuilder::paste()
{
    ReportSection s{QStringLiteral("paste"), tr("Decoded error message"), {}};
    if (!r.paste) {
        s.blocks << ReportBlock::paragraph(tr("No error message was pasted."));
        return s;
    }
    const ReportPaste &p = *r.paste;
    ReportBlock f;
    f.kind = ReportBlock::Kind::Fields;
    if (!p.format.isEmpty())
        f.fields << std::pair{tr("Kind of message"), pasteFormatText(p.format)};
    f.fields << std::pair{tr("Cause"), causeTitle(p.cause)};
    f.fields << std::pair{tr("Who has to act"), ownerText(p.owner)};
    if (!p.generatingServer.isEmpty())
        f.fields << std::pair{tr("Server that wrote the message"), p.generatingServer};
    if (!p.dialogServer.isEmpty())
        f.fields << std::pair{tr("Server in the error dialog"),
                              p.dialogPort ? QStringLiteral("%1:%2").arg(p.dialogServer).arg(p.dialogPort) : p.dialogServer};
    if (!p.dialogAccount.isEmpty())
        f.fields << std::pair{tr("Account in the error dialog"), p.dialogAccount};
    if (!p.errorNumbers.isEmpty())
        f.fields << std::pair{tr("Error numbers"), p.errorNumbers.join(QStringLiteral(", "))};
    s.blocks << f;
    if (p.unsure)
        s.blocks << ReportBlock::paragraph(tr("Not sure: the message does not say clearly enough what went wrong, so it suggests no fix. The server's words are listed below."));
    if (!p.findings.isEmpty()) {
        ReportBlock t;
        t.kind = ReportBlock::Kind::Table;
        t.columns = {tr("Recipient"), tr("Code"), tr("Server reply"), tr("Refusing server"), tr("Cause")};
        t.widths = {20, 10, 35, 15, 20};
        for (const ReportPasteFinding &fi : p.findings) {
            QString code = fi.code ? QString::number(fi.code) : QString();
            if (fi.enhanced.isValid())
                code = (code + QLatin1Char(' ') + fi.enhanced.toString()).trimmed();
            t.rows << QStringList{fi.recipient, code, fi.serverText, fi.remoteServer, causeTitle(fi.cause)};
        }
        s.blocks << t;
    }
    if (!p.text.trimmed().isEmpty()) {
        constexpr int maxLines = 120;
        QStringList lines = p.text.split(QLatin1Char('\n'));
        for (QString &l : lines) {
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
        }
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        const int total = int(lines.size());
        s.blocks << ReportBlock::subheading(tr("The pasted text"));
        if (total > maxLines) {
            lines = lines.mid(0, maxLines);
            s.blocks << ReportBlock::verbatim(lines);
            s.blocks << ReportBlock::paragraph(tr("Shortened: %n more line(s) not shown.", nullptr, total - maxLines));
        } else {
            s.blocks << ReportBlock::verbatim(lines);
        }
    }
    return s;
}

ReportSection ReportBuilder::environment()
{
    ReportSection s{QStringLiteral("environment"), tr("Program and system"), {}};
    ReportBlock f;
    f.kind = ReportBlock::Kind::Fields;
    f.fields << std::pair{tr("Program"), QStringLiteral("Outbox Doctor %1").arg(QStringLiteral(OD_VERSION))};
    f.fields << std::pair{tr("Qt version"), tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))};
    f.fields << std::pair{tr("Operating system"), QSysInfo::prettyProductName()};
    f.fields << std::pair{tr("Kernel"), QStringLiteral("%1 %2 (%3)").arg(QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                                                                          QSysInfo::currentCpuArchitecture())};
    f.fields << std::pair{tr("Report language"), QStringLiteral("%1 (%2)").arg(languageNativeName(currentLanguage()), currentLanguage())};
    f.fields << std::pair{tr("Report made"), timeText(m_created)};
    f.fields << std::pair{tr("Time zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId())};
    if (r.probe && r.probe->started.isValid()) {
        f.fields << std::pair{tr("Test started"), timeText(r.probe->started)};
        f.fields << std::pair{tr("Test duration"), msText(r.probe->totalMs)};
    }
    if (r.maskIdentities)
        f.fields << std::pair{tr("Addresses and names"), tr("replaced by placeholders for sharing")};
    s.blocks << f;
    return s;
}

ReportSection ReportBuilder::transcript()
{
    const ProbeResult &p = *r.probe;
    ReportSection s{QStringLiteral("transcript"), tr("Transcript"), {}};
    s.blocks << ReportBlock::paragraph(tr("Times are seconds from the start of the test. \"C:\" is what Outbox Doctor sent, \"S:\" the server's reply, \"--\" a note; [tls] marks lines inside the encrypted connection. Passwords and login data are replaced by [hidden]."));
    auto lines = [](const QList<TranscriptLine> &transcript) {
        QStringList out;
        for (const TranscriptLine &l : scrubTranscript(transcript))
            out << transcriptLineText(l);
        return out;
    };
    auto test = [&](const ProbeResult &result) {
        if (result.pop3.attempted) {
            s.blocks << ReportBlock::subheading(
                tr("Incoming server (POP3) %1, port %2").arg(result.pop3.host, QString::number(result.pop3.port)));
            s.blocks << ReportBlock::verbatim(lines(result.pop3.transcript));
        }
        for (const Attempt &a : result.attempts) {
            s.blocks << ReportBlock::subheading(
                tr("%1 — %n line(s)", nullptr, int(a.transcript.size())).arg(attemptHeading(a)));
            if (!a.transcript.isEmpty())
                s.blocks << ReportBlock::verbatim(lines(a.transcript));
        }
    };
    if (r.original) {
        s.blocks << ReportBlock::emphasis(tr("The first test"));
        test(*r.original);
        s.blocks << ReportBlock::emphasis(tr("The test after the fix"));
    }
    test(p);
    return s;
}

} // namespace

QString Report::title() const
{
    return ReportBuilder(*this).title();
}

ReportDocument buildReportDocument(const Report &report)
{
    ReportDocument doc = ReportBuilder(report).build();
    ReportPrivacy privacy(report.redactor, report.maskIdentities);
    if (IdentityMasker *masker = privacy.masker(); masker && report.probe) {
        const ProbeSettings &st = report.probe->settings;
        masker->addUserName(st.user);
        masker->addUserName(st.pop3.user);
        masker->addHostName(st.heloName);
        masker->addHostName(st.host);
    }
    doc.forEachString([&privacy](QString &text) { text = privacy.clean(text); });
    return doc;
}

QString providerQuestion(const Report &report)
{
    // Taken from the built document, so masking uses the same placeholders as the report.
    const ReportDocument doc = buildReportDocument(report);
    QStringList paragraphs;
    if (const ReportSection *s = doc.section(QStringLiteral("question"))) {
        for (int i = 1; i < s->blocks.size(); ++i)
            paragraphs << s->blocks.at(i).text;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace od
