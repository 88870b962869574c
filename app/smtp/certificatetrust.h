// SPDX-License-Identifier: GPL-3.0-or-later
// "Trust this certificate" is the user's explicit decision, made by fingerprint and
// passed into the engine from outside; the engine itself never accepts a bad certificate.
#pragma once

#include "smtp/probetypes.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace od {

class Transport;

class CertificateTrust
{
public:
    virtual ~CertificateTrust() = default;
    // Called only for a certificate that failed verification.
    virtual bool trusts(const QSslCertificate &leaf, const QList<QSslError> &errors) const = 0;
};

// Trusts exactly the certificates whose SHA-256 fingerprints were added.
class FingerprintTrust : public CertificateTrust
{
public:
    void add(const QByteArray &sha256) { m_fingerprints.insert(normalise(sha256)); }
    bool isEmpty() const { return m_fingerprints.isEmpty(); }
    bool trusts(const QSslCertificate &leaf, const QList<QSslError> &errors) const override;
    // Accepts raw digests and hex with or without colons.
    static QByteArray normalise(const QByteArray &fingerprint);

private:
    QSet<QByteArray> m_fingerprints;
};

QList<CertificateFinding> classifySslErrors(const QList<QSslError> &errors);
// Records what verification found in *report and lets the handshake go on only when
// `trust` accepts the certificate (the explicit decision). Returns whether it did.
bool applyCertificateDecision(Transport *transport, const QList<QSslError> &errors,
                              const CertificateTrust *trust, TlsReport *report);
QByteArray sha256Fingerprint(const QSslCertificate &certificate); // raw digest
QString fingerprintText(const QByteArray &digest);                 // "AB:CD:..."
// The system's CAs plus the ones given (e.g. --cafile).
QSslConfiguration sslConfigurationWith(const QList<QSslCertificate> &extraCaCertificates);

} // namespace od
