// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatetrust.h"

#include "smtp/transport.h"

#include <QCryptographicHash>
#include <QSslSocket>

namespace od {

QByteArray FingerprintTrust::normalise(const QByteArray &fingerprint)
{
    if (fingerprint.size() == 32)
        return fingerprint;
    QByteArray hex = fingerprint;
    hex.replace(':', QByteArray()).replace(' ', QByteArray());
    return QByteArray::fromHex(hex.toLower());
}

bool FingerprintTrust::trusts(const QSslCertificate &leaf, const QList<QSslError> &) const
{
    return !leaf.isNull() && m_fingerprints.contains(sha256Fingerprint(leaf));
}

QByteArray sha256Fingerprint(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

QString fingerprintText(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QList<CertificateFinding> classifySslErrors(const QList<QSslError> &errors)
{
    QList<CertificateFinding> out;
    auto add = [&out](CertificateFinding f) {
        if (!out.contains(f))
            out.append(f);
    };
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            add(CertificateFinding::SelfSigned);
            break;
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
        case QSslError::CertificateRejected:
            add(CertificateFinding::Untrusted);
            break;
        case QSslError::CertificateExpired:
            add(CertificateFinding::Expired);
            break;
        case QSslError::CertificateNotYetValid:
            add(CertificateFinding::NotYetValid);
            break;
        case QSslError::HostNameMismatch:
            add(CertificateFinding::HostnameMismatch);
            break;
        case QSslError::CertificateRevoked:
            add(CertificateFinding::Revoked);
            break;
        default:
            add(CertificateFinding::Other);
            break;
        }
    }
    return out;
}

bool applyCertificateDecision(Transport *transport, const QList<QSslError> &errors,
                              const CertificateTrust *trust, TlsReport *report)
{
    report->chain = transport->peerCertificateChain();
    report->findings = classifySslErrors(errors);
    report->errors.clear();
    for (const QSslError &error : errors)
        report->errors.append({error.error(), error.certificate().isNull() ? -1 : int(report->chain.indexOf(error.certificate()))});
    report->trustedByUser = trust && trust->trusts(report->chain.value(0), errors);
    if (report->trustedByUser)
        transport->ignoreSslErrors(errors);
    return report->trustedByUser;
}

QSslConfiguration sslConfigurationWith(const QList<QSslCertificate> &extraCaCertificates)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!extraCaCertificates.isEmpty()) {
        QList<QSslCertificate> cas = config.caCertificates();
        cas += extraCaCertificates;
        config.setCaCertificates(cas);
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

} // namespace od
