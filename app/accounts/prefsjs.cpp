// SPDX-License-Identifier: GPL-3.0-or-later
#include "prefsjs.h"

#include "configtext.h"

namespace od::PrefsJs {

const Pref *Prefs::find(const QString &name) const
{
    const auto it = lastIndex.constFind(name);
    return it == lastIndex.constEnd() ? nullptr : &prefs.at(*it);
}

QString Prefs::string(const QString &name, const QString &fallback) const
{
    const Pref *p = find(name);
    if (!p)
        return fallback;
    if (p->value.typeId() == QMetaType::Bool)
        return p->value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return p->value.toString();
}

std::optional<qlonglong> Prefs::integer(const QString &name) const
{
    const Pref *p = find(name);
    if (!p)
        return std::nullopt;
    bool ok = false;
    const qlonglong v = p->value.toString().trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

namespace {

class Parser
{
public:
    explicit Parser(const QString &text) : t(text), d(text.constData()), n(text.size()) {}

    Prefs run()
    {
        Prefs out;
        while (skipSpaceAndComments()) {
            const qsizetype stmtStart = i;
            if (!parseStatement(out)) {
                // A huge junk file must not produce a huge list (or quadratic line counting).
                if (out.warnings.size() < 20)
                    out.warnings.append(Accounts::tr("prefs.js line %1: a statement that could not be read "
                                           "was skipped.").arg(lineAt(stmtStart)));
                // Resynchronise at the next line.
                i = stmtStart;
                while (i < n && d[i] != u'\n')
                    ++i;
            }
        }
        return out;
    }

private:
    const QString &t;
    // The text's characters by pointer: a 5 MB file is walked character by character, and
    // QString::at() checks its argument every time (in debug builds a call per character).
    const QChar *d;
    qsizetype n;
    qsizetype i = 0;

    int lineAt(qsizetype pos) const
    {
        int line = 1;
        for (qsizetype k = 0; k < pos && k < n; ++k) {
            if (d[k] == u'\n')
                ++line;
        }
        return line;
    }

    // Returns false at the end of the text.
    bool skipSpaceAndComments()
    {
        while (i < n) {
            const QChar c = d[i];
            if (c.isSpace()) {
                ++i;
            } else if (c == u'#' || (c == u'/' && i + 1 < n && d[i + 1] == u'/')) {
                while (i < n && d[i] != u'\n')
                    ++i;
            } else if (c == u'/' && i + 1 < n && d[i + 1] == u'*') {
                const qsizetype end = t.indexOf(QLatin1String("*/"), i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                return true;
            }
        }
        return false;
    }

    // Inside a statement: spaces and comments, but not across what we already consumed.
    void skipInline()
    {
        while (i < n) {
            const QChar c = d[i];
            if (c.isSpace()) {
                ++i;
            } else if (c == u'/' && i + 1 < n && d[i + 1] == u'*') {
                const qsizetype end = t.indexOf(QLatin1String("*/"), i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                return;
            }
        }
    }

    bool expect(QChar c)
    {
        skipInline();
        if (i < n && d[i] == c) {
            ++i;
            return true;
        }
        return false;
    }

    bool parseString(QString *out)
    {
        if (i >= n)
            return false;
        const QChar q = d[i];
        if (q != u'"' && q != u'\'')
            return false;
        ++i;
        // Most strings have no escapes: taken in one piece up to the closing quote.
        const qsizetype start = i;
        while (i < n && d[i] != q && d[i] != u'\\' && d[i] != u'\n')
            ++i;
        if (i < n && d[i] == q) {
            *out = t.mid(start, i - start);
            ++i;
            return true;
        }
        QString s = t.mid(start, i - start);
        while (i < n) {
            const QChar c = d[i++];
            if (c == q) {
                *out = s;
                return true;
            }
            if (c == u'\n')
                return false; // strings do not span lines in prefs.js
            if (c != u'\\') {
                s += c;
                continue;
            }
            if (i >= n)
                return false;
            const QChar e = d[i++];
            switch (e.unicode()) {
            case u'n': s += u'\n'; break;
            case u'r': s += u'\r'; break;
            case u't': s += u'\t'; break;
            case u'b': s += u'\b'; break;
            case u'f': s += u'\f'; break;
            case u'v': s += u'\v'; break;
            case u'0': s += QChar(0); break;
            case u'x': {
                bool ok = false;
                const uint v = t.mid(i, 2).toUInt(&ok, 16);
                if (!ok || i + 2 > n)
                    return false;
                s += QChar(char16_t(v));
                i += 2;
                break;
            }
            case u'u': {
                bool ok = false;
                const uint v = t.mid(i, 4).toUInt(&ok, 16);
                if (!ok || i + 4 > n)
                    return false;
                s += QChar(char16_t(v));
                i += 4;
                break;
            }
            default: s += e; break; // \" \\ \' and anything else: the character itself
            }
        }
        return false;
    }

    bool parseStatement(Prefs &out)
    {
        // user_pref / pref / lockPref / sticky_pref
        const qsizetype identStart = i;
        while (i < n && (d[i].isLetterOrNumber() || d[i] == u'_'))
            ++i;
        const QStringView ident(d + identStart, i - identStart);
        if (ident != QLatin1String("user_pref") && ident != QLatin1String("pref")
            && ident != QLatin1String("lockPref") && ident != QLatin1String("sticky_pref"))
            return false;
        if (!expect(u'('))
            return false;
        skipInline();
        Pref p;
        if (!parseString(&p.name))
            return false;
        if (!expect(u','))
            return false;
        skipInline();
        p.valueStart = i;
        if (i < n && (d[i] == u'"' || d[i] == u'\'')) {
            QString s;
            if (!parseString(&s))
                return false;
            p.value = s;
        } else {
            const qsizetype vs = i;
            while (i < n && (d[i].isLetterOrNumber() || d[i] == u'-'
                                    || d[i] == u'+' || d[i] == u'.'))
                ++i;
            const QStringView word(d + vs, i - vs);
            if (word == QLatin1String("true")) {
                p.value = true;
            } else if (word == QLatin1String("false")) {
                p.value = false;
            } else {
                bool ok = false;
                const qlonglong number = word.toLongLong(&ok);
                if (!ok)
                    return false;
                p.value = number;
            }
        }
        p.valueLength = i - p.valueStart;
        if (!expect(u')'))
            return false;
        p.statementEnd = i;
        // The ';' is optional for Mozilla's parser in practice; accept its absence.
        const qsizetype save = i;
        if (expect(u';'))
            p.statementEnd = i;
        else
            i = save;
        out.lastIndex.insert(p.name, int(out.prefs.size()));
        out.prefs.append(p);
        return true;
    }
};

} // namespace

Prefs parse(const QString &text)
{
    return Parser(text).run();
}

QString quote(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString literal(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QString::number(value.toLongLong());
    default: return quote(value.toString());
    }
}

} // namespace od::PrefsJs
