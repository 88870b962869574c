// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the account readers over growing inputs. Prints one table per reader (input
// size, time, time per entry); linear readers keep the time per entry flat as the input grows.
//   bench_readers [max-entries]      (default 110000: a 4-5 MB prefs.js)
#include "accounts/accountreaders.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace od;

namespace {

QByteArray prefsJs(int servers)
{
    QByteArray list, body;
    for (int i = 1; i <= servers; ++i) {
        const QByteArray n = QByteArray::number(i);
        list += QByteArray(i > 1 ? ",s" : "s") + n;
        body += "user_pref(\"mail.smtpserver.s" + n + ".hostname\", \"h" + n + ".example\");\n";
    }
    // Identities over every 100th server, as a profile with many accounts has them.
    QByteArray accounts;
    for (int i = 1; i <= servers / 100 + 1; ++i) {
        const QByteArray n = QByteArray::number(i);
        accounts += QByteArray(i > 1 ? ",account" : "account") + n;
        body += "user_pref(\"mail.account.account" + n + ".identities\", \"id" + n + "\");\n"
                "user_pref(\"mail.identity.id" + n + ".useremail\", \"u" + n + "@example.test\");\n"
                "user_pref(\"mail.identity.id" + n + ".smtpServer\", \"s" + QByteArray::number(i * 100 % servers + 1) + "\");\n";
    }
    return "user_pref(\"mail.smtpservers\", \"" + list + "\");\n"
           "user_pref(\"mail.accountmanager.accounts\", \"" + accounts + "\");\n" + body;
}

QByteArray msmtprc(int accounts)
{
    QByteArray d = "defaults\ntls on\n";
    for (int i = 1; i <= accounts; ++i) {
        const QByteArray n = QByteArray::number(i);
        d += "\naccount a" + n + "\nhost smtp" + n + ".example\nport 587\nfrom u" + n + "@example.test\nuser u" + n + "\n";
    }
    return d;
}

QByteArray mailtransports(int transports)
{
    QByteArray d;
    for (int i = 1; i <= transports; ++i) {
        const QByteArray n = QByteArray::number(i);
        d += "[Transport " + n + "]\nhost=smtp" + n + ".example\nid=" + n + "\nname=t" + n
             + "\nport=587\nencryption=TLS\nauth=true\nuser=u" + n + "\n\n";
    }
    return d;
}

QByteArray gitconfig(int identities)
{
    QByteArray d = "[user]\n\tname = Someone\n";
    for (int i = 1; i <= identities; ++i) {
        const QByteArray n = QByteArray::number(i);
        d += "[sendemail \"i" + n + "\"]\n\tsmtpServer = smtp" + n + ".example\n\tsmtpServerPort = 587\n\tfrom = u" + n
             + "@example.test\n";
    }
    return d;
}

struct Reader
{
    const char *name;
    QByteArray (*make)(int);
    std::function<ReadResult(const QByteArray &)> read;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int maxEntries = argc > 1 ? std::max(1000, QByteArray(argv[1]).toInt()) : 110000;
    const QList<Reader> readers = {
        {"Thunderbird prefs.js (servers)", &prefsJs,
         [](const QByteArray &d) { return AccountReaders::readThunderbirdPrefs(d, QStringLiteral("prefs.js")); }},
        {"msmtprc (accounts)", &msmtprc,
         [](const QByteArray &d) { return AccountReaders::readMsmtprc(d, QStringLiteral(".msmtprc")); }},
        {"KMail mailtransports (transports)", &mailtransports,
         [](const QByteArray &d) { return AccountReaders::readKMail(d, QStringLiteral("mailtransports")); }},
        {"git config (sendemail identities)", &gitconfig,
         [](const QByteArray &d) { return AccountReaders::readGitConfig(d, QStringLiteral(".gitconfig")); }},
    };
    for (const Reader &r : readers) {
        std::printf("\n%s\n%10s %10s %12s %10s %14s\n", r.name, "entries", "KiB", "accounts", "ms", "us/entry");
        for (int n = maxEntries / 16; n <= maxEntries; n *= 2) {
            const QByteArray data = r.make(n);
            if (data.size() > 16 * 1024 * 1024) // the readers' size cap
                break;
            qint64 best = -1;
            qsizetype accounts = 0;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer t;
                t.start();
                const ReadResult res = r.read(data);
                const qint64 ns = t.nsecsElapsed();
                accounts = res.accounts.size();
                best = best < 0 ? ns : std::min(best, ns);
            }
            std::printf("%10d %10lld %12lld %10.1f %14.2f\n", n, static_cast<long long>(data.size() / 1024),
                        static_cast<long long>(accounts), double(best) / 1e6, double(best) / 1e3 / n);
            std::fflush(stdout);
            if (n * 2 > maxEntries && n != maxEntries)
                n = maxEntries / 2; // end exactly at maxEntries
        }
    }
    return 0;
}
