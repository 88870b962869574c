// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/phrase.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace od {

QString fillArguments(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit() && text.at(i + 1) != QLatin1Char('0')) {
            int number = text.at(i + 1).digitValue();
            qsizetype end = i + 2;
            if (end < text.size() && text.at(end).isDigit()) {
                number = number * 10 + text.at(end).digitValue();
                ++end;
            }
            if (number <= args.size()) {
                out += args.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

static QString applyCount(QString text, int n)
{
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

Phrase Phrase::sentences(std::vector<Phrase> parts)
{
    Phrase p;
    for (Phrase &part : parts) {
        if (!part.isEmpty())
            p.inner.push_back(std::move(part));
    }
    return p;
}

Phrase Phrase::list(std::vector<Phrase> parts)
{
    if (parts.empty())
        return {};
    Phrase out = std::move(parts.front());
    for (size_t i = 1; i < parts.size(); ++i)
        out = Phrase(nullptr, "%1; %2", {}, std::vector<Phrase>{std::move(out), std::move(parts[i])});
    return out;
}

namespace {

// The inner phrases worded the same way as the outer one (translated or source text).
QStringList allArguments(const Phrase &p, QString (Phrase::*word)() const)
{
    QStringList all = p.args;
    for (const Phrase &i : p.inner)
        all << (i.*word)();
    return all;
}

QString joinSentences(const Phrase &p, QString (Phrase::*word)() const)
{
    QStringList parts;
    for (const Phrase &i : p.inner)
        parts << (i.*word)();
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString Phrase::text() const
{
    if (!source)
        return inner.empty() ? verbatim : joinSentences(*this, &Phrase::text);
    // translate() replaces %n itself when a translation exists; applyCount covers the untranslated case.
    const QString worded = context ? QCoreApplication::translate(context, source, nullptr, n) : QString::fromUtf8(source);
    return fillArguments(applyCount(worded, n),
                         allArguments(*this, &Phrase::text));
}

QString Phrase::sourceText() const
{
    if (!source)
        return inner.empty() ? verbatim : joinSentences(*this, &Phrase::sourceText);
    return fillArguments(applyCount(QString::fromUtf8(source), n), allArguments(*this, &Phrase::sourceText));
}

QJsonObject Phrase::toJson() const
{
    QJsonArray innerJson;
    for (const Phrase &i : inner)
        innerJson.append(i.toJson());
    QJsonObject o;
    if (source) {
        o.insert(QStringLiteral("code"), code());
        if (context)
            o.insert(QStringLiteral("context"), QString::fromLatin1(context));
        if (id)
            o.insert(QStringLiteral("id"), QString::fromLatin1(id));
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
        if (n >= 0)
            o.insert(QStringLiteral("n"), n);
        if (!inner.empty())
            o.insert(QStringLiteral("inner"), innerJson);
    } else if (!inner.empty()) {
        o.insert(QStringLiteral("sentences"), innerJson);
    } else {
        o.insert(QStringLiteral("text"), verbatim);
    }
    return o;
}

QStringList phraseTexts(const QList<Phrase> &phrases)
{
    QStringList out;
    out.reserve(phrases.size());
    for (const Phrase &p : phrases)
        out << p.text();
    return out;
}

QDebug operator<<(QDebug debug, const Phrase &phrase)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Phrase(" << phrase.sourceText() << ')';
    return debug;
}

} // namespace od
