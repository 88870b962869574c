// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprivacy.h"

#include <QRegularExpression>

namespace od {

namespace {

QString scrubClientLine(const QString &text);

bool isHidden(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t == Redactor::mask() || t == QLatin1String("*") || t == QLatin1String("=");
}

} // namespace

QString scrubAuthPayloads(const QString &text)
{
    // The mechanism's initial response (RFC 4954), also when quoted in an error message.
    static const QRegularExpression auth(
        QStringLiteral("\\b(AUTH\\s+(?:PLAIN|LOGIN|XOAUTH2?|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|SCRAM-SHA-[0-9A-Z-]+"
                       "|NTLM|GSSAPI|EXTERNAL)\\s+)([A-Za-z0-9+/_-]+=*|=)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QLatin1String("auth"), Qt::CaseInsensitive))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = auth.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString payload = m.captured(2);
        // A word ("AUTH LOGIN failed") is not a payload: base64 of anything worth hiding
        // has digits or symbols, or mixes cases.
        const bool mixed = payload != payload.toLower() && payload != payload.toUpper();
        static const QRegularExpression symbols(QStringLiteral("[0-9+/=_-]"));
        if (payload != QLatin1String("=") && (payload.size() < 4 || (!mixed && !payload.contains(symbols))))
            continue;
        out += QStringView(text).mid(last, m.capturedStart(2) - last);
        out += Redactor::mask();
        last = m.capturedEnd(2);
    }
    out += QStringView(text).mid(last);
    return out;
}

namespace {
// POP3's password commands, which only a client line can be.
QString scrubClientLine(const QString &text)
{
    static const QRegularExpression pass(QStringLiteral("^(\\s*PASS\\s+)(?!\\[hidden\\]$)\\S.*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression apop(QStringLiteral("^(\\s*APOP\\s+\\S+\\s+)(?!\\[hidden\\]$)\\S+\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out = scrubAuthPayloads(text);
    out.replace(pass, QStringLiteral("\\1") + Redactor::mask());
    out.replace(apop, QStringLiteral("\\1") + Redactor::mask());
    return out;
}
} // namespace

QList<TranscriptLine> scrubTranscript(const QList<TranscriptLine> &lines)
{
    QList<TranscriptLine> out;
    out.reserve(lines.size());
    bool challenged = false; // the last server line was a 334 / "+ " continuation request
    for (TranscriptLine line : lines) {
        switch (line.direction) {
        case TranscriptLine::Direction::Server:
            challenged = line.text.startsWith(QLatin1String("334"))
                || line.text == QLatin1String("+") || line.text.startsWith(QLatin1String("+ "));
            break;
        case TranscriptLine::Direction::Client:
            if (challenged && !isHidden(line.text))
                line.text = Redactor::mask();
            challenged = false;
            line.text = scrubClientLine(line.text);
            break;
        case TranscriptLine::Direction::Note:
            line.text = scrubAuthPayloads(line.text);
            for (QString &arg : line.note.args)
                arg = scrubAuthPayloads(arg);
            line.note.verbatim = scrubAuthPayloads(line.note.verbatim);
            break;
        }
        out.append(line);
    }
    return out;
}

ReportPrivacy::ReportPrivacy(const Redactor &redactor, bool maskIdentities)
    : m_redactor(redactor)
    , m_masker(maskIdentities ? std::make_shared<IdentityMasker>() : nullptr)
{
}

QString ReportPrivacy::clean(const QString &text) const
{
    QString out = scrubAuthPayloads(m_redactor.redactInSentences(text));
    if (m_masker)
        out = m_masker->mask(out);
    return out;
}

} // namespace od
