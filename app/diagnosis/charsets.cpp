// SPDX-License-Identifier: GPL-3.0-or-later
#include "charsets.h"

namespace od::Charsets {

QByteArray Detail::systemName(const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    // Supersets that decode every byte sequence the smaller set has, and what senders
    // actually put under the smaller label.
    if (name == "gb2312" || name == "gbk" || name == "x-gbk" || name == "cp936" || name == "euc-cn"
        || name == "x-euc-cn" || name == "csgb2312")
        return QByteArrayLiteral("gb18030");
    if (name == "ks_c_5601-1987" || name == "ks_c_5601" || name == "euc-kr")
        return QByteArrayLiteral("windows-949");
    if (name == "big5-hkscs" || name == "x-x-big5")
        return name == "x-x-big5" ? QByteArrayLiteral("big5") : name;
    if (name == "iso-8859-8-i")
        return QByteArrayLiteral("iso-8859-8");
    return name;
}

std::optional<QString> decode(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = Detail::systemName(charset);
    // A name is a short token; anything else (injected junk from a header) is not a charset.
    if (name.isEmpty() || name.size() > 40)
        return std::nullopt;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
              || c == ':' || c == '+'))
            return std::nullopt;
    }
    return Detail::convert(bytes, name);
}

QString backend()
{
    return Detail::backendName();
}

} // namespace od::Charsets
