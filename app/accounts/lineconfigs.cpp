// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineconfigs.h"

namespace od {

namespace {
// "value" with " and \ escaped by a backslash: how msmtp and git config both quote.
QString backslashQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}
} // namespace

namespace Msmtp {

namespace {

QString unquote(const QString &arg)
{
    const QString t = arg.trimmed();
    if (t.size() >= 2 && t.startsWith(u'"') && t.endsWith(u'"')) {
        QString out;
        for (qsizetype i = 1; i + 1 < t.size(); ++i) {
            if (t.at(i) == u'\\' && i + 2 < t.size())
                ++i;
            out += t.at(i);
        }
        return out;
    }
    return t;
}

} // namespace

QList<Block> parse(const QList<ConfigText::Line> &lines, QList<Phrase> *warnings)
{
    QList<Block> blocks;
    blocks.append(Block{});
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).text.trimmed();
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        qsizetype sp = 0;
        while (sp < t.size() && !t.at(sp).isSpace())
            ++sp;
        const QString cmd = t.left(sp).toLower();
        const QString arg = t.mid(sp).trimmed();
        bool validName = !cmd.isEmpty();
        for (const QChar c : cmd)
            validName = validName && (c.isLetterOrNumber() || c == u'_');
        if (!validName) {
            if (warnings && warnings->size() < 20)
                warnings->append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a line that is not an msmtp command was skipped."), {QString::number(i + 1)}));
            continue;
        }
        if (cmd == QLatin1String("defaults")) {
            Block b;
            b.isDefaults = true;
            b.headerLine = i;
            blocks.append(b);
            continue;
        }
        if (cmd == QLatin1String("account")) {
            Block b;
            b.headerLine = i;
            const qsizetype colon = arg.indexOf(u':');
            b.name = (colon < 0 ? arg : arg.left(colon)).trimmed();
            if (colon >= 0) {
                const QStringList ps = arg.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
                for (const QString &p : ps)
                    b.parents.append(p.trimmed());
            }
            if (b.name.isEmpty()) {
                if (warnings)
                    warnings->append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: an account without a name was skipped."), {QString::number(i + 1)}));
                continue;
            }
            blocks.append(b);
            continue;
        }
        blocks.last().commands.append(Command{cmd, unquote(arg), i});
    }
    return blocks;
}

QString quoteArgument(const QString &value)
{
    bool needs = value.isEmpty();
    for (const QChar c : value)
        needs = needs || c.isSpace() || c == u'"' || c == u'#' || c == u'\\';
    if (!needs)
        return value;
    return backslashQuoted(value);
}

} // namespace Msmtp

namespace GitConfig {

std::optional<QString> File::value(const QString &section, const QString &subsection,
                                   const QString &key) const
{
    if (const Entry *e = entry(section, subsection, key))
        return e->hasValue ? e->value : QStringLiteral("true");
    return std::nullopt;
}

const Entry *File::entry(const QString &section, const QString &subsection, const QString &key) const
{
    const auto it = lastEntry.constFind(section.toLower() + QChar(0x1f) + subsection + QChar(0x1f) + key.toLower());
    return it == lastEntry.constEnd() ? nullptr : &entries.at(*it);
}

namespace {

// The value part of a line: quotes, escapes, comments. Returns false when a quote is open
// at the end of the text (then the caller joins a continuation).
QString parseValue(const QString &raw)
{
    QString out;
    bool quoted = false;
    QString pendingSpace;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (!quoted && (c == u'#' || c == u';'))
            break;
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (c == u'\\' && i + 1 < raw.size()) {
            const QChar e = raw.at(++i);
            out += pendingSpace;
            pendingSpace.clear();
            switch (e.unicode()) {
            case u'n': out += u'\n'; break;
            case u't': out += u'\t'; break;
            case u'b': if (!out.isEmpty()) out.chop(1); break;
            default: out += e; break;
            }
            continue;
        }
        if (!quoted && c.isSpace()) {
            if (!out.isEmpty())
                pendingSpace += c;
            continue;
        }
        out += pendingSpace;
        pendingSpace.clear();
        out += c;
    }
    return out;
}

} // namespace

File parse(const QList<ConfigText::Line> &lines)
{
    File f;
    QString section, subsection;
    bool inSection = false;
    for (int i = 0; i < lines.size(); ++i) {
        const int first = i;
        QString t = lines.at(i).text.trimmed();
        if (t.isEmpty() || t.startsWith(u'#') || t.startsWith(u';'))
            continue;
        if (t.startsWith(u'[')) {
            const qsizetype close = t.indexOf(u']');
            if (close < 0) {
                f.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a broken section header was skipped."), {QString::number(i + 1)}));
                inSection = false;
                continue;
            }
            const QString inner = t.mid(1, close - 1).trimmed();
            const qsizetype q = inner.indexOf(u'"');
            if (q >= 0) {
                section = inner.left(q).trimmed().toLower();
                QString sub = inner.mid(q + 1);
                if (sub.endsWith(u'"'))
                    sub.chop(1);
                sub.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
                subsection = sub;
            } else {
                const qsizetype dot = inner.indexOf(u'.');
                section = (dot < 0 ? inner : inner.left(dot)).toLower();
                subsection = dot < 0 ? QString() : inner.mid(dot + 1).toLower(); // [a.b] legacy
            }
            inSection = true;
            f.sections.append(Section{section, subsection, i, i});
            // "[section] key = value" on one line is allowed.
            t = t.mid(close + 1).trimmed();
            if (t.isEmpty() || t.startsWith(u'#') || t.startsWith(u';'))
                continue;
        }
        if (!inSection) {
            f.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a value outside any section was skipped."), {QString::number(i + 1)}));
            continue;
        }
        // Continuation: a value ending in an unescaped backslash goes on.
        QString whole = t;
        while (whole.endsWith(u'\\') && !whole.endsWith(QLatin1String("\\\\")) && i + 1 < lines.size()) {
            whole.chop(1);
            whole += lines.at(++i).text;
        }
        const qsizetype eq = whole.indexOf(u'=');
        Entry e;
        e.section = section;
        e.subsection = subsection;
        e.line = first;
        e.lastLine = i;
        QString key = (eq < 0 ? whole : whole.left(eq)).trimmed();
        if (key.contains(u' ') || key.isEmpty()) {
            f.warnings.append(accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "Line %1: a line that could not be read was skipped."), {QString::number(first + 1)}));
            continue;
        }
        e.key = key.toLower();
        if (eq < 0) {
            e.hasValue = false;
        } else {
            e.value = parseValue(whole.mid(eq + 1));
        }
        f.lastEntry.insert(e.section + QChar(0x1f) + e.subsection + QChar(0x1f) + e.key, f.entries.size());
        f.entries.append(e);
        f.sections.last().lastLine = i;
    }
    return f;
}

QString quoteValue(const QString &value)
{
    bool needs = value.startsWith(u' ') || value.endsWith(u' ');
    for (const QChar c : value)
        needs = needs || c == u'#' || c == u';' || c == u'"' || c == u'\\';
    if (!needs)
        return value;
    return backslashQuoted(value);
}

} // namespace GitConfig

} // namespace od
