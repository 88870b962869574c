// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitymasker.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace od {

namespace {

// Local parts that name a role, not a person: kept, so the admin can still follow the test.
bool isRoleName(const QString &local)
{
    static const QStringList roles = {
        QStringLiteral("postmaster"), QStringLiteral("abuse"), QStringLiteral("hostmaster"),
        QStringLiteral("webmaster"), QStringLiteral("mailer-daemon"), QStringLiteral("noreply"),
        QStringLiteral("no-reply"), QStringLiteral("root"), QStringLiteral("outbox-doctor-test")};
    return roles.contains(local.toLower());
}

// Host labels that say what a server does, not whose it is.
bool isGenericLabel(const QString &label)
{
    static const QRegularExpression generic(QStringLiteral(
        "^(smtp|smtps|mail|mx|imap|imaps|pop|pop3|pop3s|relay|submission|out|outgoing|mailout|"
        "mailhost|email|webmail|www|autodiscover|autoconfig|exchange|mta|mail-out|smtp-relay|"
        "smtpout|outbound|inbound|in|send)\\d*$"),
        QRegularExpression::CaseInsensitiveOption);
    return generic.match(label).hasMatch();
}

// Names that are placeholders already, or reserved for documentation: left alone.
bool isReservedDomain(const QString &domain)
{
    const QString d = domain.toLower();
    return d.endsWith(QLatin1String(".example")) || d == QLatin1String("example")
        || d == QLatin1String("example.com") || d.endsWith(QLatin1String(".example.com"))
        || d == QLatin1String("example.net") || d.endsWith(QLatin1String(".example.net"))
        || d == QLatin1String("example.org") || d.endsWith(QLatin1String(".example.org"))
        || d.endsWith(QLatin1String(".invalid")) || d.endsWith(QLatin1String(".localhost"));
}

const QString kAlnum = QStringLiteral("[\\p{L}\\p{N}]");

// One expression for everything that identifies: e-mail addresses first (their domain is
// part of them), then IPv6, IPv4 and host names. A host name needs a dot and a last label of
// letters, so "5.7.1", "TLSv1.3" and "6.4.2" are left alone; "250-mail.example" in an EHLO
// line is seen as a reply code and a name.
QString basePattern()
{
    const QString label = QStringLiteral("%1(?:[\\p{L}\\p{N}-]*%1)?").arg(kAlnum);
    const QString tld = QStringLiteral("\\p{L}[\\p{L}\\p{N}-]*\\p{L}");
    const QString host = QStringLiteral("(?:%1\\.)+%2").arg(label, tld);
    const QString hex = QStringLiteral("[0-9A-Fa-f]{1,4}");
    const QString ip6 = QStringLiteral(
        "(?<![\\w:.])(?:(?:%1:){7}%1|(?:%1(?::%1)*)?::(?:%1(?::%1)*)?(?:\\.\\d{1,3}){0,3})(?![\\w:])").arg(hex);
    const QString octet = QStringLiteral("(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    const QString ip4 = QStringLiteral("(?<![\\w.])%1(?:\\.%1){3}(?![\\w]|\\.\\d)").arg(octet);
    const QString hostStart = QStringLiteral("(?:(?<=^\\d{3}-)|(?<=[^\\w.-]\\d{3}-)|(?<![\\w.@-]))(?!\\d{3}-)");
    return QStringLiteral("(?<email>(?<![\\w.+%-])(?<local>[\\w.+%-]+)@(?<domain>%1))(?![\\w-])"
                          "|(?<ip6>%2)|(?<ip4>%3)|(?<host>%4%1)(?![\\w-]|\\.[\\w-])")
        .arg(host, ip6, ip4, hostStart);
}

} // namespace

void IdentityMasker::addUserName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.size() < 2 || n.contains(QLatin1Char('@')) || m_wordMap.contains(n.toLower()))
        return;
    QString &placeholder = m_users[n.toLower()];
    if (placeholder.isEmpty())
        placeholder = QStringLiteral("user%1").arg(m_users.size());
    m_wordMap.insert(n.toLower(), placeholder);
    m_words.append(n);
    m_pattern = QRegularExpression();
    std::sort(m_words.begin(), m_words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void IdentityMasker::addHostName(const QString &name)
{
    const QString n = name.trimmed();
    // Names with a dot are found by the pattern; a bare name (a HELO name) is a word.
    if (n.size() < 2 || n.contains(QLatin1Char('.')) || n.contains(QLatin1Char(':'))
        || m_wordMap.contains(n.toLower()) || isGenericLabel(n))
        return;
    QString &placeholder = m_hosts[n.toLower()];
    if (placeholder.isEmpty())
        placeholder = QStringLiteral("host%1").arg(m_hosts.size());
    m_wordMap.insert(n.toLower(), placeholder);
    m_words.append(n);
    m_pattern = QRegularExpression();
    std::sort(m_words.begin(), m_words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString IdentityMasker::maskDomain(const QString &domain)
{
    QString d = domain.toLower();
    const bool trailingDot = d.endsWith(QLatin1Char('.'));
    if (trailingDot)
        d.chop(1);
    if (isReservedDomain(d))
        return domain;
    QStringList labels = d.split(QLatin1Char('.'));
    // The registrable part: the last two labels, three for "co.uk"-style suffixes.
    int keep = 2;
    if (labels.size() >= 3 && labels.last().size() == 2 && labels.at(labels.size() - 2).size() <= 3)
        keep = 3;
    keep = std::min(keep, int(labels.size()));
    const QString base = labels.mid(labels.size() - keep).join(QLatin1Char('.'));
    QString &placeholder = m_domains[base];
    if (placeholder.isEmpty())
        placeholder = QStringLiteral("domain%1.example").arg(m_domains.size());
    QStringList out;
    const QStringList prefix = labels.mid(0, labels.size() - keep);
    if (!prefix.isEmpty()) {
        // Generic labels stay ("mail", "smtp"); the rest of the prefix becomes one host name.
        const QString first = prefix.first();
        if (prefix.size() == 1 && isGenericLabel(first)) {
            out << first;
        } else {
            const QString key = prefix.join(QLatin1Char('.')) + QLatin1Char('.') + base;
            QString &host = m_hosts[key];
            if (host.isEmpty())
                host = QStringLiteral("host%1").arg(m_hosts.size());
            out << host;
        }
    }
    out << placeholder;
    return out.join(QLatin1Char('.')) + (trailingDot ? QStringLiteral(".") : QString());
}

QString IdentityMasker::maskHost(const QString &host)
{
    return maskDomain(host);
}

QString IdentityMasker::maskEmail(const QString &local, const QString &domain)
{
    if (isReservedDomain(domain))
        return local + QLatin1Char('@') + domain;
    QString user = local;
    if (!isRoleName(local)) {
        QString &placeholder = m_users[local.toLower()];
        if (placeholder.isEmpty())
            placeholder = QStringLiteral("user%1").arg(m_users.size());
        user = placeholder;
    }
    return user + QLatin1Char('@') + maskDomain(domain);
}

QString IdentityMasker::maskIp(const QString &ip, bool v6)
{
    const QHostAddress address(ip);
    if (address.isNull() || address.isLoopback() || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6))
        return ip;
    // Documentation ranges are placeholders already.
    if (address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("192.0.2.0/24")))
        || address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("198.51.100.0/24")))
        || address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("203.0.113.0/24")))
        || address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("2001:db8::/32"))))
        return ip;
    const QString key = address.toString();
    QString &placeholder = m_ips[key];
    if (placeholder.isEmpty()) {
        const int n = int(m_ips.size());
        if (v6) {
            placeholder = QStringLiteral("2001:db8::%1").arg(n, 0, 16);
        } else {
            static const char *const nets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
            const int net = std::min((n - 1) / 254, 2);
            placeholder = QLatin1String(nets[net]) + QString::number((n - 1) % 254 + 1);
        }
    }
    return placeholder;
}

QString IdentityMasker::maskWord(const QString &word)
{
    return m_wordMap.value(word.toLower(), word);
}

QString IdentityMasker::mask(const QString &text)
{
    if (text.isEmpty())
        return text;
    if (m_pattern.pattern().isEmpty()) {
        QString pattern = basePattern();
        if (!m_words.isEmpty()) {
            QStringList escaped;
            for (const QString &w : std::as_const(m_words))
                escaped << QRegularExpression::escape(w);
            pattern += QStringLiteral("|(?<word>(?<![\\w.@-])(?:%1)(?![\\w@-]|\\.\\w))")
                           .arg(escaped.join(QLatin1Char('|')));
        }
        m_pattern = QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption
                                                    | QRegularExpression::CaseInsensitiveOption);
        Q_ASSERT(m_pattern.isValid());
    }
    const QRegularExpression &re = m_pattern;
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        QString replacement;
        if (m.capturedLength(QStringLiteral("email")) > 0)
            replacement = maskEmail(m.captured(QStringLiteral("local")), m.captured(QStringLiteral("domain")));
        else if (m.capturedLength(QStringLiteral("ip6")) > 0)
            replacement = maskIp(m.captured(QStringLiteral("ip6")), true);
        else if (m.capturedLength(QStringLiteral("ip4")) > 0)
            replacement = maskIp(m.captured(QStringLiteral("ip4")), false);
        else if (m.capturedLength(QStringLiteral("host")) > 0)
            replacement = maskHost(m.captured(QStringLiteral("host")));
        else
            replacement = maskWord(m.captured(0));
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace od
