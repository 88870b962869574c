// SPDX-License-Identifier: GPL-3.0-or-later
// Outside text (server replies, pasted bounces, transcripts, account file values) can hold
// control characters: on a terminal, ESC and C1 sequences clear the screen, move the cursor
// over the verdict, set the window title (OSC 0) or write the clipboard (OSC 52), BEL rings.
// Everything the program prints as text, and the text report, goes through escapeControls().
#pragma once

#include <QIODevice>
#include <QPointer>
#include <QString>
#include <QStringDecoder>

namespace od {

// Shows each control character as a visible escape: C0 (but tab and newline) as "\x1b",
// DEL and C1 (U+0080..U+009F) as "\u009b" (a form that is also valid inside a JSON string).
// Everything else, including backslashes and non-ASCII text, stays as it is.
QString escapeControls(QStringView text);
bool hasControls(QStringView text);

// A write-only device that passes UTF-8 text on to `target` with escapeControls() applied,
// e.g. between a QTextStream and stdout. Multi-byte characters split across writes are
// decoded whole.
class TerminalSafeDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit TerminalSafeDevice(QIODevice *target, QObject *parent = nullptr);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QPointer<QIODevice> m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace od
