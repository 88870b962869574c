// A readable, redacted record of a conversation with a server.
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QString>

namespace od {

struct TranscriptLine
{
    enum class Direction { Client, Server, Note };
    qint64 ms = 0;             // offset from the start of the probe
    Direction direction = Direction::Note;
    bool tls = false;          // sent/received inside TLS
    QString text;

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
    const QList<TranscriptLine> &lines() const { return m_lines; }
    QString toText() const;

    static constexpr int maxLineChars = 300;   // longer lines are shortened for display
    static constexpr int maxLines = 2000;      // a flood of lines is summarised

private:
    Redactor m_redactor;
    QList<TranscriptLine> m_lines;
    int m_dropped = 0;
};

QString transcriptLineText(const TranscriptLine &line);
QDebug operator<<(QDebug debug, const TranscriptLine &line);

} // namespace od
