// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the account readers over growing inputs. Prints one table per reader (input
// size, time, time per entry, growth from the row before); the input doubles from row to row,
// so linear readers keep the time per entry flat and the growth near 2. Times are the best of
// three runs, in processor time (a shared, loaded machine barely moves them) and wall time.
//   bench_readers [max-entries [reader]]   (default 110000; reader: a part of a table's name)
#include "accounts/accountreaders.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
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

// A profile as Thunderbird writes it, five keys per outgoing server (entries: server keys);
// 110,000 keys make a prefs.js of about 5 MB.
QByteArray prefsJsKeys(int keys)
{
    const int servers = std::max(1, keys / 5);
    QByteArray list, body;
    for (int i = 1; i <= servers; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray key = "user_pref(\"mail.smtpserver.smtp" + n;
        list += QByteArray(i > 1 ? ",smtp" : "smtp") + n;
        body += key + ".hostname\", \"mail" + n + ".example\");\n" + key + ".port\", 587);\n" + key
                + ".try_ssl\", 2);\n" + key + ".authMethod\", 3);\n" + key + ".username\", \"u" + n + "\");\n";
    }
    QByteArray accounts;
    for (int i = 1; i <= servers / 100 + 1; ++i) {
        const QByteArray n = QByteArray::number(i);
        accounts += QByteArray(i > 1 ? ",account" : "account") + n;
        body += "user_pref(\"mail.account.account" + n + ".identities\", \"id" + n + "\");\n"
                "user_pref(\"mail.identity.id" + n + ".useremail\", \"u" + n + "@example.test\");\n"
                "user_pref(\"mail.identity.id" + n + ".smtpServer\", \"smtp" + QByteArray::number(i * 100 % servers + 1) + "\");\n";
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
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    // Five rows, each input twice the one before, the last exactly maxEntries (any number).
    QList<int> sizes;
    for (int divisor = 16; divisor >= 1; divisor /= 2)
        sizes.append(maxEntries / divisor);
    const auto thunderbird = [](const QByteArray &d) {
        return AccountReaders::readThunderbirdPrefs(d, QStringLiteral("prefs.js"));
    };
    const QList<Reader> readers = {
        {"Thunderbird prefs.js (servers)", &prefsJs, thunderbird},
        {"Thunderbird prefs.js (server keys, 5 per server)", &prefsJsKeys, thunderbird},
        {"msmtprc (accounts)", &msmtprc,
         [](const QByteArray &d) { return AccountReaders::readMsmtprc(d, QStringLiteral(".msmtprc")); }},
        {"KMail mailtransports (transports)", &mailtransports,
         [](const QByteArray &d) { return AccountReaders::readKMail(d, QStringLiteral("mailtransports")); }},
        {"git config (sendemail identities)", &gitconfig,
         [](const QByteArray &d) { return AccountReaders::readGitConfig(d, QStringLiteral(".gitconfig")); }},
    };
    for (const Reader &r : readers) {
        if (!only.isEmpty() && !QByteArray(r.name).contains(only))
            continue;
        std::printf("\n%s\n%10s %10s %10s %10s %10s %14s %8s\n", r.name, "entries", "KiB", "accounts", "cpu ms",
                    "wall ms", "cpu us/entry", "growth");
        double previous = 0;
        for (int n : sizes) {
            const QByteArray data = r.make(n);
            if (data.size() > 16 * 1024 * 1024) // the readers' size cap
                break;
            double bestCpu = -1;
            qint64 bestWall = -1;
            qsizetype accounts = 0;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer t;
                t.start();
                const std::clock_t c0 = std::clock();
                const ReadResult res = r.read(data);
                const double cpu = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
                const qint64 ns = t.nsecsElapsed();
                accounts = res.accounts.size();
                bestCpu = bestCpu < 0 ? cpu : std::min(bestCpu, cpu);
                bestWall = bestWall < 0 ? ns : std::min(bestWall, ns);
            }
            char growth[16] = "";
            if (previous > 0)
                std::snprintf(growth, sizeof growth, "%.2f", bestCpu / previous);
            std::printf("%10d %10lld %10lld %10.1f %10.1f %14.2f %8s\n", n, static_cast<long long>(data.size() / 1024),
                        static_cast<long long>(accounts), bestCpu, double(bestWall) / 1e6, bestCpu * 1e3 / n, growth);
            std::fflush(stdout);
            previous = bestCpu;
        }
    }
    return 0;
}
