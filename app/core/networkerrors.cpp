// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkerrors.h"

#include <QCoreApplication>

namespace od {

namespace {

// Rows reuse the SMTP session's sentences where it had one for the case, so their
// translations stay valid.
const QList<SocketErrorInfo> kSocketErrors = {
    {QAbstractSocket::ConnectionRefusedError, "connection-refused",
     "od::SmtpSession", QT_TRANSLATE_NOOP("od::SmtpSession", "The server refused the connection.")},
    {QAbstractSocket::RemoteHostClosedError, "remote-host-closed",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The server closed the connection.")},
    {QAbstractSocket::HostNotFoundError, "host-not-found",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The name was not found.")},
    {QAbstractSocket::SocketAccessError, "access-denied",
     "od::SmtpSession", QT_TRANSLATE_NOOP("od::SmtpSession", "The connection was not permitted")},
    {QAbstractSocket::SocketResourceError, "out-of-resources",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "This computer has run out of network resources (too many connections are open).")},
    {QAbstractSocket::SocketTimeoutError, "timeout",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The network did not answer in time.")},
    {QAbstractSocket::DatagramTooLargeError, "datagram-too-large",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The data was too large to send.")},
    {QAbstractSocket::NetworkError, "network-error",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The network failed (for example, the connection to it was lost).")},
    {QAbstractSocket::AddressInUseError, "address-in-use",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The local address is already in use.")},
    {QAbstractSocket::SocketAddressNotAvailableError, "address-not-available",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The address to send from does not belong to this computer.")},
    {QAbstractSocket::UnsupportedSocketOperationError, "unsupported-operation",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "This computer does not support the network operation (for example, IPv6 is switched off).")},
    {QAbstractSocket::UnfinishedSocketOperationError, "unfinished-operation",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "An earlier network operation had not finished.")},
    {QAbstractSocket::ProxyAuthenticationRequiredError, "proxy-authentication-required",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The proxy wants a login.")},
    {QAbstractSocket::SslHandshakeFailedError, "tls-handshake-failed",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The encrypted connection (SSL/TLS) could not be set up.")},
    {QAbstractSocket::ProxyConnectionRefusedError, "proxy-connection-refused",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The proxy refused the connection.")},
    {QAbstractSocket::ProxyConnectionClosedError, "proxy-connection-closed",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The proxy closed the connection.")},
    {QAbstractSocket::ProxyConnectionTimeoutError, "proxy-timeout",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The proxy did not answer in time.")},
    {QAbstractSocket::ProxyNotFoundError, "proxy-not-found",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The proxy was not found.")},
    {QAbstractSocket::ProxyProtocolError, "proxy-protocol-error",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The proxy's answer could not be understood.")},
    {QAbstractSocket::OperationError, "operation-error",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The network operation was not possible in the connection's state.")},
    {QAbstractSocket::SslInternalError, "tls-internal-error",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The encryption library (SSL/TLS) failed.")},
    {QAbstractSocket::SslInvalidUserDataError, "tls-invalid-data",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "The encryption library (SSL/TLS) was given invalid data.")},
    {QAbstractSocket::TemporaryError, "temporary-error",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "A passing network error occurred.")},
    {QAbstractSocket::UnknownSocketError, "unknown",
     "od::Network", QT_TRANSLATE_NOOP("od::Network", "An unknown network error occurred.")},
};

// The "QSslSocket" rows are Qt's own sentences (QSslError::errorString() in Qt 6.4, byte for
// byte; tst_networkerrors compares them), so Qt's catalogues translate them as they always did.
// Qt 6.4 has no sentence of its own for a revoked certificate, an unknown certificate status or
// missing SSL support (it says "Unknown error" or nothing): those three are ours.
const QList<SslErrorInfo> kSslErrors = {
    {QSslError::NoError, "no-error", "QSslSocket", "No error"},
    {QSslError::UnableToGetIssuerCertificate, "issuer-certificate-not-found", "QSslSocket",
     "The issuer certificate could not be found"},
    {QSslError::UnableToDecryptCertificateSignature, "signature-not-decryptable", "QSslSocket",
     "The certificate signature could not be decrypted"},
    {QSslError::UnableToDecodeIssuerPublicKey, "issuer-public-key-not-readable", "QSslSocket",
     "The public key in the certificate could not be read"},
    {QSslError::CertificateSignatureFailed, "signature-invalid", "QSslSocket",
     "The signature of the certificate is invalid"},
    {QSslError::CertificateNotYetValid, "not-yet-valid", "QSslSocket", "The certificate is not yet valid"},
    {QSslError::CertificateExpired, "expired", "QSslSocket", "The certificate has expired"},
    {QSslError::InvalidNotBeforeField, "invalid-not-before", "QSslSocket",
     "The certificate's notBefore field contains an invalid time"},
    {QSslError::InvalidNotAfterField, "invalid-not-after", "QSslSocket",
     "The certificate's notAfter field contains an invalid time"},
    {QSslError::SelfSignedCertificate, "self-signed", "QSslSocket", "The certificate is self-signed, and untrusted"},
    {QSslError::SelfSignedCertificateInChain, "self-signed-in-chain", "QSslSocket",
     "The root certificate of the certificate chain is self-signed, and untrusted"},
    {QSslError::UnableToGetLocalIssuerCertificate, "local-issuer-not-found", "QSslSocket",
     "The issuer certificate of a locally looked up certificate could not be found"},
    {QSslError::UnableToVerifyFirstCertificate, "first-certificate-not-verifiable", "QSslSocket",
     "No certificates could be verified"},
    {QSslError::CertificateRevoked, "revoked", "od::Network",
     QT_TRANSLATE_NOOP("od::Network", "The certificate has been revoked")},
    {QSslError::InvalidCaCertificate, "invalid-ca-certificate", "QSslSocket", "One of the CA certificates is invalid"},
    {QSslError::PathLengthExceeded, "path-length-exceeded", "QSslSocket",
     "The basicConstraints path length parameter has been exceeded"},
    {QSslError::InvalidPurpose, "invalid-purpose", "QSslSocket", "The supplied certificate is unsuitable for this purpose"},
    {QSslError::CertificateUntrusted, "untrusted", "QSslSocket", "The root CA certificate is not trusted for this purpose"},
    {QSslError::CertificateRejected, "rejected", "QSslSocket",
     "The root CA certificate is marked to reject the specified purpose"},
    {QSslError::SubjectIssuerMismatch, "subject-issuer-mismatch", "QSslSocket",
     "The current candidate issuer certificate was rejected because its subject name did not match the issuer name of the current certificate"},
    {QSslError::AuthorityIssuerSerialNumberMismatch, "authority-issuer-serial-mismatch", "QSslSocket",
     "The current candidate issuer certificate was rejected because its issuer name and serial number was present and did not match the authority key identifier of the current certificate"},
    {QSslError::NoPeerCertificate, "no-peer-certificate", "QSslSocket", "The peer did not present any certificate"},
    {QSslError::HostNameMismatch, "host-name-mismatch", "QSslSocket",
     "The host name did not match any of the valid hosts for this certificate"},
    {QSslError::NoSslSupport, "no-ssl-support", "od::Network",
     QT_TRANSLATE_NOOP("od::Network", "This computer has no support for encrypted connections (SSL/TLS)")},
    {QSslError::CertificateBlacklisted, "blacklisted", "QSslSocket", "The peer certificate is blacklisted"},
    {QSslError::CertificateStatusUnknown, "status-unknown", "od::Network",
     QT_TRANSLATE_NOOP("od::Network", "Whether the certificate has been revoked could not be checked")},
    {QSslError::OcspNoResponseFound, "ocsp-no-response", "QSslSocket", "No OCSP status response found"},
    {QSslError::OcspMalformedRequest, "ocsp-malformed-request", "QSslSocket", "The OCSP status request had invalid syntax"},
    {QSslError::OcspMalformedResponse, "ocsp-malformed-response", "QSslSocket",
     "OCSP response contains an unexpected number of SingleResponse structures"},
    {QSslError::OcspInternalError, "ocsp-internal-error", "QSslSocket",
     "OCSP responder reached an inconsistent internal state"},
    {QSslError::OcspTryLater, "ocsp-try-later", "QSslSocket",
     "OCSP responder was unable to return a status for the requested certificate"},
    {QSslError::OcspSigRequred, "ocsp-signature-required", "QSslSocket",
     "The server requires the client to sign the OCSP request in order to construct a response"},
    {QSslError::OcspUnauthorized, "ocsp-unauthorized", "QSslSocket",
     "The client is not authorized to request OCSP status from this server"},
    {QSslError::OcspResponseCannotBeTrusted, "ocsp-response-untrusted", "QSslSocket",
     "OCSP responder's identity cannot be verified"},
    {QSslError::OcspResponseCertIdUnknown, "ocsp-certificate-unknown", "QSslSocket",
     "The identity of a certificate in an OCSP response cannot be established"},
    {QSslError::OcspResponseExpired, "ocsp-response-expired", "QSslSocket", "The certificate status response has expired"},
    {QSslError::OcspStatusUnknown, "ocsp-status-unknown", "QSslSocket", "The certificate's status is unknown"},
    {QSslError::UnspecifiedError, "unspecified", "QSslSocket", "Unknown error"},
};

template<typename Info, typename Code>
const Info &rowOf(const QList<Info> &rows, Code code)
{
    for (const Info &row : rows) {
        if (row.error == code)
            return row;
    }
    return rows.constLast(); // the "unknown" row
}

// The argument of `errorString` when it is the current language's wording of `source` (which
// holds one %1); null otherwise.
QString argumentOf(const QString &errorString, const char *context, const char *source)
{
    const QString worded = QCoreApplication::translate(context, source);
    const qsizetype at = worded.indexOf(QLatin1String("%1"));
    if (at < 0)
        return {};
    const QStringView before = QStringView(worded).left(at);
    const QStringView after = QStringView(worded).mid(at + 2);
    if (errorString.size() < before.size() + after.size() || !errorString.startsWith(before)
        || !errorString.endsWith(after))
        return {};
    return errorString.mid(before.size(), errorString.size() - before.size() - after.size());
}

} // namespace

const QList<SocketErrorInfo> &socketErrorInfos() { return kSocketErrors; }
const QList<SslErrorInfo> &sslErrorInfos() { return kSslErrors; }

QString socketErrorId(QAbstractSocket::SocketError error)
{
    return QString::fromLatin1(rowOf(kSocketErrors, error).id);
}

Phrase socketErrorPhrase(QAbstractSocket::SocketError error)
{
    const SocketErrorInfo &row = rowOf(kSocketErrors, error);
    return Phrase(row.context, row.text);
}

QString sslErrorId(QSslError::SslError error)
{
    return QString::fromLatin1(rowOf(kSslErrors, error).id);
}

Phrase sslErrorPhrase(QSslError::SslError error)
{
    const SslErrorInfo &row = rowOf(kSslErrors, error);
    return Phrase(row.context, row.text);
}

Phrase socketErrorDetail(QAbstractSocket::SocketError error, const QString &errorString)
{
    if (!errorString.isEmpty()) {
        // Qt's sentences around the TLS library's reason (qsslsocket_openssl.cpp and the
        // OpenSSL backend of Qt 6.4); the reason itself is OpenSSL's, in English.
        static const char *const withReason[] = {
            "Error during SSL handshake: %1",
            "Unable to write data: %1",
            "Error while reading: %1",
            "Error while writing: %1",
            "Unable to decrypt data: %1",
            "Unable to init SSL Context: %1",
            "Error creating SSL session: %1",
        };
        for (const char *source : withReason) {
            const QString reason = argumentOf(errorString, "QSslSocket", source);
            if (!reason.isNull())
                return Phrase("QSslSocket", source, {reason});
        }
        // A certificate that failed verification ends the handshake with its error's wording.
        for (const SslErrorInfo &row : kSslErrors) {
            if (row.error != QSslError::NoError && row.error != QSslError::UnspecifiedError
                && errorString == QCoreApplication::translate(row.context, row.text))
                return Phrase(row.context, row.text);
        }
    }
    return socketErrorPhrase(error);
}

} // namespace od
