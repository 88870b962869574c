// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomy.h"

#include <QMetaEnum>

namespace od {
namespace {

// Turns "RelayDenied" into "relay-denied"; the enum names are the single source of the IDs.
QString kebab(const char *camel)
{
    QString out;
    for (const char *p = camel; *p; ++p) {
        const QChar c = QLatin1Char(*p);
        if (c.isUpper()) {
            if (!out.isEmpty())
                out += QLatin1Char('-');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

template<typename E>
QString idOf(E value)
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    const char *key = meta.valueToKey(static_cast<int>(value));
    return key ? kebab(key) : QString();
}

template<typename E>
std::optional<E> fromId(const QString &id)
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (kebab(meta.key(i)) == id)
            return static_cast<E>(meta.value(i));
    }
    return std::nullopt;
}

template<typename E>
QList<E> allOf()
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    QList<E> out;
    out.reserve(meta.keyCount());
    for (int i = 0; i < meta.keyCount(); ++i)
        out.append(static_cast<E>(meta.value(i)));
    return out;
}

} // namespace

QString causeId(Cause cause) { return idOf(cause); }
std::optional<Cause> causeFromId(const QString &id) { return fromId<Cause>(id); }
QList<Cause> allCauses() { return allOf<Cause>(); }

QString fixId(Fix fix) { return idOf(fix); }
std::optional<Fix> fixFromId(const QString &id) { return fromId<Fix>(id); }
QList<Fix> allFixes() { return allOf<Fix>(); }

QString ownerId(Owner owner) { return idOf(owner); }
std::optional<Owner> ownerFromId(const QString &id) { return fromId<Owner>(id); }

QString locationId(Location location) { return idOf(location); }
std::optional<Location> locationFromId(const QString &id) { return fromId<Location>(id); }

QString securityId(Security security)
{
    switch (security) {
    case Security::Auto: return QStringLiteral("auto");
    case Security::None: return QStringLiteral("none");
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::Tls: return QStringLiteral("tls");
    }
    return {};
}

std::optional<Security> securityFromId(const QString &id)
{
    const QString s = id.trimmed().toLower();
    if (s == QLatin1String("auto")) return Security::Auto;
    if (s == QLatin1String("none") || s == QLatin1String("plain")) return Security::None;
    if (s == QLatin1String("starttls")) return Security::StartTls;
    if (s == QLatin1String("tls") || s == QLatin1String("ssl")) return Security::Tls;
    return std::nullopt;
}

} // namespace od
