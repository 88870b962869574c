// SPDX-License-Identifier: GPL-3.0-or-later
// A readable, redacted record of a conversation with a server.
#pragma once

#include "core/phrase.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QString>

namespace od {

struct TranscriptLine
{
    enum class Direction { Client, Server, Note };

    TranscriptLine() = default;
    TranscriptLine(qint64 atMs, Direction dir, bool inTls, QString lineText, Phrase notePhrase = {})
        : ms(atMs), direction(dir), tls(inTls), text(std::move(lineText)), note(std::move(notePhrase)) {}

    qint64 ms = 0;             // offset from the start of the probe
    Direction direction = Direction::Note;
    bool tls = false;          // sent/received inside TLS
    QString text;              // as sent or received; a note in the source language (English)
    Phrase note;               // a note as a phrase, worded when shown (see displayText())

    // The text in the reader's language: notes are worded now, protocol lines are as they were.
    QString displayText() const;

    friend bool operator==(const TranscriptLine &a, const TranscriptLine &b)
    { return a.ms == b.ms && a.direction == b.direction && a.tls == b.tls && a.text == b.text; }
};

// Removes secrets from any text before it is stored, only where they were used, so that the
// rest of the text (and with it the secret) is not given away by gaps in ordinary words:
// - base64 forms (plain, SASL PLAIN blobs, XOAUTH2 blobs, base64url, inside longer streams)
//   wherever a run of text looks encoded;
// - the password and token themselves, and their URL-encoded forms, as whole tokens only: in
//   a reply to a login or a credential echo ("535 ...", "5.7.8 ...", "-ERR ...", "AUTH ...",
//   "password=...", in server text also a line that speaks of logging in),
//   as a whole text, and, for secrets that cannot be an ordinary word (8+ characters mixing
//   letters, digits or symbols), anywhere.
// A password "mail" therefore stays hidden in "535 5.7.8 bad password mail" but the words of
// "220 mail.example.com" and "I tested sending mail" stay readable.
class Redactor
{
public:
    Redactor() = default;
    Redactor(const QString &user, const QString &password, const QString &token = QString());

    // Outside text: a server's reply, a transcript line, a detail.
    QString redact(const QString &text) const;
    // The program's sentences with outside text quoted in them (the report): the same, but a
    // sentence that speaks of logins does not by itself make its words suspect.
    QString redactInSentences(const QString &text) const;
    bool isEmpty() const { return m_needles.isEmpty(); }
    // Every form of a secret the redactor hides (for tests and self-checks).
    QStringList secrets() const { return m_needles; }

    static QString mask() { return QStringLiteral("[hidden]"); }

private:
    struct Plain
    {
        QString text;
        bool wordLike = true; // could be an ordinary word or number: hidden only in context
    };
    void addSecret(const QByteArray &secret);
    void addPlain(const QString &secret);
    QString redactEncoded(const QString &text) const;
    QString redactPlain(const QString &text, bool words) const;

    QList<Plain> m_plain;     // longest first
    QStringList m_encoded;    // longest first
    QStringList m_needles;    // both
};

class Transcript
{
public:
    void setRedactor(const Redactor &redactor) { m_redactor = redactor; }
    const Redactor &redactor() const { return m_redactor; }
    // Appends a line (redacted) and returns it as stored.
    TranscriptLine add(qint64 ms, TranscriptLine::Direction direction, bool tls, const QString &text);
    // Appends a note kept as a phrase (its arguments redacted).
    TranscriptLine addNote(qint64 ms, bool tls, Phrase note);
    const QList<TranscriptLine> &lines() const { return m_lines; }
    QString toText() const;

    static constexpr int maxLineChars = 300;   // longer lines are shortened for display
    static constexpr int maxLines = 2000;      // a flood of lines is summarised

private:
    Redactor m_redactor;
    QList<TranscriptLine> m_lines;
    int m_dropped = 0;
};

// One line for display, in the reader's language.
QString transcriptLineText(const TranscriptLine &line);
QDebug operator<<(QDebug debug, const TranscriptLine &line);

} // namespace od
