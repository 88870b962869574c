#include "transcript.h"

#include <QDebugStateSaver>

#include <algorithm>

namespace od {

Redactor::Redactor(const QString &user, const QString &password, const QString &token)
{
    const QByteArray u = user.toUtf8();
    if (!password.isEmpty()) {
        const QByteArray p = password.toUtf8();
        addSecret(p);
        // SASL PLAIN: authzid \0 authcid \0 passwd, with and without authzid.
        addSecret(QByteArray('\0' + u + '\0' + p));
        addSecret(QByteArray(u + '\0' + u + '\0' + p));
    }
    if (!token.isEmpty()) {
        const QByteArray t = token.toUtf8();
        addSecret(t);
        addSecret(QByteArray("user=" + u + "\x01" "auth=Bearer " + t + "\x01\x01"));
    }
    std::sort(m_needles.begin(), m_needles.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addSecret(const QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    auto add = [this](const QByteArray &bytes) {
        const QString s = QString::fromLatin1(bytes);
        if (s.size() >= 3 && !m_needles.contains(s))
            m_needles.append(s);
    };
    if (!secret.contains('\0'))
        m_needles.append(QString::fromUtf8(secret));
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
        if (usable >= 3)
            add(b64.mid(lead, usable));
        if (shift == 0) {
            add(secret.toBase64());
            add(secret.toBase64(QByteArray::Base64UrlEncoding));
        }
    }
}

QString Redactor::redact(const QString &text) const
{
    QString out = text;
    for (const QString &needle : m_needles)
        out.replace(needle, mask());
    return out;
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
