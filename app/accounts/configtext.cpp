// SPDX-License-Identifier: GPL-3.0-or-later
#include "configtext.h"

#include <QDir>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

namespace od {

Phrase aboutFile(const QString &path, Phrase what)
{
    return Phrase("od::Accounts", QT_TRANSLATE_NOOP("od::Accounts", "%1: %2"), {QDir::toNativeSeparators(path)},
                  std::vector<Phrase>{std::move(what)});
}

namespace ConfigText {

namespace {

bool looksLikeUtf16Le(const QByteArray &data)
{
    // ASCII text stored as UTF-16LE without a BOM: every odd byte is zero.
    if (data.size() < 4 || data.size() % 2 != 0)
        return false;
    const qsizetype n = qMin<qsizetype>(data.size(), 512);
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        if (data.at(i + 1) != 0 || data.at(i) == 0)
            return false;
    }
    return true;
}

bool hasBinaryJunk(const QString &text)
{
    // Control characters other than tab/newline/CR/form feed/escape mean this is not a text
    // file; a NUL always does.
    qsizetype bad = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != 0x1b)
            ++bad;
    }
    return bad > 8 && bad * 100 > text.size();
}

} // namespace

Decoded decode(const QByteArray &data)
{
    Decoded d;
    if (data.size() > MaxSize) {
        d.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The file is too large to be a mail client's settings file."));
        return d;
    }
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        d.encoding = Encoding::Utf8Bom;
        bytes.remove(0, 3);
    } else if (bytes.startsWith("\xFF\xFE")) {
        d.encoding = Encoding::Utf16Le;
    } else if (bytes.startsWith("\xFE\xFF")) {
        d.encoding = Encoding::Utf16Be;
    } else if (looksLikeUtf16Le(bytes)) {
        d.encoding = Encoding::Utf16Le;
    }

    if (d.encoding == Encoding::Utf16Le || d.encoding == Encoding::Utf16Be) {
        QStringDecoder dec(d.encoding == Encoding::Utf16Le ? QStringConverter::Utf16LE
                                                           : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Default);
        d.text = dec.decode(bytes);
        if (!d.text.isEmpty() && d.text.at(0) == QChar(0xFEFF))
            d.text.remove(0, 1);
        if (dec.hasError())
            d.warning = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The file contains invalid UTF-16 sequences."));
    } else {
        if (bytes.contains('\0')) {
            d.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The file contains binary data, not text settings."));
            return d;
        }
        QStringDecoder dec(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        d.text = dec.decode(bytes);
        if (dec.hasError()) {
            d.text = QString::fromLatin1(bytes);
            d.encoding = Encoding::Latin1;
            d.warning = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The file is not valid UTF-8; it was read as Latin-1."));
        }
    }
    if (hasBinaryJunk(d.text)) {
        d.text.clear();
        d.error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The file contains binary data, not text settings."));
    }
    return d;
}

bool decodeText(const QByteArray &data, QString *text, Phrase *error, QList<Phrase> *warnings)
{
    const Decoded d = decode(data);
    if (!d.error.isEmpty()) {
        *error = d.error;
        return false;
    }
    if (!d.warning.isEmpty() && warnings)
        warnings->append(d.warning);
    *text = d.text;
    return true;
}

int portValue(const QString &value)
{
    bool ok = false;
    const int port = value.trimmed().toInt(&ok);
    return ok && port > 0 && port <= 65535 ? port : 0;
}

QByteArray encode(const QString &text, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return text.toUtf8();
    case Encoding::Utf8Bom: return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case Encoding::Latin1: return text.toLatin1();
    case Encoding::Utf16Le: {
        QStringEncoder enc(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        return enc.encode(text);
    }
    case Encoding::Utf16Be: {
        QStringEncoder enc(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        return enc.encode(text);
    }
    }
    return text.toUtf8();
}

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r') {
            Line l;
            l.text = text.mid(start, i - start);
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                l.eol = QStringLiteral("\r\n");
                ++i;
            } else {
                l.eol = QString(c);
            }
            lines.append(l);
            start = i + 1;
        }
    }
    if (start < n)
        lines.append(Line{text.mid(start), QString()});
    return lines;
}

QString joinLines(const QList<Line> &lines)
{
    QString out;
    for (const Line &l : lines) {
        out += l.text;
        out += l.eol;
    }
    return out;
}

QString dominantEol(const QList<Line> &lines)
{
    int crlf = 0, lf = 0;
    for (const Line &l : lines) {
        if (l.eol == QLatin1String("\r\n"))
            ++crlf;
        else if (l.eol == QLatin1String("\n"))
            ++lf;
    }
    return crlf > lf ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

std::optional<QString> IniGroup::value(const QString &key) const
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->key == key)
            return it->value;
    }
    return std::nullopt;
}

QString IniGroup::get(const QString &key, const QString &fallback) const
{
    return value(key).value_or(fallback);
}

int IniGroup::lastLineOf(const QString &key) const
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->key == key)
            return it->line;
    }
    return -1;
}

int IniGroup::lastLine() const
{
    return entries.isEmpty() ? line : entries.constLast().line;
}

namespace {

QString kdeUnescape(const QString &v)
{
    if (!v.contains(u'\\'))
        return v;
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c != u'\\' || i + 1 >= v.size()) {
            out += c;
            continue;
        }
        const QChar e = v.at(++i);
        switch (e.unicode()) {
        case u's': out += u' '; break;
        case u't': out += u'\t'; break;
        case u'n': out += u'\n'; break;
        case u'r': out += u'\r'; break;
        case u'\\': out += u'\\'; break;
        default: out += u'\\'; out += e; break;
        }
    }
    return out;
}

} // namespace

QList<IniGroup> parseIni(const QList<Line> &lines, bool kdeEscapes, QList<Phrase> *warnings)
{
    QList<IniGroup> groups;
    groups.append(IniGroup{});
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).text.trimmed();
        if (t.isEmpty() || t.startsWith(u'#') || t.startsWith(u';'))
            continue;
        if (t.startsWith(u'[')) {
            const qsizetype close = t.lastIndexOf(u']');
            if (close < 1) {
                if (warnings)
                    warnings->append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a broken group header was skipped."), {QString::number(i + 1)}));
                continue;
            }
            IniGroup g;
            g.name = t.mid(1, close - 1);
            g.line = i;
            groups.append(g);
            continue;
        }
        const qsizetype eq = t.indexOf(u'=');
        if (eq <= 0) {
            if (warnings)
                warnings->append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a line without \"key=value\" was skipped."), {QString::number(i + 1)}));
            continue;
        }
        QString key = t.left(eq).trimmed();
        // KDE flags ([$e]) and locale suffixes ([de]) on keys.
        if (key.endsWith(u']')) {
            const qsizetype open = key.indexOf(u'[');
            if (open > 0)
                key = key.left(open).trimmed();
        }
        // Values keep trailing spaces in GLib / Claws files ("signature_separator=-- ").
        const QString &raw = lines.at(i).text;
        const qsizetype rawEq = raw.indexOf(u'=');
        QString value = raw.mid(rawEq + 1);
        qsizetype lead = 0;
        while (lead < value.size() && (value.at(lead) == u' ' || value.at(lead) == u'\t'))
            ++lead;
        value = value.mid(lead);
        if (kdeEscapes)
            value = kdeUnescape(value.trimmed());
        groups.last().entries.append(IniEntry{key, value, i});
    }
    return groups;
}

const IniGroup *findGroup(const QList<IniGroup> &groups, const QString &name)
{
    for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
        if (it->name == name && it->line >= 0)
            return &*it;
    }
    return nullptr;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    QString d = address.mid(at + 1).trimmed();
    if (d.endsWith(u'>'))
        d.chop(1);
    return d.toLower();
}

QPair<QString, QString> splitAddress(const QString &mailbox)
{
    const QString m = mailbox.trimmed();
    const qsizetype lt = m.lastIndexOf(u'<');
    const qsizetype gt = m.lastIndexOf(u'>');
    if (lt >= 0 && gt > lt) {
        QString name = m.left(lt).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2);
        return {name, m.mid(lt + 1, gt - lt - 1).trimmed()};
    }
    return {QString(), m};
}

bool decodeIni(const QByteArray &data, QList<IniGroup> *groups, bool kdeEscapes, Phrase *error,
               QList<Phrase> *warnings)
{
    QString text;
    if (!decodeText(data, &text, error, warnings))
        return false;
    *groups = parseIni(splitLines(text), kdeEscapes, warnings);
    return true;
}

} // namespace ConfigText
} // namespace od
