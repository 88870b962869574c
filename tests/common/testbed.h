// SPDX-License-Identifier: GPL-3.0-or-later
// Access to the Postfix + Dovecot test bed started by the CTest fixture "testbed"
// (tests/testbed/testbed.sh). Its settings are read from $OD_TESTBED_DIR/env.
#pragma once

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QTextStream>

namespace odtest {

class TestBed
{
public:
    // False (with a reason) when the fixture did not run or failed.
    bool load(QString *why)
    {
        const QString dir = qEnvironmentVariable("OD_TESTBED_DIR");
        if (dir.isEmpty()) {
            *why = QStringLiteral("OD_TESTBED_DIR is not set (run through ctest)");
            return false;
        }
        QFile f(dir + QStringLiteral("/env"));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *why = QStringLiteral("no test bed environment at %1").arg(f.fileName());
            return false;
        }
        QTextStream in(&f);
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (line.startsWith(QLatin1Char('#')) || eq <= 0)
                continue;
            QString value = line.mid(eq + 1);
            if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
                value = value.mid(1, value.size() - 2);
            m_values.insert(line.left(eq), value);
        }
        return !m_values.isEmpty();
    }
    QString value(const char *key) const { return m_values.value(QLatin1String(key)); }
    quint16 port(const char *key) const { return quint16(value(key).toUInt()); }

    // Client source addresses standing for where the user is.
    static QHostAddress home() { return QHostAddress(QStringLiteral("127.0.0.2")); }
    static QHostAddress elsewhere() { return QHostAddress(QStringLiteral("127.0.0.3")); }
    static QHostAddress popClient() { return QHostAddress(QStringLiteral("127.0.0.4")); }
    static QString host() { return QStringLiteral("127.0.0.1"); }
    static QString tlsHost() { return QStringLiteral("localhost"); } // a name the certificate carries

private:
    QHash<QString, QString> m_values;
};

} // namespace odtest
