// SPDX-License-Identifier: GPL-3.0-or-later
// An independent look for a secret in output: computed here, not with the Redactor, so a
// gap in the Redactor cannot hide itself. Checks the plain bytes and every base64 decoding.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>

namespace secretcheck {

inline int base64Value(QChar c)
{
    const ushort u = c.unicode();
    if (u >= 'A' && u <= 'Z')
        return u - 'A';
    if (u >= 'a' && u <= 'z')
        return u - 'a' + 26;
    if (u >= '0' && u <= '9')
        return u - '0' + 52;
    if (u == '+' || u == '-')
        return 62;
    if (u == '/' || u == '_')
        return 63;
    return -1;
}

// The bytes a base64 run could stand for, at each of the four bit offsets at which a byte
// boundary can fall relative to the run's first character.
inline QList<QByteArray> decodingsOf(const QString &run)
{
    QList<bool> bits;
    for (QChar c : run) {
        const int v = base64Value(c);
        for (int b = 5; b >= 0; --b)
            bits.append((v >> b) & 1);
    }
    QList<QByteArray> out;
    for (int offset : {0, 2, 4, 6}) {
        QByteArray bytes;
        for (qsizetype i = offset; i + 8 <= bits.size(); i += 8) {
            int byte = 0;
            for (int b = 0; b < 8; ++b)
                byte = (byte << 1) | (bits.at(i + b) ? 1 : 0);
            bytes.append(char(byte));
        }
        out.append(bytes);
    }
    return out;
}

// True when text shows `window` consecutive bytes of the secret, as they are or base64-encoded
// at any alignment (standard or URL alphabet). window <= 0: the whole secret.
inline bool reveals(const QString &text, const QByteArray &secret, int window = 3)
{
    if (secret.isEmpty())
        return false;
    if (window <= 0 || window > secret.size())
        window = int(secret.size());
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i + window <= secret.size(); ++i)
        pieces.append(secret.mid(i, window));
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains(secret))
        return true;
    QString run;
    auto check = [&]() {
        bool found = false;
        if (run.size() >= 2) {
            for (const QByteArray &decoded : decodingsOf(run)) {
                found = found || std::any_of(pieces.cbegin(), pieces.cend(),
                                             [&decoded](const QByteArray &p) { return decoded.contains(p); });
            }
        }
        run.clear();
        return found;
    };
    for (QChar c : text) {
        if (base64Value(c) >= 0)
            run += c;
        else if (check())
            return true;
    }
    return check();
}

} // namespace secretcheck
