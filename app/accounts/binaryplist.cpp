// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryplist.h"

#include "configtext.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <cstring>

namespace od::Plist {

namespace {

constexpr int kMaxDepth = 64;
// Objects may be shared (a DAG): a budget of visits keeps a small file from expanding into
// an exponential tree.
constexpr int kMaxVisits = 200000;

class BinaryReader
{
public:
    explicit BinaryReader(const QByteArray &data) : m_data(data) {}

    std::optional<QVariant> read(Phrase *error)
    {
        const qsizetype size = m_data.size();
        if (size < 8 + 32 || !m_data.startsWith("bplist0"))
            return fail(error, accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "This is not a binary property list.")));
        const qsizetype trailer = size - 32;
        m_offsetSize = quint8(m_data.at(trailer + 6));
        m_refSize = quint8(m_data.at(trailer + 7));
        const quint64 count = uint(trailer + 8, 8);
        const quint64 top = uint(trailer + 16, 8);
        const quint64 table = uint(trailer + 24, 8);
        if (m_offsetSize < 1 || m_offsetSize > 8 || m_refSize < 1 || m_refSize > 8 || count == 0
            || count > quint64(size) || top >= count || table < 8 || table > quint64(trailer)
            || (quint64(trailer) - table) / m_offsetSize < count)
            return fail(error, accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The binary property list is damaged (its trailer does not fit the file).")));
        m_count = count;
        m_table = qsizetype(table);
        m_trailer = trailer;
        const QVariant v = object(top, 0);
        if (m_bad)
            return fail(error, accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "The binary property list is damaged (%1)."), {m_why}));
        return v;
    }

private:
    const QByteArray &m_data;
    int m_offsetSize = 0, m_refSize = 0;
    quint64 m_count = 0;
    qsizetype m_table = 0, m_trailer = 0;
    QSet<quint64> m_open; // objects being read: a reference back to one is a cycle
    QHash<quint64, std::pair<QVariant, quint64>> m_done; // objects read, with their subtree sizes
    quint64 m_visits = 0;
    bool m_bad = false;
    QString m_why;

    static std::optional<QVariant> fail(Phrase *error, const Phrase &message)
    {
        if (error)
            *error = message;
        return std::nullopt;
    }

    QVariant bad(const char *why)
    {
        if (!m_bad) {
            m_bad = true;
            m_why = QString::fromLatin1(why);
        }
        return {};
    }

    // Big-endian unsigned integer of n bytes at pos; 0 (and m_bad) when out of range.
    quint64 uint(qsizetype pos, int n)
    {
        if (pos < 0 || n < 1 || n > 8 || pos + n > m_data.size()) {
            bad("a number runs past the end");
            return 0;
        }
        quint64 x = 0;
        for (int i = 0; i < n; ++i)
            x = (x << 8) | quint8(m_data.at(pos + i));
        return x;
    }

    // The length of a string, data, array or dict: the low nibble, or an integer object after it.
    bool length(qsizetype *pos, int info, quint64 *out)
    {
        if (info != 0xF) {
            *out = quint64(info);
            return true;
        }
        if (*pos >= m_trailer)
            return false;
        const quint8 marker = quint8(m_data.at(*pos));
        if ((marker >> 4) != 0x1 || (marker & 0xF) > 3)
            return false;
        const int n = 1 << (marker & 0xF);
        *out = uint(*pos + 1, n);
        *pos += 1 + n;
        return !m_bad;
    }

    // Bytes [pos, pos + n) lie inside the object area (before the offset table).
    bool fits(qsizetype pos, quint64 n) const
    {
        return pos >= 0 && pos <= m_table && n <= quint64(m_table - pos);
    }

    // An object once read is kept: a value referenced many times (a large string shared by
    // thousands of references) costs its bytes once, as the result shares them implicitly.
    // The budget counts the tree as a reader of the result would walk it: each reference
    // costs the size of the subtree it names, so sharing cannot hide an exponential tree.
    QVariant object(quint64 index, int depth)
    {
        if (m_bad)
            return {};
        const auto done = m_done.constFind(index);
        if (done != m_done.constEnd()) {
            m_visits += done->second;
            if (m_visits > kMaxVisits)
                return bad("too many objects");
            return done->first;
        }
        const quint64 before = m_visits;
        const QVariant v = objectAt(index, depth);
        if (!m_bad)
            m_done.insert(index, {v, m_visits - before});
        return v;
    }

    QVariant objectAt(quint64 index, int depth)
    {
        if (m_bad)
            return {};
        if (index >= m_count)
            return bad("a reference points past the last object");
        if (depth > kMaxDepth)
            return bad("nesting too deep");
        if (m_open.contains(index))
            return bad("an object contains itself");
        if (++m_visits > kMaxVisits)
            return bad("too many objects");
        const quint64 offset = uint(m_table + qsizetype(index) * m_offsetSize, m_offsetSize);
        if (m_bad || offset < 8 || offset >= quint64(m_table))
            return bad("an object offset is out of range");
        qsizetype pos = qsizetype(offset);
        const quint8 marker = quint8(m_data.at(pos++));
        const int type = marker >> 4;
        const int info = marker & 0xF;
        switch (type) {
        case 0x0:
            if (info == 0x8)
                return false;
            if (info == 0x9)
                return true;
            return {};
        case 0x1: {
            if (info > 4)
                return bad("an integer is too long");
            const int n = 1 << info;
            if (!fits(pos, quint64(n)))
                return bad("an integer runs past the objects");
            // 16-byte integers keep their low 64 bits; 8-byte ones are signed.
            return qlonglong(n == 16 ? uint(pos + 8, 8) : uint(pos, n));
        }
        case 0x2:
        case 0x3: {
            const int n = type == 0x3 ? 8 : 1 << info;
            if ((n != 4 && n != 8) || !fits(pos, quint64(n)))
                return bad("a real number has a bad size");
            const quint64 bits = uint(pos, n);
            double d = 0;
            if (n == 4) {
                const quint32 b32 = quint32(bits);
                float f = 0;
                std::memcpy(&f, &b32, 4);
                d = double(f);
            } else {
                std::memcpy(&d, &bits, 8);
            }
            if (type == 0x2)
                return d;
            // Seconds since 2001-01-01 00:00:00 UTC; out-of-range dates are kept as numbers.
            if (!(d > -1e11 && d < 1e11))
                return d;
            return QDateTime(QDate(2001, 1, 1), QTime(0, 0), QTimeZone::utc()).addMSecs(qint64(d * 1000.0));
        }
        case 0x4:
        case 0x5:
        case 0x6:
        case 0x7: {
            quint64 n = 0;
            if (!length(&pos, info, &n))
                return bad("a length is malformed");
            const quint64 bytes = type == 0x6 ? n * 2 : n;
            if (n > quint64(m_data.size()) || !fits(pos, bytes))
                return bad("a string or data runs past the objects");
            const QByteArray raw = m_data.mid(pos, qsizetype(bytes));
            if (type == 0x4)
                return raw;
            if (type == 0x5)
                return QString::fromLatin1(raw);
            if (type == 0x7)
                return QString::fromUtf8(raw);
            QString s(qsizetype(n), Qt::Uninitialized);
            for (qsizetype i = 0; i < qsizetype(n); ++i)
                s[i] = QChar(char16_t((quint8(raw.at(2 * i)) << 8) | quint8(raw.at(2 * i + 1))));
            return s;
        }
        case 0x8: {
            const int n = info + 1;
            if (n > 8 || !fits(pos, quint64(n)))
                return bad("a UID is malformed");
            return QVariantMap{{QStringLiteral("CF$UID"), qlonglong(uint(pos, n))}};
        }
        case 0xA:
        case 0xC:
        case 0xD: {
            quint64 n = 0;
            if (!length(&pos, info, &n))
                return bad("a length is malformed");
            const quint64 refs = type == 0xD ? n * 2 : n;
            if (n > quint64(m_data.size()) || !fits(pos, refs * quint64(m_refSize)))
                return bad("a collection runs past the objects");
            m_open.insert(index);
            QVariant out;
            if (type == 0xD) {
                QVariantMap map;
                for (quint64 i = 0; i < n && !m_bad; ++i) {
                    const QVariant key = object(uint(pos + qsizetype(i) * m_refSize, m_refSize), depth + 1);
                    const QVariant value = object(uint(pos + qsizetype(n + i) * m_refSize, m_refSize), depth + 1);
                    map.insert(key.toString(), value);
                }
                out = map;
            } else {
                QVariantList list;
                for (quint64 i = 0; i < n && !m_bad; ++i)
                    list.append(object(uint(pos + qsizetype(i) * m_refSize, m_refSize), depth + 1));
                out = list;
            }
            m_open.remove(index);
            return out;
        }
        default:
            return bad("an object has an unknown type");
        }
    }
};

// NSKeyedArchiver: resolve UIDs through $objects.
class Unarchiver
{
public:
    explicit Unarchiver(const QVariantList &objects) : m_objects(objects) {}

    QVariant resolve(const QVariant &v, int depth)
    {
        if (depth > kMaxDepth || ++m_visits > kMaxVisits)
            return {};
        const QVariantMap map = v.toMap();
        if (v.typeId() == QMetaType::QVariantMap && map.size() == 1 && map.contains(QStringLiteral("CF$UID"))) {
            const qlonglong uid = map.value(QStringLiteral("CF$UID")).toLongLong();
            if (uid < 0 || uid >= m_objects.size())
                return {};
            const QVariant target = m_objects.at(qsizetype(uid));
            if (target.toString() == QLatin1String("$null") && target.typeId() == QMetaType::QString)
                return {};
            return resolve(target, depth + 1);
        }
        if (v.typeId() != QMetaType::QVariantMap)
            return v;
        // NSDictionary / NSArray / NSSet / NSString / NSData wrappers.
        if (map.contains(QStringLiteral("NS.keys")) && map.contains(QStringLiteral("NS.objects"))) {
            const QVariantList keys = map.value(QStringLiteral("NS.keys")).toList();
            const QVariantList values = map.value(QStringLiteral("NS.objects")).toList();
            QVariantMap out;
            for (qsizetype i = 0; i < keys.size() && i < values.size(); ++i)
                out.insert(resolve(keys.at(i), depth + 1).toString(), resolve(values.at(i), depth + 1));
            return out;
        }
        if (map.contains(QStringLiteral("NS.objects"))) {
            QVariantList out;
            const QVariantList values = map.value(QStringLiteral("NS.objects")).toList();
            for (const QVariant &x : values)
                out.append(resolve(x, depth + 1));
            return out;
        }
        if (map.contains(QStringLiteral("NS.string")))
            return resolve(map.value(QStringLiteral("NS.string")), depth + 1).toString();
        if (map.contains(QStringLiteral("NS.bytes")))
            return resolve(map.value(QStringLiteral("NS.bytes")), depth + 1);
        if (map.contains(QStringLiteral("NS.time"))) {
            const double d = map.value(QStringLiteral("NS.time")).toDouble();
            return QDateTime(QDate(2001, 1, 1), QTime(0, 0), QTimeZone::utc()).addMSecs(qint64(d * 1000.0));
        }
        // Another archived object: its fields resolved, its class reference dropped.
        QVariantMap out;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (it.key() != QLatin1String("$class"))
                out.insert(it.key(), resolve(it.value(), depth + 1));
        }
        return out;
    }

private:
    const QVariantList &m_objects;
    int m_visits = 0;
};

} // namespace

std::optional<QVariant> parseBinary(const QByteArray &data, Phrase *error)
{
    return BinaryReader(data).read(error);
}

QVariant unarchive(const QVariant &archive)
{
    const QVariantMap root = archive.toMap();
    if (root.value(QStringLiteral("$archiver")).toString() != QLatin1String("NSKeyedArchiver")
        || !root.contains(QStringLiteral("$objects")))
        return archive;
    const QVariantList objects = root.value(QStringLiteral("$objects")).toList();
    const QVariantMap top = root.value(QStringLiteral("$top")).toMap();
    Unarchiver u(objects);
    return u.resolve(top.value(QStringLiteral("root")), 0);
}

} // namespace od::Plist
