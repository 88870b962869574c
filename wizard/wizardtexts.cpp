#include "wizardtexts.h"

#include <QLocale>

namespace od {

QString WizardTexts::stepText(Step step)
{
    switch (step) {
    case Step::Resolve: return tr("Looking up the server's address");
    case Step::Connect: return tr("Connecting to the server");
    case Step::Tls: return tr("Setting up encryption (SSL/TLS) and checking the certificate");
    case Step::Banner: return tr("Waiting for the server to say hello");
    case Step::Ehlo: return tr("Introducing ourselves (EHLO)");
    case Step::Helo: return tr("Introducing ourselves the old way (HELO)");
    case Step::StartTls: return tr("Asking for encryption (STARTTLS)");
    case Step::TlsHandshake: return tr("Setting up encryption and checking the certificate");
    case Step::EhloAfterTls: return tr("Introducing ourselves again, encrypted");
    case Step::Auth: return tr("Logging in with your user name and password");
    case Step::MailFrom: return tr("Giving your address as the sender");
    case Step::RcptLocal: return tr("Asking to send to the provider's own postmaster");
    case Step::RcptForeign: return tr("Asking to send to an address elsewhere");
    case Step::Rset: return tr("Cancelling the test message (nothing is sent)");
    case Step::Data: return tr("Starting the test message");
    case Step::Message: return tr("Sending the test message");
    case Step::Quit: return tr("Saying goodbye");
    case Step::Pop3: return tr("Logging in to the incoming mail server first");
    }
    return {};
}

QString WizardTexts::securityText(Security security)
{
    switch (security) {
    case Security::Auto: return tr("Automatic", "connection security");
    case Security::None: return tr("None (unencrypted)", "connection security");
    case Security::StartTls: return tr("STARTTLS", "connection security");
    case Security::Tls: return tr("SSL/TLS", "connection security");
    }
    return {};
}

QString WizardTexts::endpointText(const QString &host, const Endpoint &endpoint)
{
    return tr("%1, port %2 (%3)").arg(host).arg(endpoint.port).arg(securityText(effectiveSecurity(endpoint)));
}

QString WizardTexts::locationText(Location location)
{
    switch (location) {
    case Location::Home: return tr("At home, on your provider's connection");
    case Location::Work: return tr("At work, on the office network");
    case Location::Travel: return tr("Travelling, on someone else's network");
    case Location::Unknown: return tr("Not sure where");
    }
    return {};
}

QString WizardTexts::findingText(CertificateFinding finding)
{
    switch (finding) {
    case CertificateFinding::Untrusted: return tr("It was not issued by an authority this computer trusts.");
    case CertificateFinding::SelfSigned: return tr("It is self-signed: the server vouches for itself.");
    case CertificateFinding::Expired: return tr("It has expired.");
    case CertificateFinding::NotYetValid: return tr("It is not valid yet.");
    case CertificateFinding::HostnameMismatch:
        return tr("It was issued for a different server name. Someone on this network may be intercepting the connection.");
    case CertificateFinding::Revoked: return tr("It has been revoked by the authority that issued it.");
    case CertificateFinding::Other: return tr("It failed another check.");
    }
    return {};
}

QString WizardTexts::secondsText(qint64 ms)
{
    return tr("%1 s", "seconds").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

} // namespace od
