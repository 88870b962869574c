// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

#include <QFileDevice>

namespace od {

namespace {
bool isControl(char16_t u)
{
    return (u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f);
}
} // namespace

bool hasControls(QStringView text)
{
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            return true;
    }
    return false;
}

QString escapeControls(QStringView text)
{
    if (!hasControls(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u))
            out += c;
        else if (u < 0x20)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return out;
}

TerminalSafeDevice::TerminalSafeDevice(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    if (!m_target)
        return -1;
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray safe = escapeControls(text).toUtf8();
    if (m_target->write(safe) != safe.size())
        return -1;
    if (auto *file = qobject_cast<QFileDevice *>(m_target.data()))
        file->flush();
    return size;
}

} // namespace od
