// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/phrase.h"

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

QString Phrase::text() const
{
    if (!source)
        return verbatim;
    // translate() replaces %n itself when a translation exists; applyCount covers the untranslated case.
    return fillArguments(applyCount(QCoreApplication::translate(context, source, nullptr, n), n), args);
}

QString Phrase::sourceText() const
{
    if (!source)
        return verbatim;
    return fillArguments(applyCount(QString::fromUtf8(source), n), args);
}

QJsonObject Phrase::toJson() const
{
    QJsonObject o;
    if (source) {
        o.insert(QStringLiteral("code"), code());
        if (context)
            o.insert(QStringLiteral("context"), QString::fromLatin1(context));
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
        if (n >= 0)
            o.insert(QStringLiteral("n"), n);
    }
    else
        o.insert(QStringLiteral("text"), verbatim);
    return o;
}

} // namespace od
