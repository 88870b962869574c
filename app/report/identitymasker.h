// SPDX-License-Identifier: GPL-3.0-or-later
// Replaces e-mail addresses, host names and IP addresses by placeholders that stay the same
// across the whole report ("alice@home.test" -> "user1@domain1.example", "mail.home.test" ->
// "mail.domain1.example", "203.0.113.7" -> "192.0.2.1"), so a report can be shared in a public
// forum and still be read: the admin sees that the local and the foreign recipient are in
// different domains, and that the server name belongs to the sender's domain.
#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace od {

class IdentityMasker
{
public:
    // Words that identify the user without looking like an address (a bare user name,
    // the HELO name); replaced as whole words by "user<n>" / "host<n>".
    void addUserName(const QString &name);
    void addHostName(const QString &name);

    QString mask(const QString &text);

private:
    QString maskEmail(const QString &local, const QString &domain);
    QString maskHost(const QString &host);
    QString maskDomain(const QString &domain);
    QString maskIp(const QString &ip, bool v6);
    QString maskWord(const QString &word);

    QHash<QString, QString> m_users;    // lower-case local part / user name -> placeholder
    QHash<QString, QString> m_domains;  // lower-case registrable domain -> placeholder
    QHash<QString, QString> m_hosts;    // lower-case host label(s) -> placeholder
    QHash<QString, QString> m_ips;
    QStringList m_words;                // extra whole words, longest first
    QHash<QString, QString> m_wordMap;
    QRegularExpression m_pattern;       // rebuilt when words are added
};

} // namespace od
