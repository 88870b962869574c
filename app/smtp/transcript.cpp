// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript.h"

#include <QDebugStateSaver>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace od {

namespace {

bool isEncodedChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+' || u == '/'
        || u == '=' || u == '_' || u == '-';
}

// Base64 of anything worth hiding has digits or symbols, or capitals after the first
// character; words ("tested", "Proseware", "MAIL") do not.
bool looksEncoded(QStringView run)
{
    for (qsizetype i = 0; i < run.size(); ++i) {
        const QChar c = run.at(i);
        if (c.isDigit() || c == u'+' || c == u'/' || c == u'=' || c == u'_' || c == u'-')
            return true;
        if (i > 0 && c.isUpper() && run.at(i - 1).isLower())
            return true;
    }
    return false;
}

// Characters that end a token. A dot ends one only at the end of a sentence, so a host name
// ("mail.example.com") is one token.
bool isDelimiter(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return true;
    const QChar c = text.at(i);
    if (c.isSpace() || c.unicode() < 0x20)
        return true;
    static const QString delimiters = QStringLiteral("\"'`<>()[]{},;:=&|/");
    if (delimiters.contains(c))
        return true;
    if (c == u'.' || c == u'!' || c == u'?')
        return i + 1 >= text.size() || text.at(i + 1).isSpace() || text.at(i + 1) == u'"' || text.at(i + 1) == u')';
    return false;
}

// Where a secret is in use: a reply to a login (SMTP 235/334 and 4xx/5xx login codes, the
// enhanced codes of RFC 4954 and the big providers' login refusals, POP3 -ERR), a login
// command, or "password=...". With `words`, also a line that speaks of logging in
// (server text only: the program's own sentences speak of logins too). Returns
// [start, end) spans, each to the end of its line.
QList<std::pair<qsizetype, qsizetype>> credentialSpans(const QString &text, bool words)
{
    static const QRegularExpression start(
        QStringLiteral("(?:^|(?<=[\\s\"'(]))(?:(?:235|334|432|454|500|501|504|530|534|535|538)(?=[ -]|$)|-ERR\\b"
                       "|[45]\\.7\\.(?:0|3|8|9|11|12|14|139)\\b|(?-i:AUTH|PASS|APOP|USER)\\s)"
                       "|\\b(?:password|passwd|pwd|pass)\\s*[:=]"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(
        QStringLiteral("\\b(?:auth\\w*|credentials?|log ?in|logon|password|passwd|user ?name)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QList<std::pair<qsizetype, qsizetype>> spans;
    QList<qsizetype> starts;
    for (auto it = start.globalMatch(text); it.hasNext();)
        starts.append(it.next().capturedStart());
    if (words) {
        for (auto it = word.globalMatch(text); it.hasNext();) {
            // The whole line: "mail rejected: bad password" names the secret before the word.
            const qsizetype at = it.next().capturedStart();
            starts.append(text.lastIndexOf(QLatin1Char('\n'), at) + 1);
        }
        std::sort(starts.begin(), starts.end());
    }
    for (const qsizetype from : std::as_const(starts)) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = text.size();
        if (!spans.isEmpty() && spans.last().second >= from)
            spans.last().second = std::max(spans.last().second, end);
        else
            spans.append({from, end});
    }
    return spans;
}

bool inSpans(const QList<std::pair<qsizetype, qsizetype>> &spans, qsizetype from, qsizetype to)
{
    for (const auto &s : spans) {
        if (from >= s.first && to <= s.second)
            return true;
    }
    return false;
}

bool longestFirst(const QString &a, const QString &b) { return a.size() > b.size(); }

} // namespace

Redactor::Redactor(const QString &user, const QString &password, const QString &token)
{
    const QByteArray u = user.toUtf8();
    if (!password.isEmpty()) {
        const QByteArray p = password.toUtf8();
        addPlain(password);
        addSecret(p);
        // SASL PLAIN: authzid \0 authcid \0 passwd, with and without authzid.
        addSecret(QByteArray('\0' + u + '\0' + p));
        addSecret(QByteArray(u + '\0' + u + '\0' + p));
    }
    if (!token.isEmpty()) {
        const QByteArray t = token.toUtf8();
        addPlain(token);
        addSecret(t);
        addSecret(QByteArray("user=" + u + "\x01" "auth=Bearer " + t + "\x01\x01"));
    }
    std::sort(m_plain.begin(), m_plain.end(), [](const Plain &a, const Plain &b) { return a.text.size() > b.text.size(); });
    std::sort(m_encoded.begin(), m_encoded.end(), longestFirst);
    std::sort(m_needles.begin(), m_needles.end(), longestFirst);
}

void Redactor::addPlain(const QString &secret)
{
    for (const QString &form : {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret))}) {
        bool letters = true;
        bool digits = true;
        for (const QChar c : form) {
            letters = letters && c.isLetter();
            digits = digits && c.isDigit();
        }
        const Plain plain{form, form.size() < 8 || letters || digits};
        if (std::none_of(m_plain.cbegin(), m_plain.cend(), [&](const Plain &p) { return p.text == form; }))
            m_plain.append(plain);
        if (!m_needles.contains(form))
            m_needles.append(form);
    }
}

void Redactor::addSecret(const QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    auto add = [this](const QByteArray &bytes) {
        const QString s = QString::fromLatin1(bytes);
        if (s.size() >= 3 && !m_encoded.contains(s)) {
            m_encoded.append(s);
            if (!m_needles.contains(s))
                m_needles.append(s);
        }
    };
    // A secret inside a longer base64 stream is encoded at one of three alignments; the
    // stable middle part of each alignment is what can be searched for.
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + secret;
        QByteArray b64 = padded.toBase64(QByteArray::OmitTrailingEquals);
        // Drop characters that depend on neighbouring bytes: the ones holding the shift's
        // bytes, and the last one unless the secret ends exactly on a 6-bit boundary.
        const int lead = shift == 0 ? 0 : (shift * 8 + 5) / 6;
        const int trail = padded.size() % 3 == 0 ? 0 : 1;
        const int usable = int(b64.size()) - lead - trail;
        if (usable >= 3) {
            add(b64.mid(lead, usable));
            add(padded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).mid(lead, usable));
        }
        if (shift == 0) {
            add(secret.toBase64());
            add(secret.toBase64(QByteArray::Base64UrlEncoding));
        }
    }
}

QString Redactor::redactEncoded(const QString &text) const
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isEncodedChar(text.at(i))) {
            out += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isEncodedChar(text.at(end)))
            ++end;
        QString run = text.mid(i, end - i);
        if (looksEncoded(run)) {
            for (const QString &needle : m_encoded)
                run.replace(needle, mask());
        }
        out += run;
        i = end;
    }
    return out;
}

QString Redactor::redactPlain(const QString &text, bool words) const
{
    QString out = text;
    for (const Plain &secret : m_plain) {
        if (out.trimmed() == secret.text) {
            out = mask();
            continue;
        }
        const auto spans = secret.wordLike ? credentialSpans(out, words) : QList<std::pair<qsizetype, qsizetype>>{};
        if (secret.wordLike && spans.isEmpty())
            continue;
        QString next;
        qsizetype last = 0;
        for (qsizetype at = out.indexOf(secret.text); at >= 0; at = out.indexOf(secret.text, at + 1)) {
            const qsizetype end = at + secret.text.size();
            if (at < last || !isDelimiter(out, at - 1) || !isDelimiter(out, end))
                continue;
            if (secret.wordLike && !inSpans(spans, at, end))
                continue;
            next += QStringView(out).mid(last, at - last);
            next += mask();
            last = end;
        }
        next += QStringView(out).mid(last);
        out = next;
    }
    return out;
}

QString Redactor::redact(const QString &text) const
{
    if (isEmpty() || text.isEmpty())
        return text;
    return redactPlain(redactEncoded(text), true);
}

QString Redactor::redactInSentences(const QString &text) const
{
    if (isEmpty() || text.isEmpty())
        return text;
    return redactPlain(redactEncoded(text), false);
}

TranscriptLine Transcript::add(qint64 ms, TranscriptLine::Direction direction, bool tls, const QString &text)
{
    TranscriptLine line{ms, direction, tls, m_redactor.redact(text), {}};
    if (line.text.size() > maxLineChars) {
        const qsizetype total = line.text.size();
        line.text.truncate(maxLineChars);
        line.text += QStringLiteral(" … (%1 characters)").arg(total);
    }
    if (m_lines.size() >= maxLines) {
        ++m_dropped;
        if (m_dropped == 1)
            m_lines.append({ms, TranscriptLine::Direction::Note, tls,
                            QStringLiteral("… further lines not recorded"), {}});
        return line;
    }
    m_lines.append(line);
    return line;
}

TranscriptLine Transcript::addNote(qint64 ms, bool tls, Phrase note)
{
    for (QString &arg : note.args)
        arg = m_redactor.redact(arg);
    note.verbatim = m_redactor.redact(note.verbatim);
    const qsizetype before = m_lines.size();
    TranscriptLine line = add(ms, TranscriptLine::Direction::Note, tls, note.sourceText());
    line.note = note;
    if (m_lines.size() > before)
        m_lines.last().note = note;
    return line;
}

QString TranscriptLine::displayText() const
{
    if (direction != Direction::Note || note.isEmpty())
        return text;
    QString shown = note.text();
    if (shown.size() > Transcript::maxLineChars) {
        const qsizetype total = shown.size();
        shown.truncate(Transcript::maxLineChars);
        shown += QStringLiteral(" … (%1 characters)").arg(total);
    }
    return shown;
}

QString transcriptLineText(const TranscriptLine &line)
{
    const char *arrow = line.direction == TranscriptLine::Direction::Client ? "C:"
                      : line.direction == TranscriptLine::Direction::Server ? "S:"
                                                                            : "--";
    return QStringLiteral("%1 %2%3 %4")
        .arg(double(line.ms) / 1000.0, 7, 'f', 3)
        .arg(QLatin1String(line.tls ? "[tls] " : ""), QLatin1String(arrow), line.displayText());
}

QString Transcript::toText() const
{
    QString out;
    for (const TranscriptLine &line : m_lines) {
        out += transcriptLineText(line);
        out += QLatin1Char('\n');
    }
    return out;
}

QDebug operator<<(QDebug debug, const TranscriptLine &line)
{
    QDebugStateSaver saver(debug);
    debug.noquote() << transcriptLineText(line);
    return debug;
}

} // namespace od
