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
    m_started = now();
    m_account.sourceAddress = services.sourceAddress;
    m_account.caFile = services.extraCaFile;
}

AccountScanJob *WizardState::newAccountScan(QObject *parent) const
{
    return m_services.scanAccounts ? new AccountScanJob(m_services.scanAccounts, parent) : nullptr;
}

SmtpProbe *WizardState::newProbe(QObject *parent) const
{
    SmtpProbe *probe = m_services.newProbe ? m_services.newProbe(parent) : new SmtpProbe(parent);
    probe->setCertificateTrust(&m_trust);
    return probe;
}

ApplyResult WizardState::applyChange(const MailAccount &account, const AccountChange &change) const
{
    return m_services.applyChange ? m_services.applyChange(account, change) : AccountWriter::applyChange(account, change);
}

ApplyResult WizardState::undoChange(const QString &backupPath) const
{
    return m_services.undoChange ? m_services.undoChange(backupPath) : AccountWriter::undoChange(backupPath);
}

QDateTime WizardState::now() const
{
    return m_services.clock ? m_services.clock() : QDateTime::currentDateTime();
}

void WizardState::setLocation(Location location)
{
    if (m_location == location && m_locationChosen)
        return;
    m_location = location;
    m_locationChosen = true;
    emit changed();
}

void WizardState::setAccountKind(AccountKind kind)
{
    if (m_accountKind == kind)
        return;
    m_accountKind = kind;
    emit changed();
}

void WizardState::setPastedText(const QString &text)
{
    m_pastedText = text;
    m_paste = PasteSummary::decode(text, m_location, m_accountKind);
    if (!m_paste.recipient.isEmpty() && m_account.foreignRecipient.isEmpty())
        m_account.foreignRecipient = m_paste.recipient;
    emit changed();
}

void WizardState::setAccount(const AccountSettings &account)
{
    m_account = account;
    emit changed();
}

void WizardState::setPickedAccount(const MailAccount &account)
{
    m_pickedAccount = account;
    emit changed();
}

void WizardState::setOtherServers(const QStringList &servers)
{
    m_otherServers = servers;
    emit changed();
}

void WizardState::setUserTyped()
{
    if (m_userTyped)
        return;
    m_userTyped = true;
    emit changed();
}

void WizardState::setPassword(const QString &password)
{
    m_password = password;
    emit changed();
}

void WizardState::setRememberPassword(bool remember)
{
    m_rememberPassword = remember;
    emit changed();
}

void WizardState::setFirstResult(const ProbeResult &result, const Diagnosis &diagnosis)
{
    m_firstResult = result;
    m_firstDiagnosis = diagnosis;
    m_hasFirstResult = true;
    m_hasRetestResult = false;
    emit resultsChanged();
    emit changed();
}

void WizardState::chooseFix(Fix fix, const AccountSettings &proposed)
{
    m_chosenFix = fix;
    m_proposed = proposed;
    emit changed();
}

void WizardState::setRetestResult(const ProbeResult &result, const Diagnosis &diagnosis, bool finished)
{
    m_retestResult = result;
    m_retestDiagnosis = diagnosis;
    m_hasRetestResult = true;
    if (finished && !result.aborted && result.inputError.isEmpty())
        m_fixesTried.append(FixAttempt{m_chosenFix, diagnosis.cause});
    emit resultsChanged();
    emit changed();
}

void WizardState::setApplied(qsizetype index, const AppliedChange &applied)
{
    if (index < 0 || index >= m_fixesTried.size())
        return;
    m_fixesTried[index].applied = applied;
    supersedeRetest(index);
    emit fixesTriedChanged();
    emit changed();
}

qsizetype WizardState::recordUntestedFix(Fix fix, const AppliedChange &applied)
{
    FixAttempt attempt;
    attempt.fix = fix;
    attempt.applied = applied;
    attempt.tested = false;
    m_fixesTried.append(attempt);
    supersedeRetest(m_fixesTried.size() - 1);
    emit fixesTriedChanged();
    emit changed();
    return m_fixesTried.size() - 1;
}

void WizardState::supersedeRetest(qsizetype index)
{
    const FixAttempt &attempt = m_fixesTried.at(index);
    if (attempt.tested || attempt.applied.outcome != AppliedChange::Outcome::Applied || !m_hasRetestResult)
        return;
    // The mail program now signs in another way than the retest did: its verdict and the
    // settings it proposed ("apply for me" on the Done page) would undo the change.
    m_hasRetestResult = false;
    emit resultsChanged();
}

ApplyResult WizardState::undoApplied(qsizetype index)
{
    ApplyResult result;
    if (index < 0 || index >= m_fixesTried.size()
        || m_fixesTried.at(index).applied.outcome != AppliedChange::Outcome::Applied) {
        result.error = Phrase("od::WizardState",
                              QT_TRANSLATE_NOOP("od::WizardState", "no change of the mail program's settings to undo."));
        return result;
    }
    AppliedChange applied = m_fixesTried.at(index).applied;
    for (qsizetype i = applied.backups.size() - 1; i >= 0; --i) {
        result = undoChange(applied.backups.at(i));
        if (!result.ok())
            return result;
    }
    applied.outcome = AppliedChange::Outcome::Undone;
    setApplied(index, applied);
    return result;
}

void WizardState::setInstructionsClient(const QString &client)
{
    if (m_instructionsClient == client)
        return;
    m_instructionsClient = client;
    emit changed();
}

void WizardState::trustCertificate(const QByteArray &sha256)
{
    if (sha256.isEmpty() || m_trustedFingerprints.contains(sha256))
        return;
    m_trust.add(sha256);
    m_trustedFingerprints.append(sha256);
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
    s.password = m_password;
    s.location = m_location;
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
    if (!m_hasFirstResult || m_firstDiagnosis.cause == Cause::Ok)
        return {};
    const QList<Fix> fixes = orderFixes(m_firstDiagnosis.cause, m_location, m_accountKind);
    return fixes.isEmpty() ? m_firstDiagnosis.fixes : fixes;
}

QList<quint16> WizardState::portsFoundClosed() const
{
    QList<quint16> out;
    if (!m_hasFirstResult)
        return out;
    for (int i = 0; i < m_firstResult.attempts.size(); ++i) {
        const Attempt &a = m_firstResult.attempts.at(i);
        const Cause cause = m_firstDiagnosis.attemptCause(i);
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
