// A readable, redacted record of a conversation with a server.
#pragma once

#include "smtp/phrase.h"

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

// Removes secrets from any text before it is stored: the password, the OAuth token and
// every base64 form in which they can travel (plain, SASL PLAIN blobs, XOAUTH2 blobs).
class Redactor
{
public:
    Redactor() = default;
    Redactor(const QString &user, const QString &password, const QString &token = QString());

    QString redact(const QString &text) const;
    bool isEmpty() const { return m_needles.isEmpty(); }
    // Every string that must never appear in output (for tests and self-checks).
    QStringList secrets() const { return m_needles; }

    static QString mask() { return QStringLiteral("[hidden]"); }

private:
    void addSecret(const QByteArray &secret);
    QStringList m_needles; // longest first
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
