// SPDX-License-Identifier: GPL-3.0-or-later
// The wording of the network library's error codes (core/networkerrors.h): every code has a
// complete row with a unique stable ID; Qt's own sentences are copied byte for byte, so Qt's
// catalogues translate them; and socketErrorDetail() turns a message worded in the current
// language into a phrase that is the same in every language.
#include "core/networkerrors.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMetaEnum>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace od;

class TestNetworkErrors : public QObject
{
    Q_OBJECT
private slots:
    void everySocketErrorHasARow();
    void everySslErrorHasARow();
    void qtSentencesAreQts();
    void wordedInTheReadersLanguage();
    void detailFromWordedMessage_data();
    void detailFromWordedMessage();

private:
    bool installGerman();
    QTranslator m_german;
    bool m_germanTried = false;
    bool m_germanLoaded = false;
};

namespace {

template<typename Rows, typename Enum>
void checkRows(const Rows &rows)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    QSet<QString> ids;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto code = Enum(meta.value(i));
        int found = 0;
        for (const auto &row : rows) {
            if (row.error != code)
                continue;
            ++found;
            QVERIFY2(*row.id, meta.key(i));
            QVERIFY2(*row.context, meta.key(i));
            QVERIFY2(*row.text, meta.key(i));
            const QString id = QString::fromLatin1(row.id);
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            // IDs are lower-case words joined by '-', like every ID of the JSON.
            for (QChar c : id)
                QVERIFY2(c.isDigit() || c == u'-' || (c >= u'a' && c <= u'z'), qPrintable(id));
        }
        QVERIFY2(found == 1, meta.key(i));
    }
    QCOMPARE(qsizetype(rows.size()), qsizetype(meta.keyCount()));
}

} // namespace

bool TestNetworkErrors::installGerman()
{
    if (!m_germanTried) {
        m_germanTried = true;
        m_germanLoaded = m_german.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return m_germanLoaded && QCoreApplication::installTranslator(&m_german);
}

void TestNetworkErrors::everySocketErrorHasARow()
{
    checkRows<QList<SocketErrorInfo>, QAbstractSocket::SocketError>(socketErrorInfos());
    QCOMPARE(socketErrorId(QAbstractSocket::ConnectionRefusedError), QStringLiteral("connection-refused"));
    QCOMPARE(socketErrorPhrase(QAbstractSocket::ConnectionRefusedError).sourceText(),
             QStringLiteral("The server refused the connection."));
    QCOMPARE(socketErrorId(QAbstractSocket::SslHandshakeFailedError), QStringLiteral("tls-handshake-failed"));
}

void TestNetworkErrors::everySslErrorHasARow()
{
    checkRows<QList<SslErrorInfo>, QSslError::SslError>(sslErrorInfos());
    QCOMPARE(sslErrorId(QSslError::SelfSignedCertificate), QStringLiteral("self-signed"));
    QCOMPARE(sslErrorId(QSslError::HostNameMismatch), QStringLiteral("host-name-mismatch"));
}

// The "QSslSocket" rows are what QSslError::errorString() says in English; the others are ours,
// for codes Qt has no sentence of its own for.
void TestNetworkErrors::qtSentencesAreQts()
{
    int qts = 0;
    for (const SslErrorInfo &row : sslErrorInfos()) {
        const QString qt = QSslError(row.error).errorString();
        if (qstrcmp(row.context, "QSslSocket") == 0) {
            QCOMPARE(sslErrorPhrase(row.error).sourceText(), qt);
            ++qts;
        } else {
            QCOMPARE(QByteArray(row.context), QByteArray("od::Network"));
            QVERIFY2(qt.isEmpty() || qt == QLatin1String("Unknown error"), qPrintable(qt));
        }
    }
    QVERIFY(qts >= 30);
}

void TestNetworkErrors::wordedInTheReadersLanguage()
{
    if (!installGerman())
        QSKIP("Qt's German catalogue (qtbase_de) is not installed");
    const Phrase p = sslErrorPhrase(QSslError::CertificateExpired);
    QCOMPARE(p.text(), QSslError(QSslError::CertificateExpired).errorString());
    QVERIFY(p.text() != p.sourceText());
    QCOMPARE(p.sourceText(), QStringLiteral("The certificate has expired"));
    QCoreApplication::removeTranslator(&m_german);
    QCOMPARE(p.text(), p.sourceText());
}

void TestNetworkErrors::detailFromWordedMessage_data()
{
    QTest::addColumn<bool>("german");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("args");
    const QString reason = QStringLiteral("error:0A00010B:SSL routines::wrong version number");
    const auto handshake = int(QAbstractSocket::SslHandshakeFailedError);
    for (bool german : {false, true}) {
        const char *lang = german ? "de" : "en";
        QTest::addRow("%s: handshake with OpenSSL's reason", lang)
            << german << handshake << QStringLiteral("<handshake>") + reason << QStringLiteral("Error during SSL handshake: %1")
            << QStringList{reason};
        QTest::addRow("%s: certificate error", lang)
            << german << handshake << QStringLiteral("<expired>") << QStringLiteral("The certificate has expired") << QStringList();
        QTest::addRow("%s: the system's own words", lang)
            << german << int(QAbstractSocket::NetworkError) << QStringLiteral("Netzwerk nicht erreichbar: 101")
            << QStringLiteral("The network failed (for example, the connection to it was lost).") << QStringList();
        QTest::addRow("%s: nothing said", lang)
            << german << int(QAbstractSocket::ConnectionRefusedError) << QString()
            << QStringLiteral("The server refused the connection.") << QStringList();
        QTest::addRow("%s: only the start of a sentence", lang)
            << german << handshake << QStringLiteral("<handshake-prefix>")
            << QStringLiteral("The encrypted connection (SSL/TLS) could not be set up.") << QStringList();
    }
}

void TestNetworkErrors::detailFromWordedMessage()
{
    QFETCH(bool, german);
    QFETCH(int, error);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QFETCH(QStringList, args);
    if (german && !installGerman())
        QSKIP("Qt's German catalogue (qtbase_de) is not installed");
    // The message as Qt words it in the language installed now.
    const QString handshake = QCoreApplication::translate("QSslSocket", "Error during SSL handshake: %1");
    if (message.startsWith(QLatin1String("<handshake>")))
        message = handshake.arg(message.mid(11));
    else if (message == QLatin1String("<handshake-prefix>"))
        message = handshake.left(handshake.indexOf(QLatin1String("%1")) - 2);
    else if (message == QLatin1String("<expired>"))
        message = QSslError(QSslError::CertificateExpired).errorString();
    if (german)
        QVERIFY(!message.startsWith(QLatin1String("Error during")) && !message.startsWith(QLatin1String("The certificate")));
    const Phrase p = socketErrorDetail(QAbstractSocket::SocketError(error), message);
    if (german)
        QCoreApplication::removeTranslator(&m_german);
    QCOMPARE(p.code(), code);
    QCOMPARE(p.args, args);
    QVERIFY(p.verbatim.isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkErrors)
#include "tst_networkerrors.moc"
