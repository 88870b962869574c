// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastedecoder.h"

#include "diagnosis/clientmessages.h"
#include "diagnosis/knowledge.h"
#include "diagnosis/mimedecoder.h"
#include "diagnosis/wordings.h"

#include <QDebugStateSaver>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace od {

namespace {

using RE = QRegularExpression;
constexpr auto kCi = RE::CaseInsensitiveOption;
constexpr auto kCiMl = RE::CaseInsensitiveOption | RE::MultilineOption;
constexpr int kMaxFindings = 100;
constexpr qsizetype kMaxServerText = 2000;

RE makeRe(const char *pattern, RE::PatternOptions options)
{
    RE re(QString::fromUtf8(pattern), options | RE::UseUnicodePropertiesOption);
    Q_ASSERT_X(re.isValid(), "pastedecoder", qPrintable(re.errorString() + QLatin1Char(' ') + re.pattern()));
    re.optimize();
    return re;
}

// Every expression is compiled once, on first use (thread-safe static initialisation).
struct Patterns
{
    // A reply code at a token boundary: "550 ", "550-", "550" at the end of a line.
    RE reply = makeRe(R"((?<![\w.\-/:#@])([245][0-5][0-9])(?=[ \-]|$))", RE::MultilineOption);
    RE address = makeRe(R"([A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,8}[A-Za-z]{2,24}\b)", RE::NoPatternOption);
    RE errorNumber = makeRe(R"((?<![0-9A-Za-z])0x([0-9a-f]{8})(?![0-9a-z]))", kCi);
    // Outlook / Windows Mail dialog labels in English, Dutch, German, Swedish and Chinese.
    RE outlookLabel = makeRe(
        R"((?<![A-Za-z])(server response|serverresponse|reactie van server|serverantwort|serversvar|服务器响应|)"
        R"(server error|serverfout|serverfehler|serverfel|服务器错误|)"
        R"(error number|foutnummer|fehlernummer|felnummer|错误编号|错误号|)"
        R"((?:secure|beveiligd|sicher|säker|安全)\s*\(\s*ssl\s*\)|)"
        R"(port|poort|端口|)"
        R"(protocol|protokoll|协议|)"
        R"(account|konto|帐户|账户|)"
        R"(subject|onderwerp|betreff|ämne|ämnet|主题|)"
        R"(server|服务器))"
        R"(\s*[:：])", kCi);
    RE outlookRejected = makeRe(
        R"((?:rejected e-?mail address (?:was|is)|sender's e-?mail address was|geweigerde e-?mailadres is|)"
        R"(avvisade e-postadressen var|abgelehnte E-Mail-Adresse (?:lautete|war)|被拒绝的电子邮件地址为))"
        R"([\s'"“”„‘’«»<]*([^\s'"“”„‘’«»<>]+@[^\s'"“”„‘’«»<>]+))", kCi);
    RE replyStart = makeRe(R"(^\s*([2-5][0-9][0-9])\b)", RE::NoPatternOption);
    RE inReplyTo = makeRe(R"(\(in reply to (.{1,60}?) command\))", kCi);
    // Exchange / Office 365
    // Exchange's labels in English, French, Italian and Swedish (go-sisimai lhost/via-exchange2007.go).
    RE generating = makeRe(R"(^\s*(?:Generating server|Serveur de g[ée]n[ée]ration|Server di generazione|Genererande server)\s*:\s*(\S+))", kCiMl);
    RE remoteReturned = makeRe(R"(Remote Server(?: at ([^\s(']+)(?: \(([^)]*)\))?)? returned '(.*?)'?\s*$)", kCi);
    RE exchangeHash = makeRe(R"(^\s*(\S*)\s*#<\s*(\S*)\s*#([245]\.\d{1,3}\.\d{1,3})\s*(?:smtp|x400)?\s*;\s*([^>]*)>?)", kCi);
    RE exchange2007 = makeRe(R"(^\s*#([245]\d\d) ([245]\.\d{1,3}\.\d{1,3}) (.*?)\s*#*\s*$)", RE::NoPatternOption);
    RE orgRejected = makeRe(R"(following organi[sz]ation rejected your message:\s*\[?([A-Za-z0-9.\-]+?)\]?\.?\s*$)", kCiMl);
    // Postfix
    RE postfixSaid = makeRe(R"(host (\S+?)\[([^\]]*)\] said:\s*(.*?)\s*$)", kCi);
    RE postfixConnect = makeRe(R"(connect to (\S+?)\[([^\]]*)\](?::\d+)?:\s*(.*?)\s*$)", kCi);
    RE postfixHost = makeRe(R"(This is the mail system at host ([A-Za-z0-9.\-]+))", kCi);
    // Exim
    RE eximAfter = makeRe(R"((?:SMTP error from remote (?:mail server|mailer)|LMTP error) after (.{1,200}?):\s*(?:host (\S+) \[[^\]]*\]:\s*)?([245]\d\d\b.*)$)", kCi);
    RE eximHost = makeRe(R"(host (\S+) \[([^\]]+)\])", kCi);
    // qmail
    RE qmailHost = makeRe(R"(This is the qmail-send program at ([A-Za-z0-9.\-]+))", kCi);
    RE qmailSaid = makeRe(R"(^Remote host said:\s*(.*)$)", kCiMl);
    RE qmailDislike = makeRe(R"(^(\S+) does not like (recipient|sender)\.)", kCiMl);
    RE qmailGiving = makeRe(R"(^Giving up on (\S+?)\.?\s*$)", kCiMl);
    // Sendmail
    RE sendmailTalking = makeRe(R"(while talking to ([A-Za-z0-9.\-\[\]]+?)\.?:)", kCi);
    RE sendmailReason = makeRe(R"(^\s*\(reason:\s*(.*?)\)?\s*$)", kCi);
    // Gmail
    RE gmailTo = makeRe(R"((?:wasn't delivered to|was not delivered to|failed permanently:\s*|recipient failed permanently:\s*)\s*(\S+@[A-Za-z0-9.\-]+[A-Za-z]))", kCi);
    RE gmailResponse = makeRe(R"((?:The response (?:from the remote server )?was|The error that the other server returned was):\s*(\S.*)$)", kCiMl);
    RE gmailRemote = makeRe(R"(by ([A-Za-z0-9.\-]+?)\.? \[([0-9A-Fa-f.:]+)\])", kCi);
    RE headerMarker = makeRe(
        R"(^\s*(?:Original message headers:|-+ ?Original message ?-+|-+ This is a copy of the message, including all the headers\.? -+|)"
        R"(--- Below this line is a copy of the message\.|-+ ?Original message follows ?-+|-+ ?Message header follows ?-+|)"
        R"(-+ ?Received message headers follow ?-+|Undelivered Message Headers|Content-Description: Undelivered Message)\s*$)", kCiMl);
};

const Patterns &patterns()
{
    static const Patterns p;
    return p;
}

QString clip(const QString &s, qsizetype max = kMaxServerText)
{
    return s.size() > max ? s.left(max) : s;
}

QString cleanAddress(QString a)
{
    a = a.trimmed();
    static const QString strip = QStringLiteral("<>\"'“”„‘’«»()[],;:.");
    while (!a.isEmpty() && strip.contains(a.front()))
        a.remove(0, 1);
    while (!a.isEmpty() && strip.contains(a.back()))
        a.chop(1);
    a.remove(QLatin1Char(' '));
    if (a.startsWith(QLatin1String("rfc822;"), Qt::CaseInsensitive))
        a = a.mid(7).trimmed();
    return a.contains(QLatin1Char('@')) ? a : QString();
}

QString firstAddress(QStringView text)
{
    const QRegularExpressionMatch m = patterns().address.match(text.left(4000));
    return m.hasMatch() ? m.captured(0) : QString();
}

// Collapses a multi-line block to one line ("wrapped" server text).
QString joinLines(const QStringList &lines)
{
    QStringList parts;
    for (const QString &l : lines) {
        const QString t = l.trimmed();
        if (!t.isEmpty())
            parts.append(t);
    }
    return parts.join(QLatin1Char(' '));
}

// A continuation line of a multi-line reply without the enhanced code it repeats
// ("552-5.7.0 security issue. Please visit" -> "security issue. Please visit").
QString continuationText(const QString &line)
{
    static const RE enhanced = makeRe(R"(^\s*[245]\.\d{1,3}\.\d{1,3}(?:\s+|$))", RE::NoPatternOption);
    return QString(line).remove(enhanced).trimmed();
}

// Reads "550 5.1.1 text" (or "550-5.1.1 text", or just text) into a finding.
void readReplyText(Finding &f, const QString &text)
{
    QString t = text.trimmed();
    QRegularExpressionMatch m = patterns().replyStart.match(t);
    if (m.hasMatch() && m.captured(1).toInt() < 400) {
        // "220-laposte 421 4.2.1 Service refused": a greeting's first line, then the refusal that
        // ended the session. The failure is the reply.
        static const RE failure = makeRe(R"(\s([45][0-5]\d)[ -](?=\S))", RE::NoPatternOption);
        const QRegularExpressionMatch later = failure.match(QStringView(t).left(160), 4);
        if (later.hasMatch()) {
            t = t.mid(later.capturedStart(1));
            m = patterns().replyStart.match(t);
        }
    }
    if (m.hasMatch()) {
        f.code = m.captured(1).toInt();
        // A multi-line reply folded into one line keeps each line's codes ("550-5.7.1 [...]
        // Messages with multiple 550 5.7.1 addresses in From: header"): the words without them.
        static const RE again = makeRe(R"(\s([245]\d\d)[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?)", RE::NoPatternOption);
        const QString code = m.captured(1);
        QString folded = t.left(4);
        qsizetype from = 4;
        auto it = again.globalMatch(t, 4);
        while (it.hasNext()) {
            const QRegularExpressionMatch r = it.next();
            if (r.captured(1) != code)
                continue;
            folded += QStringView(t).mid(from, r.capturedStart() - from);
            folded += QLatin1Char(' ');
            from = r.capturedEnd();
        }
        folded += QStringView(t).mid(from);
        t = folded;
    }
    f.serverText = clip(t);
    const int klass = f.code ? f.code / 100 : 0;
    f.enhanced = EnhancedStatus::findIn(QStringView(t).left(400), klass);
}

Stage stageFromText(const QString &text)
{
    const QRegularExpressionMatch m = patterns().inReplyTo.match(text);
    if (m.hasMatch())
        return stageFromCommand(m.captured(1));
    return Stage::Unknown;
}

QStringList lines(const QString &text) { return text.split(QLatin1Char('\n')); }

QString trimmedLine(const QString &l)
{
    QString t = l;
    if (t.endsWith(QLatin1Char('\r')))
        t.chop(1);
    return t;
}

// --- Outlook / Windows Mail dialog ------------------------------------------------------------

OutlookDialogFields parseOutlookDialog(const QString &text)
{
    OutlookDialogFields d;
    const Patterns &p = patterns();
    struct Hit { QString label; qsizetype start; qsizetype valueStart; };
    QList<Hit> hits;
    auto it = p.outlookLabel.globalMatch(text);
    while (it.hasNext() && hits.size() < 200) {
        const QRegularExpressionMatch m = it.next();
        hits.append({m.captured(1).toLower(), m.capturedStart(), m.capturedEnd()});
    }
    int strongLabels = 0;
    static const QStringList responseLabels = {QStringLiteral("server response"), QStringLiteral("serverresponse"),
        QStringLiteral("reactie van server"), QStringLiteral("serverantwort"), QStringLiteral("serversvar"),
        QStringLiteral("服务器响应")};
    static const QStringList errorLabels = {QStringLiteral("server error"), QStringLiteral("serverfout"),
        QStringLiteral("serverfehler"), QStringLiteral("serverfel"), QStringLiteral("服务器错误")};
    static const QStringList numberLabels = {QStringLiteral("error number"), QStringLiteral("foutnummer"),
        QStringLiteral("fehlernummer"), QStringLiteral("felnummer"), QStringLiteral("错误编号"), QStringLiteral("错误号")};
    static const QStringList portLabels = {QStringLiteral("port"), QStringLiteral("poort"), QStringLiteral("端口")};
    static const QStringList serverLabels = {QStringLiteral("server"), QStringLiteral("服务器")};
    static const QStringList accountLabels = {QStringLiteral("account"), QStringLiteral("konto"),
        QStringLiteral("帐户"), QStringLiteral("账户")};
    static const QStringList subjectLabels = {QStringLiteral("subject"), QStringLiteral("onderwerp"),
        QStringLiteral("betreff"), QStringLiteral("ämne"), QStringLiteral("ämnet"), QStringLiteral("主题")};

    const auto valueOf = [&](int i) {
        const qsizetype end = i + 1 < hits.size() ? hits.at(i + 1).start : qMin(text.size(), hits.at(i).valueStart + 2000);
        QString v = text.mid(hits.at(i).valueStart, end - hits.at(i).valueStart);
        v = v.simplified();
        // Separators and quotes around values: , ， 。 . ' " “ ” „ ‘ ’ < >
        static const QString edge = QStringLiteral(",，。.'\"“”„‘’«» ;；");
        while (!v.isEmpty() && edge.contains(v.back()))
            v.chop(1);
        while (!v.isEmpty() && edge.contains(v.front()))
            v.remove(0, 1);
        return v;
    };
    for (int i = 0; i < hits.size(); ++i) {
        const QString &label = hits.at(i).label;
        const QString value = valueOf(i);
        if (responseLabels.contains(label)) {
            d.serverResponse = clip(value);
            ++strongLabels;
        } else if (errorLabels.contains(label)) {
            d.serverError = value.left(3).toInt();
            ++strongLabels;
        } else if (numberLabels.contains(label)) {
            const QString first = value.section(QLatin1Char(' '), 0, 0);
            if (const auto n = parseErrorNumber(first)) {
                d.errorNumber = QStringLiteral("0x%1").arg(*n, 8, 16, QLatin1Char('0')).toUpper().replace(
                    QLatin1String("0X"), QLatin1String("0x"));
            }
            ++strongLabels;
        } else if (label.contains(QLatin1String("ssl"))) {
            const QString v = value.toLower();
            if (v.startsWith(QLatin1String("no")) || v.startsWith(QLatin1String("nee"))
                || v.startsWith(QLatin1String("nein")) || v.startsWith(QLatin1String("nej"))
                || v.startsWith(QStringLiteral("否")))
                d.ssl = false;
            else if (v.startsWith(QLatin1String("yes")) || v.startsWith(QLatin1String("ja"))
                     || v.startsWith(QStringLiteral("是")))
                d.ssl = true;
            ++strongLabels;
        } else if (portLabels.contains(label)) {
            bool ok = false;
            const int port = value.section(QLatin1Char(' '), 0, 0).toInt(&ok);
            if (ok && port > 0 && port < 65536)
                d.port = port;
        } else if (serverLabels.contains(label) && d.server.isEmpty()) {
            QString v = value;
            v.remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QLatin1Char(' '));
            d.server = v.left(255);
        } else if (accountLabels.contains(label) && d.account.isEmpty()) {
            d.account = value.left(255);
        } else if (subjectLabels.contains(label) && d.subject.isEmpty()) {
            d.subject = value.left(255);
        }
    }
    const QRegularExpressionMatch rej = p.outlookRejected.match(text);
    if (rej.hasMatch())
        d.rejectedAddress = cleanAddress(rej.captured(1));
    d.present = strongLabels >= 2 || (strongLabels >= 1 && !d.errorNumber.isEmpty());
    if (!d.present)
        return OutlookDialogFields{};
    return d;
}

// --- RFC 3464 delivery-status ------------------------------------------------------------------

struct DsnResult
{
    QString reportingMta;
    QList<Finding> findings;
};

// "mx.example.net. (192.0.2.80, the server for ...)" -> "mx.example.net"
QString hostName(const QString &value)
{
    QString h = value.trimmed().section(QLatin1Char(' '), 0, 0).left(255);
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

QString afterType(const QString &value)
{
    // "dns; mx.example.com" / "rfc822; bob@example.com" / "smtp; 550 ..."
    const qsizetype semi = value.indexOf(QLatin1Char(';'));
    return (semi >= 0 ? value.mid(semi + 1) : value).trimmed();
}

DsnResult parseDeliveryStatus(const QString &text)
{
    DsnResult r;
    // Blocks separated by blank lines: the first is per-message, the rest per-recipient.
    QStringList blocks;
    QString current;
    for (const QString &raw : lines(text)) {
        const QString l = trimmedLine(raw);
        if (l.trimmed().isEmpty()) {
            if (!current.trimmed().isEmpty())
                blocks.append(current);
            current.clear();
            if (blocks.size() > kMaxFindings + 1)
                break;
            continue;
        }
        current += l + QLatin1Char('\n');
    }
    if (!current.trimmed().isEmpty())
        blocks.append(current);
    // Per-recipient groups: normally one block each, but some MTAs write several recipients'
    // fields without a blank line between them. A new group starts where a recipient field
    // comes again, or comes after the previous recipient's Action, Status or Diagnostic-Code,
    // so that each Status and Diagnostic-Code stays with the recipient it follows.
    QList<MimeHeaders> groups;
    for (const QString &block : std::as_const(blocks)) {
        const MimeHeaders all = parseHeaders(block.toUtf8(), 200);
        MimeHeaders group;
        bool haveFinal = false;
        bool haveOriginal = false;
        bool haveOutcome = false;
        for (const MimeHeader &h : all) {
            const auto is = [&h](const char *name) { return h.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; };
            const bool isFinal = is("Final-Recipient");
            const bool isOriginal = is("Original-Recipient");
            if ((isFinal && haveFinal) || (isOriginal && haveOriginal) || ((isFinal || isOriginal) && haveOutcome)) {
                groups.append(group);
                group.clear();
                haveFinal = haveOriginal = haveOutcome = false;
            }
            haveFinal = haveFinal || isFinal;
            haveOriginal = haveOriginal || isOriginal;
            haveOutcome = haveOutcome || is("Action") || is("Status") || is("Diagnostic-Code");
            group.append(h);
        }
        if (!group.isEmpty())
            groups.append(group);
        if (groups.size() > kMaxFindings + 1)
            break;
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const MimeHeaders &fields = groups.at(i);
        const QString reporting = headerValue(fields, u"Reporting-MTA");
        if (!reporting.isEmpty() && r.reportingMta.isEmpty())
            r.reportingMta = afterType(reporting);
        const QString finalRcpt = headerValue(fields, u"Final-Recipient");
        const QString origRcpt = headerValue(fields, u"Original-Recipient");
        const QString status = headerValue(fields, u"Status");
        const QString action = headerValue(fields, u"Action").trimmed().toLower();
        const EnhancedStatus st = EnhancedStatus::fromString(status.section(QLatin1Char(' '), 0, 0));
        if (finalRcpt.isEmpty() && origRcpt.isEmpty() && !st.isValid())
            continue;
        if (action == QLatin1String("delivered") || action == QLatin1String("relayed")
            || action == QLatin1String("expanded"))
            continue;
        Finding f;
        f.recipient = cleanAddress(afterType(finalRcpt.isEmpty() ? origRcpt : finalRcpt));
        f.action = action.left(20);
        const QString diag = headerValue(fields, u"Diagnostic-Code");
        // Postfix quotes the remote reply inside its own words ("X-Postfix; host mx.example.net[192.0.2.1]
        // said: 550 ... (in reply to DATA command)"): the reply is what follows "said:".
        const QRegularExpressionMatch said = diag.isEmpty() ? QRegularExpressionMatch()
                                                            : patterns().postfixSaid.match(afterType(diag));
        if (said.hasMatch()) {
            f.remoteMta = said.captured(1);
            readReplyText(f, QString(said.captured(3)).remove(patterns().inReplyTo));
            f.stage = stageFromText(said.captured(3));
        } else if (!diag.isEmpty()) {
            readReplyText(f, afterType(diag));
        } else {
            // "Status: 4.0.0 (cat.example.net: host name lookup failure)": Sendmail puts the
            // reason in a comment when there is no reply to quote.
            static const RE comment = makeRe(R"(^\s*\S+\s*\((.{1,300})\)\s*$)", RE::NoPatternOption);
            const QRegularExpressionMatch c = comment.match(status);
            if (c.hasMatch())
                f.serverText = clip(c.captured(1).trimmed());
        }
        if (st.isValid() && (!f.enhanced.isValid() || f.enhanced.klass != st.klass))
            f.enhanced = st;
        const QString remote = headerValue(fields, u"Remote-MTA");
        if (!remote.isEmpty())
            f.remoteMta = hostName(afterType(remote));
        if (!said.hasMatch())
            f.stage = stageFromText(f.serverText);
        r.findings.append(f);
        if (r.findings.size() >= kMaxFindings)
            break;
    }
    return r;
}

// --- Words of a layout that name the step or the cause -------------------------------------------

// The step at which a delivery failed, named by an MTA's own sentence rather than by the command:
// qmail-remote.c's messages (quoted in go-sisimai lhost/via-qmail.go), "SMTP error from remote
// server for TEXT command" (lhost/via-einsundeins.go: TEXT is the message text, after DATA) and
// Google's "Unspecified Error (SENT_SECOND_EHLO)" (lhost/via-googleworkspace.go: the error came
// with the reply to the EHLO sent after STARTTLS).
struct StagePhrase
{
    const char *phrase;
    Stage stage;
};
const StagePhrase kStagePhrases[] = {
    {" but greeting failed", Stage::Greeting},
    {" but my name was rejected", Stage::Ehlo},
    {" but sender was rejected", Stage::MailFrom},
    {" does not like recipient", Stage::RcptTo},
    {" failed on DATA command", Stage::Data},
    {" failed after I sent the message", Stage::EndOfData},
    {" for TEXT command", Stage::EndOfData},
    {"(SENT_SECOND_EHLO)", Stage::Ehlo},
    // Postfix: "host mx.example.net[192.0.2.1] refused to talk to me: 554 ..." (the greeting;
    // lhost/via-postfix.go)
    {" refused to talk to me", Stage::Greeting},
    // X6: "(Error following RCPT command)" (lhost/via-x6.go)
    {"Error following RCPT command", Stage::RcptTo},
    {"Error following MAIL command", Stage::MailFrom},
    {"Error following DATA command", Stage::Data},
};

Stage stageFromPhrases(QStringView text)
{
    text = text.left(8 * 1024);
    for (const StagePhrase &s : kStagePhrases) {
        if (text.contains(QLatin1String(s.phrase), Qt::CaseInsensitive))
            return s.stage;
    }
    return Stage::Unknown;
}

// The fixed wordings of layouts whose reports write the reason in their own words, not as a reply:
// each module of go-sisimai lists them (lhost/via-*.go, its "messagesof" table; Exchange's
// "ndrsubject"). Read only from a finding's own diagnostic, never from the returned message, and
// only when its codes and words said nothing sure.
struct LayoutPhrase
{
    const char *layout;
    const char *phrase;
    Cause cause;
    std::optional<Owner> owner;
    // Too general to be read in any bounce: only in a report of its own layout, where no reply
    // is quoted.
    bool ownLayoutOnly = false;
};
const LayoutPhrase kLayoutPhrases[] = {
    // lhost/via-biglobe.go (BIGLOBE and the providers on its mail system)
    {"biglobe", "The number of messages in recipient's mailbox exceeded the local limit", Cause::MailboxFull, std::nullopt},
    // lhost/via-einsundeins.go (1&1)
    {"einsundeins", "Mail size limit exceeded", Cause::MessageTooLarge, std::nullopt},
    // lhost/via-imailserver.go (Progress iMail Server)
    {"imailserver", "Invalid final delivery userid", Cause::RecipientUnknown, std::nullopt},
    {"imailserver", "User mailbox exceeds allowed size", Cause::MailboxFull, std::nullopt},
    {"imailserver", "Requested action not taken: virus detected", Cause::MessageRejected, std::nullopt},
    {"imailserver", "Blacklisted URL in message", Cause::MessageRejected, std::nullopt},
    // lhost/via-notes.go (HCL Notes)
    {"notes", "User not listed in public Name & Address Book", Cause::RecipientUnknown, std::nullopt},
    {"notes", "ディレクトリのリストにありません", Cause::RecipientUnknown, std::nullopt},
    {"notes", "Message has exceeded maximum hop count", Cause::RoutingLoop, std::nullopt},
    // lhost/via-domino.go (HCL Domino, in English, Spanish, French and Japanese)
    {"domino", "not listed in Domino Directory", Cause::RecipientUnknown, std::nullopt},
    {"domino", "no se encuentra en el Directorio de Domino", Cause::RecipientUnknown, std::nullopt},
    {"domino", "non répertorié dans l'annuaire Domino", Cause::RecipientUnknown, std::nullopt},
    {"domino", "Domino ディレクトリには見つかりません", Cause::RecipientUnknown, std::nullopt},
    // lhost/via-googleworkspace.go: the recipient does not exist; the SMTP server set up for
    // Gmail's "Send mail as" offers no login.
    {"google", "because the address couldn't be found", Cause::RecipientUnknown, std::nullopt},
    {"google", "does not advertise AUTH capability", Cause::AuthUnavailable, std::nullopt},
    // lhost/via-exchange2007.go ("ndrsubject"): Exchange's own names of its refusals, the same in
    // every language of its reports. NotAuthorized: the recipient accepts mail only from the
    // senders its administrators allow (delivery restrictions).
    {"exchange", "SMTPSEND.DNS.NonExistentDomain", Cause::HostNotFound, std::nullopt},
    {"exchange", "SMTPSEND.DNS.MxLoopback", Cause::RoutingLoop, std::nullopt},
    {"exchange", "RESOLVER.ADR.RecipNotFound", Cause::RecipientUnknown, std::nullopt},
    {"exchange", "RESOLVER.ADR.RecipientNotFound", Cause::RecipientUnknown, std::nullopt},
    {"exchange", "RESOLVER.ADR.ExRecipNotFound", Cause::RecipientUnknown, std::nullopt},
    {"exchange", "RESOLVER.RST.NotAuthorized", Cause::SenderRejected, Owner::Recipient},
    {"exchange", "RESOLVER.RST.RecipSizeLimit", Cause::MessageTooLarge, std::nullopt},
    {"exchange", "QUEUE.Expired", Cause::DeliveryExpired, std::nullopt},
    // lhost/via-exim.go (Exim's own messages: route.c, routers/dnslookup.c, transports/appendfile.c,
    // deliver.c, retry.c)
    {"exim", "all host address lookups failed permanently", Cause::HostNotFound, std::nullopt},
    {"exim", "all relevant MX records point to non-existent hosts", Cause::HostNotFound, std::nullopt},
    {"exim", "Unrouteable address", Cause::HostNotFound, std::nullopt},
    {"exim", "an MX or SRV record indicated no SMTP service", Cause::HostNotFound, std::nullopt},
    {"exim", "mailbox is full", Cause::MailboxFull, std::nullopt},
    {"exim", "error: quota exceed", Cause::MailboxFull, std::nullopt},
    {"exim", "Too many \"Received\" headers", Cause::RoutingLoop, std::nullopt},
    {"exim", "retry timeout exceeded", Cause::DeliveryExpired, std::nullopt},
    // lhost/via-courier.go (module.esmtp/esmtpclient.c)
    {"courier", "No such domain.", Cause::HostNotFound, std::nullopt},
    // lhost/via-messagingserver.go
    {"messagingserver", "Illegal host/domain name found", Cause::HostNotFound, std::nullopt},
    // lhost/via-kddi.go
    {"kddi", "As their mailbox is full", Cause::MailboxFull, std::nullopt},
    {"kddi", "As the remote domain doesnt exist", Cause::HostNotFound, std::nullopt},
    // lhost/via-ezweb.go
    {"ezweb", "The user(s) account is temporarily over quota", Cause::MailboxFull, std::nullopt},
    {"ezweb", "The user(s) account is disabled.", Cause::MailboxDisabled, std::nullopt},
    {"ezweb", "The user(s) account is temporarily limited.", Cause::MailboxDisabled, std::nullopt},
    {"ezweb", "Your message was not delivered within ", Cause::DeliveryExpired, std::nullopt},
    // lhost/via-qmail.go (qmail-local.c, qmail-remote.c, error_str.c, the qmail-ldap patch)
    {"qmail", "no mailbox here by that name", Cause::RecipientUnknown, std::nullopt},
    {"qmail", "Sorry, I couldn't find any host ", Cause::HostNotFound, std::nullopt},
    {"qmail", "Sorry, I couldn't find a mail exchanger or IP address", Cause::HostNotFound, std::nullopt},
    {"qmail", "disk quota exceeded", Cause::MailboxFull, std::nullopt},
    {"qmail", "The message exeeded the maximum size the user accepts", Cause::MessageTooLarge, std::nullopt},
    {"qmail", "Mailaddress is administrativ", Cause::MailboxDisabled, std::nullopt},
    {"qmail", "this message has been in the queue too long", Cause::DeliveryExpired, std::nullopt},
    // lhost/via-trendmicro.go: InterScan's "Unable to deliver message to <bob@...>" is its sentence
    // for an unknown recipient.
    {"trendmicro", "Unable to deliver", Cause::RecipientUnknown, std::nullopt, true},
};

// The cause a layout's fixed wording names; invalid when the text has none. ownLayout: null for
// the wordings read in any bounce, else a layout's ID for the wordings only its own report has.
CodeMeaning layoutPhraseMeaning(QStringView text, const char *ownLayout = nullptr)
{
    text = text.left(kMaxServerText);
    for (const LayoutPhrase &p : kLayoutPhrases) {
        if (p.ownLayoutOnly != (ownLayout != nullptr) || (ownLayout && qstrcmp(p.layout, ownLayout) != 0))
            continue;
        if (!text.contains(QString::fromUtf8(p.phrase), Qt::CaseInsensitive))
            continue;
        CodeMeaning m;
        m.cause = p.cause;
        m.owner = p.owner;
        m.source = MeaningSource::Wording;
        m.rule = QStringLiteral("layout:%1/%2").arg(QLatin1String(p.layout), QString::fromUtf8(p.phrase).trimmed());
        return m;
    }
    return {};
}

// --- Plain-text bounces --------------------------------------------------------------------------

QList<Finding> parseExchange(const QString &text, QString &generating)
{
    const Patterns &p = patterns();
    QList<Finding> out;
    const QRegularExpressionMatch g = p.generating.match(text);
    if (g.hasMatch())
        generating = g.captured(1);
    // Where the part for administrators starts and where the original's headers start, in the
    // languages of Exchange's reports (go-sisimai lhost/via-exchange2007.go).
    static const QStringList starts = {QStringLiteral("Diagnostic information for administrators"),
        QStringLiteral("Informations de diagnostic pour les administrateurs"),
        QStringLiteral("Informazioni di diagnostica per gli amministratori"),
        QStringLiteral("Diagnostisk information för administratörer")};
    static const QStringList ends = {QStringLiteral("Original message headers"),
        QStringLiteral("En-têtes de message d'origine"), QStringLiteral("Intestazioni originali del messaggio"),
        QStringLiteral("Ursprungshuvuden")};
    qsizetype start = -1;
    for (const QString &m : starts) {
        if ((start = text.indexOf(m, 0, Qt::CaseInsensitive)) >= 0)
            break;
    }
    if (start < 0)
        start = g.hasMatch() ? g.capturedStart() : 0;
    qsizetype end = -1;
    for (const QString &m : ends) {
        if ((end = text.indexOf(m, start, Qt::CaseInsensitive)) >= 0)
            break;
    }
    if (end < 0)
        end = text.size();
    const QStringList ls = lines(text.mid(start, qMin<qsizetype>(end - start, 256 * 1024)));
    static const RE addrOnly = makeRe(R"(^\s*<?([^\s<>@'"]+@[^\s<>'"]+?)>?\s*$)", RE::NoPatternOption);
    Finding *cur = nullptr;
    for (const QString &raw : ls) {
        const QString l = trimmedLine(raw);
        const QRegularExpressionMatch a = addrOnly.match(l);
        if (a.hasMatch()) {
            if (out.size() >= kMaxFindings)
                break;
            out.append(Finding{});
            cur = &out.last();
            cur->recipient = cleanAddress(a.captured(1));
            continue;
        }
        if (!cur || l.trimmed().isEmpty() || !cur->serverText.isEmpty())
            continue;
        QRegularExpressionMatch m = p.remoteReturned.match(l);
        if (m.hasMatch()) {
            cur->remoteMta = m.captured(1);
            QString inner = m.captured(3);
            // Older Exchange wraps the reply: "<mx #5.0.0 smtp; 5.1.0 - Unknown address error 550-'5.1.1 ...'>"
            const QRegularExpressionMatch h = p.exchangeHash.match(inner);
            if (h.hasMatch()) {
                if (cur->remoteMta.isEmpty())
                    cur->remoteMta = h.captured(2);
                inner = h.captured(4);
                const QRegularExpressionMatch r = p.reply.match(inner);
                if (r.hasMatch() && r.capturedStart() > 0)
                    inner = inner.mid(r.capturedStart());
            }
            readReplyText(*cur, inner);
            if (!cur->enhanced.isValid() && h.hasMatch())
                cur->enhanced = EnhancedStatus::fromString(h.captured(3));
            continue;
        }
        m = p.exchangeHash.match(l);
        if (m.hasMatch()) {
            const QString before = m.captured(1);
            cur->remoteMta = (!before.isEmpty() && !before.startsWith(QLatin1Char('#'))) ? before : m.captured(2);
            readReplyText(*cur, m.captured(4));
            if (!cur->enhanced.isValid())
                cur->enhanced = EnhancedStatus::fromString(m.captured(3));
            continue;
        }
        m = p.exchange2007.match(l);
        if (m.hasMatch()) {
            cur->code = m.captured(1).toInt();
            cur->enhanced = EnhancedStatus::fromString(m.captured(2));
            cur->serverText = clip(m.captured(1) + QLatin1Char(' ') + m.captured(2) + QLatin1Char(' ') + m.captured(3));
            continue;
        }
        const QRegularExpressionMatch r = p.reply.match(l);
        if (r.hasMatch())
            readReplyText(*cur, l.mid(r.capturedStart()));
    }
    // Addresses listed without any detail (the user-facing part) are not findings.
    out.erase(std::remove_if(out.begin(), out.end(), [](const Finding &f) {
        return f.serverText.isEmpty() && !f.enhanced.isValid();
    }), out.end());
    const QRegularExpressionMatch org = p.orgRejected.match(text);
    if (org.hasMatch() && out.size() == 1) {
        for (Finding &f : out) {
            if (f.remoteMta.isEmpty())
                f.remoteMta = org.captured(1);
        }
    }
    return out;
}

QList<Finding> parsePostfix(const QString &text)
{
    const Patterns &p = patterns();
    QList<Finding> out;
    static const RE head = makeRe(R"(^<([^<>\s]+@[^<>\s]+)>(?:\s*\(expanded from <[^>]*>\))?:\s?(.*)$)", RE::NoPatternOption);
    static const RE refused = makeRe(R"(host (\S+?)\[[^\]]*\] refused to talk to me:\s*(.*?)\s*$)", kCi);
    const QStringList ls = lines(text);
    for (qsizetype i = 0; i < ls.size() && out.size() < kMaxFindings; ++i) {
        const QRegularExpressionMatch m = head.match(trimmedLine(ls.at(i)));
        if (!m.hasMatch())
            continue;
        QStringList block{m.captured(2)};
        while (i + 1 < ls.size() && !ls.at(i + 1).isEmpty()
               && (ls.at(i + 1).front() == QLatin1Char(' ') || ls.at(i + 1).front() == QLatin1Char('\t'))
               && block.size() < 100)
            block.append(ls.at(++i));
        const QString joined = joinLines(block);
        Finding f;
        f.recipient = cleanAddress(m.captured(1));
        f.stage = stageFromText(joined);
        QString reason = joined;
        reason.remove(p.inReplyTo);
        QRegularExpressionMatch s = p.postfixSaid.match(reason);
        if (s.hasMatch()) {
            f.remoteMta = s.captured(1);
            readReplyText(f, s.captured(3));
        } else if ((s = refused.match(reason)).hasMatch()) {
            // "host mx.example.net[192.0.2.1] refused to talk to me: 554 ...": the greeting.
            f.remoteMta = s.captured(1);
            readReplyText(f, s.captured(2));
            f.stage = Stage::Greeting;
        } else if ((s = p.postfixConnect.match(reason)).hasMatch()) {
            f.remoteMta = s.captured(1);
            readReplyText(f, s.captured(3));
            if (f.stage == Stage::Unknown)
                f.stage = Stage::Greeting;
        } else {
            readReplyText(f, reason);
        }
        out.append(f);
    }
    return out;
}

QList<Finding> parseExim(const QString &text)
{
    const Patterns &p = patterns();
    QList<Finding> out;
    // "  bob@example.net", or "  an undisclosed address" followed by "(generated from
    // bob@example.net)" (deliver.c; go-sisimai lhost/via-exim.go).
    static const RE head = makeRe(R"(^  (?! )(?:<?([^\s<>]+@[^\s<>]+?)>?(?:\s*<[^>]*>)?:?|an undisclosed address)\s*$)", RE::NoPatternOption);
    static const RE generatedFrom = makeRe(R"(^\s*\(generated from ([^\s()<>]+@[^\s()<>]+)\)\s*$)", RE::NoPatternOption);
    const QStringList ls = lines(text);
    for (qsizetype i = 0; i < ls.size() && out.size() < kMaxFindings; ++i) {
        const QRegularExpressionMatch m = head.match(trimmedLine(ls.at(i)));
        if (!m.hasMatch())
            continue;
        QStringList block;
        while (i + 1 < ls.size() && ls.at(i + 1).startsWith(QLatin1String("    ")) && block.size() < 100)
            block.append(ls.at(++i));
        QString recipient = m.captured(1);
        if (recipient.isEmpty()) {
            for (qsizetype j = 0; j < block.size(); ++j) {
                const QRegularExpressionMatch g = generatedFrom.match(trimmedLine(block.at(j)));
                if (g.hasMatch()) {
                    recipient = g.captured(1);
                    block.removeAt(j);
                    break;
                }
            }
        }
        if (block.isEmpty() || recipient.isEmpty())
            continue;
        const QString joined = joinLines(block);
        Finding f;
        f.recipient = cleanAddress(recipient);
        const QRegularExpressionMatch host = p.eximHost.match(joined);
        if (host.hasMatch())
            f.remoteMta = host.captured(1);
        const QRegularExpressionMatch after = p.eximAfter.match(joined);
        if (after.hasMatch()) {
            f.stage = stageFromCommand(after.captured(1));
            if (!after.captured(2).isEmpty())
                f.remoteMta = after.captured(2);
            readReplyText(f, after.captured(3));
        } else {
            QString reason = joined;
            if (host.hasMatch())
                reason.remove(host.capturedStart(), host.capturedLength());
            readReplyText(f, reason.trimmed());
        }
        out.append(f);
    }
    return out;
}

QList<Finding> parseQmail(const QString &text)
{
    const Patterns &p = patterns();
    QList<Finding> out;
    // "<bob@example.com>:" (qmail), or "\"bob@example.com\":" (GMX / 1&1).
    static const RE head = makeRe(R"re(^(?:<([^<>\s]+@[^<>\s]+)>|"([^"\s]+@[^"\s]+)"):\s*$)re", RE::NoPatternOption);
    const QStringList ls = lines(text);
    for (qsizetype i = 0; i < ls.size() && out.size() < kMaxFindings; ++i) {
        const QRegularExpressionMatch m = head.match(trimmedLine(ls.at(i)));
        if (!m.hasMatch())
            continue;
        const QString address = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        QStringList block;
        while (i + 1 < ls.size() && !trimmedLine(ls.at(i + 1)).trimmed().isEmpty() && block.size() < 100) {
            if (head.match(trimmedLine(ls.at(i + 1))).hasMatch())
                break;
            block.append(trimmedLine(ls.at(++i)));
        }
        const QString blockText = block.join(QLatin1Char('\n'));
        Finding f;
        f.recipient = cleanAddress(address);
        const QRegularExpressionMatch said = p.qmailSaid.match(blockText);
        const QRegularExpressionMatch dislike = p.qmailDislike.match(blockText);
        const QRegularExpressionMatch giving = p.qmailGiving.match(blockText);
        if (dislike.hasMatch()) {
            f.remoteMta = dislike.captured(1);
            f.stage = dislike.captured(2).compare(QLatin1String("sender"), Qt::CaseInsensitive) == 0
                ? Stage::MailFrom : Stage::RcptTo;
        } else if (giving.hasMatch()) {
            f.remoteMta = giving.captured(1);
        }
        if (f.stage == Stage::Unknown)
            f.stage = stageFromPhrases(blockText);   // "Connected to ... but my name was rejected."
        // Courier writes the dialogue instead (">>> RCPT TO:<bob@...>", "<<< 550 ...";
        // go-sisimai lhost/via-courier.go).
        QStringList transcript;
        QString command;
        for (const QString &l : std::as_const(block)) {
            if (l.startsWith(QLatin1String(">>> ")))
                command = l.mid(4);
            else if (l.startsWith(QLatin1String("<<< ")) && transcript.size() < 50)
                transcript.append(transcript.isEmpty() ? l.mid(4) : continuationText(l.mid(8)));
        }
        if (said.hasMatch()) {
            readReplyText(f, said.captured(1));
        } else if (!transcript.isEmpty()) {
            readReplyText(f, transcript.join(QLatin1Char(' ')));
            if (f.stage == Stage::Unknown)
                f.stage = stageFromCommand(command);
            static const RE host = makeRe(R"(^\s*([A-Za-z0-9][A-Za-z0-9.\-]*\.[A-Za-z]{2,})\s*\[[0-9A-Fa-f.:]+\]:?\s*$)", RE::NoPatternOption);
            for (const QString &l : std::as_const(block)) {
                const QRegularExpressionMatch h = host.match(l);
                if (h.hasMatch() && f.remoteMta.isEmpty())
                    f.remoteMta = h.captured(1);
            }
        } else {
            QStringList rest;
            for (const QString &l : std::as_const(block)) {
                if (!p.qmailGiving.match(l).hasMatch())
                    rest.append(l);
            }
            readReplyText(f, joinLines(rest));
        }
        out.append(f);
    }
    return out;
}

// A reply's words without its codes ("552-5.7.0 This message ..." -> "This message ...").
QString wordsOfReply(const QString &reply)
{
    static const RE codes = makeRe(R"(^\s*[245]\d\d[ -]?(?:[245]\.\d{1,3}\.\d{1,3}\s*)?)", RE::NoPatternOption);
    return QString(reply).remove(codes).simplified();
}

// Whether longer is the whole of a multi-line reply of which shorter quotes only the first line
// (Sendmail's "(reason: ...)" and many DSN Diagnostic-Codes keep only the first line).
bool completesReply(const Finding &longer, const Finding &shorter)
{
    const QString quoted = wordsOfReply(shorter.serverText);
    return !quoted.isEmpty() && longer.code == shorter.code && longer.serverText.size() > shorter.serverText.size()
        && wordsOfReply(longer.serverText).startsWith(quoted);
}

QList<Finding> parseSendmail(const QString &text)
{
    const Patterns &p = patterns();
    QList<Finding> out;
    const QStringList ls = lines(text);
    static const RE section = makeRe(R"(^\s*-+ ?The following addresses had (permanent fatal|transient non-fatal) errors ?-+)", kCi);
    static const RE addrLine = makeRe(R"(^\s*<?([^\s<>()]+@[^\s<>()]+?)>?\s*(?:\(.*\))?\s*$)", RE::NoPatternOption);
    bool inSection = false;
    bool transient = false;
    for (qsizetype i = 0; i < ls.size() && out.size() < kMaxFindings; ++i) {
        const QString l = trimmedLine(ls.at(i));
        const QRegularExpressionMatch s = section.match(l);
        if (s.hasMatch()) {
            inSection = true;
            transient = s.captured(1).startsWith(QLatin1String("transient"), Qt::CaseInsensitive);
            continue;
        }
        if (!inSection)
            continue;
        if (l.trimmed().startsWith(QLatin1Char('-'))) {
            inSection = false;
            continue;
        }
        const QRegularExpressionMatch a = addrLine.match(l);
        if (a.hasMatch()) {
            Finding f;
            f.recipient = cleanAddress(a.captured(1));
            f.action = transient ? QStringLiteral("delayed") : QString();
            if (i + 1 < ls.size()) {
                const QRegularExpressionMatch r = p.sendmailReason.match(trimmedLine(ls.at(i + 1)));
                if (r.hasMatch()) {
                    readReplyText(f, r.captured(1));
                    ++i;
                }
            }
            out.append(f);
        }
    }
    // The transcript: ">>> RCPT To:<bob@...>" then "<<< 550 ..." gives the stage and the server.
    // "<bob@...>... Deferred: Connection refused by mx.example.net." is the mailer's own account
    // of a recipient whose delivery failed without a reply to quote.
    static const RE mailerLine = makeRe(R"(^<?([^\s<>()]+@[^\s<>()]+?)>?\.\.\.\s*(\S.*)$)", RE::NoPatternOption);
    QString talkingTo;
    QString lastCommand;
    for (qsizetype i = 0; i < ls.size(); ++i) {
        const QString l = trimmedLine(ls.at(i));
        const QRegularExpressionMatch t = p.sendmailTalking.match(l);
        if (t.hasMatch()) {
            talkingTo = t.captured(1);
            continue;
        }
        if (l.startsWith(QLatin1String(">>> "))) {
            lastCommand = l.mid(4);
            continue;
        }
        if (!l.startsWith(QLatin1String("<<< "))) {
            if (l.size() > 2000 || !l.contains(QLatin1String("...")))
                continue;   // a mailer's line is short (and bounds the work on hostile input)
            const QRegularExpressionMatch ml = mailerLine.match(l);
            if (ml.hasMatch()) {
                for (Finding &f : out) {
                    if (f.serverText.isEmpty() && f.recipient.compare(cleanAddress(ml.captured(1)), Qt::CaseInsensitive) == 0)
                        readReplyText(f, ml.captured(2));
                }
            }
            continue;
        }
        // A multi-line reply ("<<< 552-5.7.0 ..." up to "<<< 552 5.7.0 ...") is one reply.
        QString replyText = l.mid(4);
        if (replyText.size() > 3 && replyText.at(3) == QLatin1Char('-')) {
            const QString code = replyText.left(3);
            QStringList parts{replyText.mid(4).trimmed()};
            while (i + 1 < ls.size() && parts.size() < 50) {
                const QString next = trimmedLine(ls.at(i + 1));
                if (!next.startsWith(QLatin1String("<<< ") + code))
                    break;
                ++i;
                parts.append(continuationText(next.mid(8)));
                if (next.size() <= 7 || next.at(7) != QLatin1Char('-'))
                    break;
            }
            replyText = code + QLatin1Char(' ') + parts.join(QLatin1Char(' '));
        }
        Finding r;
        readReplyText(r, replyText);
        if (r.code < 400)
            continue;
        r.stage = stageFromCommand(lastCommand);
        // With pipelining the RCPT replies arrive after ">>> DATA": an addressing code is a RCPT reply.
        if (r.stage == Stage::Data && r.enhanced.subject == 1)
            r.stage = Stage::RcptTo;
        r.remoteMta = talkingTo;
        const QString who = cleanAddress(firstAddress(lastCommand));
        const QString replyWords = wordsOfReply(r.serverText);
        bool merged = false;
        for (Finding &f : out) {
            if (!who.isEmpty() && f.recipient.compare(who, Qt::CaseInsensitive) != 0)
                continue;
            // "(reason: ...)" quotes only the first line of a multi-line reply: the whole reply
            // in the transcript is the same one.
            const QString quoted = wordsOfReply(f.serverText);
            const bool sameReply = !quoted.isEmpty() && r.code == f.code && replyWords.startsWith(quoted);
            if (who.isEmpty() && !sameReply && !r.serverText.contains(f.recipient, Qt::CaseInsensitive))
                continue;
            f.stage = r.stage;
            f.remoteMta = r.remoteMta;
            if (f.serverText.isEmpty() || (sameReply && r.serverText.size() > f.serverText.size()))
                readReplyText(f, r.serverText);
            merged = true;
        }
        if (!merged && out.isEmpty()) {
            r.recipient = who;
            out.append(r);
        }
    }
    return out;
}

// DragonFly Mail Agent (dma.c, net.c): "There was an error delivering your mail to
// <bob@example.net>.", then either its own reason ("Could not deliver for the last 432000
// seconds. Giving up.") or "mx.example.net [192.0.2.1] did not like our RCPT TO:" followed by the
// reply, up to "Message headers follow.".
QList<Finding> parseDma(const QString &text)
{
    static const RE to = makeRe(R"(there was an error delivering your mail to <([^>\s]{1,300})>)", kCi);
    static const RE said = makeRe(R"(^[ \t]*(\S+) \[([^\]\r\n]{0,100})\] did not like our ([A-Za-z][A-Za-z ]{1,20}):[ \t]*\r?$)", kCiMl);
    const QRegularExpressionMatch t = to.match(text);
    if (!t.hasMatch())
        return {};
    qsizetype end = text.indexOf(QLatin1String("Message headers follow"), t.capturedEnd(), Qt::CaseInsensitive);
    if (end < 0)
        end = text.size();
    QString body = text.mid(t.capturedEnd(), qMin<qsizetype>(end - t.capturedEnd(), 64 * 1024));
    Finding f;
    f.recipient = cleanAddress(t.captured(1));
    const QRegularExpressionMatch s = said.match(body);
    if (s.hasMatch()) {
        f.remoteMta = s.captured(1);
        f.stage = stageFromCommand(s.captured(3));
        body = body.mid(s.capturedEnd());
    }
    QStringList ls = lines(body);
    if (!ls.isEmpty() && ls.first().trimmed() == QLatin1String("."))
        ls.removeFirst();   // the end of the sentence naming the recipient
    readReplyText(f, joinLines(ls));
    if (f.serverText.isEmpty())
        return {};
    return {f};
}

QList<Finding> parseGmail(const QString &text)
{
    const Patterns &p = patterns();
    QList<Finding> out;
    Finding f;
    const QRegularExpressionMatch to = p.gmailTo.match(text);
    if (to.hasMatch())
        f.recipient = cleanAddress(to.captured(1));
    const QRegularExpressionMatch resp = p.gmailResponse.match(text);
    if (resp.hasMatch()) {
        // The reply may continue on the next lines until a blank line.
        QStringList block{resp.captured(1)};
        const qsizetype after = resp.capturedEnd();
        const QStringList more = lines(text.mid(after, 4000));
        for (qsizetype i = 1; i < more.size() && i < 20; ++i) {
            const QString l = trimmedLine(more.at(i));
            if (l.trimmed().isEmpty())
                break;
            block.append(l);
        }
        readReplyText(f, joinLines(block));
    } else if (to.hasMatch()) {
        // No reply quoted: the report's sentence naming the recipient is its reason ("Your message
        // wasn't delivered to bob@example.net because the address couldn't be found.").
        qsizetype ls = text.lastIndexOf(QLatin1Char('\n'), to.capturedStart());
        qsizetype le = text.indexOf(QLatin1Char('\n'), to.capturedEnd());
        ls = ls < 0 ? 0 : ls + 1;
        if (le < 0)
            le = text.size();
        readReplyText(f, text.mid(ls, qMin<qsizetype>(le - ls, kMaxServerText)));
    }
    f.stage = stageFromPhrases(f.serverText);
    const QRegularExpressionMatch remote = p.gmailRemote.match(text);
    if (remote.hasMatch())
        f.remoteMta = remote.captured(1);
    if (!f.serverText.isEmpty() || !f.recipient.isEmpty())
        out.append(f);
    return out;
}

// Any reply codes anywhere: log lines, a pasted reply, unknown bounce formats.
QList<Finding> scanReplies(const QString &text)
{
    const Patterns &p = patterns();
    QList<Finding> out;
    auto it = p.reply.globalMatch(text);
    qsizetype lastEnd = -1;
    while (it.hasNext() && out.size() < kMaxFindings) {
        const QRegularExpressionMatch m = it.next();
        const int code = m.captured(1).toInt();
        if (code < 400) {
            // Positive replies count only when the paste is one (quote marks and spaces aside).
            const QStringView before = QStringView(text).left(m.capturedStart());
            if (std::any_of(before.begin(), before.end(), [](QChar c) { return !c.isSpace() && c != QLatin1Char('>'); }))
                continue;
        }
        if (m.capturedStart() < lastEnd || !plausibleReplyCodeAt(text, m.capturedStart()))
            continue;
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), m.capturedStart());
        if (lineEnd < 0)
            lineEnd = text.size();
        // A multi-line reply ("550-5.1.1 ...\n550 5.1.1 ...") becomes one finding.
        QString replyText = text.mid(m.capturedStart(), qMin<qsizetype>(lineEnd - m.capturedStart(), kMaxServerText));
        qsizetype next = lineEnd;
        if (replyText.size() > 3 && replyText.at(3) == QLatin1Char('-')) {
            const QString codeText = m.captured(1);
            QStringList parts{replyText.mid(4).trimmed()};
            while (next < text.size() && parts.size() < 50) {
                qsizetype nextEnd = text.indexOf(QLatin1Char('\n'), next + 1);
                if (nextEnd < 0)
                    nextEnd = text.size();
                const QString nextLine = text.mid(next + 1, qMin<qsizetype>(nextEnd - next - 1, kMaxServerText)).trimmed();
                if (!nextLine.startsWith(codeText))
                    break;
                parts.append(continuationText(nextLine.mid(4)));
                next = nextEnd;
                if (nextLine.size() <= 3 || nextLine.at(3) != QLatin1Char('-'))
                    break;
            }
            replyText = clip(codeText + QLatin1Char(' ') + parts.join(QLatin1Char(' ')));
        }
        lastEnd = next;
        // Needs words after the code to count as a reply in free text (not "room 550").
        const QString rest = replyText.mid(4).trimmed();
        if (rest.isEmpty() && replyText.size() < text.trimmed().size())
            continue;
        Finding f;
        readReplyText(f, replyText.trimmed());
        f.recipient = cleanAddress(firstAddress(f.serverText));
        f.stage = stageFromText(text.mid(m.capturedStart(), qMin<qsizetype>(lineEnd - m.capturedStart() + 80, 2000)));
        if (f.serverText.contains(QStringLiteral("(in reply to"), Qt::CaseInsensitive))
            f.serverText = f.serverText.remove(p.inReplyTo).trimmed();
        bool duplicate = false;
        for (const Finding &o : std::as_const(out)) {
            if (o.code == f.code && o.serverText == f.serverText)
                duplicate = true;
        }
        if (!duplicate)
            out.append(f);
    }
    return out;
}

OriginalHeaders headersFrom(const MimeHeaders &h)
{
    OriginalHeaders o;
    for (const MimeHeader &x : h) {
        const QString n = x.name.toLower();
        if (n == QLatin1String("to") || n == QLatin1String("cc")) {
            if (o.to.size() < 50)
                o.to.append(x.value.left(1000));
        } else if (n == QLatin1String("from") && o.from.isEmpty()) {
            o.from = x.value.left(1000);
        } else if (n == QLatin1String("subject") && o.subject.isEmpty()) {
            o.subject = x.value.left(1000);
        } else if (n == QLatin1String("message-id") && o.messageId.isEmpty()) {
            o.messageId = x.value.left(1000);
        } else if (n == QLatin1String("received")) {
            if (o.received.size() < 50)
                o.received.append(x.value.left(2000));
        } else if (n == QLatin1String("received-spf") && o.receivedSpf.isEmpty()) {
            o.receivedSpf = x.value.left(2000);
        }
    }
    return o;
}

OriginalHeaders headersFromText(const QString &text)
{
    const Patterns &p = patterns();
    qsizetype from = -1;
    const QRegularExpressionMatch m = p.headerMarker.match(text);
    if (m.hasMatch()) {
        from = m.capturedEnd();
    } else {
        static const RE firstHeader = makeRe(R"(^(?:Received|Return-Path|Received-SPF|Message-ID): )", kCiMl);
        const QRegularExpressionMatch h = firstHeader.match(text);
        if (!h.hasMatch())
            return {};
        from = h.capturedStart();
    }
    QString rest = text.mid(from, 128 * 1024);
    // Skip blank lines and indentation the paste may have added.
    QStringList ls = lines(rest);
    while (!ls.isEmpty() && ls.first().trimmed().isEmpty())
        ls.removeFirst();
    QString block;
    for (const QString &l : std::as_const(ls)) {
        if (trimmedLine(l).trimmed().isEmpty())
            break;
        block += trimmedLine(l) + QLatin1Char('\n');
    }
    return headersFrom(parseHeaders(block.toUtf8(), 500));
}

PasteFormat detectTextFormat(const QString &text)
{
    // One lower-case copy and plain searches: Qt's case-insensitive search is slow on long text.
    // The markers stand at the top of a report: the first 256 KiB are read, as for the layouts
    // (a paste may be megabytes).
    const QString lower = text.left(256 * 1024).toLower();
    const auto has = [&](const char *s) { return lower.contains(QString::fromUtf8(s)); };
    if (has("diagnostic information for administrators") || has("generating server:")
        || has("informations de diagnostic pour les administrateurs") || has("informazioni di diagnostica per gli amministratori")
        || has("diagnostisk information för administratörer")
        || has("remote server returned") || has("#smtp#") || has("remote server at "))
        return PasteFormat::Exchange;
    if (has("the response from the remote server was") || has("the response was:")
        || has("google tried to deliver your message") || has("mailer-daemon@googlemail.com")
        || has("the error that the other server returned was") || has("technical details of permanent failure")
        || has("delivery to the following recipient failed permanently") || has("** address not found **")
        || has("** message not delivered **"))
        return PasteFormat::Gmail;
    if (has("qmail-send program") || has("remote host said:") || has("does not like recipient."))
        return PasteFormat::Qmail;
    if (has("this is the mail system at host") || (has(" said: ") && has("(in reply to")))
        return PasteFormat::Postfix;
    if (has("smtp error from remote mail") || has("mail delivery software")
        || has("could not be delivered to one or more of its recipients"))
        return PasteFormat::Exim;
    if (has("transcript of session follows") || has("the following addresses had"))
        return PasteFormat::Sendmail;
    if (has("there was an error delivering your mail to <"))
        return PasteFormat::Bounce;   // DragonFly Mail Agent
    return PasteFormat::Unknown;
}

QList<Finding> parseByFormat(PasteFormat format, const QString &text, QString &generating)
{
    switch (format) {
    case PasteFormat::Exchange: return parseExchange(text, generating);
    case PasteFormat::Postfix: {
        const QRegularExpressionMatch m = patterns().postfixHost.match(text);
        if (m.hasMatch())
            generating = m.captured(1);
        return parsePostfix(text);
    }
    case PasteFormat::Exim: return parseExim(text);
    case PasteFormat::Qmail: {
        const QRegularExpressionMatch m = patterns().qmailHost.match(text);
        if (m.hasMatch())
            generating = m.captured(1);
        return parseQmail(text);
    }
    case PasteFormat::Sendmail: return parseSendmail(text);
    case PasteFormat::Gmail: return parseGmail(text);
    case PasteFormat::Bounce: return parseDma(text);
    default: return {};
    }
}

bool isBounceFormat(PasteFormat format)
{
    return format == PasteFormat::Dsn || format == PasteFormat::Exchange || format == PasteFormat::Postfix
        || format == PasteFormat::Exim || format == PasteFormat::Qmail || format == PasteFormat::Sendmail
        || format == PasteFormat::Gmail || format == PasteFormat::Bounce;
}

// In a bounce, a refusal for lack of login or relaying by a *remote* server is the receiving
// side's configuration (a wrong MX or a server that takes no internet mail), not the user's.
void adjustForRemote(Finding &f)
{
    if (f.remoteMta.isEmpty())
        return;
    if (f.cause() == Cause::RelayDenied || f.cause() == Cause::AuthRequired) {
        f.meaning.owner = Owner::Recipient;
        f.meaning.explanation = QT_TRANSLATE_NOOP("od::CodeTables",
            "The receiving server refused mail from the internet: it wants senders to log in, or does not consider itself responsible for the recipient's domain. Your own server did its job; the recipient's administrators have to fix their server or their MX record.");
        f.meaning.rule += QStringLiteral("+remote");
    }
}

// In a bounce, a refused login or a demand for encryption came from a server the *sending*
// server talked to: it logged in to its relay (smarthost) or was asked for STARTTLS by the next
// hop. The user's own program did its job; whoever runs the sending server has to act.
void adjustForRelayLogin(Finding &f)
{
    switch (f.cause()) {
    case Cause::AuthFailed: case Cause::AuthUnavailable: case Cause::TlsRequired:
    case Cause::PasswordLoginDisabled:
        break;
    default:
        return;
    }
    if (f.confidence == Confidence::Low)
        return;
    f.meaning.owner = Owner::Provider;
    f.meaning.explanation = QT_TRANSLATE_NOOP("od::CodeTables",
        "A server on the way refused the login or the connection of the server that passed your message on (for example its relay, which wants other credentials, another login method or encryption). Your mail program did its job; whoever runs the sending server has to correct its settings for that relay.");
    f.meaning.rule += QStringLiteral("+relay");
}

// --- Weighing the evidence -----------------------------------------------------------------------

// The enhanced code's own meaning when its detail names a cause (X.1.1, X.2.2, ...); invalid for
// codes that say too little: X.0.0, and the protocol family X.5.x, which relaying MTAs put on
// refusals of every kind.
CodeMeaning specificCodeMeaning(const EnhancedStatus &e, QStringView text)
{
    // X.6.0 ("Other or undefined media error", RFC 3463 section 3.7: something about the content
    // made the message undeliverable) still names the message content as the cause.
    if (!e.isValid() || e.klass == 2 || (e.detail == 0 && e.subject != 6) || e.subject == 5)
        return {};
    CodeMeaning m = office365Meaning(e, text);
    if (!m.isValid())
        m = enhancedMeaning(e);
    if (!m.isValid() || m.cause == Cause::Unknown)
        return {};
    return m;
}

// Causes that concern the sender's own login and connection to its server. Read out of a code
// alone in a bounce (a remote server's reply to another server), they are almost always misread:
// receiving servers put 5.7.x and 530/554 on policy refusals of every kind.
bool isSubmissionCause(Cause c)
{
    switch (c) {
    case Cause::AuthFailed: case Cause::AuthUnavailable: case Cause::AuthRequired: case Cause::TlsRequired:
    case Cause::TlsFailed: case Cause::RelayDenied: case Cause::PasswordLoginDisabled:
    case Cause::SecurityMismatch: case Cause::CertificateInvalid:
        return true;
    default:
        return false;
    }
}

CodeMeaning ruleMeaning(Cause cause, const char *rule, std::optional<Owner> owner = std::nullopt,
                        const char *explanation = nullptr)
{
    CodeMeaning m;
    m.cause = cause;
    m.owner = owner;
    m.source = MeaningSource::Wording;
    m.rule = QLatin1String(rule);
    m.explanation = explanation;
    return m;
}

// Postfix-style restriction replies name what was refused, then why: "Recipient address
// rejected: User unknown", "Sender address rejected: Domain not found", "Client host rejected:
// cannot find your hostname". The part after the colon is the reason.
struct Restriction
{
    enum class Kind { None, Recipient, Sender, Client, Helo } kind = Kind::None;
    QString reason;
};

Restriction restrictionOf(const QString &text)
{
    static const RE re = makeRe(
        R"(\b(recipient|sender|client host|helo command)(?: address| domain)? rejected:\s*(.{0,300}))", kCi);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    Restriction r;
    const QString what = m.captured(1).toLower();
    r.kind = what.startsWith(QLatin1String("recipient")) ? Restriction::Kind::Recipient
        : what.startsWith(QLatin1String("sender"))      ? Restriction::Kind::Sender
        : what.startsWith(QLatin1String("client"))      ? Restriction::Kind::Client
                                                         : Restriction::Kind::Helo;
    r.reason = m.captured(2).trimmed();
    return r;
}

// Reads one finding: what its codes and the server's words say, and how sure that is.
// In a bounce (bounce = true), the submission causes need the server's words to agree, and a
// temporary failure that ended the delivery is "given up" unless it names something specific.
void weigh(Finding &f, bool bounce)
{
    const QString &text = f.serverText;
    CodeMeaning m = analyzeReply(f.code, f.enhanced, text, f.stage);
    bool strong = false;
    const CodeMeaning words = matchWording(text, &strong);
    const CodeMeaning byCode = specificCodeMeaning(f.enhanced, text);
    Confidence c = Confidence::Low;
    if (m.isValid()) {
        switch (m.source) {
        case MeaningSource::Wording:
            if (!strong)
                // Vague words; "421" says the same by itself (RFC 5321: service not available,
                // closing the channel).
                c = (f.code == 421 && m.cause == Cause::ServerUnavailable) ? Confidence::Medium : Confidence::Low;
            else
                c = (byCode.isValid() && byCode.cause != m.cause) ? Confidence::Medium : Confidence::High;
            break;
        case MeaningSource::Office365:
        case MeaningSource::Enhanced:
            if (words.isValid() && strong && words.cause == m.cause)
                c = Confidence::High;     // the code and the words agree
            else if (!byCode.isValid())
                c = Confidence::Low;      // a class only ("5.x.x"), or a code that says too little
            else
                c = Confidence::Medium;
            break;
        case MeaningSource::OutlookError:
            c = Confidence::High;
            break;
        case MeaningSource::ReplyCode:
            c = (f.stage != Stage::Unknown || f.code == 421 || f.code == 530 || f.code == 535 || f.code == 538)
                ? Confidence::Medium : Confidence::Low;
            break;
        case MeaningSource::None:
            break;
        }
        if (m.cause == Cause::Unknown)
            c = Confidence::Low;
    }

    // A number registered as the answer to AUTH (RFC 4954: "534 5.7.9 Authentication mechanism is
    // too weak") quoted with a refusal's reply code instead ("550 5.7.9 Rejected"; Yahoo's
    // "554 5.7.9 Message not accepted for policy reasons", help.yahoo.com/kb/SLN7253) is another
    // refusal reusing the number: unless the words say the same, or it answered AUTH, it names no
    // cause for sure.
    if (m.source == MeaningSource::Enhanced && f.code != 0 && f.stage != Stage::Auth
        && registeredLoginReply(0, f.enhanced) == m.cause && registeredLoginReply(f.code, f.enhanced) != m.cause
        && !(words.isValid() && strong && words.cause == m.cause))
        c = Confidence::Low;

    const Restriction restriction = restrictionOf(text);
    if (restriction.kind != Restriction::Kind::None) {
        bool reasonStrong = false;
        CodeMeaning reason = matchWording(restriction.reason, &reasonStrong);
        if (reason.isValid() && reason.cause != Cause::Unknown) {
            if (restriction.kind == Restriction::Kind::Sender
                && (reason.cause == Cause::RecipientUnknown || reason.cause == Cause::MailboxDisabled))
                reason.cause = Cause::SenderRejected;   // "Sender address rejected: Domain not found"
            // When the whole reply already read the same, keep that reading (its code tables know
            // more about who acts).
            if (!(m.isValid() && m.cause == reason.cause))
                m = reason;
            // A vague reason ("... Please try again later!") does not say what was refused.
            c = reasonStrong ? Confidence::High : Confidence::Low;
        } else if (byCode.isValid()) {
            m = byCode;
            c = Confidence::Medium;
        } else if (restriction.kind == Restriction::Kind::Sender) {
            m = ruleMeaning(Cause::SenderRejected, "restriction:sender");
            c = Confidence::Medium;
        } else if (restriction.kind == Restriction::Kind::Helo || restriction.kind == Restriction::Kind::Client) {
            m = ruleMeaning(Cause::Blocked, "restriction:client");
            c = Confidence::Medium;
        } else {
            // "Recipient address rejected: <a reason we cannot read>": a refusal, but of what?
            m = ruleMeaning(Cause::RecipientUnknown, "restriction:recipient");
            c = Confidence::Low;
        }
    }

    // "550 Unknown user" in reply to the end of DATA: the recipient was accepted at RCPT TO, so a
    // refusal after the whole message names no missing mailbox (NTT docomo refuses senders its
    // user filters out this way; Sisimai lib/Sisimai/Rhost/NTTDOCOMO.pm) unless its code is an
    // addressing one (X.1.x, as LMTP's per-recipient replies have). Only the end of DATA: a
    // transcript's "after DATA" may be a pipelined RCPT reply.
    if (f.stage == Stage::EndOfData && m.cause == Cause::RecipientUnknown && f.enhanced.subject != 1
        && c > Confidence::Low) {
        c = Confidence::Low;
        m.rule += QStringLiteral("+after-data");
    }
    // A bare 5.7.1 ("delivery not authorized, message refused", RFC 3463) from a receiving server
    // is put on refusals of every kind; without telling words or the step it came at it names
    // no cause.
    if (bounce && m.source == MeaningSource::Office365 && m.rule == QLatin1String("o365:5.7.1")
        && !(words.isValid() && strong && words.cause == m.cause))
        c = Confidence::Low;
    // ... except a reply the registry defines as the answer to AUTH ("535 5.7.8", "534 5.7.9",
    // "530 5.7.0", or such a code alone in the DSN's Status field): a login problem whoever quotes
    // it, unless it came at a step known to be another one.
    const bool loginReply = (f.stage == Stage::Auth || f.stage == Stage::Unknown) && m.cause != Cause::Unknown
        && registeredLoginReply(f.code, f.enhanced) == m.cause;
    if (bounce && isSubmissionCause(m.cause) && m.source != MeaningSource::Wording && c > Confidence::Low
        && !(words.isValid() && strong && words.cause == m.cause) && !loginReply)
        c = Confidence::Low;
    f.meaning = m;
    f.confidence = c;
}

// A bounce's own words about a recipient when its codes and reply said too little: the report
// lines that name the recipient (and the line after each), else the whole report. Only strong
// wordings count; the report is the bounce's text without the returned message, and its lines
// that only quote the reply (already weighed) are left out.
CodeMeaning reportWording(const QString &report, const QString &recipient, bool wholeReport, const QString &reply)
{
    if (report.trimmed().isEmpty())
        return {};
    // Lines that are the reply itself (as the report quotes it) were weighed already.
    const auto isReply = [&](const QString &line) {
        const QString t = line.trimmed();
        return t.size() >= 8 && reply.contains(t, Qt::CaseInsensitive);
    };
    bool strong = false;
    const QStringList ls = lines(report.left(64 * 1024));
    if (!recipient.isEmpty()) {
        QString near;
        for (qsizetype i = 0; i < ls.size(); ++i) {
            if (!ls.at(i).contains(recipient, Qt::CaseInsensitive))
                continue;
            if (!isReply(ls.at(i)))
                near += ls.at(i) + QLatin1Char('\n');
            if (i + 1 < ls.size() && !isReply(ls.at(i + 1)))
                near += ls.at(i + 1) + QLatin1Char('\n');
        }
        const CodeMeaning m = matchWording(near, &strong);
        if (m.isValid() && strong && m.cause != Cause::Unknown)
            return m;
    }
    if (!wholeReport)
        return {};
    QString others;
    if (reply.isEmpty()) {
        others = report;
    } else {
        for (const QString &l : ls) {
            if (!isReply(l))
                others += l + QLatin1Char('\n');
        }
    }
    const CodeMeaning m = matchWording(others, &strong, 16 * 1024);
    if (m.isValid() && strong && m.cause != Cause::Unknown)
        return m;
    return {};
}

// A temporary failure in a report of a failed delivery: the sending server retried and gave up.
// Unless the last error names something specific, that is the cause.
void applyGaveUp(Finding &f)
{
    // A delay notice ("Action: delayed") is not a failure: the server is still trying, unless
    // its status says the time is up (X.4.7).
    if (f.action == QLatin1String("delayed") && !(f.enhanced.subject == 4 && f.enhanced.detail == 7))
        return;
    // Without any code, a host that could not be reached or did not answer ("Host not reachable",
    // "Connection timed out") is a failure MTAs retry: a report of it comes after the retries.
    const bool noAnswer = f.meaning.rule.endsWith(QLatin1String("wording:network-unreachable"))
        || f.meaning.rule.endsWith(QLatin1String("wording:connection-lost"));
    const bool transient = f.code ? (f.code >= 400 && f.code < 500)
        : f.enhanced.isValid() ? f.enhanced.klass == 4
        : noAnswer;
    // Generic: nothing read, or "unavailable" with at most a code that speaks of a host not
    // answering or of time (X.0.0, X.4.1, X.4.7); a mail-system or connection problem (X.3.x,
    // X.4.2, ...) is the more useful answer and stays.
    const EnhancedStatus &e = f.enhanced;
    const bool vagueCode = !e.isValid() || e.subject == 0 || (e.subject == 4 && (e.detail == 0 || e.detail == 1 || e.detail == 7));
    // A receiving system's own words naming what failed there ("451 local configuration error",
    // "queue file write error") are not generic; a host that did not answer is.
    const bool namedFailure = f.meaning.source == MeaningSource::Wording && f.confidence == Confidence::High && !noAnswer;
    const bool generic = f.cause() == Cause::Unknown || f.confidence == Confidence::Low
        || (f.cause() == Cause::ServerUnavailable && vagueCode && !namedFailure);
    if (!transient || !generic)
        return;
    if (f.enhanced.subject == 7) {
        // 4.7.x: deferred for policy reasons ("temporarily deferred due to user complaints",
        // "access denied") until the sender gave up: the receiving side keeps refusing it.
        f.meaning = ruleMeaning(Cause::Blocked, "bounce:policy-deferred");
        f.confidence = Confidence::Medium;
        return;
    }
    if (f.enhanced.subject == 3) {
        // X.3.x (RFC 3463 "mail system status": a full disk, a queue-file write error, a
        // temporary failure of a local delivery program): the receiving system itself failed.
        f.meaning = ruleMeaning(Cause::ServerUnavailable, "bounce:mail-system");
        f.confidence = Confidence::Medium;
        return;
    }
    f.meaning = ruleMeaning(Cause::DeliveryExpired, "bounce:gave-up");
    f.confidence = Confidence::Medium;
}

// report: for a bounce, its own text without the returned message (null for other input).
void finish(DecodeResult &result, const DecodeContext &context, const QString *report = nullptr)
{
    const bool bounce = isBounceFormat(result.format);
    QStringList recipients;
    for (const Finding &f : std::as_const(result.findings)) {
        if (!recipients.contains(f.recipient, Qt::CaseInsensitive))
            recipients.append(f.recipient);
    }
    // With several recipients, words elsewhere in the report cannot be told apart by recipient.
    const bool single = recipients.size() <= 1;
    for (Finding &f : result.findings) {
        if (!f.meaning.isValid())
            weigh(f, bounce);
        // A layout's fixed wording in the finding's own diagnostic, when its codes and words said
        // nothing sure.
        if (bounce && (f.confidence == Confidence::Low || f.cause() == Cause::Unknown)) {
            const CodeMeaning m = layoutPhraseMeaning(f.serverText);
            if (m.isValid()) {
                f.meaning = m;
                f.confidence = Confidence::Medium;
            }
        }
        if (bounce && report && (f.confidence == Confidence::Low || f.cause() == Cause::Unknown)) {
            CodeMeaning m = reportWording(*report, f.recipient, single, f.serverText);
            // A permanent refusal was not "given up after retrying", whatever else the report says.
            const bool permanent = f.code >= 500 || (f.code == 0 && f.enhanced.klass == 5);
            // The report repeating the reply's own words is no further evidence: the reply was
            // already weighed and found unsure ("Unknown user" in reply to the end of DATA,
            // "Recipient address rejected: <a reason we cannot read>").
            const bool repeated = (f.meaning.rule.endsWith(QLatin1String("+after-data"))
                                   || f.meaning.rule == QLatin1String("restriction:recipient"))
                && m.cause == f.cause();
            if (m.isValid() && !repeated && !(permanent && m.cause == Cause::DeliveryExpired)) {
                m.rule = QStringLiteral("report:") + m.rule;
                f.meaning = m;
                f.confidence = Confidence::Medium;
            }
        }
        // A refusal of the EHLO in a bounce: the name refused is the sending server's (a mail
        // server, not the user's program, spoke there), so the receiving side refused that host
        // ("Connected to ... but my name was rejected", qmail-remote.c).
        if (bounce && f.stage == Stage::Ehlo && f.code >= 500 && f.cause() == Cause::ProtocolError) {
            f.meaning = ruleMeaning(Cause::Blocked, "bounce:helo-refused");
            f.confidence = Confidence::Medium;
        }
        if (bounce)
            applyGaveUp(f);
        // A delay notice: the server is still trying, so nothing has expired yet (unless its
        // status says the time is up, X.4.7); what stands in the way is the receiving side.
        if (bounce && f.action == QLatin1String("delayed") && f.cause() == Cause::DeliveryExpired
            && !(f.enhanced.subject == 4 && f.enhanced.detail == 7)) {
            f.meaning = ruleMeaning(Cause::ServerUnavailable, "bounce:delayed");
            f.confidence = Confidence::Medium;
        }
        if (bounce) {
            adjustForRemote(f);
            adjustForRelayLogin(f);
        }
    }
    result.verdict = makeVerdict(result.findings, context);
}

// Error numbers anywhere in the text, in the order found, without duplicates.
QStringList findErrorNumbers(const QString &text)
{
    QStringList out;
    auto it = patterns().errorNumber.globalMatch(text);
    while (it.hasNext() && out.size() < 20) {
        const QRegularExpressionMatch m = it.next();
        const quint32 n = m.captured(1).toUInt(nullptr, 16);
        const QString id = QStringLiteral("0x%1").arg(n, 8, 16, QLatin1Char('0')).toUpper().replace(
            QLatin1String("0X"), QLatin1String("0x"));
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

Stage stageOf(OutlookError::Stage s)
{
    switch (s) {
    case OutlookError::Stage::Sender: return Stage::MailFrom;
    case OutlookError::Stage::Recipient: return Stage::RcptTo;
    case OutlookError::Stage::Auth: return Stage::Auth;
    case OutlookError::Stage::Tls: return Stage::StartTls;
    case OutlookError::Stage::Data: return Stage::EndOfData;
    case OutlookError::Stage::Connect: return Stage::Greeting;
    case OutlookError::Stage::None:
    case OutlookError::Stage::Incoming: return Stage::Unknown;
    }
    return Stage::Unknown;
}

void decodeOutlook(DecodeResult &result, const QString &text)
{
    const OutlookDialogFields &d = result.outlook;
    std::optional<OutlookError> err;
    QString number = d.errorNumber;
    if (number.isEmpty() && !result.errorNumbers.isEmpty())
        number = result.errorNumbers.first();
    if (const auto n = parseErrorNumber(number))
        err = outlookError(*n);
    Finding f;
    f.recipient = d.rejectedAddress;
    f.remoteMta = d.server;
    f.stage = err ? stageOf(err->stage) : Stage::Unknown;
    if (!d.serverResponse.isEmpty()) {
        readReplyText(f, d.serverResponse);
        // "553, dat domein ..." (Dutch dialog): the code followed by a comma.
        if (!f.code) {
            static const RE lead = makeRe(R"(^\s*([245]\d\d)(?!\d))", RE::NoPatternOption);
            const QRegularExpressionMatch m = lead.match(d.serverResponse);
            if (m.hasMatch())
                f.code = m.captured(1).toInt();
        }
    }
    if (!f.code && d.serverError >= 400 && d.serverError < 600)
        f.code = d.serverError;
    if (!f.code && err && err->smtpCode)
        f.code = err->smtpCode;
    if (f.recipient.isEmpty() && f.stage == Stage::RcptTo)
        f.recipient = cleanAddress(firstAddress(f.serverText));
    if (f.code || !f.serverText.isEmpty())
        weigh(f, false);
    // The error number knows more than a bare reply code does.
    if (err && (!f.meaning.isValid() || f.meaning.source == MeaningSource::ReplyCode
                || f.meaning.cause == Cause::Unknown || f.confidence == Confidence::Low)) {
        const CodeMeaning m = outlookMeaning(err->number);
        if (m.cause != Cause::Unknown || !f.meaning.isValid()) {
            f.meaning = m;
            f.confidence = m.cause == Cause::Unknown ? Confidence::Low : Confidence::High;
        }
    }
    if (!f.meaning.isValid() && !f.code && !err) {
        bool strong = false;
        const CodeMeaning w = matchWording(text, &strong);
        if (w.isValid()) {
            f.meaning = w;
            f.confidence = strong ? Confidence::Medium : Confidence::Low;
        }
    }
    if (f.meaning.isValid() || f.code)
        result.findings.append(f);
}

} // namespace

QString pasteFormatId(PasteFormat format)
{
    switch (format) {
    case PasteFormat::Unknown: return QStringLiteral("unknown");
    case PasteFormat::Reply: return QStringLiteral("reply");
    case PasteFormat::OutlookDialog: return QStringLiteral("outlook-dialog");
    case PasteFormat::Dsn: return QStringLiteral("dsn");
    case PasteFormat::Exchange: return QStringLiteral("exchange");
    case PasteFormat::Postfix: return QStringLiteral("postfix");
    case PasteFormat::Exim: return QStringLiteral("exim");
    case PasteFormat::Qmail: return QStringLiteral("qmail");
    case PasteFormat::Sendmail: return QStringLiteral("sendmail");
    case PasteFormat::Gmail: return QStringLiteral("gmail");
    case PasteFormat::Bounce: return QStringLiteral("bounce");
    }
    return {};
}

QString confidenceId(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low: return QStringLiteral("low");
    case Confidence::Medium: return QStringLiteral("medium");
    case Confidence::High: return QStringLiteral("high");
    }
    return {};
}

Owner Finding::owner() const
{
    if (meaning.owner)
        return *meaning.owner;
    return causeInfo(cause()).owner;
}

bool Finding::isTransient() const
{
    if (code)
        return code >= 400 && code < 500;
    if (action == QLatin1String("delayed"))
        return true;
    return enhanced.klass == 4;
}

DecodeVerdict makeVerdict(const QList<Finding> &findings, const DecodeContext &context)
{
    // Known causes first, lasting problems before passing ones, then who has to act (the
    // sender first) and the cause's rank in the vocabulary.
    DecodeVerdict v;
    int best = -1;
    std::tuple<int, int, int, int> bestKey;
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        const Cause c = f.cause();
        const int known = (c == Cause::Unknown || c == Cause::Ok || f.confidence == Confidence::Low) ? 1 : 0;
        const std::tuple<int, int, int, int> key{known, f.isTransient() ? 1 : 0, ownerInfo(f.owner()).rank,
                                                 causeInfo(c).rank};
        if (best < 0 || key < bestKey) {
            best = i;
            bestKey = key;
        }
    }
    if (best < 0) {
        v.cause = Cause::Unknown;
        v.owner = causeInfo(Cause::Unknown).owner;
        v.fixes = orderFixes(Cause::Unknown, context.location, context.account);
        return v;
    }
    const Finding &f = findings.at(best);
    v.finding = best;
    v.confidence = f.confidence;
    // A guess is not a diagnosis: say "not sure" rather than send the user to a wrong fix.
    if (f.confidence == Confidence::Low && f.cause() != Cause::Ok) {
        v.cause = Cause::Unknown;
        v.owner = causeInfo(Cause::Unknown).owner;
        v.fixes = orderFixes(Cause::Unknown, context.location, context.account);
        return v;
    }
    v.cause = f.cause();
    v.owner = f.owner();
    v.fixes = orderFixes(v.cause, context.location, context.account);
    // Temporary refusals of these kinds: waiting is the first thing to try.
    if (f.isTransient() && (v.cause == Cause::Blocked || v.cause == Cause::RateLimited
                            || v.cause == Cause::ServerUnavailable || v.cause == Cause::MailboxFull)) {
        v.fixes.removeAll(Fix::WaitRetry);
        v.fixes.prepend(Fix::WaitRetry);
    }
    // The receiving side's problem: nothing in the sender's settings will help.
    if (v.owner == Owner::Recipient && (v.cause == Cause::RelayDenied || v.cause == Cause::AuthRequired))
        v.fixes = {Fix::CheckRecipient, Fix::ContactProvider};
    return v;
}

namespace {
// The reply quoted on the first report line that names the recipient ("bob@example.net: 550 ...",
// "<bob@example.net>... 550 ..."); empty when there is none.
QString replyOnRecipientLine(const QString &report, const QString &recipient)
{
    const QStringList ls = lines(report.left(256 * 1024));
    for (const QString &raw : ls) {
        const qsizetype at = raw.indexOf(recipient, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        const QString l = trimmedLine(raw);
        const QRegularExpressionMatch r = patterns().reply.match(l, at + recipient.size());
        if (r.hasMatch() && r.captured(1).toInt() >= 400)
            return clip(l.mid(r.capturedStart()).trimmed());
    }
    return {};
}

// Where the returned copy of the original message starts in a bounce's text: a separator line
// ("------ This is a copy of the message, including all the headers. ------", "--- Below this
// line is a copy of the message.", "----- Original message -----", "Original message headers:",
// "----- Unsent message follows -----"), or else the first run of two or more header lines of
// the kinds a message carries and a report does not (Received:, Return-Path:, DKIM-Signature:...).
// The report's own fields (Final-Recipient:, Status:, Diagnostic-Code:...) are no such lines.
qsizetype returnedMessageStart(const QString &text)
{
    static const RE separator = makeRe(
        R"(^[ \t]*(?:[-=*_#]{3,}[ \t]*(?:[^\n]{0,40}?)(?:original|returned|unsent|undelivered|rejected|bounced|copy of|message follows|headers? follow|header of|text of|message text)[^\n]{0,80}$|)"
        R"((?:original message headers|undelivered message headers|original message follows|content-description: undelivered message|)"
        R"(en-têtes de message d'origine|intestazioni originali del messaggio|ursprungshuvuden)\b[^\n]{0,40}$))",
        kCiMl);
    static const RE headerLine = makeRe(
        R"(^(?:Received|Return-Path|DKIM-Signature|X-Google-DKIM-Signature|ARC-[A-Za-z-]+|Authentication-Results|Received-SPF|Message-I[Dd]|X-Received|X-Originating-IP|X-Mailer|X-YMail-OSG|MIME-Version|Mime-Version|X-Spam-[A-Za-z-]+|X-Virus-[A-Za-z-]+|In-Reply-To|References|User-Agent|Delivered-To|X-Original-To|X-Gm-Message-State|X-Google-Smtp-Source)[ \t]*:)",
        RE::MultilineOption);
    qsizetype cut = -1;
    const QRegularExpressionMatch sep = separator.match(text);
    if (sep.hasMatch() && sep.capturedStart() > 0)
        cut = sep.capturedStart();
    // Header runs: a header line whose next non-continuation line is a header line too.
    auto it = headerLine.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch h = it.next();
        if (h.capturedStart() == 0 || (cut >= 0 && h.capturedStart() >= cut))
            break;
        qsizetype pos = text.indexOf(QLatin1Char('\n'), h.capturedStart());
        // Skip folded continuation lines.
        while (pos >= 0 && pos + 1 < text.size() && (text.at(pos + 1) == QLatin1Char(' ') || text.at(pos + 1) == QLatin1Char('\t')))
            pos = text.indexOf(QLatin1Char('\n'), pos + 1);
        if (pos < 0)
            break;
        static const RE anyHeader = makeRe(R"(^[A-Za-z][A-Za-z0-9-]{1,40}[ \t]*:)", RE::NoPatternOption);
        if (anyHeader.match(QStringView(text).mid(pos + 1, 60)).hasMatch()) {
            cut = h.capturedStart();
            break;
        }
    }
    return cut;
}

QString reportPart(const QString &text)
{
    const qsizetype cut = returnedMessageStart(text);
    return cut > 0 ? text.left(cut) : text;
}

// "<bob@example.com>:" on a line of its own, the reason on the next lines: qmail's layout,
// which Yahoo, Verizon and many others use without naming their MTA.
QList<Finding> parseAddressBlocks(const QString &text)
{
    QList<Finding> out = parseQmail(text);
    out.erase(std::remove_if(out.begin(), out.end(), [](const Finding &f) { return f.serverText.isEmpty(); }),
              out.end());
    return out;
}

// --- Layouts known by their markers -------------------------------------------------------------

// Bounce layouts that name no reply in a structure of their own, described by their markers as the
// Sisimai project's decoders know them (go-sisimai lhost/via-*.go: where the report starts and
// ends, how a recipient is written). One reader serves them all: after the start marker, a line
// that is an address (bare, in <>, after "-- ", before " [reason]" or " ... reason", or after one
// of the layout's labels) starts a recipient; the lines after it are its diagnostic; text before
// the first recipient is the diagnostic of those that have none; a transcript (">>>"/"<<<" either
// way round) gives the command and the reply.
struct ReportLayout
{
    const char *id;
    // Which bounces: a header containing a value ("Name=value", '|' between alternatives), or a
    // marker in the report's text; either suffices (a paste has no headers).
    const char *headers;
    const char *bodyMarker;
    // The per-recipient report starts after a line containing one of `start` (null: at the top)
    // and ends at a line containing one of `end` ('|' between alternatives; null: at the end).
    const char *start;
    const char *end;
    // Labels before an address on its line ('|' between them); "*" = any short label, which is
    // then itself the reason ("Unknown user: bob@example.net").
    const char *labels;
    // The header gate is required (the markers alone are too common).
    bool needsHeader;
};
const ReportLayout kReportLayouts[] = {
    // lhost/via-biglobe.go
    {"biglobe", "Subject=Returned mail:", nullptr, "----- The following addresses had delivery problems -----", nullptr,
     nullptr, false},
    // lhost/via-einsundeins.go (1&1): "The following address failed: / bob@example.eu / For the
    // following reason: / ...", or "bob@example.fr: / SMTP error from remote server for TEXT
    // command, host: ... reason: 550 ..."
    {"einsundeins", "Subject=Mail delivery failed: returning message to sender", nullptr,
     "This message was created automatically by mail delivery software",
     "--- The header of the original message is following. ---", nullptr, false},
    // lhost/via-imailserver.go: "Unknown user: bob@example.net", "undeliverable to bob@example.net",
    // then "Body of message generated response:" and the reply
    {"imailserver", "Subject=Undeliverable Mail |X-Mailer=<SMTP32 v", nullptr, nullptr, "Original message follows", "*",
     true},
    // lhost/via-mailmarshal.go (Trustwave MailMarshal): "Could not be delivered because of / 550 ... /
    // The following recipients were affected: / bob@example.net"
    {"mailmarshal", "Subject=Undeliverable Mail: \"", nullptr, "Your message:", "Additional Information", nullptr, true},
    // lhost/via-trendmicro.go (InterScan Messaging Security): "Sent <<< RCPT TO:<bob@...>",
    // "Received >>> 550 ..."
    {"trendmicro", "From=\"InterScan|Content-Type=InterScan", " InterScan ", nullptr, nullptr, nullptr, false},
    // lhost/via-x1.go: "bob@example.co.jp [User unknown]"
    {"x1", "Subject=Returned Mail: |Subject=Mail Delivery Failure|From=\"Mail Deliver", nullptr,
     "The original message was received at ", nullptr, nullptr, true},
    // lhost/via-deutschetelekom.go (T-Online; Smail 3's banners, smail notify.c): " <bob@example.de>"
    // and the reply on the next line, or " bob@example.org ... failed: reason"
    {"smail", nullptr, "Failed addresses follow:", "Failed addresses follow:", "Message header follows:|Message text follows:",
     nullptr, false},
    // lhost/via-mimecast.go: "-- bob@example.org", then "-- reason" lines
    {"mimecast", "Subject=Email Delivery Failure|Message-Id=.mimecast.lan>",
     "An email that you attempted to send to the following address could not be delivered", nullptr, nullptr, nullptr, false},
    // lhost/via-notes.go (HCL Notes): "------- Failure Reasons --------", the reason, the address
    {"notes", "Subject=Undeliverable message", nullptr, "------- Failure Reasons", "------- Returned Message", nullptr, false},
    // lhost/via-domino.go (HCL Domino): "was not delivered to: / bob@example.net / because: / reason"
    {"domino", "Subject=DELIVERY FAILURE|Subject=DELIVERY_FAILURE", nullptr, "Your message", nullptr, nullptr, true},
    // lhost/via-exchange2007.go: Exchange Online's "Error Details / Reported error: 550 ..." with the
    // recipient under "Original Message Details"
    {"exchange-details", nullptr, "Original Message Details", nullptr, nullptr, "Recipient Address:", false},
    // lhost/via-postfix.go: Postfix's notice to the postmaster ("Postfix SMTP server: errors from
    // client", smtpd_chat.c): the session's transcript, "In:" the client's commands, "Out:" the replies
    {"postfix-notice", "Subject=SMTP server: errors from", nullptr, "Transcript of session follows", nullptr, nullptr, true},
    // lhost/via-x6.go: "SMTP Server <mx...> rejected recipient <bob@...> (Error following RCPT
    // command). It responded as follows: [550 5.1.1 User unknown]"
    {"x6", "Subject=There was an error sending your mail", nullptr,
     "We had trouble delivering your message. Full details follow:", "The attachment contains the original mail headers", nullptr,
     false},
    // lhost/via-zoho.go: "bob@... Invalid Address, ERROR_CODE :550, ..." or "[Status: Error, Address: <bob@...>, ...]"
    {"zoho", "X-ZohoMail=", nullptr, "This message was created automatically by mail delivery", nullptr, nullptr, true},
    // lhost/via-x3.go: "  * bob@example.com", then "Technical details:" and "SMTP:RCPT host ...: 553 ..."
    {"x3", "Subject=Delivery status notification", nullptr, "This is an automatically generated Delivery Status Notification",
     nullptr, nullptr, true},
    // lhost/via-mfilter.go (Digital Arts m-FILTER): the address, "-------server message" and the
    // reply, "-------SMTP command" and the command
    {"mfilter", "X-Mailer=m-FILTER", nullptr, nullptr, "-------original message|-------original mail info", nullptr, true},
    // lhost/via-kddi.go (au by KDDI): "Could not be delivered to: <bob@...>", the reason on the next line
    {"kddi", nullptr, nullptr, "Your mail sent on:|Your mail attempted to be delivered on:", nullptr,
     "Could not be delivered to:", false},
    // lhost/via-ezweb.go (au EZweb): "Recipient: <bob@...>" and a transcript, or "<bob@...>: 550 ..."
    {"ezweb", "Subject=Mail System Error - Returned Mail|From=Postmaster@ezweb.ne.jp|From=Postmaster@au.com", nullptr,
     "The user(s) |Your message |Each of the following", nullptr, "Recipient:", true},
    // lhost/via-messagingserver.go (Oracle Communications Messaging Server): "Recipient address:
    // bob@...", "Reason: ...", "Diagnostic code: smtp;550 ..."
    {"messagingserver", "Subject=Delivery Notification: |Content-Type=Boundary_(ID_", nullptr,
     "Your message cannot be delivered to the following recipients:", nullptr, "Recipient address:|Original address:", false},
    // lhost/via-googleworkspace.go: "** Message not delivered **", the reason, "The response was:" and
    // the reply; the recipient is not named
    {"google-workspace", "From=mailer-daemon@googlemail.com", nullptr, "** ", nullptr, nullptr, true},
};

// `head`: the first 256 KiB of the report in lower case, where the markers are looked for.
bool layoutApplies(const ReportLayout &layout, const QString &head, const MimeHeaders &headers)
{
    bool byHeader = false;
    if (layout.headers) {
        for (const QString &gate : QString::fromUtf8(layout.headers).split(QLatin1Char('|'))) {
            const qsizetype eq = gate.indexOf(QLatin1Char('='));
            const QString value = headerValue(headers, gate.left(eq));
            if (!value.isEmpty() && value.contains(gate.mid(eq + 1), Qt::CaseInsensitive)) {
                byHeader = true;
                break;
            }
        }
    }
    if (layout.needsHeader)
        return byHeader;
    const bool byBody = layout.bodyMarker && head.contains(QString::fromUtf8(layout.bodyMarker).toLower());
    if (byHeader || byBody)
        return true;
    // A layout with a start marker of its own is tried on any bounce where one of its markers
    // stands: the reader starts there.
    if (!layout.start)
        return false;
    const QStringList starts = QString::fromUtf8(layout.start).toLower().split(QLatin1Char('|'));
    return std::any_of(starts.cbegin(), starts.cend(), [&](const QString &m) { return head.contains(m); });
}

QList<Finding> readLayout(const ReportLayout &layout, const QString &report)
{
    const Patterns &p = patterns();
    static const QString addr = QStringLiteral(R"([^\s<>()\[\]"',;:]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,8}[A-Za-z]{2,24})");
    static const RE bare = makeRe(qPrintable(QStringLiteral(R"(^(?:-- |\* )?<?(%1)>?:?$)").arg(addr)), RE::NoPatternOption);
    // "SMTP:RCPT host 192.0.2.8: 553 ..." (lhost/via-x3.go), or an SMTP command alone on a line
    // under a "SMTP command" separator (m-FILTER, lhost/via-mfilter.go): the step.
    static const RE smtpColon = makeRe(R"(^SMTP:([A-Z]{4})\b)", RE::NoPatternOption);
    static const RE commandAlone = makeRe(R"(^(?:HELO|EHLO|STARTTLS|AUTH|MAIL FROM|RCPT TO|DATA)\b.{0,100}$)", kCi);
    static const RE bracketed = makeRe(qPrintable(QStringLiteral(R"(^<?(%1)>?\s+\[(.{1,200})\]$)").arg(addr)), RE::NoPatternOption);
    static const RE dotted = makeRe(qPrintable(QStringLiteral(R"(^<?(%1)>?\s+\.\.\.\s+(?:failed:\s*)?(.{1,300})$)").arg(addr)), RE::NoPatternOption);
    static const RE anyLabel = makeRe(qPrintable(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9 ]{2,40}?(?::| to)\s+<?(%1)>?$)").arg(addr)), RE::NoPatternOption);
    static const RE inlineReason = makeRe(qPrintable(QStringLiteral(R"(^<(%1)>:\s+(\S.{0,1000})$)").arg(addr)), RE::NoPatternOption);
    // Zoho (lhost/via-zoho.go): "bob@example.net Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1
    // ...", or "[Status: Error, Address: <bob@example.net>, ResponseCode 421, , Host not reachable.]"
    static const RE errorCode = makeRe(qPrintable(QStringLiteral(R"(^<?(%1)>?\s+(\S.{0,300}ERROR_CODE\s*:.{0,1000})$)").arg(addr)), RE::NoPatternOption);
    static const RE zohoStatus = makeRe(qPrintable(QStringLiteral(R"(^\[Status: [^,\]]{0,40}, Address: <(%1)>, (.{1,1000}?)\]?$)").arg(addr)), RE::NoPatternOption);
    // X6 (lhost/via-x6.go): "SMTP Server <mx.example.jp> rejected recipient <bob@example.jp>"
    static const RE rejectedRecipient = makeRe(qPrintable(QStringLiteral(R"(rejected recipient <(%1)>)").arg(addr)), kCi);
    static const RE unable = makeRe(qPrintable(QStringLiteral(R"(^Unable to deliver (?:message |mail )?to <(%1)>)").arg(addr)), kCi);
    // ">>> RCPT TO:<...>" / "<<< 550 ..." (either arrow for either side), or Postfix's "In:" /
    // "Out:" (smtpd_chat.c's notice to the postmaster).
    static const RE transcript = makeRe(R"((?:(?:^|\s)(?:<<<|>>>)|^(?:In|Out):)\s+(\S.*)$)", RE::NoPatternOption);
    static const RE remoteHost = makeRe(R"(\bhost:?\s+([A-Za-z0-9][A-Za-z0-9.\-]*\.[A-Za-z]{2,})\b)", kCi);
    QStringList labelled;
    if (layout.labels && qstrcmp(layout.labels, "*") != 0)
        labelled = QString::fromUtf8(layout.labels).split(QLatin1Char('|'));
    const QStringList ends = layout.end ? QString::fromUtf8(layout.end).split(QLatin1Char('|')) : QStringList();

    struct Entry
    {
        QString recipient;
        QStringList lines;
        Stage stage = Stage::Unknown;
        bool refused = false;   // a transcript's reply refused it: later commands are not its step
    };
    QList<Entry> entries;
    QStringList before;   // text before the first recipient
    QString lastMarker;   // the last separator line ("-------SMTP command")
    bool started = !layout.start;
    const QStringList starts = layout.start ? QString::fromUtf8(layout.start).split(QLatin1Char('|')) : QStringList();
    const QStringList ls = lines(report.left(256 * 1024));
    for (const QString &raw : ls) {
        const QString l = trimmedLine(raw).trimmed();
        if (!started) {
            const auto start = std::find_if(starts.cbegin(), starts.cend(), [&](const QString &x) {
                return l.contains(x, Qt::CaseInsensitive);
            });
            if (start != starts.cend()) {
                started = true;
                if (l.size() > start->size() + 2 && !l.startsWith(QLatin1Char('|')))
                    before.append(l);   // "** Message not delivered **": the start line says something
            }
            continue;
        }
        if (std::any_of(ends.cbegin(), ends.cend(), [&](const QString &e) { return l.contains(e, Qt::CaseInsensitive); }))
            break;
        if (l.isEmpty() || l.size() > 2000)
            continue;
        const auto add = [&](const QString &recipient) -> Entry & {
            const QString a = cleanAddress(recipient);
            if (entries.isEmpty() || entries.last().recipient.compare(a, Qt::CaseInsensitive) != 0)
                entries.append(Entry{a, {}, Stage::Unknown, false});
            return entries.last();
        };
        if (entries.size() >= kMaxFindings)
            break;
        QRegularExpressionMatch m;
        if ((m = transcript.match(l)).hasMatch()) {
            const QString said = m.captured(1);
            const QRegularExpressionMatch code = p.replyStart.match(said);
            if (code.hasMatch()) {
                if (!entries.isEmpty()) {
                    entries.last().lines.append(said);
                    entries.last().refused = entries.last().refused || code.captured(1).toInt() >= 400;
                } else if (before.size() < 100) {
                    before.append(said);
                }
            } else {
                // A command: RCPT TO names the recipient; any other gives the step of the
                // recipient read last.
                const Stage stage = stageFromCommand(said);
                const QString a = cleanAddress(firstAddress(said));
                if (stage == Stage::RcptTo && !a.isEmpty())
                    add(a).stage = stage;
                else if (!entries.isEmpty() && !entries.last().refused)
                    entries.last().stage = stage;
            }
            continue;
        }
        if ((m = bare.match(l)).hasMatch()) {
            add(m.captured(1));
            continue;
        }
        if ((m = inlineReason.match(l)).hasMatch() || (m = zohoStatus.match(l)).hasMatch()
            || (m = errorCode.match(l)).hasMatch() || (m = unable.match(l)).hasMatch()
            || (m = rejectedRecipient.match(l)).hasMatch()) {
            if (m.lastCapturedIndex() == 2) {
                add(m.captured(1)).lines.append(m.captured(2));
                continue;
            }
            add(m.captured(1)).lines.append(l);
            continue;
        }
        if ((m = bracketed.match(l)).hasMatch() || (m = dotted.match(l)).hasMatch()) {
            add(m.captured(1)).lines.append(m.captured(2).trimmed());
            continue;
        }
        if (layout.labels && l.contains(QLatin1Char('@'))) {
            if (labelled.isEmpty() && (m = anyLabel.match(l)).hasMatch()) {
                add(m.captured(1)).lines.append(l);
                continue;
            }
            const auto label = std::find_if(labelled.cbegin(), labelled.cend(), [&](const QString &x) {
                return l.startsWith(x, Qt::CaseInsensitive);
            });
            if (label != labelled.cend()) {
                const QString a = cleanAddress(l.mid(label->size()));
                if (!a.isEmpty()) {
                    add(a);
                    continue;
                }
            }
        }
        if ((m = commandAlone.match(l)).hasMatch() && lastMarker.contains(QLatin1String("command"), Qt::CaseInsensitive)) {
            if (!entries.isEmpty())
                entries.last().stage = stageFromCommand(l);
            continue;
        }
        if ((m = smtpColon.match(l)).hasMatch() && !entries.isEmpty())
            entries.last().stage = stageFromCommand(m.captured(1));
        if (l.startsWith(QLatin1String("---")) || l.startsWith(QLatin1String("|-")) || l.startsWith(QLatin1String("===")))
            lastMarker = l;
        // Separator lines, labels that introduce what follows ("For the following reason:",
        // "because:", "The response was:") and the returned message's subject or sender.
        if (l.startsWith(QLatin1String("---")) || l.startsWith(QLatin1String("|-")) || l.startsWith(QLatin1String("==="))
            || l.startsWith(QLatin1String("+++")) || l.startsWith(QLatin1String("Subject:"), Qt::CaseInsensitive)
            || l.startsWith(QLatin1String("From:"), Qt::CaseInsensitive)
            || (l.endsWith(QLatin1Char(':')) && l.size() <= 60 && !l.contains(QLatin1Char('@'))))
            continue;
        QString text = l;
        if (text.startsWith(QLatin1String("-- ")))
            text = text.mid(3);
        if (!entries.isEmpty())
            entries.last().lines.append(text);
        else if (before.size() < 100)
            before.append(text);
    }
    QList<Finding> out;
    if (entries.isEmpty())
        entries.append(Entry{});   // a layout that names no recipient: its text is the reason
    for (const Entry &e : std::as_const(entries)) {
        const QStringList ds = e.lines.isEmpty() ? before : e.lines;
        if (ds.isEmpty())
            continue;
        Finding f;
        f.recipient = e.recipient;
        f.stage = e.stage;
        const QString joined = clip(ds.join(QLatin1Char(' ')), 4 * kMaxServerText);
        // The reply: the first line that starts one (or quotes one after its own words, "reason:
        // 550 ..."), with the lines that continue a multi-line reply.
        for (qsizetype i = 0; i < ds.size() && f.serverText.isEmpty(); ++i) {
            const QRegularExpressionMatch r = p.reply.match(ds.at(i));
            if (!r.hasMatch() || r.captured(1).toInt() < 400 || !plausibleReplyCodeAt(ds.at(i), r.capturedStart()))
                continue;
            QStringList reply{ds.at(i).mid(r.capturedStart())};
            for (qsizetype j = i + 1; j < ds.size() && reply.size() < 20 && ds.at(j).startsWith(r.captured(1)); ++j)
                reply.append(continuationText(ds.at(j).mid(4)));
            readReplyText(f, reply.join(QLatin1Char(' ')));
        }
        if (f.serverText.isEmpty())
            readReplyText(f, joined);
        if (f.stage == Stage::Unknown)
            f.stage = stageFromPhrases(joined);
        if (f.stage == Stage::Unknown)
            f.stage = stageFromText(joined);
        const QRegularExpressionMatch host = remoteHost.match(joined);
        if (host.hasMatch())
            f.remoteMta = host.captured(1);
        // The layout's own sentences, when no reply is quoted.
        if (!f.code && !f.enhanced.isValid()) {
            const CodeMeaning own = layoutPhraseMeaning(f.serverText, layout.id);
            if (own.isValid()) {
                f.meaning = own;
                f.confidence = Confidence::Medium;
            }
        }
        out.append(f);
    }
    return out;
}

// The first layout of the table that applies and names a reason.
QList<Finding> parseLayouts(const QString &report, const MimeHeaders &headers)
{
    // One lower-case copy and plain searches: Qt's case-insensitive search is slow on long text.
    const QString head = report.left(256 * 1024).toLower();
    for (const ReportLayout &layout : kReportLayouts) {
        if (!layoutApplies(layout, head, headers))
            continue;
        QList<Finding> found = readLayout(layout, report);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

// Layouts of well-known services whose bounce says what happened by its structure rather than
// in words we can read (the report may be in any language). Returns true when it changed a
// finding.
bool applyLayoutRules(DecodeResult &result, const MimeMessage &msg)
{
    bool changed = false;
    QStringList failed;
    for (const QString &v : headerValues(msg.headers, u"X-Failed-Recipients")) {
        for (const QString &a : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString c = cleanAddress(a);
            if (!c.isEmpty() && failed.size() < kMaxFindings)
                failed.append(c);
        }
    }
    // Google Groups: Google's mailer-daemon returns a post the group refused (the group does not
    // exist, or the sender may not post to it); the text is in the sender's language.
    const QString from = msg.header(u"From").toLower();
    const bool googleDaemon = from.contains(QLatin1String("mailer-daemon@googlemail.com"))
        || from.contains(QLatin1String("mailer-daemon@google.com"));
    const bool allGroups = !failed.isEmpty() && std::all_of(failed.cbegin(), failed.cend(), [](const QString &a) {
        return a.endsWith(QLatin1String("@googlegroups.com"), Qt::CaseInsensitive);
    });
    if (googleDaemon && allGroups) {
        const bool unsure = result.findings.isEmpty()
            || std::all_of(result.findings.cbegin(), result.findings.cend(), [](const Finding &f) {
                   return f.confidence == Confidence::Low || f.cause() == Cause::Unknown;
               });
        if (unsure) {
            result.findings.clear();
            for (const QString &a : std::as_const(failed)) {
                Finding f;
                f.recipient = a;
                f.meaning = ruleMeaning(Cause::SenderRejected, "layout:google-groups", Owner::Recipient,
                    QT_TRANSLATE_NOOP("od::CodeTables", "The Google group refused the message: the group may not exist, or it accepts posts only from its members or approved senders. Check the group's address, or ask its owner to let you post."));
                f.confidence = Confidence::Medium;
                result.findings.append(f);
            }
            if (result.format == PasteFormat::Unknown || result.format == PasteFormat::Reply)
                result.format = PasteFormat::Bounce;
            changed = true;
        }
    }
    // Sendmail names the error in the report's subject ("Returned mail: User unknown", savemail.c
    // "Returned mail: %s"): when the report itself says nothing sure, those words are the reason.
    static const RE returnedMail = makeRe(R"(^\s*returned mail:\s*(.{3,200})$)", kCi);
    const QRegularExpressionMatch subject = returnedMail.match(msg.header(u"Subject"));
    const bool noneSure = std::none_of(result.findings.cbegin(), result.findings.cend(), [](const Finding &f) {
        return f.confidence != Confidence::Low && f.cause() != Cause::Unknown && f.cause() != Cause::Ok;
    });
    if (subject.hasMatch() && noneSure && result.findings.size() <= 1) {
        bool strong = false;
        CodeMeaning m = matchWording(subject.captured(1), &strong);
        if (m.isValid() && strong && m.cause != Cause::Unknown) {
            m.rule = QStringLiteral("layout:sendmail-subject/") + m.rule;
            if (result.findings.isEmpty()) {
                result.findings.append(Finding{});
                result.findings.last().recipient = failed.size() == 1 ? failed.first() : QString();
                if (result.format == PasteFormat::Unknown || result.format == PasteFormat::Reply)
                    result.format = PasteFormat::Sendmail;
            }
            Finding &f = result.findings.first();
            f.meaning = m;
            f.confidence = Confidence::Medium;
            changed = true;
        }
    }
    // One failed recipient named in the header: the findings that name none are about it.
    if (failed.size() == 1) {
        for (Finding &f : result.findings) {
            if (f.recipient.isEmpty()) {
                f.recipient = failed.first();
                changed = true;
            }
        }
    }
    return changed;
}

// A bounce whose report names no recipient (Google Workspace's "Message not delivered", Notes):
// the returned message's only recipient is the one. The returned message says for whom it was,
// never why it failed.
void recipientFromOriginal(DecodeResult &result)
{
    if (result.findings.size() != 1 || !result.findings.first().recipient.isEmpty() || result.headers.to.size() != 1)
        return;
    QStringList found;
    auto it = patterns().address.globalMatch(QStringView(result.headers.to.first()).left(1000));
    while (it.hasNext() && found.size() < 2)
        found.append(it.next().captured(0));
    if (found.size() == 1)
        result.findings.first().recipient = cleanAddress(found.first());
}

DecodeResult decodePasteImpl(const QString &textIn, const DecodeContext &context, int depth);

// depth: how often a paste has been re-read as a message and back; bounded so that text parts
// that are themselves messages (forwarded bounces, hostile nesting) cannot recurse deeply.
DecodeResult decodeBytesImpl(const QByteArray &bytesIn, const DecodeContext &context, int depth)
{
    DecodeResult result;
    QByteArray bytes = bytesIn;
    if (bytes.size() > kMaxDecodeInput) {
        bytes.truncate(kMaxDecodeInput);
        result.truncated = true;
    }
    if (!looksLikeMessage(bytes)) {
        DecodeResult r = decodePasteImpl(decodeUnknownBytes(bytes), context, depth + 1);
        r.truncated = r.truncated || result.truncated;
        return r;
    }
    const MimeMessage msg = parseMime(bytes);
    result.truncated = result.truncated || msg.truncated;
    result.malformed = msg.malformed;

    QString text;
    QString enclosedText;
    bool haveHeaders = false;
    DsnResult dsn;
    DsnResult enclosedDsn;
    for (const MimePart &part : msg.parts) {
        switch (part.kind) {
        case MimePart::Kind::Text: {
            QString &into = part.enclosed ? enclosedText : text;
            if (into.size() < kMaxDecodeInput)
                into += part.text + QLatin1Char('\n');
            break;
        }
        case MimePart::Kind::DeliveryStatus: {
            DsnResult &into = part.enclosed ? enclosedDsn : dsn;
            if (into.findings.isEmpty())
                into = parseDeliveryStatus(part.text);
            break;
        }
        case MimePart::Kind::Headers:
            if (!haveHeaders) {
                result.headers = headersFrom(part.headers);
                haveHeaders = !result.headers.isEmpty();
            }
            break;
        case MimePart::Kind::Other:
            break;
        }
    }
    // The attached message is read only when the outer one says nothing (a forwarded bounce).
    if (text.trimmed().isEmpty() && dsn.findings.isEmpty()) {
        text = enclosedText;
        dsn = enclosedDsn;
    }
    if (text.size() > kMaxDecodeInput) {
        text.truncate(kMaxDecodeInput);
        result.truncated = true;
    }
    result.errorNumbers = findErrorNumbers(text);
    // The returned copy of the original message is never evidence (its headers speak of SPF,
    // DKIM and whatever its text is about): only the report's own text is read.
    const QString report = reportPart(text);
    // DSN fields written into the report's text (a report whose MIME structure is broken, or one
    // forwarded as text) are read like a delivery-status part.
    if (dsn.findings.isEmpty()) {
        static const RE dsnStart = makeRe(R"(^(?:Reporting-MTA|Original-Recipient|Final-Recipient)[ \t]*:)", kCiMl);
        const QRegularExpressionMatch m = dsnStart.match(report);
        if (m.hasMatch())
            dsn = parseDeliveryStatus(report.mid(m.capturedStart(), 256 * 1024));
    }
    PasteFormat family = detectTextFormat(report);
    QString generating;
    QList<Finding> fromText = parseByFormat(family, report, generating);
    if (fromText.isEmpty()) {
        fromText = parseAddressBlocks(report);
        if (!fromText.isEmpty() && family == PasteFormat::Unknown)
            family = PasteFormat::Bounce;
    }
    if (fromText.isEmpty() && dsn.findings.isEmpty()) {
        // A layout known by its markers (the family's own parser, if any, found nothing, and
        // there are no DSN fields to read).
        fromText = parseLayouts(report, msg.headers);
        if (!fromText.isEmpty())
            family = PasteFormat::Bounce;
    }
    if (!dsn.findings.isEmpty()) {
        result.format = family == PasteFormat::Unknown ? PasteFormat::Dsn : family;
        result.findings = dsn.findings;
        result.generatingServer = dsn.reportingMta;
        // The text part often knows the stage and the server's host name.
        for (Finding &f : result.findings) {
            for (const Finding &t : std::as_const(fromText)) {
                // The same recipient, or the whole of the reply the DSN quotes only the first line of
                // (the report may name the address the recipient was expanded to).
                const bool sameRecipient = !t.recipient.isEmpty() && t.recipient.compare(f.recipient, Qt::CaseInsensitive) == 0;
                if (!sameRecipient && !completesReply(t, f))
                    continue;
                if (f.stage == Stage::Unknown)
                    f.stage = t.stage;
                if (f.remoteMta.isEmpty())
                    f.remoteMta = t.remoteMta;
                if (f.serverText.isEmpty() || completesReply(t, f)) {
                    f.serverText = t.serverText;
                    f.code = t.code;
                    if (!f.enhanced.isValid() || (t.enhanced.isValid() && f.enhanced.detail == 0))
                        f.enhanced = t.enhanced.isValid() ? t.enhanced : f.enhanced;
                }
            }
        }
        // A report line that names the recipient and quotes a reply ("bob@example.net: 550 5.1.1
        // <bob@example.net>: ... User unknown", as OpenSMTPD and many others write it) gives the
        // reply a DSN without Diagnostic-Code lacks.
        for (Finding &f : result.findings) {
            if (!f.serverText.isEmpty() || f.recipient.isEmpty())
                continue;
            const QString reply = replyOnRecipientLine(report, f.recipient);
            if (reply.isEmpty())
                continue;
            const EnhancedStatus status = f.enhanced;
            readReplyText(f, reply);
            if (!f.enhanced.isValid() || (status.isValid() && status.detail != 0 && status.klass == f.enhanced.klass))
                f.enhanced = f.enhanced.isValid() ? f.enhanced : status;
            if (f.stage == Stage::Unknown)
                f.stage = stageFromText(reply);
        }
    } else if (!fromText.isEmpty()) {
        result.format = family;
        result.findings = fromText;
    } else {
        // No structure we know: read it as a paste (dialogs, replies, log lines).
        DecodeResult r = decodePasteImpl(report, context, depth + 1);
        r.headers = haveHeaders ? result.headers : headersFromText(text);
        r.truncated = r.truncated || result.truncated;
        r.malformed = result.malformed;
        if (applyLayoutRules(r, msg)) {
            for (Finding &f : r.findings)
                adjustForRemote(f);
            r.verdict = makeVerdict(r.findings, context);
        }
        // A report forwarded as text: the outer text says nothing and what follows it is itself a
        // delivery report (a message from a mailer daemon or a multipart/report), not a returned
        // original. That report is the evidence.
        const bool unsure = std::none_of(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) {
            return f.confidence != Confidence::Low && f.cause() != Cause::Unknown && f.cause() != Cause::Ok;
        });
        const qsizetype cut = returnedMessageStart(text);
        if (unsure && cut > 0 && depth < 3) {
            const QByteArray inner = text.mid(cut).toUtf8();
            const qsizetype headerEnd = inner.indexOf("\n\n");
            const MimeHeaders innerHeaders = parseHeaders(headerEnd > 0 ? inner.left(headerEnd) : inner.left(8192), 200);
            const QString from = headerValue(innerHeaders, u"From").toLower();
            const QString type = headerValue(innerHeaders, u"Content-Type").toLower();
            if (looksLikeMessage(inner) && (from.contains(QLatin1String("mailer-daemon")) || from.contains(QLatin1String("postmaster"))
                                            || type.contains(QLatin1String("multipart/report")))) {
                DecodeResult forwarded = decodeBytesImpl(inner, context, depth + 1);
                if (!forwarded.findings.isEmpty()) {
                    forwarded.truncated = forwarded.truncated || result.truncated;
                    return forwarded;
                }
            }
        }
        return r;
    }
    if (result.generatingServer.isEmpty())
        result.generatingServer = generating;
    if (result.generatingServer.isEmpty()) {
        // The bounce's own sender: MAILER-DAEMON@host / postmaster@host.
        const QString from = cleanAddress(firstAddress(msg.header(u"From")));
        const QString local = from.section(QLatin1Char('@'), 0, 0).toLower();
        if (local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster"))
            result.generatingServer = from.section(QLatin1Char('@'), 1);
    }
    result.generatingServer = hostName(result.generatingServer);
    if (!haveHeaders)
        result.headers = headersFromText(text);
    recipientFromOriginal(result);
    finish(result, context, &report);
    if (applyLayoutRules(result, msg))
        result.verdict = makeVerdict(result.findings, context);
    return result;
}

DecodeResult decodePasteImpl(const QString &textIn, const DecodeContext &context, int depth)
{
    DecodeResult result;
    QString text = textIn;
    if (text.size() > kMaxDecodeInput) {
        text.truncate(kMaxDecodeInput);
        result.truncated = true;
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    // A raw message pasted as text: go through MIME.
    {
        const QString head = text.left(4000);
        QString trimmedHead = head;
        while (!trimmedHead.isEmpty() && trimmedHead.front().isSpace())
            trimmedHead.remove(0, 1);
        const QByteArray headBytes = trimmedHead.toUtf8();
        if (depth < 3 && looksLikeMessage(headBytes)) {
            const qsizetype lead = head.size() - trimmedHead.size();
            DecodeResult r = decodeBytesImpl(text.mid(lead).toUtf8(), context, depth + 1);
            r.truncated = r.truncated || result.truncated;
            return r;
        }
    }

    result.errorNumbers = findErrorNumbers(text);
    // A dialog is short: look for one only near the start (bounds the work on long pastes).
    result.outlook = parseOutlookDialog(text.left(64 * 1024));
    const PasteFormat family = detectTextFormat(text);
    if (result.outlook.present || (!result.errorNumbers.isEmpty() && family == PasteFormat::Unknown
                                   && std::any_of(result.errorNumbers.cbegin(), result.errorNumbers.cend(),
                                                  [](const QString &n) { return outlookError(parseErrorNumber(n).value_or(0)).has_value(); }))) {
        result.format = PasteFormat::OutlookDialog;
        decodeOutlook(result, text);
        finish(result, context);
        return result;
    }

    // A pasted bounce: only its own text is evidence, not the returned message.
    const QString report = reportPart(text);
    QString generating;
    PasteFormat reportFamily = detectTextFormat(report);
    QList<Finding> found = parseByFormat(reportFamily, report, generating);
    if (found.isEmpty()) {
        found = parseAddressBlocks(report);
        if (!found.isEmpty() && reportFamily == PasteFormat::Unknown)
            reportFamily = PasteFormat::Bounce;
    }
    if (found.isEmpty()) {
        found = parseLayouts(report, {});
        if (!found.isEmpty())
            reportFamily = PasteFormat::Bounce;
    }
    if (!found.isEmpty()) {
        result.format = reportFamily;
        result.findings = found;
        result.generatingServer = hostName(generating);
        result.headers = headersFromText(text);
        recipientFromOriginal(result);
        finish(result, context, &report);
        return result;
    }

    result.findings = scanReplies(report);
    if (!result.findings.isEmpty()) {
        result.format = reportFamily == PasteFormat::Unknown ? PasteFormat::Reply : reportFamily;
        result.generatingServer = generating;
    } else {
        // Words without any code ("Relay access denied" on its own).
        bool strong = false;
        qsizetype position = -1;
        const CodeMeaning w = matchWording(report, &strong, 16 * 1024, &position);
        if (w.isValid() && strong && w.cause != Cause::Unknown) {
            Finding f;
            qsizetype ls = report.lastIndexOf(QLatin1Char('\n'), position);
            qsizetype le = report.indexOf(QLatin1Char('\n'), position);
            ls = ls < 0 ? 0 : ls + 1;
            if (le < 0)
                le = report.size();
            f.serverText = clip(report.mid(ls, le - ls).trimmed(), 500);
            f.recipient = cleanAddress(firstAddress(f.serverText));
            f.meaning = w;
            // The words alone, without a code: one piece of evidence.
            f.confidence = Confidence::Medium;
            result.findings.append(f);
            result.format = reportFamily == PasteFormat::Unknown ? PasteFormat::Reply : reportFamily;
        } else {
            result.format = reportFamily;
        }
    }
    // --- a mail program's own message, or a reply in another shape (clientmessages.h) -------
    // A reply quoted in the program's message (or a program's rendering of a reply) decides; so
    // does a reply elsewhere that names a cause. Otherwise the message itself does (a keyword
    // without a code is only a guess).
    if (const std::optional<ClientReading> c = readClientText(report)) {
        bool replyDecides = false;
        for (Finding &f : result.findings) {
            if (!f.meaning.isValid())
                weigh(f, false);
            replyDecides = replyDecides || ((f.code || f.enhanced.isValid()) && f.cause() != Cause::Unknown
                                            && f.confidence != Confidence::Low);
        }
        if (c->fromReply || (!replyDecides && c->meaning.cause != Cause::Unknown)) {
            Finding f;
            f.code = c->code;
            f.enhanced = c->enhanced;
            f.serverText = clip(c->serverText);
            f.stage = c->stage;
            f.meaning = c->meaning;
            // A mail program's own message from its catalogue means one thing; a reply in an odd
            // shape is one piece of evidence.
            f.confidence = f.meaning.cause == Cause::Unknown ? Confidence::Low
                : c->message ? Confidence::High : Confidence::Medium;
            f.recipient = cleanAddress(firstAddress(f.serverText));
            result.findings = {f};
            if (result.format == PasteFormat::Unknown)
                result.format = PasteFormat::Reply;
        }
    }
    result.headers = headersFromText(text);
    finish(result, context, &report);
    return result;
}

} // namespace

DecodeResult decodeBytes(const QByteArray &bytes, const DecodeContext &context)
{
    return decodeBytesImpl(bytes, context, 0);
}

DecodeResult decodePaste(const QString &text, const DecodeContext &context)
{
    return decodePasteImpl(text, context, 0);
}

QJsonObject toJson(const DecodeResult &r)
{
    QJsonObject verdict;
    verdict.insert(QStringLiteral("cause"), causeId(r.verdict.cause));
    verdict.insert(QStringLiteral("owner"), ownerId(r.verdict.owner));
    QJsonArray fixes;
    for (Fix f : r.verdict.fixes)
        fixes.append(fixId(f));
    verdict.insert(QStringLiteral("fixes"), fixes);
    verdict.insert(QStringLiteral("finding"), r.verdict.finding);
    verdict.insert(QStringLiteral("confidence"), confidenceId(r.verdict.confidence));

    QJsonArray findings;
    for (const Finding &f : r.findings) {
        QJsonObject o;
        o.insert(QStringLiteral("recipient"), f.recipient);
        o.insert(QStringLiteral("code"), f.code);
        o.insert(QStringLiteral("enhanced"), f.enhanced.toString());
        o.insert(QStringLiteral("text"), f.serverText);
        o.insert(QStringLiteral("cause"), causeId(f.cause()));
        o.insert(QStringLiteral("owner"), ownerId(f.owner()));
        o.insert(QStringLiteral("rule"), f.meaning.rule);
        o.insert(QStringLiteral("confidence"), confidenceId(f.confidence));
        o.insert(QStringLiteral("remoteMta"), f.remoteMta);
        o.insert(QStringLiteral("stage"), stageId(f.stage));
        o.insert(QStringLiteral("action"), f.action);
        o.insert(QStringLiteral("transient"), f.isTransient());
        findings.append(o);
    }

    QJsonObject root;
    root.insert(QStringLiteral("format"), pasteFormatId(r.format));
    root.insert(QStringLiteral("verdict"), verdict);
    root.insert(QStringLiteral("findings"), findings);
    if (r.outlook.present) {
        QJsonObject o;
        o.insert(QStringLiteral("server"), r.outlook.server);
        o.insert(QStringLiteral("port"), r.outlook.port);
        o.insert(QStringLiteral("ssl"), r.outlook.ssl ? QJsonValue(*r.outlook.ssl) : QJsonValue());
        o.insert(QStringLiteral("serverError"), r.outlook.serverError);
        o.insert(QStringLiteral("errorNumber"), r.outlook.errorNumber);
        o.insert(QStringLiteral("serverResponse"), r.outlook.serverResponse);
        o.insert(QStringLiteral("rejectedAddress"), r.outlook.rejectedAddress);
        root.insert(QStringLiteral("outlook"), o);
    }
    QJsonObject h;
    h.insert(QStringLiteral("to"), QJsonArray::fromStringList(r.headers.to));
    h.insert(QStringLiteral("from"), r.headers.from);
    h.insert(QStringLiteral("subject"), r.headers.subject);
    h.insert(QStringLiteral("messageId"), r.headers.messageId);
    h.insert(QStringLiteral("received"), QJsonArray::fromStringList(r.headers.received));
    h.insert(QStringLiteral("receivedSpf"), r.headers.receivedSpf);
    root.insert(QStringLiteral("headers"), h);
    root.insert(QStringLiteral("generatingServer"), r.generatingServer);
    root.insert(QStringLiteral("errorNumbers"), QJsonArray::fromStringList(r.errorNumbers));
    root.insert(QStringLiteral("truncated"), r.truncated);
    root.insert(QStringLiteral("malformed"), r.malformed);
    return root;
}

QDebug operator<<(QDebug debug, const Finding &f)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Finding(" << f.recipient << ' ' << f.code << ' ' << f.enhanced << ' '
                    << causeId(f.cause()) << ' ' << f.meaning.rule << " remote=" << f.remoteMta
                    << ' ' << f.stage << ' ' << f.serverText.left(80) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const DecodeResult &r)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "DecodeResult(" << pasteFormatId(r.format) << " verdict=" << causeId(r.verdict.cause)
                    << '/' << ownerId(r.verdict.owner) << " findings=" << r.findings << ')';
    return debug;
}

} // namespace od
