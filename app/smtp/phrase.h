// SPDX-License-Identifier: GPL-3.0-or-later
// A sentence kept as its catalogue key plus arguments, worded only when it is shown.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace od {

// Results of a probe hold Phrases, not translated text: the JSON stays the same in every
// language, and the CLI, the wizard and the report word them in the reader's language.
// `context` and `source` are the catalogue key (as written with QT_TRANSLATE_NOOP /
// QT_TRANSLATE_N_NOOP beside the call); %1..%9 are filled from `args`, %n from `n`.
// Without a context the source is shown as it is (a server's or the system's own words).
struct Phrase
{
    const char *context = nullptr; // a string literal's static storage
    const char *source = nullptr;
    QStringList args;
    int n = -1;                    // the count for %n plurals; -1: none
    QString verbatim;              // used when source is null

    Phrase() = default;
    Phrase(const char *ctx, const char *src, QStringList arguments = {}, int count = -1)
        : context(ctx), source(src), args(std::move(arguments)), n(count) {}
    // Text that is not ours to translate: a server's reply, a system error message.
    static Phrase fromText(const QString &text) { Phrase p; p.verbatim = text; return p; }

    bool isEmpty() const { return source == nullptr && verbatim.isEmpty(); }
    // Worded in the language of the installed translators.
    QString text() const;
    // Worded in the source language (English), the same whatever translators are installed.
    QString sourceText() const;
    // The stable key: the source sentence, or empty for verbatim text.
    QString code() const { return source ? QString::fromUtf8(source) : QString(); }
    // {"code", "context", "args", "n"}, or {"text"} for verbatim text: the same in every language.
    QJsonObject toJson() const;

    friend bool operator==(const Phrase &a, const Phrase &b)
    { return a.sourceText() == b.sourceText() && a.code() == b.code() && a.args == b.args && a.n == b.n; }
    friend bool operator!=(const Phrase &a, const Phrase &b) { return !(a == b); }
};

// Fills %1..%99 from args in one pass (a server's text containing "%2" stays as it is).
QString fillArguments(const QString &text, const QStringList &args);

} // namespace od
