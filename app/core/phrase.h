// SPDX-License-Identifier: GPL-3.0-or-later
// A sentence kept as its catalogue key plus arguments, worded only when it is shown.
#pragma once

#include <QDebug>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace od {

// Results of a probe hold Phrases, not translated text: the JSON stays the same in every
// language, and the CLI, the wizard and the report word them in the reader's language.
// `context` and `source` are the catalogue key (as written with QT_TRANSLATE_NOOP /
// QT_TRANSLATE_N_NOOP beside the call); %1..%9 are filled from `args`, %n from `n`.
// Without a context the source is shown as it is (a server's or the system's own words).
// A sentence about another sentence ("%1: %2" with a file and what is wrong with it) keeps the
// inner one as a Phrase too (`inner`), so both are worded in the same language.
struct Phrase
{
    const char *context = nullptr; // a string literal's static storage
    const char *source = nullptr;
    QStringList args;
    int n = -1;                    // the count for %n plurals; -1: none
    QString verbatim;              // used when source is null
    // Placeholders after the text arguments: with args {a, b}, %3 is inner[0] worded, %4
    // inner[1], ... Without a source (see sentences()): the inner phrases one after the other.
    std::vector<Phrase> inner;
    // A stable ID of what the phrase stands for, when it words a code (a file problem's
    // "permission-denied"): in the JSON beside the code, for scripts. Static storage.
    const char *id = nullptr;

    Phrase() = default;
    Phrase(const char *ctx, const char *src, QStringList arguments = {}, int count = -1)
        : context(ctx), source(src), args(std::move(arguments)), n(count) {}
    Phrase(const char *ctx, const char *src, QStringList arguments, std::vector<Phrase> innerPhrases)
        : context(ctx), source(src), args(std::move(arguments)), inner(std::move(innerPhrases)) {}
    // Text that is not ours to translate: a server's reply, a system error message.
    static Phrase fromText(const QString &text) { Phrase p; p.verbatim = text; return p; }
    // Several sentences shown one after the other, separated by a space (empty ones left out).
    static Phrase sentences(std::vector<Phrase> parts);
    // Several phrases as a list ("a; b; c"), each worded in the same language.
    static Phrase list(std::vector<Phrase> parts);

    bool isEmpty() const { return source == nullptr && verbatim.isEmpty() && inner.empty(); }
    void clear() { *this = Phrase(); }
    // Worded in the language of the installed translators.
    QString text() const;
    // Worded in the source language (English), the same whatever translators are installed.
    QString sourceText() const;
    // The stable key: the source sentence, or empty for verbatim text.
    QString code() const { return source ? QString::fromUtf8(source) : QString(); }
    // {"code", "context", "args", "n", "inner": [...]}, {"text"} for verbatim text, or
    // {"sentences": [...]}: the same in every language.
    QJsonObject toJson() const;

    friend bool operator==(const Phrase &a, const Phrase &b)
    {
        return a.sourceText() == b.sourceText() && a.code() == b.code() && a.args == b.args && a.n == b.n
            && a.inner == b.inner && qstrcmp(a.id, b.id) == 0;
    }
    friend bool operator!=(const Phrase &a, const Phrase &b) { return !(a == b); }
};

// Each phrase worded in the language of the installed translators.
QStringList phraseTexts(const QList<Phrase> &phrases);

// The English wording, for logs and test failures.
QDebug operator<<(QDebug debug, const Phrase &phrase);

// Fills %1..%99 from args in one pass (a server's text containing "%2" stays as it is).
QString fillArguments(const QString &text, const QStringList &args);

} // namespace od
