// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardstate.h"

#include "smtp/smtpprobe.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace od {

WizardState::WizardState(const WizardServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    account.sourceAddress = services.sourceAddress;
    account.caFile = services.extraCaFile;
}

AccountScanJob *WizardState::newAccountScan(QObject *parent) const
{
    return m_services.scanAccounts ? new AccountScanJob(m_services.scanAccounts, parent) : nullptr;
}

SmtpProbe *WizardState::newProbe(QObject *parent) const
{
    return m_services.newProbe ? m_services.newProbe(parent) : new SmtpProbe(parent);
}

void WizardState::trustCertificate(const QByteArray &sha256)
{
    if (sha256.isEmpty() || trustedFingerprints.contains(sha256))
        return;
    trust.add(sha256);
    trustedFingerprints.append(sha256);
    emit changed();
}

ProbeSettings WizardState::probeSettings(const AccountSettings &a) const
{
    ProbeSettings s;
    s.host = a.host.trimmed();
    if (a.port != 0)
        s.endpoints = {Endpoint{a.port, a.security}};
    s.from = a.email.trimmed();
    if (!a.foreignRecipient.trimmed().isEmpty())
        s.foreignRecipients = {a.foreignRecipient.trimmed()};
    if (a.authentication) {
        s.user = a.user.trimmed();
        s.authMechanism = a.authMechanism;
        s.allowPlaintextAuth = a.security == Security::None;
    }
    s.password = password;
    s.location = location;
    if (!a.sourceAddress.trimmed().isEmpty())
        s.sourceAddress = QHostAddress(a.sourceAddress.trimmed());
    if (!a.caFile.trimmed().isEmpty())
        s.extraCaCertificates = QSslCertificate::fromPath(a.caFile.trimmed(), QSsl::Pem);
    if (a.popBeforeSmtp && !a.incomingHost.trimmed().isEmpty()) {
        s.pop3.host = a.incomingHost.trimmed();
        s.pop3.port = a.incomingPort;
        s.pop3.security = a.incomingSecurity;
        s.pop3.user = a.user.trimmed().isEmpty() ? a.email.trimmed() : a.user.trimmed();
    }
    return s;
}

QList<Fix> WizardState::orderedFixes() const
{
    // The relay reasoning (where the user is × which account); the probe's own order when it has nothing to say.
    if (!haveFirstResult || firstDiagnosis.cause == Cause::Ok)
        return {};
    const QList<Fix> fixes = orderFixes(firstDiagnosis.cause, location, accountKind);
    return fixes.isEmpty() ? firstDiagnosis.fixes : fixes;
}

QList<quint16> WizardState::portsFoundClosed() const
{
    QList<quint16> out;
    if (!haveFirstResult)
        return out;
    for (int i = 0; i < firstResult.attempts.size(); ++i) {
        const Attempt &a = firstResult.attempts.at(i);
        const Cause cause = firstDiagnosis.attemptCause(i);
        if ((cause == Cause::PortBlocked || cause == Cause::ConnectionRefused) && !out.contains(a.endpoint.port))
            out.append(a.endpoint.port);
    }
    return out;
}

QList<Fix> WizardState::offeredFixes() const
{
    QList<Fix> fixes = orderedFixes();
    const QList<quint16> closed = portsFoundClosed();
    const bool submissionClosed = closed.contains(587) && closed.contains(465);
    if (fixes.contains(Fix::EnableAuth) || submissionClosed)
        fixes.removeAll(Fix::UseSubmissionPort);
    fixes.removeAll(Fix::ContactProvider);
    fixes.append(Fix::ContactProvider);
    return fixes;
}

QString providerDomainOf(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.isEmpty() || !QHostAddress(h).isNull())
        return {};
    static const QRegularExpression prefix(QStringLiteral("^(smtp|mail|smtps|mx|out|outgoing|relay|submission|send)\\d*\\."));
    const QRegularExpressionMatch m = prefix.match(h);
    if (m.hasMatch() && h.count(QLatin1Char('.')) >= 2)
        h = h.mid(m.capturedLength());
    return h.contains(QLatin1Char('.')) ? h : QString();
}

bool isPlausibleAddress(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+$"));
    return re.match(address.trimmed()).hasMatch();
}

QString suggestedSenderAddress(const AccountSettings &a)
{
    if (isPlausibleAddress(a.user))
        return a.user.trimmed();
    const QString from = a.email.trimmed();
    const QString local = from.section(QLatin1Char('@'), 0, 0);
    const QString domain = providerDomainOf(a.host);
    if (!local.isEmpty() && !domain.isEmpty())
        return local + QLatin1Char('@') + domain;
    return from;
}

} // namespace od
